#include "testprojects.h"

#include "commands/changeproperty.h"
#include "commands/removetrustedreviewer.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "review/contenthash.h"
#include "settings/appsettings.h"
#include "settings/reviewerkeyring.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "widgets/projecttree.h"
#include "widgets/reviewdock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace kd;
using kd::testing::otherReviewerKey;
using kd::testing::testReviewerKey;
using kd::testing::uid;

namespace {

// The main window's menu action with this text (as written in the code, with its '&').
QAction *menuAction(MainWindow *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Edit > Preferences, with name typed as the author name and OK pressed.
void setAuthorInPreferences(MainWindow *window, const QString &name)
{
    QTimer::singleShot(0, window, [name] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<SettingsDialog *>(modal)) {
            dialog->findChild<QLineEdit *>()->setText(name);
            dialog->accept();
        } else if (modal) {
            modal->close(); // not the preferences: the test's checks of the name then fail
        }
    });
    menuAction(window, QStringLiteral("&Preferences..."))->trigger();
}

} // namespace

class tst_ReviewDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void queueApproveAndFourEyes();
    void changesSinceApproval();
    void noKeySaysWhereToGetOne();
    void unverifiedApprovalsAndTrustChanges();
    void namesComeFromTheTrustedList();
    void commentsAreShown();
    void authorNameFromPreferencesAtOnce();
    void closingTheProjectClearsTheDock();
    void historyReadsInWords();
    void submitForReviewAndWhatTheQueueShows();
    void threadsOfComments();

private:
    // A project file in m_dir with fullProject's approval of the dilemma signed for its content
    // now, opened in document.
    bool openProject(const QString &name, Project p, ProjectDocument *document);

    // The user's configuration (settings, keys) for this test only: never the real ~/.config.
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
};

void tst_ReviewDock::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewdock"));
}

bool tst_ReviewDock::openProject(const QString &name, Project p, ProjectDocument *document)
{
    const QString path = m_dir.filePath(name);
    StoreError error;
    return ProjectStore::writeNew(path, p, false, &error)
           && document->open(path, ProjectStore::OpenMode::ReadWrite, &error);
}

void tst_ReviewDock::queueApproveAndFourEyes()
{
    Project p = kd::testing::fullProject();
    // The dilemma approved with its current hash, then changed: stale. Legal sources: draft.
    p.reviews[0].contentHash = ContentHash::of(p.scenarios[0].segments[0].dilemmas[0]);
    ApprovalSignature::sign(&p.reviews[0], testReviewerKey());
    kd::testing::trust(p, otherReviewerKey(), uid(951));
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("review.kdproj"), p, &document));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));

    document.setAuthor(QStringLiteral("O. Ther"));
    document.undoStack()->push(new ChangeProperty<Dilemma, QString>(
        &document, uid(100), &Dilemma::question, "question", "question", "Vraag nu?"));
    // Stale first.
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));
    // What the reviewer sees: each row's label and state; choosing a row makes it current.
    auto *view = dock.findChild<QTreeView *>(QStringLiteral("reviewQueue"));
    QVERIFY(view && view->model()->rowCount() == 3 && view->model()->columnCount() == 2);
    QCOMPARE(view->model()->index(0, 1).data().toString(),
             QStringLiteral("stale: changed since approval"));
    QVERIFY(!view->model()->index(1, 0).data().toString().isEmpty());
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(dock.currentEntity(), uid(30));
    dock.setCurrentEntity(EntityKind::LegalSource, uid(31)); // from the project tree
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY(view->selectionModel()->isRowSelected(2, {}));

    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    // O. Ther made the last change: their key may not approve it.
    keyring.setUnlocked(otherReviewerKey());
    QVERIFY(!dock.approve());
    QVERIFY2(dock.message().contains(QLatin1String("four eyes")), qPrintable(dock.message()));
    QCOMPARE(dock.queue().size(), 3);

    // R. Eviewer at the desk (one name: the author name is the key's trusted name) may.
    document.setAuthor(QStringLiteral("R. Eviewer"));
    keyring.setUnlocked(testReviewerKey());
    QVERIFY(dock.approve());
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));
    document.undoStack()->undo();
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));

    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY(!dock.requestChanges()); // a request needs a comment
}

void tst_ReviewDock::changesSinceApproval()
{
    // fullProject's approval is stale and, like an imported one, did not keep its content.
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("diff.kdproj"), kd::testing::fullProject(), &document));
    ReviewerKeyring keyring;
    keyring.setUnlocked(testReviewerKey());
    ReviewDock dock(&document, &keyring);
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY2(dock.changesText().contains(QLatin1String("was not stored")),
             qPrintable(dock.changesText()));
    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY2(dock.changesText().contains(QLatin1String("Not approved yet")),
             qPrintable(dock.changesText()));

    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY(dock.approve());
    QVERIFY2(
        dock.changesText().startsWith(QLatin1String("No changes since the approval by R. Eviewer")),
        qPrintable(dock.changesText()));

    // One word of the situation changes: the dock shows that field with the old and new word.
    document.setAuthor(QStringLiteral("Anna"));
    const QString situation = document.project().scenarios[0].segments[0].dilemmas[0].situation;
    QVERIFY(situation.contains(QLatin1String("komt vaak te laat")));
    QString edited = situation;
    edited.replace(QLatin1String("vaak"), QLatin1String("soms"));
    document.undoStack()->push(new ChangeProperty<Dilemma, QString>(
        &document, uid(100), &Dilemma::situation, "situation", "situation", edited));
    const QString text = dock.changesText();
    QVERIFY2(text.startsWith(QLatin1String("Changed since the approval by R. Eviewer")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Situation (changed)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("komt vaaksoms te laat")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Question")), qPrintable(text)); // only what changed
    // The old word struck through, the new one underlined.
    const QString html = dock.changesHtml();
    QVERIFY2(html.contains(QRegularExpression(QStringLiteral("line-through[^>]*>vaak<"))),
             qPrintable(html));
    QVERIFY2(html.contains(QRegularExpression(QStringLiteral("underline[^>]*>soms<"))),
             qPrintable(html));

    document.undoStack()->undo();
    QVERIFY2(dock.changesText().startsWith(QLatin1String("No changes since")),
             qPrintable(dock.changesText()));
}

// With no key, the dock says so and where to make one; nothing is recorded and nothing is
// disabled without a word.
void tst_ReviewDock::noKeySaysWhereToGetOne()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("nokey.kdproj"), kd::testing::fullProject(), &document));
    ReviewerKeyring keyring;
    QVERIFY(ReviewerKeyring::keyFile().isEmpty());
    ReviewDock dock(&document, &keyring);
    QSignalSpy preferences(&dock, &ReviewDock::preferencesRequested);
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    const int reviews = int(document.project().reviews.size());
    QVERIFY(!dock.approve());
    QVERIFY2(dock.message().contains(QLatin1String("Preferences")), qPrintable(dock.message()));
    QCOMPARE(document.project().reviews.size(), reviews);
    auto *button = dock.findChild<QPushButton *>(QStringLiteral("reviewKeyPreferences"));
    QVERIFY(button && button->isVisibleTo(&dock) && button->isEnabled());
    button->click();
    QCOMPARE(preferences.count(), 1);

    // The notice on what four eyes can know in a file, once.
    auto *notice = dock.findChild<QLabel *>(QStringLiteral("fourEyesNotice"));
    QVERIFY(notice && notice->wordWrap());
    QVERIFY(notice->text().contains(QLatin1String("not a checked identity")));

    // A key the project does not trust: refused, saying so.
    keyring.setUnlocked(ReviewerKey::generate(QStringLiteral("Mallory")));
    QVERIFY(!dock.approve());
    QVERIFY2(dock.message().contains(QLatin1String("Project > Trusted Reviewers")),
             qPrintable(dock.message()));
    QVERIFY(!button->isVisibleTo(&dock));
}

// An approval that does not count is at the top of the queue with why; removing its reviewer
// from the trusted list shows at once.
void tst_ReviewDock::unverifiedApprovalsAndTrustChanges()
{
    Project p = kd::testing::fullProject();
    p.reviews[0].contentHash = ContentHash::of(p.scenarios[0].segments[0].dilemmas[0]);
    ApprovalSignature::sign(&p.reviews[0], testReviewerKey());
    Review unsigned_ = p.reviews[0];
    unsigned_.uid = uid(131);
    unsigned_.entityUid = uid(30);
    unsigned_.contentHash = ContentHash::of(p.legalSources[0]);
    unsigned_.content.clear();
    unsigned_.keyFingerprint.clear();
    unsigned_.signature.clear();
    p.reviews.append(unsigned_);
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("unverified.kdproj"), p, &document));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));
    QCOMPARE(dock.queueStates().constFirst(), QStringLiteral("unverified: not signed"));
    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY2(dock.statusText().contains(ApprovalTrust::reason(ApprovalVerdict::Unsigned)),
             qPrintable(dock.statusText()));

    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY2(dock.statusText().contains(QLatin1String("The approval counts")),
             qPrintable(dock.statusText()));
    document.undoStack()->push(
        new RemoveTrustedReviewer(&document, document.project().trustedReviewers.constFirst()));
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));
    QCOMPARE(dock.queueStates().constFirst(), QStringLiteral("unverified: key not trusted"));
    QVERIFY2(dock.statusText().contains(ApprovalTrust::reason(ApprovalVerdict::UnknownKey)),
             qPrintable(dock.statusText()));
    document.undoStack()->undo();
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));
}

// The record's own reviewer text is never shown: the trusted list names the signer.
void tst_ReviewDock::namesComeFromTheTrustedList()
{
    Project p = kd::testing::fullProject();
    QCOMPARE(p.reviews[0].reviewer, QStringLiteral("J. de Vries"));
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("names.kdproj"), p, &document));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    bool found = false;
    for (const QStringList &row : dock.historyRows()) {
        QVERIFY2(!row.join(u' ').contains(QLatin1String("de Vries")), qPrintable(row.join(u' ')));
        found = found || (row.at(0) == QLatin1String("R. Eviewer") && row.at(1) == "review");
    }
    QVERIFY(found);
    QVERIFY2(dock.statusText().contains(QLatin1String("R. Eviewer")),
             qPrintable(dock.statusText()));
    QVERIFY(!dock.changesText().contains(QLatin1String("de Vries")));
}

// A review's comment is shown with the latest review and in the history.
void tst_ReviewDock::commentsAreShown()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("comments.kdproj"), kd::testing::fullProject(), &document));
    ReviewerKeyring keyring;
    keyring.setUnlocked(testReviewerKey());
    ReviewDock dock(&document, &keyring);
    auto *comment = dock.findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"));
    QVERIFY(comment);
    auto historyHas = [&dock](const QString &text) {
        for (const QStringList &row : dock.historyRows()) {
            if (row.at(0) == QLatin1String("R. Eviewer") && row.at(2).contains(text))
                return true;
        }
        return false;
    };

    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY(dock.latestReviewText().isEmpty()); // never reviewed
    const QString request = QStringLiteral("Noem het lid van het artikel.\nEn de datum.");
    comment->setPlainText(request);
    QVERIFY(dock.requestChanges());
    QVERIFY2(dock.latestReviewText().contains(
                 QLatin1String("Latest review: changes requested by R. Eviewer")),
             qPrintable(dock.latestReviewText()));
    QVERIFY2(dock.latestReviewText().contains(request), qPrintable(dock.latestReviewText()));
    QVERIFY(historyHas(QStringLiteral("Noem het lid van het artikel. En de datum.")));

    comment->setPlainText(QStringLiteral("Akkoord <b>met</b> lid 2."));
    QVERIFY(dock.approve());
    QVERIFY2(
        dock.latestReviewText().contains(QLatin1String("Latest review: approved by R. Eviewer")),
        qPrintable(dock.latestReviewText()));
    QVERIFY2(dock.latestReviewText().contains(QLatin1String("Akkoord <b>met</b> lid 2.")),
             qPrintable(dock.latestReviewText()));
    QVERIFY(historyHas(QStringLiteral("Akkoord <b>met</b> lid 2.")));
    QVERIFY(historyHas(QStringLiteral("Noem het lid")));
    // Shown as typed, never as markup.
    auto *latest = dock.findChild<QLabel *>(QStringLiteral("reviewLatest"));
    QVERIFY(latest && latest->isVisibleTo(&dock));
    QCOMPARE(latest->textFormat(), Qt::PlainText);

    // Another item without reviews shows none; the one before shows its own again.
    dock.setCurrentEntity(EntityKind::LegalSource, uid(31));
    QVERIFY(dock.latestReviewText().isEmpty());
    QVERIFY(!latest->isVisibleTo(&dock));
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY2(dock.latestReviewText().contains(QLatin1String("Akkoord.")),
             qPrintable(dock.latestReviewText()));
}

// The author name set in Preferences is the one name the dock reviews under as soon as the
// dialog closes: the four-eyes notice names it, and a review under another name than the one
// the edits are recorded under is refused, saying which names and what to do.
void tst_ReviewDock::authorNameFromPreferencesAtOnce()
{
    AppSettings::setAuthorName(QStringLiteral("R. Eviewer"));
    const QString path = m_dir.filePath(QStringLiteral("author.kdproj"));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &error));
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.keyring()->setUnlocked(testReviewerKey());
    window.tree()->selectEntity(uid(100));
    ReviewDock *dock = window.reviewDock();
    QCOMPARE(dock->currentEntity(), uid(100));
    auto *signer = dock->findChild<QLabel *>(QStringLiteral("reviewSigner"));
    auto *notice = dock->findChild<QLabel *>(QStringLiteral("fourEyesNotice"));
    QVERIFY(signer && notice);
    QVERIFY2(notice->text().contains(QLatin1String("R. Eviewer")), qPrintable(notice->text()));

    setAuthorInPreferences(&window, QStringLiteral("Anna"));
    ProjectDocument *document = window.document();
    QCOMPARE(document->author(), QStringLiteral("Anna"));
    QVERIFY2(notice->text().contains(QLatin1String("Anna")), qPrintable(notice->text()));
    QVERIFY2(signer->text().contains(QLatin1String("Anna"))
                 && signer->text().contains(QLatin1String("R. Eviewer")),
             qPrintable(signer->text()));
    document->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        document, uid(100), &Dilemma::question, "question", "question", "Vraag nu?"));
    QCOMPARE(document->project().changeLog.constLast().author, QStringLiteral("Anna"));
    const qsizetype reviews = document->project().reviews.size();
    QVERIFY(!dock->approve());
    QVERIFY2(dock->message().contains(QLatin1String("Anna"))
                 && dock->message().contains(QLatin1String("R. Eviewer")),
             qPrintable(dock->message()));
    QCOMPARE(document->project().reviews.size(), reviews);

    // Under the name the project trusts the key as, the dock and the record use that one name.
    setAuthorInPreferences(&window, QStringLiteral("R. Eviewer"));
    QVERIFY2(!notice->text().contains(QLatin1String("Anna")), qPrintable(notice->text()));
    QVERIFY2(signer->text().startsWith(QLatin1String("Signing as R. Eviewer (key ")),
             qPrintable(signer->text()));
    QVERIFY2(dock->approve(), qPrintable(dock->message()));
    QCOMPARE(document->project().reviews.constLast().reviewer, QStringLiteral("R. Eviewer"));
    QCOMPARE(document->project().changeLog.constLast().author, QStringLiteral("R. Eviewer"));
    QVERIFY2(dock->statusText().contains(QLatin1String("Last approved by R. Eviewer")),
             qPrintable(dock->statusText()));
    // Closed before the window goes: a window destroyed with steps on the undo stack aborts in
    // a debug build (the stack's indexChanged reaches the half-destroyed MainWindow).
    window.document()->close();
}

// File > Close leaves nothing to act on: the actions and the comment off, the dock empty.
void tst_ReviewDock::closingTheProjectClearsTheDock()
{
    const QString path = m_dir.filePath(QStringLiteral("close.kdproj"));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &error));
    AppSettings::setAuthorName(QStringLiteral("R. Eviewer"));
    MainWindow window;
    QVERIFY(window.openProject(path));
    window.keyring()->setUnlocked(testReviewerKey());
    window.tree()->selectEntity(uid(30));
    ReviewDock *dock = window.reviewDock();
    auto *approve = dock->findChild<QPushButton *>(QStringLiteral("reviewApprove"));
    auto *request = dock->findChild<QPushButton *>(QStringLiteral("reviewRequestChanges"));
    auto *comment = dock->findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"));
    QVERIFY(approve && request && comment);
    QVERIFY(approve->isEnabled() && request->isEnabled() && comment->isEnabled());
    comment->setPlainText(QStringLiteral("Noem het lid."));
    QVERIFY(dock->requestChanges());
    comment->setPlainText(QStringLiteral("Half getypt"));
    QVERIFY(!dock->message().isEmpty() && !dock->historyRows().isEmpty());

    menuAction(&window, QStringLiteral("&Close"))->trigger();
    QVERIFY(!window.document()->isOpen());
    QVERIFY(!approve->isEnabled());
    QVERIFY(!request->isEnabled());
    QVERIFY(!comment->isEnabled());
    QVERIFY(comment->toPlainText().isEmpty());
    QVERIFY(dock->currentEntity().isEmpty());
    QVERIFY(dock->queue().isEmpty());
    QVERIFY(dock->message().isEmpty());
    QVERIFY(dock->statusText().isEmpty());
    QVERIFY(dock->latestReviewText().isEmpty());
    QVERIFY(dock->changesText().isEmpty());
    QVERIFY(dock->historyRows().isEmpty());
    QVERIFY(!dock->approve());
    QVERIFY(!dock->requestChanges());

    // Opened again, nothing of before is left, and choosing an item turns the actions on.
    QVERIFY(window.openProject(path));
    QVERIFY(dock->currentEntity().isEmpty() && !approve->isEnabled());
    window.tree()->selectEntity(uid(30));
    QVERIFY(approve->isEnabled() && comment->isEnabled());
}

// The history names fields by their labels and entities by their titles, in the UI's language;
// never a model name or a uid.
void tst_ReviewDock::historyReadsInWords()
{
    ProjectDocument document;
    document.setAuthor(QStringLiteral("A. Uteur"));
    QVERIFY(openProject(QStringLiteral("words.kdproj"), kd::testing::fullProject(), &document));
    document.undoStack()->push(new ChangeProperty<Dilemma, QString>(
        &document, uid(100), &Dilemma::question, QStringLiteral("question"),
        QStringLiteral("Question"), QStringLiteral("Mag ik het de school vertellen?")));
    document.undoStack()->push(
        new InsertEntity<Option>(&document, uid(100), 3,
                                 Option{uid(113), QStringLiteral("Eerst bellen"),
                                        QStringLiteral("Goed."), Assessment::Acceptable, 3},
                                 QStringLiteral("Add option")));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    auto rowsText = [&dock] {
        dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
        QStringList rows;
        for (const QStringList &row : dock.historyRows())
            rows.append(row.join(QStringLiteral(" | ")));
        return rows.join(u'\n');
    };
    QString text = rowsText();
    QVERIFY2(text.contains(QStringLiteral("A. Uteur | Question | Question changed")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Option \u201cEerst bellen\u201d added")),
             qPrintable(text));
    QVERIFY2(!text.contains(uid(113)) && !text.contains(QLatin1String("question |")),
             qPrintable(text));

    QVERIFY(UiLanguage::install(qApp, QStringLiteral("nl")));
    text = rowsText();
    qDeleteAll(qApp->findChildren<QTranslator *>());
    QVERIFY2(text.contains(QStringLiteral("A. Uteur | Vraag | Vraag gewijzigd")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Optie \u201cEerst bellen\u201d toegevoegd")),
             qPrintable(text));
}

QTEST_MAIN(tst_ReviewDock)
// The editor submits; the reviewer's queue lists what editors submitted after what must be
// reviewed again, can show what is in review, approved or everything, filtered by title, and
// opens the item it selects.
void tst_ReviewDock::submitForReviewAndWhatTheQueueShows()
{
    Project p = kd::testing::fullProject();
    const QString path = m_dir.filePath(QStringLiteral("submit.kdproj"));
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("submit.kdproj"), p, &document));
    document.setAuthor(QStringLiteral("Eva"));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    // The unsigned approval of the dilemma first, then the legal sources in project order.
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));

    dock.setCurrentEntity(EntityKind::LegalSource, uid(31));
    auto *submit = dock.findChild<QPushButton *>(QStringLiteral("reviewSubmit"));
    QVERIFY(submit && submit->isEnabled());
    auto *comment = dock.findChild<QPlainTextEdit *>(QStringLiteral("reviewComment"));
    comment->setPlainText(QStringLiteral("Graag de datum nakijken."));
    submit->click();
    QCOMPARE(dock.message(), QStringLiteral("Submitted for review."));
    QVERIFY(comment->toPlainText().isEmpty());
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(31), uid(30)}));
    QCOMPARE(dock.queueStates().at(1), QStringLiteral("in review"));
    QVERIFY2(dock.latestReviewText().contains(QLatin1String("in review by Eva")),
             qPrintable(dock.latestReviewText()));
    QVERIFY2(dock.latestReviewText().contains(QLatin1String("Graag de datum nakijken.")),
             qPrintable(dock.latestReviewText()));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Submit for Review"));
    // Once is enough; the file holds it.
    QVERIFY(!dock.submitForReview());
    QVERIFY2(dock.message().contains(QLatin1String("in review already")),
             qPrintable(dock.message()));
    {
        StoreError error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly, &error);
        Project saved;
        QVERIFY(store && store->load(&saved));
        QCOMPARE(saved.reviews.constLast().state, ReviewState::InReview);
        QCOMPARE(saved.reviews.constLast().reviewer, QStringLiteral("Eva"));
        QCOMPARE(saved.reviews.constLast().entityUid, uid(31));
    }
    // Only dilemmas and legal sources are submitted.
    dock.setCurrentEntity(EntityKind::Asset, uid(20));
    QVERIFY(!submit->isEnabled());

    auto *shown = dock.findChild<QComboBox *>(QStringLiteral("reviewShown"));
    QVERIFY(shown);
    dock.setShown(ReviewDock::Show::InReview);
    QCOMPARE(dock.queue(), QStringList({uid(31)}));
    dock.setShown(ReviewDock::Show::Approved);
    QCOMPARE(dock.queue(), QStringList());
    dock.setShown(ReviewDock::Show::All);
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(31), uid(30)}));
    const QString title = document.project().legalSources[0].shortTitle;
    QVERIFY(title.size() > 3);
    dock.setQueueFilter(title.mid(1).toUpper());
    QCOMPARE(dock.queue(), QStringList({uid(30)}));
    dock.setQueueFilter(QString());

    // Selecting a row shows the item; the queue keeps the keys.
    QSignalSpy selected(&dock, &ReviewDock::entitySelected);
    auto *view = dock.findChild<QTreeView *>(QStringLiteral("reviewQueue"));
    view->setCurrentIndex(view->model()->index(2, 0));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.constFirst().at(1).toString(), uid(30));

    // Withdrawn with undo: back to draft.
    document.undoStack()->undo();
    dock.setShown(ReviewDock::Show::Waiting);
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));

    // An approval that counts is listed as approved and no longer waits.
    Project signedProject = kd::testing::fullProject();
    signedProject.reviews[0].contentHash
        = ContentHash::of(signedProject.scenarios[0].segments[0].dilemmas[0]);
    ApprovalSignature::sign(&signedProject.reviews[0], testReviewerKey());
    ProjectDocument approved;
    QVERIFY(openProject(QStringLiteral("approved.kdproj"), signedProject, &approved));
    ReviewDock approvedDock(&approved, &keyring);
    approvedDock.setShown(ReviewDock::Show::Approved);
    QCOMPARE(approvedDock.queue(), QStringList({uid(100)}));
    approvedDock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY(!approvedDock.submitForReview());
    QVERIFY2(approvedDock.message().contains(QLatin1String("nothing new to review")),
             qPrintable(approvedDock.message()));
}

// A reviewer asks, an editor answers, either resolves: each note is stored, named after its
// author, undoable, and a resolved thread takes no more answers.
void tst_ReviewDock::threadsOfComments()
{
    const QString path = m_dir.filePath(QStringLiteral("threads.kdproj"));
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("threads.kdproj"), kd::testing::fullProject(), &document));
    ReviewerKeyring keyring;
    ReviewDock dock(&document, &keyring);
    // fullProject's threads are on the dilemma and on the other legal source.
    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY(dock.threadRows().isEmpty());
    auto *ask = dock.findChild<QPushButton *>(QStringLiteral("reviewAsk"));
    auto *answerButton = dock.findChild<QPushButton *>(QStringLiteral("reviewAnswer"));
    QVERIFY(ask && ask->isEnabled() && answerButton && !answerButton->isEnabled());

    document.setAuthor(QStringLiteral("R. Eviewer"));
    QVERIFY(!dock.askQuestion(QStringLiteral("   ")));
    QVERIFY(!dock.message().isEmpty());
    auto *box = dock.findChild<QPlainTextEdit *>(QStringLiteral("reviewNoteText"));
    box->setPlainText(QStringLiteral("Klopt lid 2 hier?"));
    ask->click();
    QVERIFY(box->toPlainText().isEmpty());
    QCOMPARE(dock.threadRows(), QList<QStringList>({{"Klopt lid 2 hier?", "R. Eviewer", "open"}}));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Ask a Question"));
    const QString thread = document.project().reviewNotes.constLast().uid;
    QVERIFY(answerButton->isEnabled()); // the new thread is selected

    document.setAuthor(QStringLiteral("Eva"));
    QVERIFY(dock.answer(thread, QStringLiteral("Nee, lid 3; aangepast.")));
    document.setAuthor(QStringLiteral("R. Eviewer"));
    QVERIFY(dock.resolve(thread));
    QCOMPARE(dock.threadRows(),
             QList<QStringList>({{"Resolved: Klopt lid 2 hier?", "R. Eviewer", "resolved"},
                                 {"  Nee, lid 3; aangepast.", "Eva"},
                                 {"  Resolved", "R. Eviewer"}}));
    QVERIFY(!answerButton->isEnabled());
    QVERIFY(!dock.answer(thread, QStringLiteral("Nog iets?")));
    QVERIFY(!dock.message().isEmpty());
    // The history says it in words.
    bool answered = false;
    for (const QStringList &row : dock.historyRows())
        answered
            = answered || (row.at(0) == QLatin1String("Eva") && row.at(2) == "Question answered");
    QVERIFY(answered);
    {
        StoreError error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly, &error);
        Project saved;
        QVERIFY(store && store->load(&saved));
        QCOMPARE(saved.reviewNotes, document.project().reviewNotes);
        QCOMPARE(saved.reviewNotes.size(), kd::testing::fullProject().reviewNotes.size() + 3);
    }
    // Undo withdraws the resolution: the thread is open again.
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Resolve Thread"));
    document.undoStack()->undo();
    QCOMPARE(dock.threadRows().constFirst().at(2), QStringLiteral("open"));
    QCOMPARE(document.project().reviewNotes.size(),
             kd::testing::fullProject().reviewNotes.size() + 2);
    // A note is shown as written, in its tooltip too: never as markup.
    QVERIFY(dock.askQuestion(QStringLiteral("<img src=\"x.png\"> <b>vet</b>?")));
    auto *threads = dock.findChild<QTreeWidget *>(QStringLiteral("reviewThreads"));
    const QString tip = threads->topLevelItem(threads->topLevelItemCount() - 1)->toolTip(0);
    QVERIFY2(tip.contains(QLatin1String("&lt;img src=&quot;x.png&quot;&gt; &lt;b&gt;vet")),
             qPrintable(tip));
    // Another item has threads of its own.
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QCOMPARE(dock.threadRows().size(), 3);
    QCOMPARE(dock.threadRows().constFirst().at(2), QStringLiteral("resolved"));
}

#include "tst_reviewdock.moc"
