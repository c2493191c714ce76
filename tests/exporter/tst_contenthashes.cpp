#include "testprojects.h"

#include "package/packagemapping.h"
#include "package/xmlstreamsource.h"
#include "review/contenthash.h"

#include <QFile>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// Every approval a user has rests on the bytes of ContentHash::canonical: if they changed, every
// approved dilemma and legal source would turn stale at once. These are the hashes of the golden
// project, the full test project and the two samples, as the program computed them before the
// content model was described in one place (issue 13); content-hashes.txt pins them. The legal
// citation fields (schema version 7) left every pin of content that does not use them as it was:
// only the full project (which sets them), the sample (whose content was corrected) and the rules
// demo's citation entities changed.
class TestContentHashes : public QObject
{
    Q_OBJECT

private slots:
    void hashesArePinned();

private:
    static QStringList hashLines(const QString &set, const Project &project)
    {
        QStringList lines;
        for (const LegalSource &s : project.legalSources)
            lines.append(set + QStringLiteral(" legal-source ") + s.uid + u' '
                         + ContentHash::of(s));
        for (const Scenario &scenario : project.scenarios)
            for (const Segment &segment : scenario.segments)
                for (const Dilemma &d : segment.dilemmas)
                    lines.append(set + QStringLiteral(" dilemma ") + d.uid + u' '
                                 + ContentHash::of(d));
        return lines;
    }

    static Project sample(const char *name)
    {
        QFile xml(QStringLiteral(KD_SOURCE_DIR "/samples/%1/package.xml").arg(QLatin1String(name)));
        if (!xml.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(xml.fileName()));
        XmlStreamSource source(xml.fileName(),
                               [&xml](char *buffer, qint64 max) { return xml.read(buffer, max); });
        Project project;
        QList<PackageMapping::AssetFile> assets;
        if (!source.start() || !PackageMapping::read(source, &project, &assets))
            qFatal("cannot read %s: %s", qPrintable(xml.fileName()),
                   qPrintable(source.error().message));
        return project;
    }
};

void TestContentHashes::hashesArePinned()
{
    QStringList actual;
    actual += hashLines(QStringLiteral("golden"), goldenProject());
    actual += hashLines(QStringLiteral("full"), fullProject());
    actual += hashLines(QStringLiteral("familie-koster"), sample("familie-koster"));
    actual += hashLines(QStringLiteral("rules-demo"), sample("rules-demo"));

    const QString pinsPath = QStringLiteral(KD_TEST_DIR "/content-hashes.txt");
    if (qEnvironmentVariableIsSet("KD_PRINT_HASHES")) {
        for (const QString &line : std::as_const(actual))
            printf("%s\n", qPrintable(line));
    }
    QFile pins(pinsPath);
    QVERIFY2(pins.open(QIODevice::ReadOnly), qPrintable(pinsPath));
    const QStringList expected = QString::fromUtf8(pins.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(expected.size() > 20);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

QTEST_GUILESS_MAIN(TestContentHashes)
#include "tst_contenthashes.moc"
