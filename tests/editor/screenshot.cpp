// kd-screenshot: shows the main window on a project, selects an entity, and saves a picture of
// the window. For the screenshots in docs/ (run under Xvfb):
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/kd-screenshot PROJECT UID OUT.png [nl]
// With --review (anywhere), the picture is of the Review dock alone, floated at a readable size;
// with --trusted, of the Project > Trusted Reviewers dialog.
#include "mainwindow.h"
#include "settings/uilanguage.h"
#include "widgets/projecttree.h"
#include "widgets/reviewdock.h"
#include "widgets/trustedreviewersdialog.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool review = args.removeAll(QStringLiteral("--review")) > 0;
    const bool trusted = args.removeAll(QStringLiteral("--trusted")) > 0;
    if (args.size() < 3)
        return 2;
    if (args.size() > 3)
        kd::UiLanguage::install(&app, args.at(3));
    kd::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openProject(args.at(0)))
        return 1;
    window.tree()->selectEntity(args.at(1));
    QWidget *shown = &window;
    if (review) {
        auto *dock = window.findChild<kd::ReviewDock *>();
        dock->setFloating(true);
        dock->resize(760, 860);
        dock->show();
        dock->raise();
        shown = dock;
    }
    if (trusted) {
        auto *dialog = new kd::TrustedReviewersDialog(window.document(), window.keyring(), &window);
        dialog->show();
        shown = dialog;
    }
    const QString out = args.at(2);
    QTimer::singleShot(2500, &window, [&] {
        shown->grab().save(out);
        app.quit();
    });
    return app.exec();
}
