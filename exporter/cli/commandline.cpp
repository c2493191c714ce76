#include "commandline.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace kd::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &subject, const QString &message, int code)
{
    QTextStream err(stderr);
    err << "kdtool: ";
    if (!subject.isEmpty())
        err << QDir::toNativeSeparators(subject) << ": ";
    // One line, whatever the message holds.
    err << QString(message).replace(u'\n', u' ') << Qt::endl;
    return code;
}

namespace {

// A line from the terminal without echo; empty when stdin is not a terminal.
QString promptPassphrase(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool hidden = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (hidden)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    return line;
}

} // namespace

std::optional<ReviewerKey> loadReviewerKey(const QString &path, int *exitCode)
{
    QString passphrase;
    if (ReviewerKey::fileNeedsPassphrase(path)) {
        passphrase = qEnvironmentVariable("KD_KEY_PASSPHRASE");
        if (passphrase.isEmpty())
            passphrase = promptPassphrase(QStringLiteral("Passphrase for %1: ").arg(path));
    }
    QString error;
    std::optional<ReviewerKey> key = ReviewerKey::load(path, passphrase, &error);
    if (!key)
        *exitCode = fail(path, error);
    return key;
}

std::optional<PublicKey> loadPublicKey(const QString &path, int *exitCode)
{
    QString error;
    std::optional<PublicKey> key = PublicKey::read(path, &error);
    if (!key)
        *exitCode = fail(path, error);
    return key;
}

QString authorName(const QString &given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    return qEnvironmentVariable("USER");
}

int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const QString &usage)
{
    if (arguments.isEmpty())
        return fail({}, QStringLiteral("missing subcommand; usage: ") + usage);
    const QString name = arguments.constFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out() << "usage: " << usage << Qt::endl;
        return ExitOk;
    }
    for (const Subcommand &subcommand : subcommands) {
        if (name == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(1));
    }
    return fail({}, QStringLiteral("unknown subcommand '%1'; usage: %2").arg(name, usage));
}

QString actingName(const ProjectStore &store, const QString &given)
{
    if (store.isServer())
        return given.trimmed().isEmpty() ? store.identity().login : given.trimmed();
    return authorName(given);
}

bool parseAsOf(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day,
               int *exitCode)
{
    if (!parser.isSet(option)) {
        *day = QDate::currentDate();
        return true;
    }
    // Qt::ISODate also takes times and other shapes; the contract is a plain calendar date.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = parser.value(option);
    *day = QDate::fromString(text, Qt::ISODate);
    if (shape.match(text).hasMatch() && day->isValid())
        return true;
    *exitCode
        = fail({}, QStringLiteral("--as-of '%1' is not a date of the form YYYY-MM-DD").arg(text));
    return false;
}

bool parseArguments(QCommandLineParser &parser, const CommandSpec &spec,
                    const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const QString &name : spec.positional)
        parser.addPositionalArgument(name, name);

    if (!parser.parse(QStringList{QStringLiteral("kdtool")} + arguments)) {
        *exitCode = fail({}, parser.errorText() + QStringLiteral("; usage: ") + spec.usage);
        return false;
    }
    if (parser.isSet(help)) {
        out() << "usage: " << spec.usage << Qt::endl;
        *exitCode = ExitOk;
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given != spec.positional.size()) {
        const QString problem
            = given < spec.positional.size()
                  ? QStringLiteral("missing %1").arg(spec.positional.at(given))
                  : QStringLiteral("unexpected argument '%1'")
                        .arg(parser.positionalArguments().at(spec.positional.size()));
        *exitCode = fail({}, problem + QStringLiteral("; usage: ") + spec.usage);
        return false;
    }
    return true;
}

std::unique_ptr<ProjectStore> openProject(const QString &path, ProjectStore::OpenMode mode,
                                          int *exitCode)
{
    StoreError error;
    auto store = ProjectStore::open(path, mode, &error);
    if (!store)
        *exitCode = fail(path, error.message);
    return store;
}

int failStore(const QString &path, const StoreError &error)
{
    if (error.code == StoreError::Code::Refused)
        return fail(path, QStringLiteral("refused: %1").arg(error.message), ExitContent);
    return fail(path, error.message);
}

int failPackage(const PackageError &error)
{
    return fail(error.where(), error.message,
                error.kind == PackageError::Kind::Content ? ExitContent : ExitUsage);
}

bool loadProject(const QString &path, Project *project, int *exitCode)
{
    auto store = openProject(path, ProjectStore::OpenMode::ReadOnly, exitCode);
    if (!store)
        return false;
    if (!store->load(project)) {
        *exitCode = fail(
            path, QStringLiteral("cannot read the project: %1").arg(store->lastError().message));
        return false;
    }
    return true;
}

bool loadRelease(const QString &path, Project *project, ChangesReport::Release *release,
                 int *exitCode)
{
    const QFileInfo info(path);
    if (info.isDir() || info.fileName() == QLatin1String("package.xml")
        || info.fileName() == QLatin1String("package.json")) {
        PackageError error;
        if (!ChangesReport::readPackage(path, project, release, &error)) {
            failPackage(error);
            *exitCode = ExitUsage;
            return false;
        }
        return true;
    }
    if (!loadProject(path, project, exitCode)) {
        *exitCode = ExitUsage;
        return false;
    }
    *release = ChangesReport::releaseOf(*project);
    return true;
}

bool StreamedProject::open(const QString &path, int *exitCode)
{
    m_store = openProject(path, ProjectStore::OpenMode::ReadOnly, exitCode);
    if (!m_store)
        return false;
    m_snapshot = std::make_unique<ReadSnapshot>(*m_store);
    if (!m_snapshot->isValid() || !m_store->loadRegisters(&m_registers)
        || !m_store->facts(&m_facts)) {
        *exitCode = fail(
            path, QStringLiteral("cannot read the project: %1").arg(m_store->lastError().message));
        return false;
    }
    return true;
}

bool StreamedProject::forEachScenario(const std::function<bool(const Scenario &)> &visit,
                                      QString *problem)
{
    const bool ok = m_store->forEachScenario([&](Scenario &&scenario) { return visit(scenario); });
    if (!ok)
        *problem = m_store->lastError().message;
    return ok;
}

} // namespace kd::cli
