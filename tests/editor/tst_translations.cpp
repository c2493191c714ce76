// The Dutch UI: every string lupdate finds in the sources has a finished Dutch translation in the
// committed .ts file, translations keep their placeholders and accelerators, and with the Dutch
// translators installed the editor reads Dutch.
#include "forms/fieldtable.h"
#include "mainwindow.h"
#include "settings/uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace kd;

namespace {

// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    bool numerus = false;
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters()) {
                            text += xml.text();
                        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
                            numerus = true;
                            m.translations.append(xml.readElementText());
                        } else if (xml.isEndElement() && xml.name() == u"translation") {
                            break;
                        }
                    }
                    if (!numerus)
                        m.translations.append(text);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList splitList(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}

// The placeholders of a text, sorted: "%1 of %2" -> {"%1", "%2"}.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

// The accelerator letters of a text: "&" before a letter or digit ("&&" is a literal "&", and
// "Kiezen & Delen" has none).
QString accelerators(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            letters += text.at(i + 1).toLower();
    }
    return letters;
}

// Texts sharing an accelerator, as "letter: text, text"; empty when all differ.
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &text : texts)
        for (QChar letter : accelerators(text))
            byLetter.insert(letter, text);
    QStringList result;
    for (QChar letter : byLetter.uniqueKeys()) {
        const QStringList same = byLetter.values(letter);
        if (same.size() > 1)
            result.append(QString(letter) + QStringLiteral(": ") + same.join(QStringLiteral(", ")));
    }
    return result;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
    return texts;
}

QMenu *menuNamed(QMainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->actions())
        if (action->text() == text)
            return action->menu();
    return nullptr;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void englishNeedsNoTranslator();
    void dutchMainWindow();
    void dutchFormsHaveDistinctAccelerators();

private:
    QStringList m_tsFiles;
};

void tst_Translations::initTestCase()
{
    m_tsFiles = splitList(KD_TS_FILES);
    QVERIFY(!m_tsFiles.isEmpty());
}

void tst_Translations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("committed");
    for (const QString &ts : std::as_const(m_tsFiles))
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

// lupdate runs over today's sources into a scratch file, so a string added since the .ts was
// last refreshed is caught as well as one left unfinished in it.
void tst_Translations::everySourceStringIsTranslated()
{
    QFETCH(QString, committed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QFileInfo(committed).fileName());
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(KD_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(KD_LUPDATE), splitList(KD_LUPDATE_OPTIONS)
                                                  + splitList(KD_TRANSLATED_DIRS)
                                                  + QStringList{QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             output.constData());

    QString error;
    const QList<Message> found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.size() > 100, "lupdate found suspiciously few strings");
    const QList<Message> translated = readTs(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const Message &m : translated)
        byKey.insert(m.key(), m);

    QStringList problems;
    for (const Message &m : found) {
        const auto it = byKey.constFind(m.key());
        if (it == byKey.cend()) {
            problems.append(QStringLiteral("not in the .ts: ") + m.where());
            continue;
        }
        if (!it->type.isEmpty())
            problems.append(QStringLiteral("%1: ").arg(it->type) + m.where());
        else if (it->translations.isEmpty()
                 || std::any_of(it->translations.cbegin(), it->translations.cend(),
                                [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty translation: ") + m.where());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) lack a finished translation in %2 "
                                       "(refresh it with `cmake --build build --target "
                                       "update_translations`, then translate them):\n  %3")
                            .arg(problems.size())
                            .arg(committed, problems.join(QStringLiteral("\n  ")))));
}

void tst_Translations::translationsKeepPlaceholdersAndAccelerators_data()
{
    everySourceStringIsTranslated_data();
}

void tst_Translations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, committed);
    QString error;
    const QList<Message> messages = readTs(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished or gone: the completeness test speaks about those
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems.append(
                    QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(m.where(), t));
            if (accelerators(t).size() != accelerators(m.source).size())
                problems.append(
                    QStringLiteral("accelerator added or lost: %1 -> \"%2\"").arg(m.where(), t));
            if (m.source.endsWith(QLatin1String("...")) != t.endsWith(QLatin1String("...")))
                problems.append(
                    QStringLiteral("ellipsis added or lost: %1 -> \"%2\"").arg(m.where(), t));
            if (m.source.endsWith(u':') != t.endsWith(u':')
                || m.source.startsWith(u' ') != t.startsWith(u' '))
                problems.append(QStringLiteral("punctuation or spacing differs: %1 -> \"%2\"")
                                    .arg(m.where(), t));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// English is the source language: with no translator the menus read as written.
void tst_Translations::englishNeedsNoTranslator()
{
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    MainWindow window;
    QVERIFY(menuNamed(window, QStringLiteral("&File")));
    QVERIFY(menuNamed(window, QStringLiteral("&Edit")));
}

void tst_Translations::dutchMainWindow()
{
    QVERIFY2(QFile::exists(UiLanguage::translationResource(QStringLiteral("nl"))),
             "the Dutch .qm is not embedded in the editor");
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("nl")));

    MainWindow window;
    QMenu *file = menuNamed(window, QStringLiteral("&Bestand"));
    QMenu *edit = menuNamed(window, QStringLiteral("Be&werken"));
    QVERIFY2(file && edit, qPrintable(QStringLiteral("menu bar: ") + [&] {
                 QStringList texts;
                 for (QAction *a : window.menuBar()->actions())
                     texts.append(a->text());
                 return texts.join(QStringLiteral(", "));
             }()));
    const QStringList fileTexts = menuTexts(file);
    for (const char *text :
         {"&Nieuw...", "&Openen...", "&Recent geopend", "&Sluiten", "&Afsluiten"})
        QVERIFY2(fileTexts.contains(QString::fromUtf8(text)), text);
    const QStringList editTexts = menuTexts(edit);
    for (const char *text : {"&Ongedaan maken", "Op&nieuw", "Kni&ppen", "&Kopiëren", "P&lakken",
                             "&Verwijderen", "&Dupliceren", "&Toevoegen", "Voo&rkeuren..."})
        QVERIFY2(editTexts.contains(QString::fromUtf8(text)), text);
    QCOMPARE(window.windowTitle(), QStringLiteral("Kiezen & Delen Studio"));

    // No two entries of one menu share an accelerator.
    QStringList menuBarTexts;
    for (QAction *a : window.menuBar()->actions())
        menuBarTexts.append(a->text());
    QCOMPARE(clashes(menuBarTexts), QStringList());
    QCOMPARE(clashes(fileTexts), QStringList());
    QCOMPARE(clashes(editTexts), QStringList());

    // Qt's own strings come from qtbase_nl (Debian package qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
}

// One translation of a field label serves every form, so each form is checked as a whole: the
// dilemma form holds its options and legal references with their Add buttons.
void tst_Translations::dutchFormsHaveDistinctAccelerators()
{
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("nl")));
    auto labels = [](EntityKind kind) {
        QStringList texts;
        for (const FieldSpec &spec : FieldTable::fields(kind))
            texts.append(spec.labelWithMnemonic());
        return texts;
    };
    for (int k = 0; k <= int(EntityKind::Review); ++k) {
        const auto kind = EntityKind(k);
        if (kind == EntityKind::Option || kind == EntityKind::LegalReference)
            continue;
        QStringList texts = labels(kind);
        if (kind == EntityKind::Dilemma)
            texts << labels(EntityKind::Option) << labels(EntityKind::LegalReference)
                  << QCoreApplication::translate("kd::ChildListEditor", "Add &Option")
                  << QCoreApplication::translate("kd::ChildListEditor", "Add Legal &Reference");
        QVERIFY2(!texts.contains(QStringLiteral("&Title")), "field labels are not translated");
        QVERIFY2(clashes(texts).isEmpty(),
                 qPrintable(QStringLiteral("form %1: ").arg(k) + clashes(texts).join(u'\n')));
    }
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
