#pragma once

#include "changesreport.h"
#include "crypto/reviewerkey.h"
#include "package/packageerror.h"
#include "storage/projectstore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace kd::cli {

// The shared plumbing of kdtool's commands: exit codes, the one-line error format of README.md
// ("kdtool: <file>: <what is wrong>"), argument parsing and opening a project.

enum ExitCode {
    ExitOk = 0,
    ExitContent = 1, // the content is the problem: validation errors, refused export, bad package
    ExitUsage = 2,   // usage or I/O: missing file, not a project, newer format, locked
};

QTextStream &out();

// Prints "kdtool: subject: message" (or "kdtool: message" without a subject) and returns code.
int fail(const QString &subject, const QString &message, int code = ExitUsage);

// A command's declaration: its name, the positional arguments it takes and its usage line.
struct CommandSpec
{
    QString name;
    QStringList positional; // names, all required
    QString usage;          // "kdtool info PROJECT [--json]"
};

// Parses arguments (without the program and command name). On --help prints usage and sets
// *exitCode to 0; on bad arguments prints the problem and the usage line and sets it to 2.
bool parseArguments(QCommandLineParser &parser, const CommandSpec &spec,
                    const QStringList &arguments, int *exitCode);

// The value of an --as-of option as a calendar date (YYYY-MM-DD), or today when it is not set;
// false after printing the problem (exit code 2).
bool parseAsOf(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day,
               int *exitCode);

// "kdtool key new" and the like: runs the subcommand the first argument names with the rest.
struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &arguments);
};
int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands,
                  const QString &usage);

// Opens a project; on failure prints the store's message and sets *exitCode to 2.
std::unique_ptr<ProjectStore> openProject(const QString &path, ProjectStore::OpenMode mode,
                                          int *exitCode);
// Opens and loads a project read-only; false after printing the error.
bool loadProject(const QString &path, Project *project, int *exitCode);
// Loads a release to compare (`kdtool diff`, `export --since`): a package directory, its
// package.xml or package.json (read and checked as import reads it), or else a project. False
// after printing the error, with exit code 2 whatever the problem.
bool loadRelease(const QString &path, Project *project, ChangesReport::Release *release,
                 int *exitCode);

// A project opened read-only to be read one scenario at a time, so that a command's memory does
// not grow with the project: everything is read in one snapshot (one committed state, whatever
// the editor commits meanwhile), its registers and facts at once, the scenarios by
// forEachScenario().
class StreamedProject
{
public:
    // False after printing the error (exit code 2).
    bool open(const QString &path, int *exitCode);

    const Project &registers() const { return m_registers; }
    const ProjectFacts &facts() const { return m_facts; }
    // False, with *problem, when the file cannot be read.
    bool forEachScenario(const std::function<bool(const Scenario &scenario)> &visit,
                         QString *problem);

private:
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ReadSnapshot> m_snapshot;
    Project m_registers;
    ProjectFacts m_facts;
};

// Prints a store's error: "refused: ..." with exit code 1 when a server refused the edit (its
// roles, the four-eyes rule), else the message with exit code 2.
int failStore(const QString &path, const StoreError &error);

// Prints a package error ("kdtool: file:line:column: message") and returns 1 for a content
// problem, 2 for I/O.
int failPackage(const PackageError &error);

// A reviewer's private key file, unlocked: the passphrase of a protected key comes from
// KD_KEY_PASSPHRASE or, on a terminal, from a prompt that does not echo (never from an
// argument). nullopt after printing the error (exit code 2).
std::optional<ReviewerKey> loadReviewerKey(const QString &path, int *exitCode);
// A public key file; nullopt after printing the error (exit code 2).
std::optional<PublicKey> loadPublicKey(const QString &path, int *exitCode);
// The name a file project records for this person's actions: --as NAME, else $USER. It is
// self-declared, as the editor's author setting is.
QString authorName(const QString &given);
// Who a command acts as in the change log: on a server project the login (a name given with
// --as is passed on, and the server refuses it unless it is the login); on a file, authorName().
QString actingName(const ProjectStore &store, const QString &given);

// The commands, each given the arguments after its name.
int runNew(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runLegal(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runPacket(const QStringList &arguments);
int runKey(const QStringList &arguments);
int runReviewers(const QStringList &arguments);
int runApprove(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runServer(const QStringList &arguments);
int runPush(const QStringList &arguments);
int runPull(const QStringList &arguments);

} // namespace kd::cli
