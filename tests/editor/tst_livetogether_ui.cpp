#include "pgcluster.h"
#include "testprojects.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "forms/entityform.h"
#include "forms/fieldeditor.h"
#include "forms/fieldgroup.h"
#include "mainwindow.h"
#include "storage/projectstore.h"
#include "storage/serverproject.h"
#include "widgets/conflictdialog.h"
#include "widgets/connectionlabel.h"
#include "widgets/presencelabel.h"
#include "widgets/reviewdock.h"
#include "widgets/rolewords.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace kd;
using namespace kd::testing;

namespace {

constexpr int heartbeat = 200; // ms: the tests wait a few of them, not the 2 s of the program

// What answerNextConflict() saw in the dialog, and which button it clicked.
struct SeenConflict
{
    bool shown = false;
    QString message;
    QString theirs;
    QString mine;
    bool keepTheirsIsDefault = false;
};

// Answers the next conflict dialog with Use Mine or Keep Theirs, once it is the modal window.
void answerNextConflict(bool useMine, SeenConflict *seen)
{
    *seen = {};
    QTimer::singleShot(20, [useMine, seen] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextConflict(useMine, seen); // not shown yet: look again
            return;
        }
        seen->shown = true;
        seen->message = dialog->findChild<QLabel *>(QStringLiteral("conflictMessage"))->text();
        seen->theirs = dialog->theirsEdit()->toPlainText();
        seen->mine = dialog->mineEdit()->toPlainText();
        seen->keepTheirsIsDefault
            = dialog->keepTheirsButton()->isDefault() && !dialog->useMineButton()->isDefault();
        (useMine ? dialog->useMineButton() : dialog->keepTheirsButton())->click();
    });
}

// Closes the next message box, keeping its text.
void closeNextMessage(QString *text)
{
    QTimer::singleShot(20, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            closeNextMessage(text);
            return;
        }
        *text = box->text();
        box->button(QMessageBox::Ok)->click();
    });
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

// Working together on a server project as the main window shows it (docs/team.md): who else is
// there, a connection that goes and comes back, the user deciding a conflicting edit, and the
// roles the server enforces shown beforehand. Against a throwaway PostgreSQL cluster; without
// PostgreSQL the test fails (scripts/setup.sh installs it).
class tst_LiveTogetherUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presenceListsTheOthers();
    void presenceWords();
    void connectionLostAndBack();
    void editsRefusedWhileTheServerIsAway();
    void conflictUseMine();
    void conflictKeepTheirs();
    void rolesDecideTheActions();

private:
    QString uri(const QString &login) const { return m_cluster.uri(login, QStringLiteral("kd")); }
    // A main window with the project open as this login (password "pw-" + login), shown.
    std::unique_ptr<MainWindow> openWindow(const QString &login);
    bool openDocument(ProjectDocument *document, const QString &login);
    bool sql(const QString &statement);

    PgCluster m_cluster;
};

void tst_LiveTogetherUi::initTestCase()
{
    // The server lists the sessions of kd-editor and kdtool only (PostgresBackend::sessions):
    // these windows are the editor's. ctest gives the test its own XDG_CONFIG_HOME.
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("kd-editor"));
    QString why;
    QVERIFY2(PgCluster::isAvailable(&why), qPrintable(why));
    QVERIFY2(m_cluster.start(&why), qPrintable(why));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("kd")), qPrintable(m_cluster.lastError()));
    QString done;
    StoreError error;
    QVERIFY2(ServerProject::init(uri(PgCluster::superuser()), &done, &error),
             qPrintable(error.message));
    const QList<std::pair<QString, QStringList>> people = {
        {QStringLiteral("ada"), {QStringLiteral("kd_admin")}},
        {QStringLiteral("eva"), {QStringLiteral("kd_editor")}},
        {QStringLiteral("max"), {QStringLiteral("kd_editor"), QStringLiteral("kd_reviewer")}},
        {QStringLiteral("rob"), {QStringLiteral("kd_reviewer")}},
        {QStringLiteral("pia"), {QStringLiteral("kd_publisher")}},
    };
    for (const auto &[name, roles] : people)
        QVERIFY2(m_cluster.createLogin(name, QStringLiteral("pw-") + name, roles),
                 qPrintable(m_cluster.lastError()));
    QVERIFY2(ServerProject::upload(uri(QStringLiteral("ada")), fullProject(), false, &error,
                                   QStringLiteral("pw-ada")),
             qPrintable(error.message));
}

bool tst_LiveTogetherUi::openDocument(ProjectDocument *document, const QString &login)
{
    StoreError error;
    if (!document->open(uri(login), ProjectStore::OpenMode::ReadWrite, &error,
                        QStringLiteral("pw-") + login)) {
        qWarning("cannot open as %s: %s", qPrintable(login), qPrintable(error.message));
        return false;
    }
    document->setHeartbeatInterval(heartbeat);
    return true;
}

std::unique_ptr<MainWindow> tst_LiveTogetherUi::openWindow(const QString &login)
{
    auto window = std::make_unique<MainWindow>();
    if (!openDocument(window->document(), login))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

bool tst_LiveTogetherUi::sql(const QString &statement)
{
    QString output;
    if (m_cluster.psql(statement, &output))
        return true;
    qWarning("%s", qPrintable(output));
    return false;
}

void tst_LiveTogetherUi::presenceListsTheOthers()
{
    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    PresenceLabel *presence = eva->presenceLabel();
    QVERIFY(presence->isHidden()); // nobody else yet

    auto rob = openWindow(QStringLiteral("rob"));
    QVERIFY(rob);
    QTRY_COMPARE(presence->text(), QStringLiteral("Also here: rob (reviewer)"));
    QVERIFY(presence->isVisible());
    QTRY_COMPARE(rob->presenceLabel()->text(), QStringLiteral("Also here: eva (editor)"));

    // A second session of rob's shows him once; kdtool is named when that is all a login has.
    ProjectDocument robAgain;
    QVERIFY(openDocument(&robAgain, QStringLiteral("rob")));
    StoreError error;
    auto tool = ProjectStore::open(
        uri(QStringLiteral("pia")) + QStringLiteral("&application_name=kdtool"),
        ProjectStore::OpenMode::ReadOnly, &error, QStringLiteral("pw-pia"));
    QVERIFY2(tool, qPrintable(error.message));
    QTRY_COMPARE(presence->text(),
                 QStringLiteral("Also here: pia (publisher) (kdtool), rob (reviewer)"));
    // The tooltip lists every session: rob's two, pia's one, each with its program (the server
    // tells a login the start time of its own sessions only: the others' come without one).
    const QStringList lines = presence->toolTip().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^rob in kd-editor\\b"))).size(), 2);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^pia in kdtool\\b"))).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral(", since ")).size(), 0);

    // Everyone leaves: the label goes.
    tool.reset();
    robAgain.close();
    rob.reset();
    QTRY_VERIFY(presence->isHidden());
    QVERIFY(presence->text().isEmpty());
}

void tst_LiveTogetherUi::presenceWords()
{
    const QDateTime since = QDateTime::currentDateTime();
    const QList<StoreSession> sessions = {
        {QStringLiteral("ada"), {QStringLiteral("kd_admin")}, QStringLiteral("kdtool"), since},
        {QStringLiteral("eva"), {QStringLiteral("kd_editor")}, QStringLiteral("kd-editor"), since},
        {QStringLiteral("eva"), {QStringLiteral("kd_editor")}, QStringLiteral("kdtool"), since},
        {QStringLiteral("nel"), {}, QStringLiteral("kd-editor"), QDateTime()},
    };
    // eva is in the editor as well, so her kdtool run is not named; a login without roles has
    // no brackets.
    QCOMPARE(PresenceLabel::presenceText(sessions),
             QStringLiteral("Also here: ada (administrator) (kdtool), eva (editor), nel"));
    QCOMPARE(PresenceLabel::presenceToolTip(sessions).split(u'\n').last(),
             QStringLiteral("nel in kd-editor"));
    QVERIFY(PresenceLabel::presenceText({}).isEmpty());
    QCOMPARE(RoleWords::words({QStringLiteral("kd_reviewer"), QStringLiteral("kd_editor"),
                               QStringLiteral("someone_else")}),
             QStringList({QStringLiteral("editor"), QStringLiteral("reviewer")}));
}

void tst_LiveTogetherUi::connectionLostAndBack()
{
    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    ConnectionLabel *label = eva->connectionLabel();
    QVERIFY(label->isHidden());
    // Something to undo, so that Undo is on before the connection goes.
    ProjectDocument *document = eva->document();
    const QString theme = document->project().themes.at(0).uid;
    document->undoStack()->push(new ChangeProperty<Theme, QString>(
        document, theme, &Theme::label, QStringLiteral("label"), QStringLiteral("Label"),
        QStringLiteral("Voor de herstart")));
    QVERIFY(eva->undoAction()->isEnabled());

    // What the window shows the moment the document says the connection is gone.
    bool labelShown = false;
    bool undoOn = true;
    connect(document, &ProjectDocument::connectionChanged, label, [&](bool connected) {
        if (!connected) {
            labelShown = label->isVisible();
            undoOn = eva->undoAction()->isEnabled();
        }
    });
    QSignalSpy changes(document, &ProjectDocument::connectionChanged);
    QString why;
    QVERIFY2(m_cluster.restart(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 10 * heartbeat + 5000);
    QCOMPARE(changes.first().first().toBool(), false);
    QVERIFY(labelShown);
    QVERIFY(!undoOn);
    QVERIFY2(label->text().contains(QStringLiteral("edits are refused")),
             qPrintable(label->text()));

    // It reconnects by itself: the label goes, the status bar says so, Undo works again.
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 2, 10 * heartbeat + 5000);
    QCOMPARE(changes.at(1).first().toBool(), true);
    QVERIFY(label->isHidden());
    QCOMPARE(eva->statusBar()->currentMessage(), QStringLiteral("Connected again"));
    QVERIFY(eva->undoAction()->isEnabled());
    eva->undoAction()->trigger();
    QCOMPARE(document->project().themes.at(0).label, fullProject().themes.at(0).label);
}

void tst_LiveTogetherUi::editsRefusedWhileTheServerIsAway()
{
    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    ProjectDocument *document = eva->document();
    EntityForm *form = eva->currentForm(); // the project's own form
    QVERIFY(form);
    auto *title = qobject_cast<QLineEdit *>(form->fieldGroup()->editor("title")->focusTarget());
    QVERIFY(title);
    QVERIFY(!title->isReadOnly());

    // The server stays away: no new connection to the project's database, the old one ended.
    QVERIFY(sql(QStringLiteral("ALTER DATABASE kd ALLOW_CONNECTIONS false")));
    QVERIFY(sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                               "datname = 'kd'")));
    ConnectionLabel *label = eva->connectionLabel();
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10 * heartbeat + 5000);
    QTest::qWait(3 * heartbeat); // reconnecting fails meanwhile: it stays
    QVERIFY(label->isVisible());
    QVERIFY(!document->isConnected());
    QVERIFY(title->isReadOnly());

    // An edit that gets through anyway (here, straight to the undo stack) is refused, visibly.
    QString message;
    closeNextMessage(&message);
    document->undoStack()->push(new ChangeProperty<Theme, QString>(
        document, document->project().themes.at(0).uid, &Theme::label, QStringLiteral("label"),
        QStringLiteral("Label"), QStringLiteral("Zonder server")));
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("connection to the server is lost")),
             qPrintable(message));
    QVERIFY(document->project().themes.at(0).label != QStringLiteral("Zonder server"));

    QVERIFY(sql(QStringLiteral("ALTER DATABASE kd ALLOW_CONNECTIONS true")));
    QTRY_VERIFY_WITH_TIMEOUT(label->isHidden(), 10 * heartbeat + 5000);
    QVERIFY(document->isConnected());
    QVERIFY(!title->isReadOnly());
}

void tst_LiveTogetherUi::conflictUseMine()
{
    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    ProjectDocument max;
    QVERIFY(openDocument(&max, QStringLiteral("max")));
    ProjectDocument *document = eva->document();
    // Eva's window does not look at the server while the test does not let it: max's change
    // arrives only when her own write finds the project moved on.
    document->setHeartbeatInterval(0);
    max.setHeartbeatInterval(0);
    const QString theme = document->project().themes.at(0).uid;
    const QString before = document->project().themes.at(0).description;
    max.undoStack()->push(new ChangeProperty<Theme, QString>(
        &max, theme, &Theme::description, QStringLiteral("description"),
        QStringLiteral("Description"), QStringLiteral("Van max")));
    QCOMPARE(max.find<Theme>(theme)->description, QStringLiteral("Van max"));
    QCOMPARE(document->find<Theme>(theme)->description, before);

    SeenConflict seen;
    answerNextConflict(true, &seen);
    document->undoStack()->push(new ChangeProperty<Theme, QString>(
        document, theme, &Theme::description, QStringLiteral("description"),
        QStringLiteral("Description"), QStringLiteral("Van eva")));
    QVERIFY(seen.shown);
    QVERIFY(seen.keepTheirsIsDefault);
    const QString at
        = max.project().changeLog.constLast().time.toLocalTime().toString(QStringLiteral("HH:mm"));
    QCOMPARE(seen.message,
             QStringLiteral("max changed Description of “Toestemming” at %1 while you were "
                            "editing it.")
                 .arg(at));
    QCOMPARE(seen.theirs, QStringLiteral("Van max"));
    QCOMPARE(seen.mine, QStringLiteral("Van eva"));
    QCOMPARE(document->find<Theme>(theme)->description, QStringLiteral("Van eva"));
    QTRY_COMPARE(max.find<Theme>(theme)->description, QStringLiteral("Van eva"));

    // Undo takes hers back to his, not to what she started from.
    eva->undoAction()->trigger();
    QCOMPARE(document->find<Theme>(theme)->description, QStringLiteral("Van max"));
}

void tst_LiveTogetherUi::conflictKeepTheirs()
{
    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    ProjectDocument max;
    QVERIFY(openDocument(&max, QStringLiteral("max")));
    ProjectDocument *document = eva->document();
    document->setHeartbeatInterval(0);
    max.setHeartbeatInterval(0);
    const QString theme = document->project().themes.at(0).uid;
    max.undoStack()->push(new ChangeProperty<Theme, QString>(
        &max, theme, &Theme::label, QStringLiteral("label"), QStringLiteral("Label"),
        QStringLiteral("Label van max")));

    SeenConflict seen;
    answerNextConflict(false, &seen);
    const int steps = document->undoStack()->count();
    document->undoStack()->push(new ChangeProperty<Theme, QString>(
        document, theme, &Theme::label, QStringLiteral("label"), QStringLiteral("Label"),
        QStringLiteral("Label van eva")));
    QVERIFY(seen.shown);
    QCOMPARE(seen.theirs, QStringLiteral("Label van max"));
    QCOMPARE(seen.mine, QStringLiteral("Label van eva"));
    // Theirs stays, in her model and on the server; her edit is no undo step.
    QCOMPARE(document->find<Theme>(theme)->label, QStringLiteral("Label van max"));
    QCOMPARE(document->undoStack()->count(), steps);
    ProjectDocument check;
    QVERIFY(openDocument(&check, QStringLiteral("pia")));
    QCOMPARE(check.find<Theme>(theme)->label, QStringLiteral("Label van max"));

    // Escape is Keep Theirs too.
    EditConflict conflict;
    conflict.theirs = QStringLiteral("a");
    conflict.mine = QStringLiteral("b");
    QTimer::singleShot(20, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!ConflictDialog::useMine(conflict, eva.get()));
    QCOMPARE(ConflictDialog::describe(conflict),
             QStringLiteral("Someone else changed  while you were editing it."));
    conflict.author = QStringLiteral("eva");
    conflict.fieldLabel = QStringLiteral("Question");
    conflict.entityName = QStringLiteral("Mag ik bellen?");
    QCOMPARE(ConflictDialog::describe(conflict),
             QStringLiteral("eva changed Question of “Mag ik bellen?” while you were "
                            "editing it."));
}

void tst_LiveTogetherUi::rolesDecideTheActions()
{
    const QString dilemma = fullProject().scenarios.at(0).segments.at(0).dilemmas.at(0).uid;
    const QString notReviewer = QStringLiteral("Only members of kd_reviewer review on this server");

    auto eva = openWindow(QStringLiteral("eva"));
    QVERIFY(eva);
    eva->reviewDock()->setCurrentEntity(EntityKind::Dilemma, dilemma);
    QPushButton *approve = buttonNamed(eva->reviewDock(), ReviewDock::tr("&Approve"));
    QPushButton *requestChanges
        = buttonNamed(eva->reviewDock(), ReviewDock::tr("Request &changes"));
    QVERIFY(approve && requestChanges);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!requestChanges->isEnabled());
    QCOMPARE(approve->toolTip(), notReviewer);
    QVERIFY(!eva->reviewDock()->approve());
    QCOMPARE(eva->reviewDock()->message(), notReviewer);
    QVERIFY(!eva->findChild<QLabel *>(QStringLiteral("identityLabel"))
                 ->text()
                 .contains(QStringLiteral("read-only")));

    auto max = openWindow(QStringLiteral("max"));
    QVERIFY(max);
    max->reviewDock()->setCurrentEntity(EntityKind::Dilemma, dilemma);
    approve = buttonNamed(max->reviewDock(), ReviewDock::tr("&Approve"));
    QVERIFY(approve->isEnabled());
    QVERIFY(approve->toolTip().isEmpty());

    // A publisher signs packages but does not edit: the window says so.
    auto pia = openWindow(QStringLiteral("pia"));
    QVERIFY(pia);
    QCOMPARE(pia->findChild<QLabel *>(QStringLiteral("identityLabel"))->text(),
             QStringLiteral("Signed in as pia (publisher): the project is read-only for this "
                            "login"));
    // A file's user is not asked for roles.
    QVERIFY(RoleWords::canReview(StoreIdentity()));
    QVERIFY(RoleWords::canEdit(StoreIdentity()));
}

QTEST_MAIN(tst_LiveTogetherUi)
#include "tst_livetogether_ui.moc"
