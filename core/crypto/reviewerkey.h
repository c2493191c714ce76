#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kd {

// Ed25519 signatures (Nettle) for approvals and package manifests. Keys are raw 32-byte values;
// a signature is 64 bytes.
namespace Ed25519 {

constexpr int KeySize = 32;
constexpr int SignatureSize = 64;

// 32 bytes from the operating system's cryptographic random source.
QByteArray newSecret();
// The public key of a secret key; empty when secret is not KeySize bytes.
QByteArray publicKeyOf(const QByteArray &secret);
// The signature of message; empty when the key sizes are wrong.
QByteArray sign(const QByteArray &secret, const QByteArray &publicKey, const QByteArray &message);
// False for a wrong size of key or signature as well as for a signature that does not verify.
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace Ed25519

// A key's fingerprint: the lower-case hex SHA-256 of the raw public key (64 characters). The
// short form, for people, is its first 16 characters in groups of four ("3fa4 9c01 …").
QString fingerprintOf(const QByteArray &publicKey);
QString shortFingerprint(const QString &fingerprint);

// A public key file (`NAME.pub`): what a reviewer gives the people who add them to a project,
// and what `kdtool verify --key` reads. JSON:
//   {"format": "kd-public-key/1", "algorithm": "ed25519", "name": "...",
//    "publicKey": "<base64>", "fingerprint": "<hex>"}
// The fingerprint is checked against the key when read.
struct PublicKey
{
    QString name;
    QByteArray key; // raw, KeySize bytes

    QString fingerprint() const { return fingerprintOf(key); }
    QByteArray toFile() const;
    static std::optional<PublicKey> fromFile(const QByteArray &bytes, QString *error);
    static std::optional<PublicKey> read(const QString &path, QString *error);
};

// A reviewer's private key, kept in the user's configuration directory with owner-only
// permissions. JSON:
//   {"format": "kd-private-key/1", "algorithm": "ed25519", "name": "...",
//    "publicKey": "<base64>", "fingerprint": "<hex>",
//    "secretKey": "<base64>"}                                  -- not protected, or
//    "protection": {"kdf": "pbkdf2-hmac-sha256", "iterations": N, "salt": "<base64>",
//                   "cipher": "chacha20-poly1305", "nonce": "<base64>",
//                   "sealed": "<base64 ciphertext and tag>"}  -- protected with a passphrase
class ReviewerKey
{
public:
    // A new key pair for name (trimmed, not empty).
    static ReviewerKey generate(const QString &name);
    // The key pair of a given secret (KeySize bytes): for fixed test keys and sample keys.
    static ReviewerKey fromSecret(const QString &name, const QByteArray &secret);

    QString name() const { return m_name; }
    QByteArray publicKey() const { return m_public; }
    QString fingerprint() const { return fingerprintOf(m_public); }
    PublicKey publicPart() const { return {m_name, m_public}; }

    QByteArray sign(const QByteArray &message) const;

    // The file's bytes; protected when passphrase is not empty.
    QByteArray toFile(const QString &passphrase) const;
    // Whether bytes are a protected key file (so a passphrase must be asked for).
    static bool needsPassphrase(const QByteArray &bytes);
    // nullopt with *error on a malformed file, a wrong passphrase or a key whose public part
    // does not match its secret.
    static std::optional<ReviewerKey> fromFile(const QByteArray &bytes, const QString &passphrase,
                                               QString *error);

    // Writes the key file at path with owner-only permissions (0600; a directory it makes gets
    // 0700), atomically; refuses to replace an existing file.
    bool save(const QString &path, const QString &passphrase, QString *error) const;
    // Reads a key file; refuses one that others may read (group or other permission bits).
    static std::optional<ReviewerKey> load(const QString &path, const QString &passphrase,
                                           QString *error);
    static bool fileNeedsPassphrase(const QString &path);

    // Where keys live: $XDG_CONFIG_HOME/kiezen-en-delen/keys (~/.config/... by default), and
    // the file name of a key there: the first 16 characters of its fingerprint, ".key".
    static QString defaultDirectory();
    static QString defaultPath(const QString &fingerprint);

private:
    QString m_name;
    QByteArray m_secret;
    QByteArray m_public;
};

// Reviewer names are compared as people read them. Two names look alike when their skeletons
// are equal: Unicode NFKD, diacritics, invisible and format characters (zero-width space, soft
// hyphen, bidi controls) removed, case folded, runs of any kind of white space made one space,
// trimmed, and characters that look like Latin letters (Cyrillic а, Greek ο, …) mapped to them.
namespace ReviewerNames {

QString skeleton(const QString &name);
bool looksAlike(const QString &a, const QString &b);
// Whether name may be a trusted reviewer's name: not empty, no control, invisible or format
// characters, not letters of more than one script. False with *reason otherwise.
bool isAcceptable(const QString &name, QString *reason);

} // namespace ReviewerNames

} // namespace kd
