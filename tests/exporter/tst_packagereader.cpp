#include "goldenproject.h"
#include "packagetesting.h"

#include "package/packagereader.h"
#include "package/packagewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// Hostile, broken and invalid packages: each is refused with a content error that says where,
// and leaves no project file (nor anything else) behind.
class TestPackageReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_golden;
    QByteArray m_xml;
    QJsonObject m_json;
    int m_counter = 0;

    QString freshDir()
    {
        const QString dir = m_temp.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    static QByteArray packageHead()
    {
        return "<package xmlns=\"urn:kiezen-en-delen:package\" formatVersion=\"1\">";
    }

    void expectRefused(const QString &fileName, const QByteArray &content, const QString &expected,
                       bool wantLine)
    {
        const QString dir = freshDir();
        QFile file(dir + u'/' + fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QString project = dir + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(file.fileName(), project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QCOMPARE(error.file, file.fileName());
        QVERIFY2(error.located().contains(expected, Qt::CaseInsensitive),
                 qPrintable(error.located()));
        if (wantLine)
            QVERIFY2(error.line > 0, qPrintable(error.located()));
        QVERIFY2(!error.message.contains(QLatin1String("root:")), "leaked a local file");
        QCOMPARE(entriesOf(dir), QStringList{fileName});
    }

    QByteArray jsonWith(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject json = m_json;
        change(json);
        return QJsonDocument(json).toJson();
    }

    // The first dilemma of the golden package, changed.
    QByteArray dilemmaWith(const std::function<void(QJsonObject &)> &change)
    {
        return jsonWith([&](QJsonObject &json) {
            QJsonArray scenarios = json[QLatin1String("scenarios")].toArray();
            QJsonObject scenario = scenarios[0].toObject();
            QJsonArray segments = scenario[QLatin1String("segments")].toArray();
            QJsonObject segment = segments[0].toObject();
            QJsonArray dilemmas = segment[QLatin1String("dilemmas")].toArray();
            QJsonObject dilemma = dilemmas[0].toObject();
            change(dilemma);
            dilemmas[0] = dilemma;
            segment[QLatin1String("dilemmas")] = dilemmas;
            segments[0] = segment;
            scenario[QLatin1String("segments")] = segments;
            scenarios[0] = scenario;
            json[QLatin1String("scenarios")] = scenarios;
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        ExportOptions options;
        options.outDir = m_temp.filePath(QStringLiteral("golden"));
        PackageError error;
        QVERIFY(PackageWriter::write(goldenProject(), options, &error));
        m_golden = options.outDir;
        m_xml = filesUnder(m_golden).value(QStringLiteral("package.xml"));
        m_json = QJsonDocument::fromJson(filesUnder(m_golden).value(QStringLiteral("package.json")))
                     .object();
        QVERIFY(!m_xml.isEmpty() && !m_json.isEmpty());
    }

    void readsEachForm()
    {
        const QStringList paths{m_golden, m_golden + QStringLiteral("/package.xml"),
                                m_golden + QStringLiteral("/package.json")};
        for (const QString &path : paths) {
            Project project;
            PackageError error;
            QVERIFY2(PackageReader::read(path, &project, &error), qPrintable(error.located()));
            QCOMPARE(project.scenarios.value(0).segments.value(0).dilemmas.value(0).options.size(),
                     2);
            QCOMPARE(project.assets.value(0).data, goldenProject().assets.value(0).data);
        }
    }

    void hostileXml_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("wantLine");

        const QByteArray body = packageHead()
                                + "<project uid=\"6f1c0000-0000-4000-8000-000000000001\">"
                                  "<title>&xxe;</title><language>nl</language></project>"
                                  "<lifeDomains/><assets/><legalSources/><professionals/><themes/>"
                                  "<glossary/><scenarios/><reviews/></package>\n";
        QTest::newRow("external entity to a local file")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n"
                          "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n")
                   + body
            << "DOCTYPE" << true;
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            laughs += "\">\n";
        }
        laughs += "<!ENTITY xxe \"&lol9;\">\n]>\n" + body;
        QTest::newRow("billion laughs") << laughs << "DOCTYPE" << true;
        QTest::newRow("parameter entity")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package [\n"
                          "<!ENTITY % ext SYSTEM \"file:///etc/passwd\">\n%ext;\n"
                          "<!ENTITY xxe \"x\">\n]>\n")
                   + body
            << "DOCTYPE" << true;
        QTest::newRow("external DTD")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM "
                          "\"http://127.0.0.1:9/package.dtd\">\n")
                   + body
            << "DOCTYPE" << true;
        QTest::newRow("external DTD, local file")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE package SYSTEM \"/etc/passwd\">\n")
                   + body
            << "DOCTYPE" << true;

        QByteArray badUtf8 = m_xml;
        badUtf8.replace("Familie Jansen", "Familie \xff\xfe Jansen");
        QTest::newRow("invalid UTF-8") << badUtf8 << "UTF-8" << true;
        QTest::newRow("truncated") << m_xml.left(m_xml.size() / 2) << "" << true;
        QTest::newRow("empty file") << QByteArray() << "" << false;

        QByteArray deep = "<?xml version=\"1.0\"?>\n" + packageHead();
        deep += QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000);
        deep += "</package>\n";
        QTest::newRow("100,000 nested elements") << deep << "depth" << true;

        QByteArray huge = m_xml;
        const QByteArray title = "<title>Familie Jansen</title>";
        huge.replace(huge.indexOf(title), title.size(),
                     QByteArray(QByteArray("<title>") + QByteArray(50 * 1000 * 1000, 'x')
                                + QByteArray("</title>")));
        QTest::newRow("50 MB text node") << huge << "longer than a package allows" << true;

        QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<project/>\n")
                                    << "root element is <project>" << true;
        QByteArray noNamespace = m_xml;
        noNamespace.replace(" xmlns=\"urn:kiezen-en-delen:package\"", "");
        QTest::newRow("package without namespace") << noNamespace << "root element" << true;
        QByteArray newer = m_xml;
        newer.replace("formatVersion=\"1\"", "formatVersion=\"2\"");
        QTest::newRow("newer format") << newer << "newer" << true;
        QByteArray badKey = m_xml;
        badKey.replace("key=\"huisarts\"", "key=\"Huis Arts\"");
        QTest::newRow("key pattern") << badKey << "schema" << true;
        QByteArray dangling = m_xml;
        dangling.replace("<professionalUid>6f1c0000-0000-4000-8000-000000000006",
                         "<professionalUid>6f1c0000-0000-4000-8000-000000000098");
        QTest::newRow("dangling reference") << dangling << "schema" << true;
        QByteArray unknown = m_xml;
        unknown.replace("<language>nl</language>", "<language>nl</language><extra/>");
        QTest::newRow("unknown element") << unknown << "extra" << true;
        QByteArray undefinedEntity = m_xml;
        undefinedEntity.replace("<title>Familie Jansen</title>", "<title>&secret;</title>");
        QTest::newRow("undeclared entity") << undefinedEntity << "secret" << true;
    }

    void hostileXml()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(bool, wantLine);
        expectRefused(QStringLiteral("package.xml"), content, expected, wantLine);
    }

    void tooLarge()
    {
        const QByteArray big = m_xml + QByteArray(65 * 1024 * 1024, ' ');
        expectRefused(QStringLiteral("package.xml"), big, QStringLiteral("larger than 64 MiB"),
                      false);
    }

    void brokenJson_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("missing comma")
            << QByteArray("{\n    \"formatVersion\": 1\n    \"project\": {}\n}\n") << "" << 3 << 5;
        QTest::newRow("stray bracket")
            << QByteArray("{\n  \"formatVersion\": 1,\n  ]\n}") << "" << 3 << 3;
        const QByteArray golden = QJsonDocument(m_json).toJson();
        QTest::newRow("truncated") << golden.left(golden.size() / 2) << "" << -1 << -1;
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\n  \"formatVersion\": \"\xff\xfe\"\n}") << "" << 2 << -1;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "not a JSON object" << 1 << 1;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "" << 1 << -1;
        QTest::newRow("unknown member")
            << dilemmaWith([](QJsonObject &d) { d.insert(QLatin1String("extra"), 1); })
            << "/scenarios/0/segments/0/dilemmas/0/extra: not a member" << 0 << 0;
        QTest::newRow("missing member")
            << dilemmaWith([](QJsonObject &d) { d.remove(QLatin1String("question")); })
            << "dilemmas/0/question: the member is missing" << 0 << 0;
        QTest::newRow("null where a value is required") << dilemmaWith([](QJsonObject &d) {
            d.insert(QLatin1String("question"), QJsonValue());
        }) << "question: a value is required" << 0 << 0;
        QTest::newRow("wrong type") << dilemmaWith(
            [](QJsonObject &d) { d.insert(QLatin1String("themeUids"), QStringLiteral("x")); })
                                    << "themeUids: expected an array" << 0 << 0;
        QTest::newRow("dangling reference") << dilemmaWith([](QJsonObject &d) {
            d.insert(QLatin1String("professionalUid"), goldenUid(98));
        }) << "is not a professional" << 0 << 0;
        QTest::newRow("bad key") << dilemmaWith([](QJsonObject &d) {
            d.insert(QLatin1String("key"), QStringLiteral("Niet Goed"));
        }) << "is not a key" << 0 << 0;
        QTest::newRow("bad enumeration") << dilemmaWith([](QJsonObject &d) {
            QJsonArray options = d[QLatin1String("options")].toArray();
            QJsonObject option = options[0].toObject();
            option.insert(QLatin1String("assessment"), QStringLiteral("great"));
            options[0] = option;
            d.insert(QLatin1String("options"), options);
        }) << "'great' is not one of" << 0
                                         << 0;
        QTest::newRow("duplicate uid")
            << dilemmaWith([](QJsonObject &d) { d.insert(QLatin1String("uid"), goldenUid(9)); })
            << "used twice" << 0 << 0;
        QTest::newRow("newer format")
            << jsonWith([](QJsonObject &j) { j.insert(QLatin1String("formatVersion"), 2); })
            << "format version 2" << 0 << 0;
        QTest::newRow("unsafe asset path") << jsonWith([](QJsonObject &j) {
            QJsonArray assets = j[QLatin1String("assets")].toArray();
            QJsonObject asset = assets[0].toObject();
            asset.insert(QLatin1String("file"), QStringLiteral("assets/../../etc/passwd"));
            assets[0] = asset;
            j.insert(QLatin1String("assets"), assets);
        }) << "not a safe asset path" << 0 << 0;
    }

    void brokenJson()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QFETCH(int, column);
        expectRefused(QStringLiteral("package.json"), content, expected, line != 0);
        // expectRefused checked the message; check the position again for the syntax errors.
        if (line > 0 || column > 0) {
            const QString dir = freshDir();
            QFile file(dir + QStringLiteral("/package.json"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
            file.close();
            Project project;
            PackageError error;
            QVERIFY(!PackageReader::read(file.fileName(), &project, &error));
            if (line > 0)
                QCOMPARE(error.line, line);
            if (column > 0)
                QCOMPARE(error.column, column);
            QVERIFY2(error.column > 0, qPrintable(error.located()));
        }
    }

    void tamperedAssets()
    {
        // A directory's manifest is checked; an asset that does not match is refused.
        const QString dir = freshDir() + QStringLiteral("/pkg");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/assets")));
        for (auto [path, content] : filesUnder(m_golden).asKeyValueRange()) {
            QFile file(dir + u'/' + path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(path.startsWith(QLatin1String("assets/")) ? QByteArray("<svg/>") : content);
        }
        const QString project = QFileInfo(dir).path() + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.message.contains(QLatin1String("SHA-256")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(project));
        // Without the manifest the package file's own hash catches it.
        QVERIFY(QFile::remove(dir + QStringLiteral("/manifest.json")));
        QVERIFY(!PackageReader::importPackage(dir + QStringLiteral("/package.json"), project, false,
                                              &error));
        QVERIFY2(error.message.contains(QLatin1String("SHA-256")), qPrintable(error.message));
        QVERIFY(QFile::remove(dir + QStringLiteral("/assets/Huisarts-icoon.svg")));
        QVERIFY(!PackageReader::importPackage(dir + QStringLiteral("/package.xml"), project, false,
                                              &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY(!QFileInfo::exists(project));
    }

    void existingProjectNeedsOverwrite()
    {
        const QString dir = freshDir();
        const QString project = dir + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(PackageReader::importPackage(m_golden, project, false, &error));
        QVERIFY(!PackageReader::importPackage(m_golden, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Io);
        QVERIFY(PackageReader::importPackage(m_golden, project, true, &error));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("out.kdproj")});
    }

    void missingPackage()
    {
        PackageError error;
        QVERIFY(!PackageReader::importPackage(m_temp.filePath(QStringLiteral("nothing-here")),
                                              m_temp.filePath(QStringLiteral("x.kdproj")), false,
                                              &error));
        QCOMPARE(error.kind, PackageError::Kind::Io);
        QVERIFY(!QFileInfo::exists(m_temp.filePath(QStringLiteral("x.kdproj"))));
    }
};

QTEST_GUILESS_MAIN(TestPackageReader)
#include "tst_packagereader.moc"
