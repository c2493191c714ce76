// kd-screenshot: shows the main window on a project, selects an entity, and saves a picture of
// the window. For the screenshots in docs/ (run under Xvfb):
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/kd-screenshot PROJECT UID OUT.png [nl]
// With --review (anywhere), the picture is of the Review dock alone, floated at a readable size;
// with --trusted, of the Project > Trusted Reviewers dialog; with --conflict, of the dialog a
// server project shows when someone else changed the selected dilemma's question meanwhile.
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "model/description.h"
#include "settings/uilanguage.h"
#include "widgets/conflictdialog.h"
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
    const bool conflict = args.removeAll(QStringLiteral("--conflict")) > 0;
    // --first-start: the window as a first start leaves it (no size of the user's yet).
    const bool firstStart = args.removeAll(QStringLiteral("--first-start")) > 0;
    if (args.size() < 3)
        return 2;
    if (args.size() > 3)
        kd::UiLanguage::install(&app, args.at(3));
    kd::MainWindow window;
    if (!firstStart)
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
    if (conflict) {
        const kd::Dilemma *dilemma = window.document()->find<kd::Dilemma>(args.at(1));
        if (!dilemma)
            return 1;
        kd::EditConflict edit;
        edit.kind = kd::EntityKind::Dilemma;
        edit.uid = dilemma->uid;
        edit.field = QStringLiteral("question");
        for (const auto &field : kd::Described<kd::Dilemma>::fields()) {
            if (QLatin1String(field.d.name) == edit.field)
                edit.fieldLabel = field.d.labelText();
        }
        edit.entityName = dilemma->question;
        edit.theirs = dilemma->question;
        edit.mine = dilemma->question + QStringLiteral(" En wanneer?");
        edit.author = QStringLiteral("eva");
        edit.time = QDateTime(QDate(2026, 12, 6), QTime(14, 2), Qt::LocalTime);
        auto *dialog = new kd::ConflictDialog(edit, &window);
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
