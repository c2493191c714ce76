#include "reviewerkeyring.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSaveFile>

namespace kd {
namespace {

std::optional<QString> askPassphrase(QWidget *parent, const QString &keyFile,
                                     const QString &problem)
{
    // Spelled out: lupdate files a free function's tr() under "kd", not this class.
    QString label = QCoreApplication::translate(
                        "kd::ReviewerKeyring",
                        "The reviewer key %1 is protected by a passphrase. Passphrase:")
                        .arg(QDir::toNativeSeparators(keyFile));
    if (!problem.isEmpty())
        label = problem + u'\n' + label;
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        parent, QCoreApplication::translate("kd::ReviewerKeyring", "Unlock Reviewer Key"), label,
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return passphrase;
}

} // namespace

ReviewerKeyring::ReviewerKeyring(QObject *parent)
    : QObject(parent)
    , m_prompt(askPassphrase)
{}

QString ReviewerKeyring::keyFile()
{
    const QString chosen = AppSettings::reviewerKeyPath();
    if (!chosen.isEmpty())
        return chosen;
    const QDir dir(ReviewerKey::defaultDirectory());
    const QStringList keys = dir.entryList({QStringLiteral("*.key")}, QDir::Files);
    return keys.size() == 1 ? dir.filePath(keys.first()) : QString();
}

std::optional<PublicKey> ReviewerKeyring::publicKeyOf(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // The private key file's public members, as ReviewerKey writes them (reviewerkey.h).
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    PublicKey key;
    key.name = object.value(QLatin1String("name")).toString();
    key.key
        = QByteArray::fromBase64(object.value(QLatin1String("publicKey")).toString().toLatin1());
    if (object.value(QLatin1String("format")).toString() != QLatin1String("kd-private-key/1")
        || key.key.size() != Ed25519::KeySize
        || object.value(QLatin1String("fingerprint")).toString() != key.fingerprint()) {
        *error = tr("%1 is not a reviewer key file").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return key;
}

void ReviewerKeyring::setKeyFile(const QString &path)
{
    AppSettings::setReviewerKeyPath(path);
    forget();
}

std::optional<ReviewerKey> ReviewerKeyring::unlock(QWidget *parent, QString *error)
{
    error->clear();
    if (m_key)
        return m_key;
    const QString path = keyFile();
    if (path.isEmpty()) {
        *error = tr("You have no reviewer key yet. Create one, or choose your key file, in "
                    "Edit > Preferences > Reviewer key.");
        return std::nullopt;
    }
    if (!publicKeyOf(path, error))
        return std::nullopt;
    QString passphrase;
    QString problem;
    for (;;) {
        if (ReviewerKey::fileNeedsPassphrase(path)) {
            const std::optional<QString> answer = m_prompt(parent, path, problem);
            if (!answer)
                return std::nullopt; // cancelled: error stays empty
            passphrase = *answer;
        }
        QString why;
        std::optional<ReviewerKey> key = ReviewerKey::load(path, passphrase, &why);
        if (key) {
            m_key = std::move(key);
            emit keyChanged();
            return m_key;
        }
        if (!ReviewerKey::fileNeedsPassphrase(path)) {
            *error
                = tr("Cannot use the reviewer key %1: %2").arg(QDir::toNativeSeparators(path), why);
            return std::nullopt;
        }
        problem = tr("That did not unlock the key (%1). Try again.").arg(why);
    }
}

std::optional<PublicKey> ReviewerKeyring::publicKey(QString *error) const
{
    if (m_key)
        return m_key->publicPart();
    const QString path = keyFile();
    if (path.isEmpty()) {
        *error = tr("no reviewer key");
        return std::nullopt;
    }
    return publicKeyOf(path, error);
}

bool ReviewerKeyring::create(const QString &name, const QString &passphrase, QString *keyPath,
                             QString *publicPath, QString *error)
{
    const ReviewerKey key = ReviewerKey::generate(name);
    const QString path = ReviewerKey::defaultPath(key.fingerprint());
    QString why;
    if (!key.save(path, passphrase, &why)) {
        *error = tr("Cannot save the key at %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    const QString publicFile = ReviewerKey::defaultDirectory() + u'/' + key.fingerprint().left(16)
                               + QLatin1String(".pub");
    if (!writePublicKey(key.publicPart(), publicFile, error))
        return false;
    AppSettings::setReviewerKeyPath(path);
    *keyPath = path;
    *publicPath = publicFile;
    setUnlocked(key);
    return true;
}

bool ReviewerKeyring::writePublicKey(const PublicKey &key, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = key.toFile();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write the public key file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ReviewerKeyring::setUnlocked(const ReviewerKey &key)
{
    m_key = key;
    emit keyChanged();
}

void ReviewerKeyring::forget()
{
    m_key.reset();
    emit keyChanged();
}

} // namespace kd
