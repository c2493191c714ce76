// kd-bench-xsd: how long the export's XSD check (XmlPackageParser::StreamCheck, the push parser
// with the schema plugged in) takes on its own for a package.xml, fed in 1 MiB pieces as the
// writer would. For profiling by hand; prints the time in ms.

#include "timing.h"

#include "package/xmlpackageparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace kd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QFile file(args.value(0));
    if (args.size() != 1 || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "usage: kd-bench-xsd PACKAGE.xml" << Qt::endl;
        return 2;
    }
    const double start = nowMs();
    XmlPackageParser::StreamCheck check(file.fileName());
    QByteArray chunk;
    while (!(chunk = file.read(1024 * 1024)).isEmpty())
        check.feed(chunk);
    PackageError error;
    const bool valid = check.finish(&error);
    out << QString::asprintf("%.0f", nowMs() - start) << (valid ? "" : " invalid: ")
        << (valid ? QString() : error.message) << Qt::endl;
    return valid ? 0 : 1;
}
