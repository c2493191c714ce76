#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace kd::fuzz {
namespace {

void dropMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A qFatal still ends the process, so the fuzzer counts it as a crash.
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

} // namespace

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "kd-fuzz";
    static char *argv[] = {name, nullptr};
    // Kept for the life of the process: a pointer in a static, so LeakSanitizer sees it reachable.
    static QCoreApplication *application = [] {
        qInstallMessageHandler(dropMessage);
        return new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(application);
}

QString workDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/kd-fuzz-XXXXXX"));
    return dir.path();
}

} // namespace kd::fuzz
