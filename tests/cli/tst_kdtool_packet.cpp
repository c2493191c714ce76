#include "programrun.h"
#include "testprojects.h"

#include "storage/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// kdtool packet (DESIGN.md, "The command line"): the printable review packet of a project as a
// PDF, read back with poppler's pdftotext and pdfinfo (scripts/setup.sh installs poppler-utils).
class tst_KdtoolPacket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titlePage();
    void contentsGiveThePageOfEachDilemma();
    void everyDilemmaIsThere();
    void optionsWithAssessmentAndFeedback();
    void legalReferencesWithTheirLink();
    void reviewStateAndRoomToSign();
    void documentInformation();
    void contentTextIsNeverMarkup();
    void oneScenario();
    void sinceAnEarlierPackage();
    void refusesWithoutWriting_data();
    void refusesWithoutWriting();
    void runsWithoutADisplay();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The text of the PDF, pages apart (pdftotext -layout puts a form feed after each page).
    static QStringList pagesOf(const QString &pdf);
    static QString textOf(const QString &pdf) { return pagesOf(pdf).join(u'\n'); }
    static QString flat(const QString &text) { return text.simplified(); }
    static int pageCount(const QString &pdf);
    static QString pdfInfo(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_sample;
    Project m_project; // the sample, as the packet should show it
    QStringList m_pages;
    QString m_text;
};

QStringList tst_KdtoolPacket::pagesOf(const QString &pdf)
{
    const ProgramRun run = runProgram(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                       QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (run.exitCode != 0)
        return {};
    QStringList pages = run.out.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString tst_KdtoolPacket::pdfInfo(const QString &pdf)
{
    return runProgram(QStringLiteral("pdfinfo"), {pdf}).out;
}

int tst_KdtoolPacket::pageCount(const QString &pdf)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

void tst_KdtoolPacket::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 "poppler-utils is missing: scripts/setup.sh installs it");
    m_sample = path(QStringLiteral("familie-koster.kdproj"));
    QVERIFY(QFile::copy(QStringLiteral(KD_SAMPLES_DIR "/familie-koster.kdproj"), m_sample));
    StoreError error;
    auto store = ProjectStore::open(m_sample, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(store->load(&m_project));
    store.reset();
    QVERIFY(!m_project.scenarios.isEmpty());

    // The packet's date comes from SOURCE_DATE_EPOCH when it is set: 14 November 2023.
    qputenv("SOURCE_DATE_EPOCH", "1700000000");
    const ProgramRun run = runKdtool({QStringLiteral("packet"), m_sample, QStringLiteral("--out"),
                                      path(QStringLiteral("koster.pdf"))});
    qunsetenv("SOURCE_DATE_EPOCH");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("review packet of 17 dilemmas")), qPrintable(run.out));
    m_pages = pagesOf(path(QStringLiteral("koster.pdf")));
    m_text = m_pages.join(u'\n');
    QVERIFY(m_pages.size() > 17);
}

void tst_KdtoolPacket::titlePage()
{
    const QString first = flat(m_pages.constFirst());
    QVERIFY2(first.contains(QLatin1String("Reviewpakket")), qPrintable(first));
    QVERIFY2(first.contains(flat(m_project.info.title)), qPrintable(first));
    QVERIFY2(first.contains(flat(m_project.scenarios.constFirst().title)), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("Datum 14 november 2023")), qPrintable(first));
    QVERIFY2(first.contains(QLatin1String("Aantal dilemma's 17")), qPrintable(first));
}

// The contents list scenario > moment > dilemma, and the page each dilemma starts on is the
// page its question heads.
void tst_KdtoolPacket::contentsGiveThePageOfEachDilemma()
{
    QVERIFY(flat(m_pages.at(1)).startsWith(QLatin1String("Inhoud")));
    QString contents;
    qsizetype firstDilemmaPage = 1;
    while (firstDilemmaPage < m_pages.size()
           && !m_pages.at(firstDilemmaPage).contains(QLatin1String("Situatie")))
        contents += m_pages.at(firstDilemmaPage++);
    QVERIFY(contents.contains(flat(m_project.scenarios.constFirst().title)));
    QVERIFY(contents.contains(QLatin1String("Moment 1: ")));

    QList<int> listed;
    static const QRegularExpression number(QStringLiteral("\\s(\\d+)\\s*$"));
    for (const QString &line : contents.split(u'\n')) {
        const QRegularExpressionMatch match = number.match(line);
        if (match.hasMatch() && !line.contains(QLatin1String("pagina")))
            listed.append(match.captured(1).toInt());
    }
    QList<int> found;
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &dilemma : segment.dilemmas) {
                const QString question = flat(dilemma.question);
                for (qsizetype page = firstDilemmaPage; page < m_pages.size(); ++page) {
                    if (flat(m_pages.at(page)).contains(question)) {
                        found.append(int(page + 1));
                        break;
                    }
                }
            }
    QCOMPARE(found.size(), 17);
    QCOMPARE(listed, found);
}

void tst_KdtoolPacket::everyDilemmaIsThere()
{
    const QString text = flat(m_text);
    int dilemmas = 0;
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &dilemma : segment.dilemmas) {
                ++dilemmas;
                // As the heading of its own pages (in the contents a long one wraps around its
                // page number).
                QVERIFY2(text.contains(flat(dilemma.question)), qPrintable(dilemma.question));
            }
    QCOMPARE(dilemmas, 17);
    QCOMPARE(text.count(QLatin1String("Situatie")), 17);
    QCOMPARE(text.count(QLatin1String("Oplossingsrichting")), 17);
    QVERIFY(text.contains(QLatin1String("Professional: ")));
}

void tst_KdtoolPacket::optionsWithAssessmentAndFeedback()
{
    const QString text = flat(m_text);
    QVERIFY(text.count(QLatin1String("Opties")) >= 17);
    QVERIFY(text.contains(QLatin1String("Beoordeling: Aanbevolen")));
    QVERIFY(text.contains(QLatin1String("Beoordeling: Niet aan te raden")));
    // Each option's label, and the feedback rendered from its Markdown: a run of plain words
    // of it (no Markdown marks) is in the text as written.
    static const QRegularExpression plainWords(QStringLiteral("[\\p{L} ,]{24,}"));
    const Dilemma &dilemma = m_project.scenarios.constFirst().segments.constFirst().dilemmas.at(0);
    QVERIFY(dilemma.options.size() >= 2);
    for (const Option &option : dilemma.options) {
        QVERIFY2(
            text.contains(
                QStringLiteral("Optie %1. %2").arg(option.position + 1).arg(flat(option.label))),
            qPrintable(option.label));
        const QRegularExpressionMatch words = plainWords.match(option.feedback);
        QVERIFY2(words.hasMatch(), qPrintable(option.feedback));
        QVERIFY2(text.contains(flat(words.captured())), qPrintable(words.captured()));
    }
    QVERIFY(text.count(QLatin1String("Terugkoppeling")) >= 17 * 2);
}

void tst_KdtoolPacket::legalReferencesWithTheirLink()
{
    QCOMPARE(flat(m_text).count(QLatin1String("Wettelijke grondslag")), 17);
    QVERIFY(m_text.contains(QLatin1String("https://wetten.overheid.nl/")));
    QVERIFY(m_text.contains(QLatin1String("Versie gecontroleerd:")));
}

void tst_KdtoolPacket::reviewStateAndRoomToSign()
{
    const QString text = flat(m_text);
    QCOMPARE(text.count(QLatin1String("Reviewstatus")), 17);
    QCOMPARE(text.count(QLatin1String("Laatste goedkeuring")), 17);
    // The sample's approvals are signed by its trusted sample reviewer and current.
    QVERIFY2(text.contains(QLatin1String("Status Goedgekeurd")), qPrintable(text.left(4000)));
    QVERIFY(text.contains(QLatin1String("telt: ondertekend met een vertrouwde sleutel")));
    QCOMPARE(text.count(QLatin1String("Paraaf reviewer")), 17);
    QCOMPARE(text.count(QLatin1String("Opmerkingen")), 17);
}

void tst_KdtoolPacket::documentInformation()
{
    const QString pdf = path(QStringLiteral("koster.pdf"));
    QVERIFY(pageCount(pdf) > 1);
    QCOMPARE(pageCount(pdf), int(m_pages.size()));
    const QString info = pdfInfo(pdf);
    const QRegularExpression title(QStringLiteral("^Title:\\s+Reviewpakket: ")
                                       + QRegularExpression::escape(flat(m_project.info.title))
                                       + QStringLiteral("$"),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(title.match(info).hasMatch(), qPrintable(info));
    QVERIFY2(info.contains(QLatin1String("Kiezen & Delen Studio")), qPrintable(info));
    // Each page after the title page says where it is.
    QVERIFY(m_pages.last().contains(QStringLiteral("pagina %1 van %1").arg(m_pages.size())));
}

// Text from the content is shown as written: a tag in a plain field or in Markdown (raw HTML is
// off) is text in the packet, never markup.
void tst_KdtoolPacket::contentTextIsNeverMarkup()
{
    Project project = fullProject();
    Dilemma &dilemma = project.scenarios[0].segments[0].dilemmas[0];
    dilemma.question = QStringLiteral("Mag <b>bold</b> blijven staan?");
    dilemma.situation = QStringLiteral("Voor <script>alert(1)</script> en *na*.");
    dilemma.options[0].feedback = QStringLiteral("Een <i>schuine</i> & <img src=x> opmerking.");
    // An image the Markdown names is not read into the packet, not even from a local file.
    dilemma.considerations = QStringLiteral("Zie ![de kaart](%1).")
                                 .arg(QStringLiteral(KD_SOURCE_DIR "/docs/review-packet.png"));
    StoreError error;
    const QString projectFile = path(QStringLiteral("markup.kdproj"));
    QVERIFY2(ProjectStore::writeNew(projectFile, project, false, &error),
             qPrintable(error.message));
    const QString pdf = path(QStringLiteral("markup.pdf"));
    const ProgramRun run
        = runKdtool({QStringLiteral("packet"), projectFile, QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(textOf(pdf));
    QVERIFY2(text.contains(QLatin1String("Mag <b>bold</b> blijven staan?")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Voor <script>alert(1)</script> en na.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Een <i>schuine</i> & <img src=x> opmerking.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Zie [afbeelding: de kaart].")), qPrintable(text));
    const ProgramRun images
        = runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.out.trimmed().split(u'\n').size(), 2); // the heading lines, no image
}

// --since: only the dilemmas that changed since a package, and those citing a legal source that
// changed; nothing changed is a refusal (exit 1) that writes nothing.
void tst_KdtoolPacket::sinceAnEarlierPackage()
{
    const QString package = path(QStringLiteral("koster-package"));
    QCOMPARE(runKdtool({QStringLiteral("export"), m_sample, QStringLiteral("--out"), package,
                        QStringLiteral("--draft")})
                 .exitCode,
             0);
    const QString unchanged = path(QStringLiteral("since-unchanged.pdf"));
    ProgramRun run = runKdtool({QStringLiteral("packet"), m_sample, QStringLiteral("--out"),
                                unchanged, QStringLiteral("--since"), package});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no dilemma changed since")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(unchanged));

    // One dilemma reworded, and a legal source that another dilemma (and only it) cites.
    Project project = m_project;
    Dilemma &first = project.scenarios[0].segments[0].dilemmas[0];
    first.situation += QStringLiteral(" Dat is nieuw.");
    QString citedOnce;
    QString citing;
    for (const LegalSource &source : std::as_const(project.legalSources)) {
        QStringList by;
        for (const Segment &segment : std::as_const(project.scenarios[0].segments))
            for (const Dilemma &dilemma : segment.dilemmas)
                for (const LegalReference &reference : dilemma.legalReferences)
                    if (reference.legalSourceUid == source.uid && !by.contains(dilemma.question))
                        by.append(dilemma.question);
        if (by.size() == 1 && by.constFirst() != first.question) {
            citedOnce = source.uid;
            citing = by.constFirst();
            break;
        }
    }
    QVERIFY(!citedOnce.isEmpty());
    for (LegalSource &source : project.legalSources)
        if (source.uid == citedOnce)
            source.summary += QStringLiteral(" Gewijzigd.");
    const QString changedFile = path(QStringLiteral("since.kdproj"));
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(changedFile, project, false, &error),
             qPrintable(error.message));

    const QString pdf = path(QStringLiteral("since.pdf"));
    run = runKdtool({QStringLiteral("packet"), changedFile, QStringLiteral("--out"), pdf,
                     QStringLiteral("--since"), package});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("review packet of 2 dilemmas")), qPrintable(run.out));
    const QString text = flat(textOf(pdf));
    QVERIFY(text.contains(flat(first.question)));
    QVERIFY(text.contains(flat(citing)));
    QVERIFY(!text.contains(
        flat(project.scenarios[0].segments.constLast().dilemmas.constLast().question)));

    // An earlier package that cannot be read: exit 2, nothing written.
    const QString none = path(QStringLiteral("since-none.pdf"));
    run = runKdtool({QStringLiteral("packet"), changedFile, QStringLiteral("--out"), none,
                     QStringLiteral("--since"), path(QStringLiteral("no-such-package"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(none));
}

void tst_KdtoolPacket::oneScenario()
{
    // A second scenario beside the one of the full test project, with a question of its own.
    Project project = fullProject();
    Scenario second = project.scenarios.constFirst();
    second.uid = uid(9000);
    second.key = QStringLiteral("tweede-casus");
    second.title = QStringLiteral("Tweede casus");
    second.persons.clear();
    second.position = 1;
    Segment &segment = second.segments[0];
    segment.uid = uid(9001);
    segment.personUids.clear();
    Dilemma &dilemma = segment.dilemmas[0];
    dilemma.uid = uid(9002);
    dilemma.key = QStringLiteral("tweede-vraag");
    dilemma.question = QStringLiteral("Alleen in de tweede casus?");
    for (qsizetype i = 0; i < dilemma.options.size(); ++i)
        dilemma.options[i].uid = uid(9010 + int(i));
    for (qsizetype i = 0; i < dilemma.legalReferences.size(); ++i)
        dilemma.legalReferences[i].uid = uid(9020 + int(i));
    project.scenarios.append(second);
    StoreError error;
    const QString projectFile = path(QStringLiteral("two.kdproj"));
    QVERIFY2(ProjectStore::writeNew(projectFile, project, false, &error),
             qPrintable(error.message));

    const QString all = path(QStringLiteral("two-all.pdf"));
    QCOMPARE(
        runKdtool({QStringLiteral("packet"), projectFile, QStringLiteral("--out"), all}).exitCode,
        0);
    QVERIFY(flat(textOf(all)).contains(QLatin1String("Alleen in de tweede casus?")));
    QVERIFY(flat(textOf(all)).contains(QLatin1String("Aantal dilemma's 2")));

    const QString one = path(QStringLiteral("two-one.pdf"));
    const ProgramRun run
        = runKdtool({QStringLiteral("packet"), projectFile, QStringLiteral("--out"), one,
                     QStringLiteral("--scenario"), QStringLiteral("tweede-casus")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString text = flat(textOf(one));
    QVERIFY(text.contains(QLatin1String("Alleen in de tweede casus?")));
    QVERIFY(!text.contains(flat(project.scenarios.constFirst().segments[0].dilemmas[0].question)));
    QVERIFY(text.contains(QLatin1String("Aantal dilemma's 1")));
}

void tst_KdtoolPacket::refusesWithoutWriting_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("target");  // the --out file, which must stay as it was
    QTest::addColumn<QString>("subject"); // what the one line names
    QTest::addColumn<QString>("message"); // a part of what it says

    const QString sample = QStringLiteral("SAMPLE");
    const QString existing = QStringLiteral("existing.pdf");
    QTest::newRow("unknown scenario")
        << QStringList{sample, QStringLiteral("--scenario"), QStringLiteral("geen-casus")}
        << existing << sample << QStringLiteral("no scenario with the key 'geen-casus'");
    QTest::newRow("missing folder")
        << QStringList{sample} << QStringLiteral("no-such-folder/packet.pdf")
        << QStringLiteral("no-such-folder/packet.pdf") << QStringLiteral("cannot write");
    QTest::newRow("a folder") << QStringList{sample} << QStringLiteral("folder")
                              << QStringLiteral("folder") << QStringLiteral("is a folder");
    QTest::newRow("not a project") << QStringList{QStringLiteral("notes.txt")} << existing
                                   << QStringLiteral("notes.txt") << QString();
    QTest::newRow("missing project") << QStringList{QStringLiteral("absent.kdproj")} << existing
                                     << QStringLiteral("absent.kdproj") << QString();
}

void tst_KdtoolPacket::refusesWithoutWriting()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, target);
    QFETCH(QString, subject);
    QFETCH(QString, message);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
    QFile notes(path(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Dit is geen project.\n");
    notes.close();
    QFile existing(path(QStringLiteral("existing.pdf")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("what was there");
    existing.close();

    const auto resolve = [&](const QString &name) {
        return name == QLatin1String("SAMPLE") ? m_sample : path(name);
    };
    QStringList command{QStringLiteral("packet")};
    command << resolve(arguments.takeFirst()) << arguments << QStringLiteral("--out")
            << resolve(target);
    const ProgramRun run = runKdtool(command);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(
        run.err.startsWith(QStringLiteral("kdtool: ") + resolve(subject) + QStringLiteral(": ")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    if (QFileInfo(resolve(target)).isFile()) {
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("what was there"));
    }
    // Nothing was left beside it (no temporary of QSaveFile's).
    const QStringList left
        = QDir(m_dir.path())
              .entryList({QStringLiteral("existing.pdf*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("existing.pdf")});
    QVERIFY(QDir(path(QStringLiteral("folder"))).isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));

    // Without --out there is nothing to write to.
    const ProgramRun bare = runKdtool({QStringLiteral("packet"), m_sample});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(QLatin1String("--out")), qPrintable(bare.err));
}

// No display and no platform named: kdtool typesets on Qt's offscreen platform by itself.
void tst_KdtoolPacket::runsWithoutADisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    const QString pdf = path(QStringLiteral("headless.pdf"));
    process.start(QStringLiteral(KD_BIN_DIR "/kdtool"),
                  {QStringLiteral("packet"), m_sample, QStringLiteral("--out"), pdf});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(pageCount(pdf), int(m_pages.size()));
}

QTEST_GUILESS_MAIN(tst_KdtoolPacket)
#include "tst_kdtool_packet.moc"
