#include "commandline.h"
#include "package/xmllibrary.h"

#include "process/hugepageheap.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>

#include <libxml/xmlmemory.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iterator>
#include <memory>
#include <new>
#include <system_error>

#include <unistd.h>

namespace {

// The commands that read whole projects restart once with glibc's huge-page heap
// (core/process/hugepageheap.h says why).
void restartWithHugePageHeap(int argc, char *argv[])
{
    static const char *const wholeProject[]
        = {"validate", "export", "import", "review", "push", "pull", "diff"};
    if (argc < 2
        || std::none_of(std::begin(wholeProject), std::end(wholeProject),
                        [&](const char *name) { return std::strcmp(argv[1], name) == 0; }))
        return;
    kd::HugePageHeap::restartOnce(argv, "kdtool");
}

// Whether Qt's offscreen platform plugin is where Qt looks for plugins.
bool hasOffscreenPlugin()
{
    QStringList folders{QLibraryInfo::path(QLibraryInfo::PluginsPath)};
    folders += qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts);
    for (const QString &folder : folders) {
        const QDir platforms(folder + QStringLiteral("/platforms"));
        if (!platforms.entryList({QStringLiteral("*offscreen*")}, QDir::Files).isEmpty())
            return true;
    }
    return false;
}

// kdtool runs on QCoreApplication, with no display. Only `packet` typesets (QPdfWriter and
// QTextDocument need a QGuiApplication): it gets one, on the offscreen platform unless
// QT_QPA_PLATFORM names another. Null, after saying why, when that platform is not installed
// (Qt would abort).
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "packet") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        if (!hasOffscreenPlugin()) {
            kd::cli::fail({}, QStringLiteral("cannot typeset the packet: Qt's offscreen platform "
                                             "plugin is not installed (Debian: qt6-qpa-plugins)"));
            return nullptr;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // What Qt notes while it starts the platform (no XDG_RUNTIME_DIR, say) is not the command's
    // to report: kdtool's standard error is its own one line. A platform that cannot start (one
    // QT_QPA_PLATFORM names, without its display) is that line, and exit status 2, not an abort.
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type != QtFatalMsg)
                return;
            kd::cli::fail({}, QStringLiteral("cannot typeset the packet: ") + message);
            ::_exit(kd::cli::ExitUsage);
        });
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previous);
    return app;
}

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"new", kd::cli::runNew, "create an empty project"},
    {"info", kd::cli::runInfo, "show what a project holds"},
    {"validate", kd::cli::runValidate, "check a project against every rule"},
    {"export", kd::cli::runExport, "write a package (XML, JSON) from a project"},
    {"import", kd::cli::runImport, "create a project from a package"},
    {"review", kd::cli::runReview, "count review states, list stale and waiting items"},
    {"legal", kd::cli::runLegal, "the law register: legal sources, versions, what cites them"},
    {"diff", kd::cli::runDiff, "what changed between two releases (packages or projects)"},
    {"packet", kd::cli::runPacket, "write the printable review packet (PDF) of a project"},
    {"approve", kd::cli::runApprove, "approve (or request changes to) an item, signed"},
    {"key", kd::cli::runKey, "make and show reviewer keys (new, list, public)"},
    {"reviewers", kd::cli::runReviewers, "a project's trusted reviewers (list, add, remove)"},
    {"verify", kd::cli::runVerify, "check that a package is intact and signed by a key"},
    {"server", kd::cli::runServer, "prepare a PostgreSQL database for server projects (init)"},
    {"push", kd::cli::runPush, "upload a project file to a server project"},
    {"pull", kd::cli::runPull, "write a server project to a project file"},
};

void printUsage(QTextStream &stream)
{
    stream << "usage: kdtool COMMAND [ARGS...]\n\ncommands:\n";
    for (const Command &command : commands)
        stream << "  " << qSetFieldWidth(10) << Qt::left << command.name << qSetFieldWidth(0)
               << command.summary << '\n';
    stream << "\nRun 'kdtool COMMAND --help' for a command's arguments." << Qt::endl;
}

[[noreturn]] void terminatedOutOfMemory()
{
    static const char message[] = "kdtool: out of memory; nothing was written (docs/reliability.md "
                                  "says how much each command needs)\n";
    [[maybe_unused]] const ssize_t written = ::write(2, message, sizeof message - 1);
    ::_exit(kd::cli::ExitUsage);
}

// Out of memory where it cannot be caught (Qt's containers are not exception-safe, so a
// bad_alloc may meet a noexcept frame): one line, exit 2, no abort. Nothing is left under a
// target's name; a temporary the process leaves is removed by the next run on that target.
[[noreturn]] void terminated()
{
    if (const std::exception_ptr exception = std::current_exception()) {
        try {
            std::rethrow_exception(exception);
        } catch (const std::bad_alloc &) {
            terminatedOutOfMemory();
        } catch (const std::system_error &error) {
            if (error.code() == std::errc::resource_unavailable_try_again)
                terminatedOutOfMemory();
        } catch (...) {
        }
    }
    std::abort();
}

// libxml2 does not survive every allocation that fails (its schema validator and our copies of
// its nodes may then dereference null), so its allocations that fail end kdtool as above.
void *xmlAllocated(void *memory)
{
    if (!memory)
        terminatedOutOfMemory();
    return memory;
}

void *xmlMallocOrExit(size_t size)
{
    return xmlAllocated(std::malloc(size ? size : 1));
}

void *xmlReallocOrExit(void *memory, size_t size)
{
    return xmlAllocated(std::realloc(memory, size ? size : 1));
}

char *xmlStrdupOrExit(const char *text)
{
    return static_cast<char *>(xmlAllocated(::strdup(text)));
}

} // namespace

int main(int argc, char *argv[])
{
    std::set_terminate(&terminated);
    xmlMemSetup(std::free, xmlMallocOrExit, xmlReallocOrExit, xmlStrdupOrExit);
    kd::prepareXmlLibrary();
    restartWithHugePageHeap(argc, argv);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    if (!app)
        return kd::cli::ExitUsage;
    QCoreApplication::setApplicationName(QStringLiteral("kdtool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        QTextStream err(stderr);
        printUsage(err);
        return kd::cli::ExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printUsage(kd::cli::out());
        return kd::cli::ExitOk;
    }
    if (name == QLatin1String("--version")) {
        kd::cli::out() << "kdtool " << KD_VERSION << Qt::endl;
        return kd::cli::ExitOk;
    }
    for (const Command &command : commands) {
        if (name != QLatin1String(command.name))
            continue;
        // Memory is bounded by what the input holds (docs/reliability.md); when even that is
        // not to be had, say so in one line, as for any other refusal, rather than abort.
        // A thread that cannot be started (its stack is memory too) is the same.
        try {
            return command.run(arguments);
        } catch (const std::bad_alloc &) {
        } catch (const std::system_error &error) {
            if (error.code() != std::errc::resource_unavailable_try_again)
                throw;
        }
        return kd::cli::fail({}, QStringLiteral("out of memory; nothing was written "
                                                "(docs/reliability.md says how much each "
                                                "command needs)"));
    }
    return kd::cli::fail({}, QStringLiteral("unknown command '%1'; run 'kdtool --help'").arg(name));
}
