// kd-screenshot: shows the main window on a project, selects an entity, and saves a picture of
// the window. For the screenshots in docs/ (run under Xvfb):
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/kd-screenshot PROJECT UID OUT.png [nl]
// With --review (anywhere), the picture is of the Review dock alone, floated at a readable size;
// with --trusted, of the Project > Trusted Reviewers dialog; with --conflict, of the dialog a
// server project shows when someone else changed the selected dilemma's question meanwhile; with
// --thread, of the Review dock after a reviewer and an editor discussed the selected item in two
// threads (it writes them into PROJECT: give it a copy); with --export-result=DIR, of the dialog
// the editor shows after exporting the package in DIR; with --law-register, of the Law Register
// dock after the selected legal source was read in a newer version (its version date moved on a
// year; it writes that into PROJECT: give it a copy), that source selected.
#include "commands/addreviewnote.h"
#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "model/description.h"
#include "settings/uilanguage.h"
#include "widgets/conflictdialog.h"
#include "widgets/exportresultdialog.h"
#include "widgets/lawregisterdock.h"
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
    const bool thread = args.removeAll(QStringLiteral("--thread")) > 0;
    const bool lawRegister = args.removeAll(QStringLiteral("--law-register")) > 0;
    QString exported;
    for (const QString &arg : std::as_const(args)) {
        if (arg.startsWith(QLatin1String("--export-result=")))
            exported = arg.section(u'=', 1);
    }
    args.removeIf([](const QString &arg) { return arg.startsWith(QLatin1String("--")); });
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
    if (thread) {
        kd::ProjectDocument *document = window.document();
        const auto note = [&](const QString &author, const QString &threadUid,
                              kd::ReviewNoteKind kind, const QString &text) {
            document->setAuthor(author);
            QString reason;
            auto command
                = kd::AddReviewNote::make(document, args.at(1), threadUid, kind, text, &reason);
            if (!command)
                return QString();
            const QString uid = command->note().uid;
            document->undoStack()->push(command.release());
            return uid;
        };
        const QString reviewer = QStringLiteral("Voorbeeldbeoordelaar");
        const QString editor = QStringLiteral("Eva Bakker");
        const QString first = note(reviewer, {}, kd::ReviewNoteKind::Question,
                                   QStringLiteral("Noemen we hier ook de meldcode, of pas bij "
                                                  "het volgende moment?"));
        note(editor, first, kd::ReviewNoteKind::Answer,
             QStringLiteral("Pas bij het volgende moment: hier is er nog geen vermoeden."));
        note(reviewer, first, kd::ReviewNoteKind::Resolution, QString());
        const QString second
            = note(reviewer, {}, kd::ReviewNoteKind::Question,
                   QStringLiteral("Is \"dat blijft tussen ons\" letterlijk wat Erik zegt?"));
        note(editor, second, kd::ReviewNoteKind::Answer,
             QStringLiteral("Ja, zo staat het in het calamiteitenonderzoek."));
        if (first.isEmpty())
            return 1;
    }
    if (review || thread) {
        auto *dock = window.findChild<kd::ReviewDock *>();
        if (thread)
            dock->setShown(kd::ReviewDock::Show::All);
        dock->setFloating(true);
        dock->resize(760, 860);
        dock->show();
        dock->raise();
        shown = dock;
    }
    if (lawRegister) {
        kd::ProjectDocument *document = window.document();
        const kd::LegalSource *source = document->find<kd::LegalSource>(args.at(1));
        if (!source)
            return 1;
        document->setAuthor(QStringLiteral("Eva Bakker"));
        document->undoStack()->push(new kd::ChangeProperty<kd::LegalSource, QDate>(
            document, source->uid, &kd::LegalSource::versionDate, QStringLiteral("versionDate"),
            QStringLiteral("version date"), source->versionDate.addYears(1)));
        auto *dock = window.lawRegisterDock();
        dock->refreshNow();
        dock->selectSource(args.at(1));
        dock->setFloating(true);
        dock->resize(1180, 520);
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
    if (!exported.isEmpty()) {
        auto *dialog = new kd::ExportResultDialog(exported, &window);
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
