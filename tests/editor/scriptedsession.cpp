// A scripted editing session for tst_killsafety: opens a project in the editor's document and
// makes numbered edits forever (each a command on the undo stack), printing "committed N" after
// each one returns. The test kills it with SIGKILL and checks the file.
#include "commands/changeproperty.h"
#include "document/entityfactory.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    kd::ProjectDocument document;
    kd::StoreError error;
    if (!document.open(QString::fromLocal8Bit(argv[1]), kd::ProjectStore::OpenMode::ReadWrite,
                       &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 2;
    }
    QTextStream out(stdout);
    for (int n = 1;; ++n) {
        // Alternate structural edits and text edits, as a user would.
        if (n % 2) {
            document.undoStack()->push(
                kd::EntityFactory::createNew(&document, kd::EntityKind::Theme, QString(), 0));
        } else {
            const QString uid = document.project().themes.first().uid;
            document.undoStack()->push(new kd::ChangeProperty<kd::Theme, QString>(
                &document, uid, &kd::Theme::label, QStringLiteral("label"), QStringLiteral("label"),
                QStringLiteral("thema %1").arg(n)));
        }
        out << "committed " << n << Qt::endl;
    }
}
