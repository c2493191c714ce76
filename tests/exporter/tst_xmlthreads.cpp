#include "package/packageerror.h"
#include "package/xmlpackageparser.h"

#include <QTest>

#include <libxml/threads.h>

using namespace kd;

// libxml2 sets itself up on its first use, and two threads making that first use at once corrupt
// it (an export crashed in xmlFindCharEncodingHandler: the writer on the main thread and the
// schema check on its own thread both filled the table of encodings). The thread that starts a
// check must have set the library up before the check's thread runs. Its own process, because the
// test depends on being the first use of libxml2 in it.
class TestXmlThreads : public QObject
{
    Q_OBJECT

private slots:
    void aCheckOnItsOwnThreadFindsTheLibraryPrepared()
    {
        {
            XmlPackageParser::StreamCheck check(QStringLiteral("package.xml"));
            check.feed("<package/>");
            PackageError error;
            check.finish(&error); // the verdict does not matter here, only that it ran
        }
        // Whichever thread used libxml2 first became its main thread; had the check's thread
        // come first, this one would not be it.
        QVERIFY(xmlIsMainThread());
    }
};

QTEST_GUILESS_MAIN(TestXmlThreads)
#include "tst_xmlthreads.moc"
