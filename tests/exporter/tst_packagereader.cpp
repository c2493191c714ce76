#include "goldenproject.h"
#include "hostileinputs.h"
#include "packagetesting.h"

#include "package/jsonlocator.h"
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

    void expectRefused(const QString &fileName, const QByteArray &content, const QString &expected,
                       bool wantLine)
    {
        const QString dir = freshDir();
        // With a manifest that vouches for it: the content itself is what is refused.
        const QString file = writePackage(dir, {{fileName, content}});
        const QString project = dir + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(file, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QCOMPARE(error.file, file);
        QVERIFY2(error.located().contains(expected, Qt::CaseInsensitive),
                 qPrintable(error.located()));
        if (wantLine)
            QVERIFY2(error.line > 0, qPrintable(error.located()));
        QVERIFY2(!error.message.contains(QLatin1String("root:")), "leaked a local file");
        QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("manifest.json"), fileName}));
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

    void hostileXml_data() { addHostileXmlRows(m_xml); }

    void hostileXml()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(bool, wantLine);
        expectRefused(QStringLiteral("package.xml"), content, expected, wantLine);
    }

    // A file over the cap is refused by its size, before a byte of it is read.
    void tooLarge()
    {
        for (const QString &name : {QStringLiteral("package.xml"), QStringLiteral("package.json")}) {
            const QString dir = freshDir();
            const QString path = writePackage(
                dir, {{name, name.endsWith(u".xml") ? m_xml : QJsonDocument(m_json).toJson()}});
            QFile file(path);
            // Sparse: the size is what counts, and it takes no disk.
            QVERIFY(file.resize(PackageMapping::MaxFileBytes + 1));
            PackageError error;
            QVERIFY(!PackageReader::importPackage(path, dir + QStringLiteral("/out.kdproj"), false,
                                                  &error));
            QCOMPARE(error.kind, PackageError::Kind::Content);
            QVERIFY2(error.located().contains(QLatin1String("larger than 2048 MiB")),
                     qPrintable(error.located()));
            QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("manifest.json"), name}));
        }
    }

    void brokenJson_data() { addBrokenJsonRows(m_json); }

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
            const QString path = writePackage(dir, {{QStringLiteral("package.json"), content}});
            Project project;
            PackageError error;
            QVERIFY(!PackageReader::read(path, &project, &error));
            if (line > 0)
                QCOMPARE(error.line, line);
            if (column > 0)
                QCOMPARE(error.column, column);
            QVERIFY2(error.column > 0, qPrintable(error.located()));
        }
    }

    void jsonLocator_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<int>("offset");
        const QByteArray doc = "{\"a\": [1, {\"b\\\"\": \"x,]}\", \"c\": [[]]}], \"d\": null}";
        QTest::newRow("root") << QStringList{} << 0;
        QTest::newRow("member") << QStringList{"a"} << int(doc.indexOf('['));
        QTest::newRow("index") << QStringList{"a", "1"} << int(doc.indexOf("{\"b"));
        QTest::newRow("escaped key") << QStringList{"a", "1", "b\""} << int(doc.indexOf("\"x"));
        QTest::newRow("after a tricky string")
            << QStringList{"a", "1", "c"} << int(doc.indexOf("[["));
        QTest::newRow("last member") << QStringList{"d"} << int(doc.indexOf("null"));
        QTest::newRow("missing member") << QStringList{"a", "1", "zz"} << int(doc.indexOf("{\"b"));
        QTest::newRow("index out of range") << QStringList{"a", "5"} << int(doc.indexOf('['));
    }

    void jsonLocator()
    {
        QFETCH(QStringList, path);
        QFETCH(int, offset);
        const QByteArray doc = "{\"a\": [1, {\"b\\\"\": \"x,]}\", \"c\": [[]]}], \"d\": null}";
        QVERIFY(!QJsonDocument::fromJson(doc).isNull());
        QCOMPARE(JsonLocator::offsetOf(doc, path), qsizetype(offset));
    }

    void tamperedAssets()
    {
        // A directory's manifest is checked; an asset that does not match is refused.
        const QString dir = freshDir() + QStringLiteral("/pkg");
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/assets")));
        QString asset;
        for (auto [path, content] : filesUnder(m_golden).asKeyValueRange()) {
            QFile file(dir + u'/' + path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (path.startsWith(QLatin1String("assets/"))) {
                asset = dir + u'/' + path;
                // The same size, other bytes: only the hash can tell.
                content.fill('x');
            }
            file.write(content);
        }
        const QString project = QFileInfo(dir).path() + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QCOMPARE(error.file, asset);
        QVERIFY2(error.message.contains(QLatin1String("SHA-256")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(project));
        // Another size is refused by its size, before it is read.
        QFile shorter(asset);
        QVERIFY(shorter.open(QIODevice::WriteOnly));
        shorter.write("<svg/>");
        shorter.close();
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QVERIFY2(error.message.contains(QLatin1String("bytes the manifest lists")),
                 qPrintable(error.message));
        // Without the manifest nothing is read: nothing could vouch for the files.
        QVERIFY(QFile::remove(dir + QStringLiteral("/manifest.json")));
        for (const QString &path : QStringList{dir, dir + QStringLiteral("/package.json"),
                                    dir + QStringLiteral("/package.xml")}) {
            QVERIFY(!PackageReader::importPackage(path, project, false, &error));
            QCOMPARE(error.kind, PackageError::Kind::Content);
            QVERIFY2(error.where().endsWith(QLatin1String("manifest.json")),
                     qPrintable(error.where()));
            QVERIFY2(error.message.contains(QLatin1String("missing")), qPrintable(error.message));
        }
        QVERIFY(!QFileInfo::exists(project));
    }

    void manifestMustListTheContent()
    {
        // A manifest in order that leaves out package.xml: the unlisted document is refused.
        QMap<QString, QByteArray> files = filesUnder(m_golden);
        files.remove(QStringLiteral("manifest.json"));
        const QByteArray xml = files.take(QStringLiteral("package.xml"));
        const QString dir = freshDir() + QStringLiteral("/pkg");
        writePackage(dir, files);
        QFile file(dir + QStringLiteral("/package.xml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        file.close();
        const QString project = QFileInfo(dir).path() + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.message.contains(QLatin1String("not listed")), qPrintable(error.message));
        QVERIFY(error.file.endsWith(QLatin1String("package.xml")));
        QVERIFY(!QFileInfo::exists(project));
        // A manifest whose list was edited without its content hash is refused as a whole.
        QFile manifest(dir + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QByteArray text = manifest.readAll();
        text.replace("\"contentHash\": \"", "\"contentHash\": \"0");
        text.replace("0\",", "\",");
        manifest.seek(0);
        manifest.write(text);
        manifest.close();
        QVERIFY(QFile::remove(dir + QStringLiteral("/package.xml")));
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QVERIFY2(error.message.contains(QLatin1String("content hash")), qPrintable(error.message));
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
