// kd-screenshot: shows the main window on a project, selects an entity, and saves a picture of
// the window. For the screenshots in docs/ (run under Xvfb):
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/kd-screenshot PROJECT UID OUT.png [nl]
#include "mainwindow.h"
#include "settings/uilanguage.h"
#include "widgets/projecttree.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    if (argc > 4)
        kd::UiLanguage::install(&app, QString::fromLatin1(argv[4]));
    kd::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openProject(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.tree()->selectEntity(QString::fromLatin1(argv[2]));
    const QString out = QString::fromLocal8Bit(argv[3]);
    QTimer::singleShot(2500, &window, [&] {
        window.grab().save(out);
        app.quit();
    });
    return app.exec();
}
