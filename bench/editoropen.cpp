// kd-bench-editor-open: the editor's time from start to the first paint of a project. Does what
// kd-editor's main() does (application, main window, show, open the project) and stops the clock
// when the main window has finished its first paint after the project was opened. Prints the time
// in milliseconds and exits. Run it offscreen (QT_QPA_PLATFORM=offscreen); settings go to a
// separate application name so a run leaves the user's recent files alone. With
// KD_BENCH_CLOCK=cpu it reports the process's CPU time up to that point instead (timing.h).

#include "mainwindow.h"
#include "process/hugepageheap.h"
#include "timing.h"

#include <QApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// Stops the clock once the window's first paint after opening has been delivered: the timer is
// queued from the first paint event, so it runs after the rest of that repaint (the children).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, double startMs)
        : m_window(window)
        , m_startMs(startMs)
    {}

    bool armed = false;
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && ms < 0 && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            armed = false;
            QTimer::singleShot(0, qApp, [this] {
                ms = kd::nowMs() - m_startMs;
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    double m_startMs;
};

} // namespace

int main(int argc, char *argv[])
{
    // As kd-editor's main() does.
    kd::HugePageHeap::restartOnce(argv, "kd-bench-editor-open");
    // On the CPU clock the origin is the process's start: loading the libraries counts too.
    const double startMs = kd::cpuClock() ? 0.0 : kd::nowMs();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kd-bench-editor-open"));
    QApplication::setOrganizationName(QStringLiteral("Kiezen en Delen bench"));
    QTextStream err(stderr);
    const QStringList args = QApplication::arguments().mid(1);
    if (args.size() != 1) {
        err << "usage: kd-bench-editor-open PROJECT.kdproj" << Qt::endl;
        return 2;
    }

    kd::MainWindow window;
    FirstPaint watcher(&window, startMs);
    app.installEventFilter(&watcher);
    window.show();
    if (!window.openProject(args.at(0))) {
        err << "kd-bench-editor-open: cannot open " << args.at(0) << Qt::endl;
        return 1;
    }
    // The window may have painted its empty state already; the paint that counts comes after
    // the project is open. A repaint is requested so there is one even if nothing was pending.
    watcher.armed = true;
    window.update();
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    const int code = app.exec();
    if (code != 0 || watcher.ms < 0) {
        err << "kd-bench-editor-open: no paint within a minute" << Qt::endl;
        return 1;
    }
    std::printf("%.1f\n", watcher.ms);
    return 0;
}
