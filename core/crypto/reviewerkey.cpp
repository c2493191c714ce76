#include "reviewerkey.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QSaveFile>
#include <QStandardPaths>

#include <nettle/chacha-poly1305.h>
#include <nettle/eddsa.h>
#include <nettle/memops.h>
#include <nettle/pbkdf2.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string.h>
#include <sys/random.h>

namespace kd {

namespace {

static_assert(Ed25519::KeySize == ED25519_KEY_SIZE);
static_assert(Ed25519::SignatureSize == ED25519_SIGNATURE_SIZE);

// Larger than any key file we write by far, small enough to read whole without a second thought.
constexpr qint64 MaxKeyFileSize = 64 * 1024;

// PBKDF2 rounds for new files, and the range accepted in a file: fewer than the minimum would make
// the passphrase cheap to guess; more than the maximum would let a crafted file hang the program.
constexpr int NewIterations = 200000;
constexpr int MinIterations = 10000;
constexpr int MaxIterations = 10000000;
constexpr int SaltSize = 16;
constexpr int NonceSize = CHACHA_POLY1305_NONCE_SIZE;
constexpr int TagSize = CHACHA_POLY1305_DIGEST_SIZE;
constexpr int SealKeySize = CHACHA_POLY1305_KEY_SIZE;

constexpr auto PublicFormat = QLatin1String("kd-public-key/1");
constexpr auto PrivateFormat = QLatin1String("kd-private-key/1");
constexpr auto Algorithm = QLatin1String("ed25519");
constexpr auto Kdf = QLatin1String("pbkdf2-hmac-sha256");
constexpr auto Cipher = QLatin1String("chacha20-poly1305");

const uint8_t *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.constData());
}

uint8_t *bytesOf(QByteArray &bytes)
{
    return reinterpret_cast<uint8_t *>(bytes.data());
}

// Clears a buffer that held a secret before its memory goes back to the allocator. Only for
// buffers this file owns alone: a shared QByteArray would detach and clear a copy.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

// getrandom(2) rather than QRandomGenerator::system(): both read the kernel's generator, but
// when Qt cannot read it, it quietly falls back to a generator of its own that is not
// cryptographically secure, and a key or nonce from that could be guessed. getrandom waits until
// the kernel's pool is seeded and reports failure; a program that cannot get randomness must not
// make keys, so it stops rather than carry on with weak ones.
QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::getrandom(bytes.data() + done, size_t(size - done), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            qFatal("kd: the operating system's random source failed: %s", std::strerror(errno));
        }
        done += n;
    }
    return bytes;
}

template<typename T>
std::optional<T> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64: a string of only base64 characters, else false.
bool fromBase64(const QJsonValue &value, QByteArray *bytes)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty())
        return false;
    auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *bytes = std::move(decoded.decoded);
    return true;
}

// A base64 member of exactly size bytes.
bool readBytes(const QJsonObject &object, QLatin1String member, int size, QByteArray *bytes,
               QString *error)
{
    if (!fromBase64(object.value(member), bytes))
        return fail(error, QCoreApplication::translate("kd::ReviewerKey",
                                                       "the member \"%1\" is missing or not base64")
                               .arg(member));
    if (bytes->size() != size)
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey",
                                                "the member \"%1\" is %2 bytes long instead of %3")
                        .arg(member)
                        .arg(bytes->size())
                        .arg(size));
    return true;
}

// The members both key files have: the format, the algorithm, the name, the public key and its
// fingerprint, each checked. *object gets the whole object for the private members.
std::optional<PublicKey> readPublicMembers(const QByteArray &bytes, QLatin1String format,
                                           QJsonObject *object, QString *error)
{
    if (bytes.size() > MaxKeyFileSize)
        return refuse<PublicKey>(
            error, QCoreApplication::translate(
                       "kd::ReviewerKey", "the file is larger than 64 KiB, too large for a key"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse<PublicKey>(
            error,
            QCoreApplication::translate("kd::ReviewerKey", "the key file is not JSON: %1")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("no object")));
    *object = document.object();
    const QString fileFormat = object->value(QLatin1String("format")).toString();
    if (fileFormat != format)
        return refuse<PublicKey>(
            error, QCoreApplication::translate("kd::ReviewerKey",
                                               "the key file's format is \"%1\" instead of \"%2\"")
                       .arg(fileFormat, format));
    const QString algorithm = object->value(QLatin1String("algorithm")).toString();
    if (algorithm != Algorithm)
        return refuse<PublicKey>(
            error, QCoreApplication::translate("kd::ReviewerKey",
                                               "the key's algorithm \"%1\" is not supported "
                                               "(only ed25519 is)")
                       .arg(algorithm));
    const QJsonValue name = object->value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return refuse<PublicKey>(
            error, QCoreApplication::translate("kd::ReviewerKey", "the key file has no name"));
    PublicKey key{name.toString(), {}};
    if (!readBytes(*object, QLatin1String("publicKey"), Ed25519::KeySize, &key.key, error))
        return std::nullopt;
    if (object->value(QLatin1String("fingerprint")).toString() != key.fingerprint())
        return refuse<PublicKey>(
            error, QCoreApplication::translate(
                       "kd::ReviewerKey",
                       "the fingerprint in the key file is not the fingerprint of its key"));
    return key;
}

QJsonObject publicMembers(QLatin1String format, const QString &name, const QByteArray &key)
{
    return {{QLatin1String("format"), format},
            {QLatin1String("algorithm"), Algorithm},
            {QLatin1String("name"), name},
            {QLatin1String("publicKey"), base64(key)},
            {QLatin1String("fingerprint"), fingerprintOf(key)}};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The passphrase in NFC so that the same words typed on another system (which may compose
// accented letters differently) open the key.
QByteArray sealKey(const QString &passphrase, const QByteArray &salt, int iterations)
{
    QByteArray words = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(SealKeySize, Qt::Uninitialized);
    pbkdf2_hmac_sha256(size_t(words.size()), bytesOf(words), unsigned(iterations),
                       size_t(salt.size()), bytesOf(salt), size_t(key.size()), bytesOf(key));
    wipe(words);
    return key;
}

// The ciphertext of plain with the tag appended. The associated data binds the ciphertext to
// something outside it (the key's fingerprint) that the tag then covers too.
QByteArray seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &associated,
                const QByteArray &plain)
{
    chacha_poly1305_ctx context;
    chacha_poly1305_set_key(&context, bytesOf(key));
    chacha_poly1305_set_nonce(&context, bytesOf(nonce));
    chacha_poly1305_update(&context, size_t(associated.size()), bytesOf(associated));
    QByteArray sealed(plain.size() + TagSize, Qt::Uninitialized);
    chacha_poly1305_encrypt(&context, size_t(plain.size()), bytesOf(sealed), bytesOf(plain));
    chacha_poly1305_digest(&context, TagSize, bytesOf(sealed) + plain.size());
    explicit_bzero(&context, sizeof context);
    return sealed;
}

// The plain text of sealed, or nothing when its tag does not verify (wrong key, or changed
// ciphertext, nonce or associated data). The tags are compared in constant time.
std::optional<QByteArray> unseal(const QByteArray &key, const QByteArray &nonce,
                                 const QByteArray &associated, const QByteArray &sealed)
{
    if (sealed.size() < TagSize)
        return std::nullopt;
    const qsizetype length = sealed.size() - TagSize;
    chacha_poly1305_ctx context;
    chacha_poly1305_set_key(&context, bytesOf(key));
    chacha_poly1305_set_nonce(&context, bytesOf(nonce));
    chacha_poly1305_update(&context, size_t(associated.size()), bytesOf(associated));
    QByteArray plain(length, Qt::Uninitialized);
    chacha_poly1305_decrypt(&context, size_t(length), bytesOf(plain), bytesOf(sealed));
    uint8_t tag[TagSize];
    chacha_poly1305_digest(&context, TagSize, tag);
    explicit_bzero(&context, sizeof context);
    if (!memeql_sec(tag, bytesOf(sealed) + length, TagSize)) {
        wipe(plain);
        return std::nullopt;
    }
    return plain;
}

struct Protection
{
    int iterations = 0;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealed;
};

std::optional<Protection> readProtection(const QJsonValue &value, QString *error)
{
    if (!value.isObject())
        return refuse<Protection>(
            error, QCoreApplication::translate("kd::ReviewerKey",
                                               "the key file's \"protection\" is not an object"));
    const QJsonObject object = value.toObject();
    const QString kdf = object.value(QLatin1String("kdf")).toString();
    const QString cipher = object.value(QLatin1String("cipher")).toString();
    if (kdf != Kdf || cipher != Cipher)
        return refuse<Protection>(
            error, QCoreApplication::translate("kd::ReviewerKey",
                                               "the key is protected with \"%1\" and \"%2\"; only "
                                               "pbkdf2-hmac-sha256 and chacha20-poly1305 are "
                                               "supported")
                       .arg(kdf, cipher));
    const QJsonValue count = object.value(QLatin1String("iterations"));
    const double iterations = count.toDouble(-1);
    if (iterations < MinIterations || iterations > MaxIterations
        || iterations != std::floor(iterations))
        return refuse<Protection>(
            error, QCoreApplication::translate("kd::ReviewerKey",
                                               "the key's passphrase protection has %1 as its "
                                               "iteration count; a whole number from %2 to %3 "
                                               "is needed")
                       .arg(count.isDouble() ? QString::number(iterations, 'g', 15)
                                             : QStringLiteral("nothing"))
                       .arg(MinIterations)
                       .arg(MaxIterations));
    Protection protection;
    protection.iterations = int(iterations);
    if (!readBytes(object, QLatin1String("salt"), SaltSize, &protection.salt, error)
        || !readBytes(object, QLatin1String("nonce"), NonceSize, &protection.nonce, error)
        || !readBytes(object, QLatin1String("sealed"), Ed25519::KeySize + TagSize,
                      &protection.sealed, error))
        return std::nullopt;
    return protection;
}

// Reads a key file of at most MaxKeyFileSize bytes; a private one only when neither its group
// nor others have any access to it.
bool readKeyFile(const QString &path, bool isPrivate, QByteArray *bytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "the key file does not exist"));
    if (!info.isFile())
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "the key is not a plain file"));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (isPrivate && (info.permissions() & others))
        return fail(error, QCoreApplication::translate(
                               "kd::ReviewerKey",
                               "other users may read or change this private key; make it yours "
                               "alone with: chmod 600 %1")
                               .arg(info.filePath()));
    if (info.size() > MaxKeyFileSize)
        return fail(error,
                    QCoreApplication::translate(
                        "kd::ReviewerKey", "the file is larger than 64 KiB, too large for a key"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "cannot read the key file: %1")
                        .arg(file.errorString()));
    // One byte more than allowed, to notice a file that grew since it was measured.
    *bytes = file.read(MaxKeyFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "cannot read the key file: %1")
                        .arg(file.errorString()));
    if (bytes->size() > MaxKeyFileSize)
        return fail(error,
                    QCoreApplication::translate(
                        "kd::ReviewerKey", "the file is larger than 64 KiB, too large for a key"));
    return true;
}

// Makes the folder dir and any missing folders above it, each one only its owner may enter.
// Folders that exist already are left as they are.
bool makePrivateDirectory(const QString &dir, QString *error)
{
    QStringList missing;
    for (QString path = QDir::cleanPath(dir); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    if (missing.isEmpty())
        return true;
    if (!QDir().mkpath(dir))
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(dir)));
    for (const QString &path : std::as_const(missing)) {
        if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                             | QFileDevice::ExeOwner))
            return fail(error, QCoreApplication::translate("kd::ReviewerKey",
                                                           "cannot make the folder %1 private")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace

// --- Ed25519 ---

QByteArray Ed25519::newSecret()
{
    return randomBytes(KeySize);
}

QByteArray Ed25519::publicKeyOf(const QByteArray &secret)
{
    if (secret.size() != KeySize)
        return {};
    QByteArray publicKey(KeySize, Qt::Uninitialized);
    ed25519_sha512_public_key(bytesOf(publicKey), bytesOf(secret));
    return publicKey;
}

QByteArray Ed25519::sign(const QByteArray &secret, const QByteArray &publicKey,
                         const QByteArray &message)
{
    if (secret.size() != KeySize || publicKey.size() != KeySize)
        return {};
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    ed25519_sha512_sign(bytesOf(publicKey), bytesOf(secret), size_t(message.size()),
                        bytesOf(message), bytesOf(signature));
    return signature;
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature)
{
    if (publicKey.size() != KeySize || signature.size() != SignatureSize)
        return false;
    return ed25519_sha512_verify(bytesOf(publicKey), size_t(message.size()), bytesOf(message),
                                 bytesOf(signature))
           == 1;
}

// --- Fingerprints ---

QString fingerprintOf(const QByteArray &publicKey)
{
    return Sha256::hex(publicKey);
}

QString shortFingerprint(const QString &fingerprint)
{
    const QString head = fingerprint.left(16);
    QString grouped;
    for (qsizetype i = 0; i < head.size(); i += 4) {
        if (i > 0)
            grouped += u' ';
        grouped += head.mid(i, 4);
    }
    return grouped;
}

// --- PublicKey ---

QByteArray PublicKey::toFile() const
{
    return jsonBytes(publicMembers(PublicFormat, name, key));
}

std::optional<PublicKey> PublicKey::fromFile(const QByteArray &bytes, QString *error)
{
    QJsonObject object;
    return readPublicMembers(bytes, PublicFormat, &object, error);
}

std::optional<PublicKey> PublicKey::read(const QString &path, QString *error)
{
    QByteArray bytes;
    if (!readKeyFile(path, false, &bytes, error))
        return std::nullopt;
    return fromFile(bytes, error);
}

// --- ReviewerKey ---

ReviewerKey ReviewerKey::generate(const QString &name)
{
    return fromSecret(name.trimmed(), Ed25519::newSecret());
}

ReviewerKey ReviewerKey::fromSecret(const QString &name, const QByteArray &secret)
{
    ReviewerKey key;
    key.m_name = name;
    key.m_secret = secret;
    key.m_public = Ed25519::publicKeyOf(secret);
    return key;
}

QByteArray ReviewerKey::sign(const QByteArray &message) const
{
    return Ed25519::sign(m_secret, m_public, message);
}

QByteArray ReviewerKey::toFile(const QString &passphrase) const
{
    QJsonObject object = publicMembers(PrivateFormat, m_name, m_public);
    if (passphrase.isEmpty()) {
        object.insert(QLatin1String("secretKey"), base64(m_secret));
        return jsonBytes(object);
    }
    const QByteArray salt = randomBytes(SaltSize);
    const QByteArray nonce = randomBytes(NonceSize);
    QByteArray key = sealKey(passphrase, salt, NewIterations);
    const QByteArray sealed = seal(key, nonce, fingerprint().toLatin1(), m_secret);
    wipe(key);
    object.insert(QLatin1String("protection"),
                  QJsonObject{{QLatin1String("kdf"), Kdf},
                              {QLatin1String("iterations"), NewIterations},
                              {QLatin1String("salt"), base64(salt)},
                              {QLatin1String("cipher"), Cipher},
                              {QLatin1String("nonce"), base64(nonce)},
                              {QLatin1String("sealed"), base64(sealed)}});
    return jsonBytes(object);
}

bool ReviewerKey::needsPassphrase(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object().value(QLatin1String("protection")).isObject();
}

std::optional<ReviewerKey> ReviewerKey::fromFile(const QByteArray &bytes, const QString &passphrase,
                                                 QString *error)
{
    QJsonObject object;
    const std::optional<PublicKey> publicPart
        = readPublicMembers(bytes, PrivateFormat, &object, error);
    if (!publicPart)
        return std::nullopt;
    const bool plain = object.contains(QLatin1String("secretKey"));
    const bool isProtected = object.contains(QLatin1String("protection"));
    if (plain == isProtected)
        return refuse<ReviewerKey>(
            error,
            plain
                ? QCoreApplication::translate(
                    "kd::ReviewerKey", "the key file has both a plain and a protected secret key")
                : QCoreApplication::translate("kd::ReviewerKey", "the key file has no secret key"));
    QByteArray secret;
    if (plain) {
        if (!readBytes(object, QLatin1String("secretKey"), Ed25519::KeySize, &secret, error))
            return std::nullopt;
    } else {
        if (passphrase.isEmpty())
            return refuse<ReviewerKey>(
                error, QCoreApplication::translate(
                           "kd::ReviewerKey",
                           "the key is protected by a passphrase, and a passphrase is needed to "
                           "use it"));
        const std::optional<Protection> protection
            = readProtection(object.value(QLatin1String("protection")), error);
        if (!protection)
            return std::nullopt;
        QByteArray key = sealKey(passphrase, protection->salt, protection->iterations);
        std::optional<QByteArray> opened = unseal(
            key, protection->nonce, publicPart->fingerprint().toLatin1(), protection->sealed);
        wipe(key);
        if (!opened)
            return refuse<ReviewerKey>(
                error,
                QCoreApplication::translate("kd::ReviewerKey", "wrong passphrase for the key"));
        secret = std::move(*opened);
    }
    if (Ed25519::publicKeyOf(secret) != publicPart->key)
        return refuse<ReviewerKey>(
            error,
            QCoreApplication::translate(
                "kd::ReviewerKey", "the key file's secret key does not belong to its public key"));
    return fromSecret(publicPart->name, secret);
}

bool ReviewerKey::save(const QString &path, const QString &passphrase, QString *error) const
{
    if (m_public.size() != Ed25519::KeySize)
        return fail(
            error, QCoreApplication::translate("kd::ReviewerKey", "there is no valid key to save"));
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return fail(error, QCoreApplication::translate("kd::ReviewerKey",
                                                       "the file exists; refusing to replace it"));
    if (!makePrivateDirectory(info.absolutePath(), error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "cannot write the key file: %1")
                        .arg(file.errorString()));
    // Owner-only on the temporary file before a byte of the key is in it, whatever the umask;
    // the commit's rename keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(error, QCoreApplication::translate("kd::ReviewerKey",
                                                       "cannot make the key file private: %1")
                               .arg(reason));
    }
    const QByteArray bytes = toFile(passphrase);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(error,
                    QCoreApplication::translate("kd::ReviewerKey", "cannot write the key file: %1")
                        .arg(file.errorString()));
    return true;
}

std::optional<ReviewerKey> ReviewerKey::load(const QString &path, const QString &passphrase,
                                             QString *error)
{
    QByteArray bytes;
    if (!readKeyFile(path, true, &bytes, error))
        return std::nullopt;
    return fromFile(bytes, passphrase, error);
}

bool ReviewerKey::fileNeedsPassphrase(const QString &path)
{
    QByteArray bytes;
    return readKeyFile(path, false, &bytes, nullptr) && needsPassphrase(bytes);
}

QString ReviewerKey::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QLatin1String("/kiezen-en-delen/keys");
}

QString ReviewerKey::defaultPath(const QString &fingerprint)
{
    return defaultDirectory() + u'/' + fingerprint.left(16) + QLatin1String(".key");
}

// --- ReviewerNames ---

namespace {

// Calls f with each code point of text; an unpaired surrogate is passed as itself (its category
// is Other_Surrogate), never silently replaced.
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

void appendCodePoint(QString &text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text += QChar(QChar::highSurrogate(c));
        text += QChar(QChar::lowSurrogate(c));
    } else {
        text += QChar(char16_t(c));
    }
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Characters that show as nothing at all: zero-width spaces and joiners, bidi marks, the word
// joiner and invisible operators, the byte order mark, the soft hyphen, the Mongolian vowel
// separator, the combining grapheme joiner, variation selectors, and every other format
// character.
bool isInvisible(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
           || c == 0x00AD || c == 0x180E || c == 0x034F || (c >= 0xFE00 && c <= 0xFE0F)
           || (c >= 0xE0100 && c <= 0xE01EF) || QChar::category(c) == QChar::Other_Format;
}

// Characters that show as empty space without being white space to Unicode: the Hangul fillers
// (NFKD turns U+3164 and U+FFA0 into U+1160) and the blank Braille pattern.
bool isBlank(char32_t c)
{
    return QChar::isSpace(c) || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
           || c == 0x2800;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

struct Confusable
{
    char32_t from;
    char16_t to;
};

// Cyrillic and Greek letters that look like Latin ones, in both cases: mapped before case folding
// so that each case goes to the Latin letter it looks like (Greek capital Ν is an N, small ν a v).
// clang-format off
constexpr Confusable confusables[] = {
    // Cyrillic small
    {0x0430, u'a'}, {0x0432, u'b'}, {0x0435, u'e'}, {0x043A, u'k'}, {0x043C, u'm'},
    {0x043D, u'h'}, {0x043E, u'o'}, {0x0440, u'p'}, {0x0441, u'c'}, {0x0442, u't'},
    {0x0443, u'y'}, {0x0445, u'x'}, {0x0456, u'i'}, {0x0458, u'j'}, {0x0455, u's'},
    {0x0501, u'd'}, {0x051B, u'q'}, {0x051D, u'w'},
    // Cyrillic capital
    {0x0410, u'A'}, {0x0412, u'B'}, {0x0415, u'E'}, {0x041A, u'K'}, {0x041C, u'M'},
    {0x041D, u'H'}, {0x041E, u'O'}, {0x0420, u'P'}, {0x0421, u'C'}, {0x0422, u'T'},
    {0x0423, u'Y'}, {0x0425, u'X'}, {0x0406, u'I'}, {0x0408, u'J'}, {0x0405, u'S'},
    {0x0500, u'D'}, {0x051A, u'Q'}, {0x051C, u'W'},
    // Greek small
    {0x03B1, u'a'}, {0x03B2, u'b'}, {0x03B5, u'e'}, {0x03B9, u'i'}, {0x03BA, u'k'},
    {0x03BD, u'v'}, {0x03BF, u'o'}, {0x03C1, u'p'}, {0x03C4, u't'}, {0x03C5, u'u'},
    {0x03C7, u'x'},
    // Greek capital
    {0x0391, u'A'}, {0x0392, u'B'}, {0x0395, u'E'}, {0x0396, u'Z'}, {0x0397, u'H'},
    {0x0399, u'I'}, {0x039A, u'K'}, {0x039C, u'M'}, {0x039D, u'N'}, {0x039F, u'O'},
    {0x03A1, u'P'}, {0x03A4, u'T'}, {0x03A5, u'Y'}, {0x03A7, u'X'},
};
// clang-format on

char32_t latinLookalike(char32_t c)
{
    for (const Confusable &confusable : confusables) {
        if (confusable.from == c)
            return confusable.to;
    }
    return c;
}

// Writing systems that mix scripts within one name as a matter of course (Unicode TS #39's
// "Highly Restrictive" sets): Japanese, Chinese with Bopomofo, Korean.
bool isOneWritingSystem(const QList<QChar::Script> &scripts)
{
    if (scripts.size() <= 1)
        return true;
    const auto within = [&](std::initializer_list<QChar::Script> allowed) {
        for (QChar::Script script : scripts) {
            if (std::find(allowed.begin(), allowed.end(), script) == allowed.end())
                return false;
        }
        return true;
    };
    return within({QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana})
           || within({QChar::Script_Han, QChar::Script_Bopomofo})
           || within({QChar::Script_Han, QChar::Script_Hangul});
}

} // namespace

QString ReviewerNames::skeleton(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString mapped;
    mapped.reserve(decomposed.size());
    bool pendingSpace = false;
    forEachCodePoint(decomposed, [&](char32_t c) {
        if (isBlank(c)) {
            pendingSpace = !mapped.isEmpty();
            return;
        }
        if (isMark(c) || isInvisible(c) || QChar::category(c) == QChar::Other_Control)
            return;
        if (pendingSpace)
            mapped += u' ';
        pendingSpace = false;
        appendCodePoint(mapped, latinLookalike(c));
    });
    // Folding can turn a capital that was not in the table into a small letter that is.
    const QString folded = mapped.toCaseFolded();
    QString result;
    result.reserve(folded.size());
    forEachCodePoint(folded, [&](char32_t c) { appendCodePoint(result, latinLookalike(c)); });
    return result;
}

bool ReviewerNames::looksAlike(const QString &a, const QString &b)
{
    return skeleton(a) == skeleton(b);
}

bool ReviewerNames::isAcceptable(const QString &name, QString *reason)
{
    if (name.trimmed().isEmpty())
        return fail(reason, QCoreApplication::translate("kd::ReviewerNames", "the name is empty"));
    QString problem;
    QList<QChar::Script> scripts;
    char32_t firstLetter = 0;
    forEachCodePoint(name, [&](char32_t c) {
        if (!problem.isEmpty())
            return;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control) {
            problem = QCoreApplication::translate("kd::ReviewerNames",
                                                  "the name contains a control character (%1)")
                          .arg(codePointName(c));
        } else if (isInvisible(c) || (isBlank(c) && !QChar::isSpace(c))) {
            problem = QCoreApplication::translate(
                          "kd::ReviewerNames",
                          "the name contains an invisible or formatting character (%1)")
                          .arg(codePointName(c));
        } else if (category == QChar::Other_Surrogate || category == QChar::Other_PrivateUse
                   || category == QChar::Other_NotAssigned) {
            problem = QCoreApplication::translate(
                          "kd::ReviewerNames",
                          "the name contains a character that is not a letter or sign of any "
                          "script (%1)")
                          .arg(codePointName(c));
        } else {
            const QChar::Script script = QChar::script(c);
            if (script == QChar::Script_Common || script == QChar::Script_Inherited
                || scripts.contains(script))
                return;
            scripts.append(script);
            if (!isOneWritingSystem(scripts)) {
                QString first, other;
                appendCodePoint(first, firstLetter);
                appendCodePoint(other, c);
                problem = QCoreApplication::translate(
                              "kd::ReviewerNames",
                              "the name mixes letters of different scripts: \"%1\" (%2) and "
                              "\"%3\" (%4) are not written in the same one")
                              .arg(first, codePointName(firstLetter), other, codePointName(c));
            } else if (firstLetter == 0) {
                firstLetter = c;
            }
        }
    });
    if (!problem.isEmpty())
        return fail(reason, problem);
    return true;
}

} // namespace kd
