// kd-bench-validate: times the validation engine on a project file. Loads the project once, then
// runs Validator::validate() and validateEntity() (on the project's middle dilemma) several
// times, and prints the fastest, median and slowest run. Loading is timed separately: it is the
// store's cost, not the engine's.

#include "timing.h"

#include "storage/projectstore.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace kd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 10;
    if (args.size() == 3 && args.at(1) == u"--runs")
        runs = args.at(2).toInt();
    if ((args.size() != 1 && args.size() != 3) || runs < 1) {
        err << "usage: kd-bench-validate PROJECT.kdproj [--runs N]" << Qt::endl;
        return 2;
    }

    StoreError error;
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::open(args.at(0), ProjectStore::OpenMode::ReadOnly, &error);
    Project project;
    if (!store || !store->load(&project)) {
        err << "kd-bench-validate: " << args.at(0) << ": "
            << (store ? store->lastError().message : error.message) << Qt::endl;
        return 2;
    }
    const qint64 loaded = timer.elapsed();

    QList<const Dilemma *> dilemmas;
    int options = 0;
    qint64 characters = 0;
    for (const Scenario &s : project.scenarios) {
        for (const Segment &g : s.segments) {
            for (const Dilemma &d : g.dilemmas) {
                dilemmas.append(&d);
                options += int(d.options.size());
                characters += d.question.size() + d.situation.size() + d.considerations.size()
                              + d.solutionDirection.size();
                for (const Option &o : d.options)
                    characters += o.label.size() + o.feedback.size();
            }
        }
    }
    out << args.at(0) << ": " << dilemmas.size() << " dilemmas, " << options << " options, "
        << characters / 1000 << "k characters of dilemma text; loaded in " << loaded << " ms"
        << Qt::endl;

    QList<Issue> issues;
    const Timing whole = time(runs, [&] { issues = Validator::validate(project); });
    int errors = 0;
    for (const Issue &issue : issues)
        errors += issue.severity == Issue::Severity::Error;
    out << "validate():       " << format(whole) << " over " << runs << " runs; " << issues.size()
        << " issues (" << errors << " errors)" << Qt::endl;

    if (!dilemmas.isEmpty()) {
        const QString uid = dilemmas.at(dilemmas.size() / 2)->uid;
        const Timing one = time(runs, [&] { issues = Validator::validateEntity(project, uid); });
        out << "validateEntity(): " << format(one) << " (one dilemma, " << issues.size()
            << " issues)" << Qt::endl;
    }
    return 0;
}
