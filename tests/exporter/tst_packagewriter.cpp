#include "packagetesting.h"
#include "testprojects.h"

#include "package/assetnames.h"
#include "package/packagereader.h"
#include "package/packageschemas.h"
#include "package/packagewriter.h"
#include "package/xmlpackageparser.h"
#include "storage/projectstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

class TestPackageWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_counter = 0;

    QString freshDir() { return m_temp.filePath(QStringLiteral("run%1").arg(++m_counter)); }

    static Project projectNamed(const QString &name)
    {
        if (name == QLatin1String("golden"))
            return goldenProject();
        if (name == QLatin1String("full"))
            return fullProject();
        Project empty;
        empty.info.uid = uid(999);
        empty.info.title = QStringLiteral("Leeg");
        return empty;
    }

    // Exports, failing the test on error; returns the package directory.
    QString exportPackage(const Project &project, ExportOptions options = {})
    {
        const QString parent = freshDir();
        options.outDir = parent + QStringLiteral("/pkg");
        PackageError error;
        const bool ok = PackageWriter::write(project, options, &error);
        if (!ok)
            qWarning() << error.file << error.located();
        return ok ? options.outDir : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void golden()
    {
        const QString dir = exportPackage(goldenProject());
        QVERIFY(!dir.isEmpty());
        for (const char *name : {"package.xml", "package.json"}) {
            QFile exported(dir + u'/' + QLatin1String(name));
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QByteArray actual = exported.readAll();
            const QString goldenPath = QStringLiteral(KD_TEST_DIR "/golden/") + QLatin1String(name);
            if (qEnvironmentVariableIsSet("KD_UPDATE_GOLDEN")) {
                QFile out(goldenPath);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(actual);
            }
            QFile golden(goldenPath);
            QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
            QCOMPARE(actual, golden.readAll());
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/assets/Huisarts-icoon.svg")));
    }

    // What is written can be read: a file that would pass the readers' cap stops the export
    // with the limit named, and nothing is left behind.
    void fileOverTheCapIsRefused()
    {
        const QString parent = freshDir();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/pkg");
        options.maxFileBytes = 4096;
        PackageError error;
        QVERIFY(!PackageWriter::write(fullProject(), options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.message.contains(QLatin1String("larger than 4096 bytes")),
                 qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(parent));
    }

    // kdtool exports a project read from its file one scenario at a time; the bytes must be
    // those of the same project exported from memory.
    void streamedFromTheFileEqualsFromMemory_data()
    {
        QTest::addColumn<Project>("project");
        QTest::newRow("golden") << goldenProject();
        QTest::newRow("full") << fullProject();
    }

    void streamedFromTheFileEqualsFromMemory()
    {
        QFETCH(Project, project);
        const QString file = freshDir() + QStringLiteral(".kdproj");
        StoreError storeError;
        QVERIFY2(ProjectStore::writeNew(file, project, false, &storeError),
                 qPrintable(storeError.message));
        auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadOnly, &storeError);
        QVERIFY(store);
        Project loaded;
        QVERIFY(store->load(&loaded));
        ExportOptions options;
        options.draft = true;
        options.outDir = freshDir();
        PackageError error;
        QVERIFY2(PackageWriter::write(loaded, options, &error), qPrintable(error.located()));
        const auto fromMemory = filesUnder(options.outDir);

        const ReadSnapshot snapshot(*store);
        Project registers;
        ProjectFacts facts;
        QVERIFY(store->loadRegisters(&registers) && store->facts(&facts));
        options.outDir = freshDir();
        const auto scenarios = [&](const PackageWriter::ScenarioVisit &visit, QString *) {
            return store->forEachScenario([&](Scenario &&s) { return visit(s); });
        };
        QVERIFY2(PackageWriter::write(registers, facts, scenarios, options, &error),
                 qPrintable(error.located()));
        QCOMPARE(filesUnder(options.outDir), fromMemory);
    }

    // The committed golden package reads back into the golden project (less the staff data it
    // does not carry), and that exports to the committed bytes again.
    void goldenFilesReadBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("package.xml") << "package.xml";
        QTest::newRow("package.json") << "package.json";
    }

    void goldenFilesReadBack()
    {
        QFETCH(QString, file);
        Project expected = goldenProject();
        for (Review &review : expected.reviews) {
            review.reviewer = QString();
            review.comment = QString();
        }
        expected.changeLog.clear();
        // The goldens are kept without a manifest (it names the generator's version); a
        // package has one.
        const QString dir = freshDir();
        writePackage(dir, filesUnder(QStringLiteral(KD_TEST_DIR "/golden")));
        const QString path = dir + u'/' + file;
        Project project;
        PackageError error;
        QVERIFY2(PackageReader::read(path, &project, &error),
                 qPrintable(error.where() + QStringLiteral(": ") + error.message));
        QCOMPARE(project, expected);
        const auto files = filesUnder(exportPackage(project));
        const auto golden = filesUnder(QStringLiteral(KD_TEST_DIR "/golden"));
        for (auto it = golden.cbegin(); it != golden.cend(); ++it)
            QVERIFY2(files.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void validAgainstSchemas_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<bool>("notes");
        for (const char *name : {"empty", "golden", "full"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << false;
            QTest::addRow("%s with review notes", name) << QString::fromLatin1(name) << true;
        }
    }

    void validAgainstSchemas()
    {
        QFETCH(QString, project);
        QFETCH(bool, notes);
        ExportOptions options;
        options.includeReviewNotes = notes;
        const QString dir = exportPackage(projectNamed(project), options);
        QVERIFY(!dir.isEmpty());
        const QString xsd = xsdErrors(dir + QStringLiteral("/package.xml"));
        QVERIFY2(xsd.isEmpty(), qPrintable(xsd));
        const QString json = jsonSchemaErrors(dir + QStringLiteral("/package.json"));
        QVERIFY2(json.isEmpty(), qPrintable(json));
    }

    void schemasRejectWhatTheyMust()
    {
        // The checks above are worth something only if the schemas can fail.
        const QString dir = exportPackage(goldenProject());
        QVERIFY(!dir.isEmpty());
        QFile json(dir + QStringLiteral("/package.json"));
        QVERIFY(json.open(QIODevice::ReadWrite));
        QByteArray text = json.readAll();
        text.replace("\"key\": \"huisarts\"", "\"key\": \"Huis Arts\", \"extra\": 1");
        json.resize(0);
        json.write(text);
        json.close();
        QVERIFY(!jsonSchemaErrors(json.fileName()).isEmpty());

        QFile xml(dir + QStringLiteral("/package.xml"));
        QVERIFY(xml.open(QIODevice::ReadWrite));
        text = xml.readAll();
        text.replace("<professionalUid>6f1c0000-0000-4000-8000-000000000006</professionalUid>",
                     "<professionalUid>6f1c0000-0000-4000-8000-000000000099</professionalUid>");
        xml.resize(0);
        xml.write(text);
        xml.close();
        QVERIFY(!xsdErrors(xml.fileName()).isEmpty());
    }

    void deterministic()
    {
        ExportOptions options;
        options.includeReviewNotes = true;
        const QString first = exportPackage(fullProject(), options);
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
        const QString second = exportPackage(fullProject(), options);
        qunsetenv("SOURCE_DATE_EPOCH");
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const auto a = filesUnder(first);
        const auto b = filesUnder(second);
        QCOMPARE(a.keys(), b.keys());
        QCOMPARE(a, b);
        QCOMPARE(
            a.keys(),
            (QList<QString>{QStringLiteral("assets/huisarts.svg"), QStringLiteral("manifest.json"),
                            QStringLiteral("package.json"), QStringLiteral("package.xml")}));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<bool>("notes");
        QTest::addColumn<QString>("readFrom");
        for (const char *name : {"golden", "full", "empty"}) {
            for (const char *from : {"", "package.xml", "package.json"}) {
                QTest::addRow("%s from %s", name, *from ? from : "directory")
                    << QString::fromLatin1(name) << true << QString::fromLatin1(from);
                QTest::addRow("%s from %s, no notes", name, *from ? from : "directory")
                    << QString::fromLatin1(name) << false << QString::fromLatin1(from);
            }
        }
    }

    // export -> import into a project file -> load -> export: the same bytes; with review notes
    // the model itself comes back equal.
    void roundTrip()
    {
        QFETCH(QString, project);
        QFETCH(bool, notes);
        QFETCH(QString, readFrom);
        const Project original = projectNamed(project);
        ExportOptions options;
        options.includeReviewNotes = notes;
        const QString first = exportPackage(original, options);
        QVERIFY(!first.isEmpty());

        const QString projectFile = freshDir() + QStringLiteral(".kdproj");
        PackageError error;
        const QString source = readFrom.isEmpty() ? first : first + u'/' + readFrom;
        QVERIFY2(PackageReader::importPackage(source, projectFile, false,
                                              {testReviewerKey().publicPart()}, nullptr, &error),
                 qPrintable(error.file + QStringLiteral(": ") + error.located()));
        StoreError storeError;
        auto store = ProjectStore::open(projectFile, ProjectStore::OpenMode::ReadOnly, &storeError);
        QVERIFY2(store, qPrintable(storeError.message));
        Project imported;
        QVERIFY(store->load(&imported));
        store.reset();
        if (notes)
            QCOMPARE(imported, original);

        const QString second = exportPackage(imported, options);
        QVERIFY(!second.isEmpty());
        const auto a = filesUnder(first);
        const auto b = filesUnder(second);
        QCOMPARE(b.keys(), a.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void manifest()
    {
        ExportOptions options;
        options.draft = true;
        const QString dir = exportPackage(fullProject(), options);
        QVERIFY(!dir.isEmpty());
        const auto files = filesUnder(dir);
        const QJsonObject manifest
            = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QLatin1String("formatVersion")).toInt(), 1);
        QCOMPARE(manifest.value(QLatin1String("draft")).toBool(), true);
        QCOMPARE(manifest.value(QLatin1String("includesReviewNotes")).toBool(), false);
        QCOMPARE(manifest.value(QLatin1String("generatorVersion")).toString(),
                 QStringLiteral(KD_VERSION));
        const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("options")).toInt(), 3);
        QCOMPARE(counts.value(QLatin1String("legalReferences")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("assets")).toInt(), 1);

        // Every other file is listed with its size and SHA-256, in path order; the content hash
        // is sha256sum's output for those files, hashed.
        const QJsonArray listed = manifest.value(QLatin1String("files")).toArray();
        QCOMPARE(listed.size(), files.size() - 1);
        QByteArray sums;
        for (const QJsonValue entry : listed) {
            const QString path = entry[QLatin1String("path")].toString();
            QVERIFY2(files.contains(path), qPrintable(path));
            const QByteArray sha
                = QCryptographicHash::hash(files.value(path), QCryptographicHash::Sha256).toHex();
            QCOMPARE(entry[QLatin1String("sha256")].toString().toLatin1(), sha);
            QCOMPARE(entry[QLatin1String("size")].toInteger(), files.value(path).size());
            sums += sha + "  " + path.toUtf8() + '\n';
        }
        QCOMPARE(manifest.value(QLatin1String("contentHash")).toString().toLatin1(),
                 QCryptographicHash::hash(sums, QCryptographicHash::Sha256).toHex());
    }

    void reviewNotesOnlyWhenAsked()
    {
        const QString without = exportPackage(fullProject());
        ExportOptions options;
        options.includeReviewNotes = true;
        const QString with = exportPackage(fullProject(), options);
        for (const char *name : {"package.xml", "package.json"}) {
            const QByteArray a = filesUnder(without).value(QLatin1String(name));
            const QByteArray b = filesUnder(with).value(QLatin1String(name));
            QVERIFY(!a.contains("J. de Vries") && !a.contains("Akkoord.")
                    && !a.contains("redacteur"));
            QVERIFY(b.contains("J. de Vries") && b.contains("Akkoord.") && b.contains("redacteur"));
            QVERIFY(a.contains(QByteArray(64, 'a'))); // the content hash is not staff data
            // Review threads are staff data too.
            QVERIFY(!a.contains("reviewNote") && !a.contains("Is de AVG hier de juiste bron?"));
            QVERIFY(b.contains("reviewNotes") && b.contains("Is de AVG hier de juiste bron?"));
        }
        // Imported without notes, a project has none.
        const QString projectFile = freshDir() + QStringLiteral(".kdproj");
        PackageError error;
        QVERIFY2(PackageReader::importPackage(without, projectFile, false, {}, nullptr, &error),
                 qPrintable(error.located()));
        StoreError storeError;
        auto store = ProjectStore::open(projectFile, ProjectStore::OpenMode::ReadOnly, &storeError);
        Project imported;
        QVERIFY(store && store->load(&imported));
        QVERIFY(imported.reviewNotes.isEmpty());
        QVERIFY(!imported.reviews.isEmpty());
    }

    // The list of review notes is there only when there are notes to write: a project without
    // threads exports as before, with review notes or without; notes on an item the package does
    // not hold are left out, as its reviews are.
    void reviewNotesOnlyWhenThere()
    {
        ExportOptions options;
        options.includeReviewNotes = true;
        Project project = goldenProject();
        const auto before = filesUnder(exportPackage(project, options));
        for (const char *name : {"package.xml", "package.json"})
            QVERIFY(!before.value(QLatin1String(name)).contains("reviewNote"));
        project.reviewNotes = {{uid(140), uid(999), QString(), ReviewNoteKind::Question,
                                QStringLiteral("Anna"), QDateTime(), QStringLiteral("Weg?")}};
        QCOMPARE(filesUnder(exportPackage(project, options)), before);
        project.reviewNotes.append({uid(141), project.legalSources[0].uid, QString(),
                                    ReviewNoteKind::Question, QStringLiteral("Anna"), QDateTime(),
                                    QStringLiteral("Nog geldig?")});
        const auto after = filesUnder(exportPackage(project, options));
        for (const char *name : {"package.xml", "package.json"}) {
            QVERIFY(after.value(QLatin1String(name)).contains("Nog geldig?"));
            QVERIFY(!after.value(QLatin1String(name)).contains("Weg?"));
        }
    }

    void formattedFieldsCarryHtml()
    {
        Project project = goldenProject();
        // Escaped markup stays text (raw HTML itself is refused by validation before export).
        project.themes[0].description = QStringLiteral("Zie \\<script\\> & 5 < 6 en **dit**.");
        const QString dir = exportPackage(project);
        QVERIFY(!dir.isEmpty());
        const QJsonObject json
            = QJsonDocument::fromJson(filesUnder(dir).value(QStringLiteral("package.json")))
                  .object();
        const QJsonObject description = json.value(QLatin1String("themes"))
                                            .toArray()
                                            .at(0)[QLatin1String("description")]
                                            .toObject();
        QCOMPARE(description.value(QLatin1String("markdown")).toString(),
                 project.themes[0].description);
        const QString html = description.value(QLatin1String("html")).toString();
        QVERIFY2(html.contains(QLatin1String("<strong>dit</strong>")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("<script>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("&lt;script&gt;")), qPrintable(html));
        QVERIFY2(filesUnder(dir)
                     .value(QStringLiteral("package.xml"))
                     .contains("&lt;strong&gt;dit&lt;/strong&gt;"),
                 "XML carries the HTML as text");
    }

    void formatSubsets()
    {
        ExportOptions xmlOnly;
        xmlOnly.json = false;
        const auto a = filesUnder(exportPackage(goldenProject(), xmlOnly));
        QVERIFY(a.contains(QStringLiteral("package.xml"))
                && !a.contains(QStringLiteral("package.json")));
        QVERIFY(!a.value(QStringLiteral("manifest.json")).contains("package.json"));
        ExportOptions jsonOnly;
        jsonOnly.xml = false;
        const auto b = filesUnder(exportPackage(goldenProject(), jsonOnly));
        QVERIFY(!b.contains(QStringLiteral("package.xml"))
                && b.contains(QStringLiteral("package.json")));
        // The XML written for the XSD check is gone and unlisted; the JSON is the same bytes as
        // in a full package.
        QVERIFY(!b.value(QStringLiteral("manifest.json")).contains("package.xml"));
        const auto full = filesUnder(exportPackage(goldenProject()));
        QCOMPARE(b.value(QStringLiteral("package.json")),
                 full.value(QStringLiteral("package.json")));
    }

    // The writer's XSD check, fed the way the writer feeds it: in pieces of any size.
    void streamCheck_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("piece");
        QTest::addColumn<QString>("expected"); // empty: valid
        const QByteArray golden
            = filesUnder(exportPackage(goldenProject())).value(QStringLiteral("package.xml"));
        QVERIFY(!golden.isEmpty());
        QTest::newRow("valid, whole") << golden << int(golden.size()) << QString();
        QTest::newRow("valid, 1 byte at a time") << golden << 1 << QString();
        QTest::newRow("valid, 4 KiB pieces") << golden << 4096 << QString();
        // Long enough to pass through the queue between the threads in many chunks.
        QByteArray longText = golden;
        longText.replace("Een korte casus over", QByteArray(3 * 1024 * 1024, 'x'));
        QTest::newRow("valid, 3 MiB in 4 KiB pieces") << longText << 4096 << QString();
        QByteArray badKey = golden;
        badKey.replace(R"(key="zorg")", R"(key="Zorg en welzijn")");
        QTest::newRow("against the schema")
            << badKey << 4096 << "does not match the package schema";
        QTest::newRow("not well-formed")
            << golden.left(golden.size() / 2) << 4096 << "the document ends too early";
        QTest::newRow("empty") << QByteArray() << 1 << "the document is empty";
    }

    void streamCheck()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, piece);
        QFETCH(QString, expected);
        XmlPackageParser::StreamCheck check(QStringLiteral("package.xml"));
        for (qsizetype at = 0; at < xml.size(); at += piece)
            check.feed(QByteArrayView(xml).sliced(at, qMin<qsizetype>(piece, xml.size() - at)));
        PackageError error;
        const bool valid = check.finish(&error);
        QCOMPARE(valid, expected.isEmpty());
        if (!valid)
            QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    // A check abandoned halfway (the writer failed) ends without hanging.
    void streamCheckAbandoned()
    {
        const QByteArray golden
            = filesUnder(exportPackage(goldenProject())).value(QStringLiteral("package.xml"));
        XmlPackageParser::StreamCheck check(QStringLiteral("package.xml"));
        check.feed(QByteArrayView(golden).first(golden.size() / 3));
    }

    // A JSON-only export is checked against the XSD as well: what XML cannot carry is refused
    // there too, and nothing is left behind.
    void jsonOnlyIsCheckedAgainstTheXsd()
    {
        Project project = goldenProject();
        project.glossary[0].definition = QString(PackageMapping::MaxTextBytes + 1, u'x');
        const QString parent = freshDir();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/deeper/pkg");
        options.xml = false;
        PackageError error;
        QVERIFY(!PackageWriter::write(project, options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.located().contains(QLatin1String("longer than a package allows")),
                 qPrintable(error.located()));
        QVERIFY(!QFileInfo::exists(parent));
    }

    void replacesAnExistingPackage()
    {
        const QString parent = freshDir();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/pkg");
        PackageError error;
        QVERIFY(PackageWriter::write(goldenProject(), options, &error));
        Project changed = goldenProject();
        changed.info.title = QStringLiteral("Familie Jansen, tweede versie");
        QVERIFY(PackageWriter::write(changed, options, &error));
        QVERIFY(filesUnder(options.outDir)
                    .value(QStringLiteral("package.xml"))
                    .contains("tweede versie"));
        QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("pkg")});
    }

    void refusesToReplaceSomethingElse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("some file") << "keep.txt";
        QTest::newRow("a web app's manifest") << "manifest.json";
    }

    void refusesToReplaceSomethingElse()
    {
        QFETCH(QString, name);
        const QString parent = freshDir();
        QVERIFY(QDir().mkpath(parent + QStringLiteral("/pkg")));
        QFile keep(parent + QStringLiteral("/pkg/") + name);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/pkg");
        PackageError error;
        QVERIFY(!PackageWriter::write(goldenProject(), options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Io);
        QVERIFY2(error.message.contains(QLatin1String("not a Kiezen & Delen package")),
                 qPrintable(error.message));
        QCOMPARE(entriesOf(parent + QStringLiteral("/pkg")), QStringList{name});
        QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("pkg")});
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new target") << false;
        QTest::newRow("existing package") << true;
    }

    void cancelLeavesNothing()
    {
        QFETCH(bool, existing);
        const QString parent = freshDir();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/pkg");
        PackageError error;
        QByteArray before;
        if (existing) {
            QVERIFY(PackageWriter::write(goldenProject(), options, &error));
            before = filesUnder(options.outDir).value(QStringLiteral("package.xml"));
        }
        std::atomic_bool cancel = false;
        int calls = 0;
        options.cancel = &cancel;
        options.progress = [&](int done, int) {
            ++calls;
            if (done >= 1)
                cancel = true; // after the first scenario, before the files are done
        };
        QVERIFY(!PackageWriter::write(fullProject(), options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Cancelled);
        QVERIFY(calls >= 2); // the start, and the scenario
        if (existing) {
            QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("pkg")});
            QCOMPARE(filesUnder(options.outDir).value(QStringLiteral("package.xml")), before);
        } else {
            QCOMPARE(entriesOf(parent), QStringList{});
        }
    }

    void invalidContentWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        // Validation stops most of these first, naming the rule; the writer stops the rest.
        QTest::newRow("bad key") << "key"
                                 << "invalid-key";
        QTest::newRow("dangling professional") << "professional"
                                               << "dangling-reference";
        QTest::newRow("control character") << "control"
                                           << "invalid-character";
        QTest::newRow("missing title") << "title"
                                       << "required-field";
        QTest::newRow("text too long") << "long"
                                       << "longer than a package allows";
    }

    // Whatever validation lets through, the package contract (the XSD) still holds.
    void invalidContentWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Project project = goldenProject();
        if (field == QLatin1String("key"))
            project.themes[0].key = QStringLiteral("Mel Dcode");
        else if (field == QLatin1String("professional"))
            project.scenarios[0].segments[0].dilemmas[0].professionalUid = goldenUid(99);
        else if (field == QLatin1String("control"))
            project.scenarios[0].title = QStringLiteral("Familie\x01Jansen");
        else if (field == QLatin1String("long"))
            project.glossary[0].definition = QString(PackageMapping::MaxTextBytes + 1, u'x');
        else
            project.info.title = QString();
        const QString parent = freshDir();
        ExportOptions options;
        options.outDir = parent + QStringLiteral("/pkg");
        PackageError error;
        QVERIFY(!PackageWriter::write(project, options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        const bool named = error.located().contains(expected)
                           || std::any_of(error.issues.cbegin(), error.issues.cend(),
                                          [&](const Issue &i) { return i.rule == expected; });
        QVERIFY2(named, qPrintable(error.located()));
        QVERIFY(!QFileInfo::exists(parent));
    }

    void schemasAreCompiledIn()
    {
        QFile xsd(schemaPath("package.xsd"));
        QFile json(schemaPath("package.schema.json"));
        QVERIFY(xsd.open(QIODevice::ReadOnly) && json.open(QIODevice::ReadOnly));
        QCOMPARE(PackageSchemas::xsd(), xsd.readAll());
        QCOMPARE(PackageSchemas::jsonSchema(), json.readAll());
    }

    void assetNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("plain") << QStringList{"icon.svg"} << QStringList{"assets/icon.svg"};
        QTest::newRow("traversal")
            << QStringList{"../../etc/passwd", "..", ".hidden", ""}
            << QStringList{"assets/passwd", "assets/asset", "assets/hidden", "assets/asset-2"};
        QTest::newRow("separators") << QStringList{"a/b\\c d.png", "C:\\x\\y.svg"}
                                    << QStringList{"assets/c-d.png", "assets/y.svg"};
        QTest::newRow("diacritics")
            << QStringList{"Ayşe & Noah.png"} << QStringList{"assets/Ayse-Noah.png"};
        QTest::newRow("case clash")
            << QStringList{"x.svg", "X.svg", "x.svg"}
            << QStringList{"assets/x.svg", "assets/X-2.svg", "assets/x-3.svg"};
        QTest::newRow("long") << QStringList{QString(300, u'a') + ".svg"}
                              << QStringList{"assets/" + QString(96, u'a') + ".svg"};
    }

    void assetNames()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, paths);
        QList<Asset> assets;
        for (const QString &name : names)
            assets.append(Asset{QString(), QString(), name, QString(), QByteArray(), 0, {}});
        const QStringList actual = AssetNames::assign(assets);
        QCOMPARE(actual, paths);
        for (const QString &path : actual)
            QVERIFY2(AssetNames::isSafePath(path), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
