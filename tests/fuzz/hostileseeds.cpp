// Not a test itself: writes the hostile and broken packages of tests/exporter/hostileinputs.h as
// files, xml/<row>.xml and json/<row>.json under KD_SEED_DIR, for scripts/fuzz.sh to seed the
// package fuzzers with and for tst_fuzz_hostile to replay through the fuzz harnesses.
#include "hostileinputs.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace kd::testing;

class HostileSeeds : public QObject
{
    Q_OBJECT

private:
    QDir m_out;
    QByteArray m_xml;
    QJsonObject m_json;

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void write(const QString &kind, const QByteArray &content)
    {
        QString name = QString::fromUtf8(QTest::currentDataTag());
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        QFile file(m_out.filePath(kind + QLatin1Char('/') + name + QLatin1Char('.') + kind));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.fileName()));
        QCOMPARE(file.write(content), content.size());
    }

private slots:
    void initTestCase()
    {
        const QByteArray dir = qgetenv("KD_SEED_DIR");
        QVERIFY2(!dir.isEmpty(), "KD_SEED_DIR names the folder to write to");
        m_out = QDir(QString::fromLocal8Bit(dir));
        QVERIFY(m_out.mkpath(QStringLiteral("xml")) && m_out.mkpath(QStringLiteral("json")));
        m_xml = readFile(QStringLiteral(KD_SOURCE_DIR "/tests/exporter/golden/package.xml"));
        m_json = QJsonDocument::fromJson(
                     readFile(QStringLiteral(KD_SOURCE_DIR "/tests/exporter/golden/package.json")))
                     .object();
        QVERIFY(!m_xml.isEmpty() && !m_json.isEmpty());
    }

    void xml_data() { addHostileXmlRows(m_xml); }
    void xml()
    {
        QFETCH(QByteArray, content);
        write(QStringLiteral("xml"), content);
    }

    void json_data() { addBrokenJsonRows(m_json); }
    void json()
    {
        QFETCH(QByteArray, content);
        write(QStringLiteral("json"), content);
    }
};

QTEST_GUILESS_MAIN(HostileSeeds)
#include "hostileseeds.moc"
