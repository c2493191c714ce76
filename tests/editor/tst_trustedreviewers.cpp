#include "testprojects.h"

#include "document/projectdocument.h"
#include "review/reviewledger.h"
#include "settings/appsettings.h"
#include "settings/reviewerkeyring.h"
#include "settings/settingsdialog.h"
#include "widgets/trustedreviewersdialog.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::otherReviewerKey;
using kd::testing::testReviewerKey;
using kd::testing::uid;

// The reviewer's key in the editor (ReviewerKeyring, the Preferences' Reviewer key section) and
// the Trusted Reviewers dialog. Keys and settings live in a temporary configuration directory.
class tst_TrustedReviewers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createKeyWritesKeyAndPublicKey();
    void protectedKeyAsksOncePerSession();
    void chosenKeyFileAndDefault();
    void dialogAddsAndRemoves();
    void dialogRefusesLookAlikes();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
};

void tst_TrustedReviewers::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trustedreviewers"));
    QVERIFY(ReviewerKey::defaultDirectory().startsWith(m_config.path()));
}

void tst_TrustedReviewers::init()
{
    QSettings().clear();
    QDir(ReviewerKey::defaultDirectory()).removeRecursively();
}

void tst_TrustedReviewers::createKeyWritesKeyAndPublicKey()
{
    ReviewerKeyring keyring;
    QSignalSpy changed(&keyring, &ReviewerKeyring::keyChanged);
    QString keyPath;
    QString publicPath;
    QString error;
    QVERIFY2(keyring.create(QStringLiteral("Anna de Boer"), QStringLiteral("geheim"), &keyPath,
                            &publicPath, &error),
             qPrintable(error));
    QVERIFY(keyring.isUnlocked());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(ReviewerKeyring::keyFile(), keyPath);
    QCOMPARE(AppSettings::reviewerKeyPath(), keyPath); // the path, never the passphrase
    QVERIFY(!QSettings().allKeys().join(u' ').contains(QLatin1String("geheim")));
    QCOMPARE(QFileInfo(keyPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QVERIFY(ReviewerKey::fileNeedsPassphrase(keyPath));

    const std::optional<PublicKey> published = PublicKey::read(publicPath, &error);
    QVERIFY2(published, qPrintable(error));
    QCOMPARE(published->name, QStringLiteral("Anna de Boer"));
    QCOMPARE(QFileInfo(publicPath).fileName(), published->fingerprint().left(16) + ".pub");
    QCOMPARE(QFileInfo(publicPath).absolutePath(), QFileInfo(keyPath).absolutePath());
    const std::optional<PublicKey> fromKeyFile = ReviewerKeyring::publicKeyOf(keyPath, &error);
    QVERIFY2(fromKeyFile, qPrintable(error));
    QCOMPARE(fromKeyFile->key, published->key);

    // The Preferences show the key in use.
    SettingsDialog dialog(&keyring);
    QVERIFY2(dialog.keyDescription().contains(QLatin1String("Anna de Boer")),
             qPrintable(dialog.keyDescription()));
    QVERIFY(dialog.keyDescription().contains(shortFingerprint(published->fingerprint())));
}

void tst_TrustedReviewers::protectedKeyAsksOncePerSession()
{
    const QString path = ReviewerKey::defaultPath(testReviewerKey().fingerprint());
    QString error;
    QVERIFY2(testReviewerKey().save(path, QStringLiteral("juist"), &error), qPrintable(error));
    ReviewerKeyring keyring;
    QStringList answers{QStringLiteral("fout"), QStringLiteral("juist")};
    QStringList problems;
    keyring.setPassphrasePrompt(
        [&](QWidget *, const QString &file, const QString &problem) -> std::optional<QString> {
            [&] {
                QCOMPARE(file, path);
            }();
            problems << problem;
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        });
    std::optional<ReviewerKey> key = keyring.unlock(nullptr, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->fingerprint(), testReviewerKey().fingerprint());
    // Asked twice: the wrong passphrase was said to be wrong.
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).isEmpty());
    QVERIFY2(problems.at(1).contains(QLatin1String("did not unlock")), qPrintable(problems.at(1)));
    // Not asked again this session.
    QVERIFY(keyring.unlock(nullptr, &error));
    QCOMPARE(problems.size(), 2);

    // Choosing the key file again forgets the unlocked key; cancelling records nothing.
    keyring.setKeyFile(path);
    QVERIFY(!keyring.isUnlocked());
    QVERIFY(!keyring.unlock(nullptr, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(problems.size(), 3);
}

void tst_TrustedReviewers::chosenKeyFileAndDefault()
{
    QCOMPARE(ReviewerKeyring::keyFile(), QString());
    QString error;
    ReviewerKeyring keyring;
    QVERIFY(!keyring.unlock(nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("Preferences")), qPrintable(error));

    // The only key in the default directory is the one in use, without asking (not protected).
    const QString only = ReviewerKey::defaultPath(testReviewerKey().fingerprint());
    QVERIFY(testReviewerKey().save(only, QString(), &error));
    QCOMPARE(ReviewerKeyring::keyFile(), only);
    std::optional<ReviewerKey> key = keyring.unlock(nullptr, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->name(), QStringLiteral("R. Eviewer"));

    // Two keys: none is chosen for the user, until they choose.
    const QString other = ReviewerKey::defaultPath(otherReviewerKey().fingerprint());
    QVERIFY(otherReviewerKey().save(other, QString(), &error));
    QCOMPARE(ReviewerKeyring::keyFile(), QString());
    keyring.setKeyFile(other);
    QCOMPARE(ReviewerKeyring::keyFile(), other);
    key = keyring.unlock(nullptr, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->name(), QStringLiteral("O. Ther"));

    // A file that is not a key is refused with a reason.
    QFile junk(m_dir.filePath(QStringLiteral("junk.key")));
    QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("{}") == 2);
    junk.close();
    QVERIFY(!ReviewerKeyring::publicKeyOf(junk.fileName(), &error));
    QVERIFY(error.contains(QLatin1String("not a reviewer key file")));
}

void tst_TrustedReviewers::dialogAddsAndRemoves()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog.kdproj"));
    StoreError storeError;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &storeError));
    ProjectDocument document;
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &storeError));
    document.setAuthor(QStringLiteral("Beheer"));
    ReviewerKeyring keyring;
    TrustedReviewersDialog dialog(&document, &keyring);
    QCOMPARE(dialog.rows().size(), 1);
    QCOMPARE(dialog.rows().constFirst().at(0), QStringLiteral("R. Eviewer"));
    QCOMPARE(dialog.rows().constFirst().at(1), shortFingerprint(testReviewerKey().fingerprint()));

    QString reason;
    QVERIFY2(dialog.addKey(otherReviewerKey().publicPart(), QStringLiteral("Bert Jansen"), &reason),
             qPrintable(reason));
    QCOMPARE(dialog.rows().size(), 2);
    QCOMPARE(dialog.rows().constLast().at(0), QStringLiteral("Bert Jansen"));
    QCOMPARE(dialog.rows().constLast().at(2), QStringLiteral("Beheer"));
    // Undo outside the dialog shows in it.
    document.undoStack()->undo();
    QCOMPARE(dialog.rows().size(), 1);
    document.undoStack()->redo();
    QCOMPARE(dialog.rows().size(), 2);

    const QString first = document.project().trustedReviewers.constFirst().uid;
    QVERIFY2(dialog.removeReviewer(first, &reason), qPrintable(reason));
    QCOMPARE(dialog.rows().size(), 1);
    QCOMPARE(document.project().changeLog.constLast().field, QStringLiteral("trustedReviewers"));
    QVERIFY(!dialog.removeReviewer(first, &reason));
    QVERIFY(!reason.isEmpty());
}

void tst_TrustedReviewers::dialogRefusesLookAlikes()
{
    const QString path = m_dir.filePath(QStringLiteral("lookalike.kdproj"));
    StoreError storeError;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &storeError));
    ProjectDocument document;
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &storeError));
    ReviewerKeyring keyring;
    TrustedReviewersDialog dialog(&document, &keyring);
    QString reason;
    QVERIFY(!dialog.addKey(otherReviewerKey().publicPart(), QStringLiteral("R. EVIEWER"), &reason));
    QVERIFY2(reason.contains(QLatin1String("looks like")), qPrintable(reason));
    QCOMPARE(dialog.rows().size(), 1);
    QCOMPARE(document.undoStack()->count(), 0);
}

QTEST_MAIN(tst_TrustedReviewers)
#include "tst_trustedreviewers.moc"
