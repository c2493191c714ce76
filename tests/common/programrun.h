#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// Running kdtool and the other programs of the build as a user would, for the tests that check
// what a user sees: exit status, standard output and the one-line error.
namespace kd::testing {

struct ProgramRun
{
    int exitCode = -1; // -1 when the program did not end normally (a crash, a timeout)
    QString out;
    QString err;
};

// Runs program to its end (at most timeoutMs), offscreen; childSetup runs in the child before
// the program starts (to set a resource limit, say).
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             int timeoutMs = 300000, const std::function<void()> &childSetup = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline ProgramRun runKdtool(const QStringList &arguments, int timeoutMs = 300000,
                            const std::function<void()> &childSetup = {})
{
    return runProgram(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments, timeoutMs, childSetup);
}

} // namespace kd::testing
