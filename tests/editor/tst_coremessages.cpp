// The messages core/ and exporter/package compose and the editor shows (validation issues,
// project-file errors, export refusals and import failures) are Dutch once the editor's Dutch
// translator is installed, and stay English without one, as in kdtool. Every issue a
// defect-ridden project raises is checked, so a message left untranslated in the checker fails
// here.
#include "packagefiles.h"
#include "testprojects.h"

#include "commands/addreview.h"
#include "document/projectdocument.h"
#include "document/validationrunner.h"
#include "models/issuelistmodel.h"
#include "package/packagereader.h"
#include "package/packagewriter.h"
#include "package/xmlpackagesink.h"
#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "settings/uilanguage.h"
#include "storage/projectstore.h"
#include "validation/ruleregistry.h"
#include "validation/validator.h"
#include "widgets/validationdock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::testReviewerKey;
using kd::testing::uid;

namespace {

const QDate asOf(2026, 6, 1);

Dilemma &dilemma(Project &p)
{
    return p.scenarios[0].segments[0].dilemmas[0];
}

Segment &segment(Project &p)
{
    return p.scenarios[0].segments[0];
}

// The review gate as the export judges it, so that the review rules fire too.
ValidationOptions exportOptions()
{
    ValidationOptions options;
    options.asOf = asOf;
    options.reviewGate = ValidationOptions::ReviewGate::Export;
    return options;
}

QList<Issue> validate(const std::function<void(Project &)> &mutate)
{
    Project p = fullProject();
    mutate(p);
    return Validator::validate(p, exportOptions());
}

const Issue *find(const QList<Issue> &issues, const QString &rule, const QString &field = {})
{
    for (const Issue &issue : issues) {
        if (issue.rule == rule && (field.isEmpty() || issue.field == field))
            return &issue;
    }
    return nullptr;
}

// Projects that, between them, break every rule, most of them in more than one way.
QList<std::function<void(Project &)>> defects()
{
    QList<std::function<void(Project &)>> all;
    all.append([](Project &p) { // the dilemma itself
        Dilemma &d = dilemma(p);
        d.solutionDirection.clear();
        d.key = "Toestemming Ouders";
        d.professionalUid = uid(999);
        d.options.resize(1);
        d.options[0].feedback.clear();
        d.legalReferences[0].legalSourceUid = uid(999);
        d.themeUids = {uid(999), uid(50), uid(50)};
        d.situation = "Noah is <b>vaak</b> <i>te</i> laat; zie [site](http://veiligthuis.nl).";
        d.considerations = "<div>\nAfwegen.\n</div>";
        p.info.jargon = "derhalve = daarom";
        p.info.description = "Derhalve een voorbeeld.";
        d.question = "TODO: vraag\a" + QString(201, 'a');
    });
    all.append([](Project &p) { // empty and misnumbered lists, uids
        p.info.uid.clear();
        p.info.title = "  ";
        dilemma(p).question.clear();
        dilemma(p).options.clear();
        dilemma(p).legalReferences.clear();
        p.themes[0].uid = "theme-1";
        p.lifeDomains[1].position = 0;
        p.scenarios[0].persons[0].age = -1;
        p.scenarios[0].persons[1].uid = uid(80);
        p.glossary[0].term = "Beroeps???";
    });
    all.append([](Project &p) { // the scenario and its segment
        Scenario &s = p.scenarios[0];
        s.coverAssetUid = uid(999);
        s.summary = "Het gezin woont sinds vorig jaar in een kleine flat aan de rand van de stad, "
                    "waar de kinderen naar een nieuwe school gaan en de ouders weinig mensen "
                    "kennen die hen kunnen helpen.";
        segment(p).lifeDomainUids.clear();
        segment(p).personUids = {uid(999), uid(81), uid(81)};
        Segment copy = segment(p);
        copy.uid = uid(91);
        copy.position = 1;
        copy.dilemmas.clear();
        s.segments.append(copy);
        Theme theme = p.themes[0];
        theme.uid = uid(51);
        theme.position = 1;
        p.themes.append(theme);
    });
    all.append([](Project &p) { // a scenario without persons or segments
        p.scenarios[0].persons.clear();
        p.scenarios[0].segments.clear();
    });
    all.append([](Project &p) { // registers
        p.lifeDomains[0].colour = "green";
        p.professionals[0].description = " ";
        p.professionals[0].iconAssetUid = uid(999);
        p.professionals[0].defaultLegalSourceUids = {uid(30), uid(999), uid(30)};
        p.professionals.append(
            {uid(41), "wijkagent", "Wijkagent", "Politie.", SecrecyRegime::PoliceData, {}, {}, 1});
        p.legalSources[0].identifier = "BWBR000529";
        p.legalSources[0].url = "http://wetten.overheid.nl/BWBR0005290";
        p.legalSources[0].reviewBy = asOf.addDays(-1);
        p.legalSources[1].validFrom = asOf.addDays(-10);
        p.legalSources[1].validUntil = asOf.addDays(-20);
        p.legalSources[1].boek = "Boek 2";
        p.legalSources[1].artikel = "negen";
        dilemma(p).legalReferences[1].lid = "tweede";
        dilemma(p).legalReferences[1].onderdeel = "(h)";
        LegalSource unused = p.legalSources[0];
        unused.uid = uid(32);
        unused.key = "wpg";
        unused.position = 2;
        p.legalSources.append(unused);
        dilemma(p).themeUids.clear();
    });
    all.append([](Project &p) { // citations that leave out the lid or onderdeel others name
        dilemma(p).legalReferences[1].legalSourceUid = uid(30);
        dilemma(p).legalReferences[1].lid.clear();
        dilemma(p).legalReferences[1].onderdeel.clear();
        p.legalSources[1].artikel = "6";
        LegalReference onderdeel = dilemma(p).legalReferences[1];
        onderdeel.uid = uid(122);
        onderdeel.legalSourceUid = uid(31);
        onderdeel.lid = "1";
        onderdeel.onderdeel = "a";
        onderdeel.position = 2;
        LegalReference without = onderdeel;
        without.uid = uid(123);
        without.onderdeel.clear();
        without.position = 3;
        dilemma(p).legalReferences.append(onderdeel);
        dilemma(p).legalReferences.append(without);
        // And a lid of a source that gives no article.
        p.legalSources[0].artikel.clear();
    });
    all.append([](Project &p) { // assets
        p.assets[0].data.clear();
        p.assets[0].name = "../HUISARTS.svg";
        p.assets[0].mediaType = "text/html";
        p.assets.append({uid(21), "omslag", "../huisarts.svg", "image/png", "png", 1, {}});
        p.assets.append({uid(22), "los", "los.png", "image/png", "png", 2, {}});
        p.assets.append({uid(23),
                         "script",
                         "script.svg",
                         "image/svg+xml",
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>",
                         3,
                         {}});
        p.scenarios[0].coverAssetUid = uid(21);
    });
    all.append([](Project &p) { // review states other than draft
        p.reviews.append({uid(990),
                          uid(31),
                          ReviewState::ChangesRequested,
                          "R. Eviewer",
                          QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC),
                          "Nee.",
                          {}});
        p.reviews.append({uid(991),
                          uid(100),
                          ReviewState::InReview,
                          "R. Eviewer",
                          QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                          {},
                          {}});
    });
    all.append([](Project &p) { // a cited source changed since the dilemma's approval
        p.reviews.clear();
        kd::testing::trust(p, testReviewerKey());
        Review source{uid(992),
                      uid(30),
                      ReviewState::Approved,
                      "R. Eviewer",
                      QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC),
                      "Akkoord.",
                      QString(64, QLatin1Char('0'))};
        Review approved{uid(993),
                        uid(100),
                        ReviewState::Approved,
                        "R. Eviewer",
                        QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                        "Akkoord.",
                        ContentHash::of(dilemma(p))};
        ApprovalSignature::sign(&source, testReviewerKey());
        ApprovalSignature::sign(&approved, testReviewerKey());
        p.reviews = {source, approved};
    });
    return all;
}

// "rule path field" of each issue, sorted: what stays the same whatever the language.
QStringList locations(const QList<Issue> &issues)
{
    QStringList result;
    for (const Issue &issue : issues)
        result.append(issue.rule + u' ' + issue.path + u' ' + issue.field);
    result.sort();
    return result;
}

void installDutch()
{
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("nl")));
}

// Back to the source language, as kdtool runs.
void removeTranslators()
{
    qDeleteAll(qApp->findChildren<QTranslator *>());
}

} // namespace

class tst_CoreMessages : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void englishWithoutTranslator();
    void dutchValidationMessages();
    void dutchStoreErrors();
    void everyIssueIsTranslated();
    void dockShowsDutch();
    void packageErrors_data();
    void packageErrors();
    void reviewUndoTextInWords();

private:
    QTemporaryDir m_dir;
    QString randomBytesFile();
};

void tst_CoreMessages::cleanup()
{
    removeTranslators();
}

QString tst_CoreMessages::randomBytesFile()
{
    const QString path = m_dir.filePath("random.kdproj");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file.write(bytes);
    }
    return path;
}

// kdtool installs no translator; these are the texts its tests and users read.
void tst_CoreMessages::englishWithoutTranslator()
{
    const QList<Issue> issues = validate([](Project &p) {
        dilemma(p).solutionDirection.clear();
        dilemma(p).question.clear();
        dilemma(p).options.resize(1);
    });
    const Issue *missing = find(issues, "missing-solution-direction");
    QVERIFY(missing);
    QCOMPARE(missing->message, QStringLiteral("the dilemma has no solution direction"));
    const Issue *required = find(issues, "required-field", "question");
    QVERIFY(required);
    QCOMPARE(required->message,
             QStringLiteral("required field 'Question' of the dilemma is empty"));
    const Issue *options = find(issues, "too-few-options");
    QVERIFY(options);
    QCOMPARE(options->message, QStringLiteral("the dilemma has 1 option; it needs at least 2"));
    const Issue *review = find(issues, "not-approved");
    QVERIFY(review);
    QCOMPARE(review->message,
             QStringLiteral("the legal source is not approved (review state: draft)"));

    StoreError error;
    QVERIFY(!ProjectStore::open(randomBytesFile(), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.code, StoreError::Code::NotAProject);
    QCOMPARE(error.message,
             QStringLiteral("not a Kiezen & Delen project (not an SQLite database)"));
    QVERIFY(!ProjectStore::open(m_dir.filePath("missing.kdproj"), ProjectStore::OpenMode::ReadOnly,
                                &error));
    QCOMPARE(error.message, QStringLiteral("no such file"));
}

void tst_CoreMessages::dutchValidationMessages()
{
    installDutch();
    const QList<Issue> issues = validate([](Project &p) {
        dilemma(p).solutionDirection.clear();
        dilemma(p).question.clear();
        dilemma(p).options.resize(1);
        p.reviews.append({uid(990),
                          uid(31),
                          ReviewState::ChangesRequested,
                          "R. Eviewer",
                          QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC),
                          "Nee.",
                          {}});
    });
    const Issue *missing = find(issues, "missing-solution-direction");
    QVERIFY(missing);
    QCOMPARE(missing->message, QStringLiteral("het dilemma heeft geen oplossingsrichting"));
    // Rule ids, paths and field keys stay as they are; a message names the field by its label.
    QCOMPARE(missing->field, QStringLiteral("solutionDirection"));
    const Issue *required = find(issues, "required-field", "question");
    QVERIFY(required);
    QCOMPARE(required->message, QStringLiteral("verplicht veld 'Vraag' van het dilemma is leeg"));
    const Issue *options = find(issues, "too-few-options");
    QVERIFY(options);
    QCOMPARE(options->message,
             QStringLiteral("het dilemma heeft 1 optie; er zijn er minstens 2 nodig"));
    QStringList review;
    for (const Issue &issue : issues) {
        if (issue.rule == "not-approved")
            review.append(issue.message);
    }
    QVERIFY2(review.contains("de juridische bron is niet goedgekeurd (beoordelingsstatus: "
                             "wijzigingen gevraagd)"),
             qPrintable(review.join('\n')));
    QVERIFY2(review.contains("de juridische bron is niet goedgekeurd (beoordelingsstatus: "
                             "concept)"),
             qPrintable(review.join('\n')));
}

void tst_CoreMessages::dutchStoreErrors()
{
    installDutch();
    StoreError error;
    QVERIFY(!ProjectStore::open(randomBytesFile(), ProjectStore::OpenMode::ReadWrite, &error));
    QCOMPARE(error.code, StoreError::Code::NotAProject);
    QCOMPARE(error.message, QStringLiteral("geen Kiezen & Delen-project (geen SQLite-database)"));
    QVERIFY(!ProjectStore::open(m_dir.filePath("missing.kdproj"), ProjectStore::OpenMode::ReadOnly,
                                &error));
    QCOMPARE(error.code, StoreError::Code::NotFound);
    QCOMPARE(error.message, QStringLiteral("dit bestand bestaat niet"));
    QVERIFY(!ProjectStore::open(m_dir.path(), ProjectStore::OpenMode::ReadOnly, &error));
    QCOMPARE(error.message, QStringLiteral("is een map, geen projectbestand"));
}

// The same defects in both languages: the same issues at the same places, and not one Dutch
// message equal to an English one.
void tst_CoreMessages::everyIssueIsTranslated()
{
    const auto projects = defects();
    QList<QList<Issue>> english;
    for (const auto &mutate : projects)
        english.append(validate(mutate));
    installDutch();
    QSet<QString> rulesSeen;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QList<Issue> dutch = validate(projects.at(i));
        QCOMPARE(locations(dutch), locations(english.at(i)));
        QSet<QString> englishMessages;
        for (const Issue &issue : english.at(i))
            englishMessages.insert(issue.message);
        QStringList untranslated;
        for (const Issue &issue : dutch) {
            rulesSeen.insert(issue.rule);
            if (englishMessages.contains(issue.message))
                untranslated.append(issue.rule + ": " + issue.message);
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QString("defect project %1:\n").arg(i) + untranslated.join('\n')));
    }
    QStringList unseen;
    for (const Rule &rule : RuleRegistry::all()) {
        if (!rulesSeen.contains(rule.id))
            unseen.append(rule.id);
    }
    QVERIFY2(unseen.isEmpty(), qPrintable("rules the defect projects miss: " + unseen.join(", ")));
}

// The editor's path: the validation dock's runner checks off the UI thread.
void tst_CoreMessages::dockShowsDutch()
{
    installDutch();
    Project project = fullProject();
    dilemma(project).solutionDirection.clear();
    const QString path = m_dir.filePath("dock.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, project, true, &error));
    ProjectDocument document;
    ValidationDock dock(&document);
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &error));
    dock.runner()->waitForIdle();
    const IssueListModel *model = dock.issues();
    QStringList messages;
    for (int row = 0; row < model->rowCount(); ++row)
        messages.append(
            model->index(row, IssueListModel::MessageColumn).data(Qt::DisplayRole).toString());
    QVERIFY2(messages.contains("het dilemma heeft geen oplossingsrichting"),
             qPrintable(messages.join('\n')));
    QVERIFY(!messages.contains("the dilemma has no solution direction"));
}

namespace {

// What the editor's Export and Import show of a PackageError: kind, file and message.
struct Outcome
{
    bool ok = true;
    PackageError error;
};

// Each case makes its own files under dir and exports or imports once.
using PackageCase = std::function<Outcome(const QDir &dir)>;

Outcome exportTo(const Project &project, const QString &outDir)
{
    ExportOptions options;
    options.outDir = outDir;
    options.asOf = asOf;
    Outcome outcome;
    outcome.ok = PackageWriter::write(project, options, &outcome.error);
    return outcome;
}

Outcome importFrom(const QString &package, const QDir &dir)
{
    Outcome outcome;
    outcome.ok = PackageReader::importPackage(package, dir.filePath("imported.kdproj"), true,
                                              &outcome.error);
    return outcome;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

} // namespace

Q_DECLARE_METATYPE(PackageCase)

void tst_CoreMessages::packageErrors_data()
{
    QTest::addColumn<PackageCase>("run");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("dutch");

    QTest::newRow("export into a directory that is not a package")
        << PackageCase([](const QDir &dir) {
               dir.mkpath("site");
               writeFile(dir.filePath("site/index.html"), "<html></html>");
               return exportTo(fullProject(), dir.filePath("site"));
           })
        << "exists and is not a Kiezen & Delen package; refusing to replace it"
        << "bestaat al en is geen Kiezen & Delen-pakket; het wordt niet vervangen";
    QTest::newRow("export onto a file") << PackageCase([](const QDir &dir) {
        writeFile(dir.filePath("package"), "not a directory");
        return exportTo(fullProject(), dir.filePath("package"));
    }) << "exists and is not a package directory"
                                        << "bestaat al en is geen pakketmap";
    QTest::newRow("export refused by one validation error")
        << PackageCase([](const QDir &dir) {
               Project project = fullProject();
               dilemma(project).solutionDirection.clear();
               return exportTo(project, dir.filePath("out"));
           })
        << "validation found 1 error(s); export refused"
        << "de validatie vond 1 fout; exporteren geweigerd";
    QTest::newRow("export refused by two validation errors")
        << PackageCase([](const QDir &dir) {
               Project project = fullProject();
               dilemma(project).solutionDirection.clear();
               dilemma(project).question.clear();
               return exportTo(project, dir.filePath("out"));
           })
        << "validation found 2 error(s); export refused"
        << "de validatie vond 2 fouten; exporteren geweigerd";
    QTest::newRow("import of a missing file")
        << PackageCase([](const QDir &dir) { return importFrom(dir.filePath("gone.xml"), dir); })
        << "no such file or directory"
        << "dit bestand of deze map bestaat niet";
    QTest::newRow("import of a directory without a package")
        << PackageCase([](const QDir &dir) {
               dir.mkpath("empty");
               return importFrom(dir.filePath("empty"), dir);
           })
        << "not a package: no package.xml or package.json"
        << "geen pakket: geen package.xml of package.json";
    QTest::newRow("import of a package.xml with the wrong root")
        << PackageCase([](const QDir &dir) {
               kd::testing::writePackage(
                   dir.filePath("wrong"),
                   {{"package.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project/>\n"}});
               return importFrom(dir.filePath("wrong"), dir);
           })
        << "the root element is <project>, not <package> in the namespace "
               + XmlPackageSink::namespaceUri()
        << "het hoofdelement is <project>, niet <package> in de naamruimte "
               + XmlPackageSink::namespaceUri();
    QTest::newRow("import of a package.json of another format version")
        << PackageCase([](const QDir &dir) {
               return importFrom(kd::testing::writePackage(
                                     dir.path(), {{"package.json", "{\"formatVersion\": 99}"}}),
                                 dir);
           })
        << "/formatVersion: format version 99 is not one this program reads (1)"
        << "/formatVersion: formaatversie 99 kan dit programma niet lezen (het leest 1)";
}

// The same failure without a translator (kdtool: its tests and an external contract compare
// these English bytes) and with the editor's Dutch one; the kind and the file stay the same.
void tst_CoreMessages::packageErrors()
{
    QFETCH(PackageCase, run);
    QFETCH(QString, english);
    QFETCH(QString, dutch);

    QTemporaryDir englishDir;
    const Outcome inEnglish = run(QDir(englishDir.path()));
    QVERIFY(!inEnglish.ok);
    QCOMPARE(inEnglish.error.message, english);

    installDutch();
    QTemporaryDir dutchDir;
    const Outcome inDutch = run(QDir(dutchDir.path()));
    QVERIFY(!inDutch.ok);
    QCOMPARE(inDutch.error.message, dutch);
    QCOMPARE(inDutch.error.kind, inEnglish.error.kind);
    QCOMPARE(QFileInfo(inDutch.error.file).fileName(), QFileInfo(inEnglish.error.file).fileName());
    QCOMPARE(inDutch.error.line, inEnglish.error.line);
    // A validation refusal carries its issues (the details the editor lists), in Dutch too.
    QCOMPARE(locations(inDutch.error.issues), locations(inEnglish.error.issues));
    for (qsizetype i = 0; i < inDutch.error.issues.size(); ++i)
        QVERIFY2(inDutch.error.issues.at(i).message != inEnglish.error.issues.at(i).message,
                 qPrintable(inDutch.error.issues.at(i).message));
}

// The Edit menu's undo text names the review state as the review dock does; the change log keeps
// the state's stable name.
void tst_CoreMessages::reviewUndoTextInWords()
{
    const QString path = m_dir.filePath("review.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, fullProject(), true, &error));
    ProjectDocument document;
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &error));
    QString reason;
    auto english
        = AddReview::requestChanges(&document, uid(100), testReviewerKey(), "Nee.", &reason);
    QVERIFY2(english, qPrintable(reason));
    QCOMPARE(english->text(), QStringLiteral("Review: changes requested"));

    installDutch();
    auto dutch = AddReview::requestChanges(&document, uid(100), testReviewerKey(), "Nee.", &reason);
    QVERIFY2(dutch, qPrintable(reason));
    QCOMPARE(dutch->text(), QStringLiteral("Beoordeling: wijzigingen gevraagd"));
    document.undoStack()->push(dutch.release());
    QCOMPARE(document.project().changeLog.constLast().summary,
             QStringLiteral("review: changes-requested"));
}

QTEST_MAIN(tst_CoreMessages)
#include "tst_coremessages.moc"
