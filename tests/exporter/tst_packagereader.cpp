#include "hostileinputs.h"
#include "packagetesting.h"
#include "testprojects.h"

#include "package/jsonlocator.h"
#include "package/packagereader.h"
#include "package/packagewriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    void errorLines()
    {
        // The one line the editor shows and kdtool prints after its own name.
        QCOMPARE(PackageError::content(QStringLiteral("p/package.xml"), QStringLiteral("bad"), 3, 4)
                     .described(),
                 QStringLiteral("p/package.xml:3:4: bad"));
        QCOMPARE(
            PackageError::io(QStringLiteral("out"), QStringLiteral("the disk is full")).described(),
            QStringLiteral("out: the disk is full"));
        PackageError nowhere;
        nowhere.message = QStringLiteral("cancelled");
        QCOMPARE(nowhere.described(), QStringLiteral("cancelled"));
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
        for (const QString &name :
             {QStringLiteral("package.xml"), QStringLiteral("package.json")}) {
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

    // The golden package with its asset's bytes replaced, and every hash that names them
    // (package.xml, package.json, the manifest) made to match: a consistent, hostile package.
    QString goldenWithAsset(const QByteArray &bytes)
    {
        QMap<QString, QByteArray> files = filesUnder(m_golden);
        files.remove(QStringLiteral("manifest.json"));
        const QString asset = QStringLiteral("assets/Huisarts-icoon.svg");
        const QByteArray oldHash
            = QCryptographicHash::hash(files.value(asset), QCryptographicHash::Sha256).toHex();
        const QByteArray newHash
            = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        files[asset] = bytes;
        for (const QString &document :
             {QStringLiteral("package.xml"), QStringLiteral("package.json")})
            files[document].replace(oldHash, newHash);
        const QString dir = freshDir() + QStringLiteral("/pkg");
        writePackage(dir, files);
        return dir;
    }

    void assetBytesMustBeTheirType_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HTML that claims to be SVG")
            << QByteArray("<html><body><script>alert(1)</script></body></html>")
            << "not image/svg+xml";
        QTest::newRow("a PNG that claims to be SVG")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "image/png, not image/svg+xml";
        QTest::newRow("SVG with script") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                                         << "<script>";
        QTest::newRow("SVG with an event attribute")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
            << "onload";
        QTest::newRow("SVG with an external reference") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"file:///etc/passwd\"/>"
            "</svg>") << "outside the file";
    }

    void assetBytesMustBeTheirType()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString dir = goldenWithAsset(bytes);
        const QString project = QFileInfo(dir).path() + QStringLiteral("/out.kdproj");
        PackageError error;
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.file.endsWith(QLatin1String("assets/Huisarts-icoon.svg")),
                 qPrintable(error.file));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(project));
        // The same bytes, safe: they come in.
        QVERIFY(PackageReader::importPackage(
            goldenWithAsset("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"#x\"/></svg>"),
            project, false, &error));
    }

    // A package reaches nothing outside itself through a link, and no special file makes the
    // reader wait or read forever.
    void noLinksNoSpecialFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("assets/ is a link to a folder elsewhere") << "linked assets";
        QTest::newRow("an asset is a link") << "linked asset";
        QTest::newRow("an asset is a FIFO") << "fifo asset";
        QTest::newRow("package.xml is a FIFO") << "fifo document";
        QTest::newRow("package.xml is a link") << "linked document";
    }

    void noLinksNoSpecialFiles()
    {
        QFETCH(QString, kind);
        QMap<QString, QByteArray> files = filesUnder(m_golden);
        files.remove(QStringLiteral("manifest.json"));
        const QString dir = freshDir() + QStringLiteral("/pkg");
        writePackage(dir, files);
        // What the link points at holds the very same bytes: only the link is wrong.
        const QString elsewhere = freshDir();
        writePackage(elsewhere, files);
        const QString asset = QStringLiteral("assets/Huisarts-icoon.svg");
        const auto replace = [&](const QString &path) {
            QVERIFY(QFile::remove(dir + u'/' + path));
        };
        if (kind == QLatin1String("linked assets")) {
            QVERIFY(QDir(dir + QStringLiteral("/assets")).removeRecursively());
            QVERIFY(QFile::link(elsewhere + QStringLiteral("/assets"),
                                dir + QStringLiteral("/assets")));
        } else if (kind == QLatin1String("linked asset")) {
            replace(asset);
            QVERIFY(QFile::link(elsewhere + u'/' + asset, dir + u'/' + asset));
        } else if (kind == QLatin1String("fifo asset")) {
            replace(asset);
            QVERIFY(::mkfifo(QFile::encodeName(dir + u'/' + asset).constData(), 0644) == 0);
        } else if (kind == QLatin1String("fifo document")) {
            replace(QStringLiteral("package.xml"));
            QVERIFY(
                ::mkfifo(QFile::encodeName(dir + QStringLiteral("/package.xml")).constData(), 0644)
                == 0);
        } else {
            replace(QStringLiteral("package.xml"));
            QVERIFY(QFile::link(elsewhere + QStringLiteral("/package.xml"),
                                dir + QStringLiteral("/package.xml")));
        }
        const QString project = QFileInfo(dir).path() + QStringLiteral("/out.kdproj");
        QElapsedTimer timer;
        timer.start();
        PackageError error;
        QVERIFY(!PackageReader::importPackage(dir, project, false, &error));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.message.contains(QLatin1String("symbolic link"))
                     || error.message.contains(QLatin1String("not a regular file")),
                 qPrintable(error.located()));
        QVERIFY(!QFileInfo::exists(project));
    }

    // JSON members may come in any order: those met early are held until they are asked for.
    void jsonMembersInAnotherOrder()
    {
        QByteArray reordered = "{\n";
        const QStringList order{QStringLiteral("scenarios"),    QStringLiteral("reviews"),
                                QStringLiteral("project"),      QStringLiteral("formatVersion"),
                                QStringLiteral("themes"),       QStringLiteral("lifeDomains"),
                                QStringLiteral("glossary"),     QStringLiteral("assets"),
                                QStringLiteral("legalSources"), QStringLiteral("professionals")};
        for (const QString &name : order) {
            QVERIFY2(m_json.contains(name), qPrintable(name));
            reordered += '"' + name.toUtf8() + "\": "
                         + QJsonDocument(QJsonArray{m_json.value(name)}).toJson().mid(1).chopped(2)
                         + (name == order.constLast() ? "\n" : ",\n");
        }
        reordered += "}\n";
        QMap<QString, QByteArray> files = filesUnder(m_golden);
        files.remove(QStringLiteral("manifest.json"));
        files.remove(QStringLiteral("package.xml"));
        files.insert(QStringLiteral("package.json"), reordered);
        const QString dir = freshDir() + QStringLiteral("/pkg");
        writePackage(dir, files);
        Project fromReordered;
        Project fromGolden;
        PackageError error;
        QVERIFY2(PackageReader::read(dir, &fromReordered, &error), qPrintable(error.located()));
        QVERIFY(
            PackageReader::read(m_golden + QStringLiteral("/package.json"), &fromGolden, &error));
        QCOMPARE(fromReordered, fromGolden);
    }

    // A review note that names no dilemma or legal source, or no question of its item, is
    // refused like any dangling reference, in either format, and nothing is written.
    void reviewNotesAreChecked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("note"); // its place in fullProject().reviewNotes
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString xml = QStringLiteral("package.xml");
        const QString json = QStringLiteral("package.json");
        for (const QString &file : {xml, json}) {
            const bool isXml = file == xml;
            const auto row = [&](const char *name) {
                return &QTest::addRow("%s: %s", qPrintable(file), name);
            };
            // The XSD's keyrefs name the value; the mapping says what is wrong with it.
            *row("entity names nothing") << file << 0 << "entityUid" << uid(999)
                                         << (isXml ? uid(999)
                                                   : QStringLiteral("is not a dilemma or legal "
                                                                    "source in this package"));
            *row("entity is an option") << file << 0 << "entityUid" << uid(110)
                                        << (isXml ? uid(110)
                                                  : QStringLiteral("is not a dilemma or legal "
                                                                   "source in this package"));
            *row("thread names nothing")
                << file << 1 << "threadUid" << uid(998)
                << (isXml ? uid(998) : QStringLiteral("is not a review question"));
            *row("thread names an answer")
                << file << 2 << "threadUid" << uid(141) << "is not a review question";
            *row("thread of another item")
                << file << 1 << "entityUid" << uid(31) << "is about another item";
            *row("question in a thread")
                << file << 3 << "threadUid" << uid(140) << "a question opens a thread";
            *row("answer without text") << file << 1 << "text"
                                        << ""
                                        << "a question or answer needs text";
            *row("unknown kind") << file << 1 << "kind"
                                 << "remark"
                                 << (isXml ? QStringLiteral("remark")
                                           : QStringLiteral("is not one of"));
        }
    }

    void reviewNotesAreChecked()
    {
        QFETCH(QString, file);
        QFETCH(int, note);
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Project project = fullProject();
        ExportOptions options;
        options.outDir = freshDir() + QStringLiteral("/pkg");
        options.includeReviewNotes = true;
        PackageError error;
        QVERIFY2(PackageWriter::write(project, options, &error), qPrintable(error.located()));
        QMap<QString, QByteArray> files = filesUnder(options.outDir);
        files.remove(QStringLiteral("manifest.json"));
        files.remove(file == QLatin1String("package.xml") ? QStringLiteral("package.json")
                                                          : QStringLiteral("package.xml"));
        QByteArray &text = files[file];
        const QString noteUid = project.reviewNotes.at(note).uid;
        if (file == QLatin1String("package.json")) {
            QJsonObject root = QJsonDocument::fromJson(text).object();
            QJsonArray notes = root.value(QLatin1String("reviewNotes")).toArray();
            QJsonObject changed = notes.at(note).toObject();
            QCOMPARE(changed.value(QLatin1String("uid")).toString(), noteUid);
            changed.insert(member, value);
            notes.replace(note, changed);
            root.insert(QLatin1String("reviewNotes"), notes);
            text = QJsonDocument(root).toJson();
        } else {
            // The member inside this note's element; a question has no threadUid: it goes
            // after the entityUid.
            const QByteArray start = "<reviewNote uid=\"" + noteUid.toUtf8() + '"';
            const qsizetype at = text.indexOf(start);
            QVERIFY(at >= 0);
            const qsizetype end = text.indexOf("</reviewNote>", at);
            const QByteArray open = QByteArray("<") + member.toUtf8() + '>';
            const QByteArray close = QByteArray("</") + member.toUtf8() + '>';
            const QByteArray element = open + value.toUtf8() + close;
            qsizetype from = text.indexOf(open, at);
            if (from < 0 || from > end) {
                const qsizetype after = text.indexOf("</entityUid>", at) + qsizetype(12);
                text.insert(after, element);
            } else {
                text.replace(from, text.indexOf(close, from) + close.size() - from, element);
            }
        }
        const QString dir = freshDir();
        writePackage(dir, files);
        const QString path = dir + u'/' + file;
        const QString target = dir + QStringLiteral("/out.kdproj");
        QVERIFY(!PackageReader::importPackage(path, target, false, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY2(error.located().contains(expected), qPrintable(error.located()));
        QVERIFY(!QFileInfo::exists(target));
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
