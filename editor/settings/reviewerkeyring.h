#pragma once

#include "crypto/reviewerkey.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace kd {

// The reviewer's key while the editor runs: which key file is in use (the one chosen in the
// preferences, else the only key in ReviewerKey::defaultDirectory()), and the key once
// unlocked. A protected key's passphrase is asked once per session; the unlocked key is kept in
// memory only, never written anywhere, and forgotten when another key file is chosen. The main
// window owns one and gives it to the review dock, the preferences and the trusted-reviewers
// dialog.
class ReviewerKeyring : public QObject
{
    Q_OBJECT

public:
    // Asks for the passphrase of keyFile; problem says why when asking again (a wrong
    // passphrase). nullopt when the user cancelled.
    using PassphrasePrompt = std::function<std::optional<QString>(
        QWidget *parent, const QString &keyFile, const QString &problem)>;

    explicit ReviewerKeyring(QObject *parent = nullptr);

    // The key file in use; empty when none is chosen and the default directory does not hold
    // exactly one key.
    static QString keyFile();
    // The public part of a private key file, read without its passphrase (name and public key
    // are not sealed), for showing and trusting a key before it is unlocked.
    static std::optional<PublicKey> publicKeyOf(const QString &path, QString *error);

    // Makes path the key file in use (empty: the default) and forgets the unlocked key.
    void setKeyFile(const QString &path);
    // The reviewer's key, unlocked: asks for the passphrase of a protected key the first time.
    // nullopt with *error when there is no key file or it cannot be read; nullopt with an empty
    // *error when the user cancelled.
    std::optional<ReviewerKey> unlock(QWidget *parent, QString *error);
    // The public part of the key in use, unlocked or not; nullopt with *error when none.
    std::optional<PublicKey> publicKey(QString *error) const;
    // Makes a new key for name, saves it protected by passphrase (when not empty) at
    // ReviewerKey::defaultPath(), writes its public key file next to it (<fingerprint>.pub) and
    // makes it the key in use, unlocked. False with *error when a file cannot be written.
    bool create(const QString &name, const QString &passphrase, QString *keyPath,
                QString *publicPath, QString *error);
    // Writes a public key file (PublicKey::toFile) at path, replacing what is there.
    static bool writePublicKey(const PublicKey &key, const QString &path, QString *error);
    // Keeps key as the unlocked key in use (a key just made, and tests).
    void setUnlocked(const ReviewerKey &key);
    void forget();
    bool isUnlocked() const { return m_key.has_value(); }
    // Replaces the password dialog (tests).
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }

signals:
    // Another key is in use (chosen, made, or forgotten).
    void keyChanged();

private:
    std::optional<ReviewerKey> m_key;
    PassphrasePrompt m_prompt;
};

} // namespace kd
