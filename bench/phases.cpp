// kd-bench-phases: where the time of `kdtool export` and `kdtool import` goes. Runs each phase of
// an export (open, load, validate, each format's document, the XSD check) and of an import (read,
// parse and check, map, write) once on the given project, and prints each phase's time on the
// bench clock (KD_BENCH_CLOCK=cpu for CPU time). For profiling by hand; bench/run.sh does not use
// it.

#include "timing.h"

#include "package/exportoptions.h"
#include "package/packagereader.h"
#include "package/packagewriter.h"
#include "storage/projectstore.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 1) {
        err << "usage: kd-bench-phases PROJECT.kdproj" << Qt::endl;
        return 2;
    }
    double start = nowMs();
    auto lap = [&](const char *what) {
        const double now = nowMs();
        out << QString::asprintf("%-28s %8.1f ms", what, now - start) << Qt::endl;
        start = nowMs();
    };

    StoreError storeError;
    auto store = ProjectStore::open(args.at(0), ProjectStore::OpenMode::ReadOnly, &storeError);
    if (!store) {
        err << "kd-bench-phases: " << storeError.message << Qt::endl;
        return 2;
    }
    lap("open (with quick_check)");
    Project project;
    if (!store->load(&project)) {
        err << "kd-bench-phases: " << store->lastError().message << Qt::endl;
        return 2;
    }
    lap("load");
    store.reset();
    lap("close");
    const QList<Issue> issues = Validator::validate(project);
    lap("validate");

    QTemporaryDir dir;
    for (const auto &[name, xml, json] :
         {std::tuple{"export xml", true, false}, std::tuple{"export json", false, true}}) {
        ExportOptions options;
        options.outDir = dir.filePath(QLatin1String(name).mid(7));
        options.xml = xml;
        options.json = json;
        options.draft = true;
        PackageError error;
        start = nowMs();
        if (!PackageWriter::write(project, options, &error)) {
            err << "kd-bench-phases: " << error.message << Qt::endl;
            return 2;
        }
        lap(name);
    }
    for (const bool isXml : {true, false}) {
        const QString format = isXml ? QStringLiteral("xml") : QStringLiteral("json");
        Project read;
        PackageError error;
        start = nowMs();
        if (!PackageReader::read(dir.filePath(format), &read, &error)) {
            err << "kd-bench-phases: " << error.message << Qt::endl;
            return 2;
        }
        lap(isXml ? "read xml package" : "read json package");
        if (isXml) {
            if (!ProjectStore::writeNew(dir.filePath(QStringLiteral("imported.kdproj")), read,
                                        false, &storeError)) {
                err << "kd-bench-phases: " << storeError.message << Qt::endl;
                return 2;
            }
            lap("write the imported project");
        }
    }
    return 0;
}
