#include "crypto/reviewerkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kd;

namespace {

// RFC 8032, section 7.1, TEST 1 and TEST 2.
const QByteArray rfcSecret1
    = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray rfcPublic1
    = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray rfcSignature1
    = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb882"
                          "1590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
const QByteArray rfcSecret2
    = QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");

const QString passphrase = QStringLiteral("correct horse battery staple");

ReviewerKey anna()
{
    return ReviewerKey::fromSecret(QStringLiteral("Anna de Vries"), rfcSecret1);
}

ReviewerKey otto()
{
    return ReviewerKey::fromSecret(QStringLiteral("Otto"), rfcSecret2);
}

QJsonObject objectOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray flipBit(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

// The mode bits that say who may do what (QFile::permissions adds the current user's own bits).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path)
           & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto ownerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

// Reviewer keys: Ed25519 signatures, the public and private key files (strict when read,
// owner-only on disk, the secret sealed under a passphrase), and reviewer names compared as
// people read them.
class tst_ReviewerKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void write(const QString &path, const QByteArray &bytes,
                      QFileDevice::Permissions permissions)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QVERIFY(QFile::setPermissions(path, permissions));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- Ed25519 ---

    void rfc8032KnownAnswer()
    {
        QCOMPARE(Ed25519::publicKeyOf(rfcSecret1).toHex(), rfcPublic1.toHex());
        QCOMPARE(Ed25519::sign(rfcSecret1, rfcPublic1, QByteArray()).toHex(),
                 rfcSignature1.toHex());
        QVERIFY(Ed25519::verify(rfcPublic1, QByteArray(), rfcSignature1));
        QCOMPARE(anna().sign(QByteArray()).toHex(), rfcSignature1.toHex());
    }

    void signAndVerify()
    {
        const ReviewerKey key = ReviewerKey::generate(QStringLiteral("  Anna  "));
        QCOMPARE(key.name(), QStringLiteral("Anna"));
        QCOMPARE(key.publicKey().size(), Ed25519::KeySize);
        const QByteArray message("approve dilemma 42 at hash abc");
        const QByteArray signature = key.sign(message);
        QCOMPARE(signature.size(), Ed25519::SignatureSize);
        QVERIFY(Ed25519::verify(key.publicKey(), message, signature));

        QVERIFY(!Ed25519::verify(key.publicKey(), "approve dilemma 43 at hash abc", signature));
        QVERIFY(!Ed25519::verify(key.publicKey(), message + ' ', signature));
        QVERIFY(!Ed25519::verify(key.publicKey(), QByteArray(), signature));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, flipBit(signature, 0)));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, flipBit(signature, 40)));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, flipBit(signature, 63)));
        QVERIFY(!Ed25519::verify(anna().publicKey(), message, signature));
        QVERIFY(!Ed25519::verify(flipBit(key.publicKey(), 5), message, signature));
    }

    void wrongSizes()
    {
        const ReviewerKey key = anna();
        const QByteArray message("m");
        const QByteArray signature = key.sign(message);
        QVERIFY(Ed25519::verify(key.publicKey(), message, signature));
        QVERIFY(!Ed25519::verify(key.publicKey().left(31), message, signature));
        QVERIFY(!Ed25519::verify(key.publicKey() + 'x', message, signature));
        QVERIFY(!Ed25519::verify(QByteArray(), message, signature));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, signature.left(63)));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, signature + 'x'));
        QVERIFY(!Ed25519::verify(key.publicKey(), message, QByteArray()));

        QVERIFY(Ed25519::publicKeyOf(rfcSecret1.left(31)).isEmpty());
        QVERIFY(Ed25519::publicKeyOf(QByteArray()).isEmpty());
        QVERIFY(Ed25519::sign(rfcSecret1.left(31), rfcPublic1, message).isEmpty());
        QVERIFY(Ed25519::sign(rfcSecret1, rfcPublic1 + 'x', message).isEmpty());
        QVERIFY(ReviewerKey::fromSecret(QStringLiteral("X"), "short").sign(message).isEmpty());
    }

    void newSecretsAreRandom()
    {
        const QByteArray a = Ed25519::newSecret();
        const QByteArray b = Ed25519::newSecret();
        QCOMPARE(a.size(), Ed25519::KeySize);
        QCOMPARE(b.size(), Ed25519::KeySize);
        QVERIFY(a != b);
        QVERIFY(ReviewerKey::generate(QStringLiteral("A")).fingerprint()
                != ReviewerKey::generate(QStringLiteral("A")).fingerprint());
    }

    void fingerprints()
    {
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(rfcPublic1, QCryptographicHash::Sha256).toHex());
        QCOMPARE(fingerprintOf(rfcPublic1), expected);
        QCOMPARE(anna().fingerprint(), expected);
        QCOMPARE(anna().publicPart().fingerprint(), expected);
        QCOMPARE(expected.size(), 64);
        QCOMPARE(shortFingerprint(QStringLiteral("3fa49c01deadbeef0123456789")),
                 QStringLiteral("3fa4 9c01 dead beef"));
        QCOMPARE(shortFingerprint(expected), expected.left(4) + u' ' + expected.mid(4, 4) + u' '
                                                 + expected.mid(8, 4) + u' ' + expected.mid(12, 4));
    }

    void defaultPaths()
    {
        const QString dir = ReviewerKey::defaultDirectory();
        QCOMPARE(dir, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                          + QLatin1String("/kiezen-en-delen/keys"));
        const QString fp = anna().fingerprint();
        QCOMPARE(ReviewerKey::defaultPath(fp), dir + u'/' + fp.left(16) + QLatin1String(".key"));
    }

    // --- Public key files ---

    void publicKeyFile()
    {
        const PublicKey key = anna().publicPart();
        const QByteArray bytes = key.toFile();
        QCOMPARE(key.toFile(), bytes);
        const QByteArray expected
            = "{\n"
              "    \"algorithm\": \"ed25519\",\n"
              "    \"fingerprint\": \""
              + anna().fingerprint().toLatin1()
              + "\",\n"
                "    \"format\": \"kd-public-key/1\",\n"
                "    \"name\": \"Anna de Vries\",\n"
                "    \"publicKey\": \"11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n"
                "}\n";
        QCOMPARE(bytes, expected);
        QString error;
        const std::optional<PublicKey> read = PublicKey::fromFile(bytes, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->name, key.name);
        QCOMPARE(read->key, key.key);

        write(path(QStringLiteral("anna.pub")), bytes,
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const std::optional<PublicKey> fromDisk
            = PublicKey::read(path(QStringLiteral("anna.pub")), &error);
        QVERIFY2(fromDisk, qPrintable(error));
        QCOMPARE(fromDisk->key, key.key);
        QVERIFY(!PublicKey::read(path(QStringLiteral("nothing.pub")), &error));
        QVERIFY(!error.isEmpty());
    }

    void publicKeyFileRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = objectOf(anna().publicPart().toFile());
        const auto with = [&](const char *member, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(QLatin1String(member), value);
            return bytesOf(o);
        };
        const auto without = [&](const char *member) {
            QJsonObject o = good;
            o.remove(QLatin1String(member));
            return bytesOf(o);
        };
        const QString otherKey = QString::fromLatin1(otto().publicKey().toBase64());
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "not JSON";
        QTest::newRow("format") << with("format", QStringLiteral("kd-public-key/2")) << "format";
        QTest::newRow("private format") << anna().toFile({}) << "format";
        QTest::newRow("algorithm") << with("algorithm", QStringLiteral("ed448")) << "algorithm";
        QTest::newRow("no name") << without("name") << "no name";
        QTest::newRow("blank name") << with("name", QStringLiteral("  ")) << "no name";
        QTest::newRow("name not text") << with("name", 7) << "no name";
        QTest::newRow("bad base64")
            << with("publicKey", QStringLiteral("11qYAYKx*rfV")) << "base64";
        QTest::newRow("no key") << without("publicKey") << "base64";
        QTest::newRow("short key")
            << with("publicKey", QString::fromLatin1(rfcPublic1.left(31).toBase64())) << "31 bytes";
        QTest::newRow("fingerprint") << with("fingerprint", otto().fingerprint()) << "fingerprint";
        QTest::newRow("fingerprint upper case")
            << with("fingerprint", anna().fingerprint().toUpper()) << "fingerprint";
        QTest::newRow("no fingerprint") << without("fingerprint") << "fingerprint";
        QTest::newRow("key swapped") << with("publicKey", otherKey) << "fingerprint";
        QTest::newRow("too large") << QByteArray(64 * 1024 + 1, ' ') << "64 KiB";
    }

    void publicKeyFileRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PublicKey::fromFile(bytes, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // --- Private key files ---

    void plainPrivateKeyFile()
    {
        const QByteArray bytes = anna().toFile({});
        QCOMPARE(anna().toFile({}), bytes);
        QVERIFY(!ReviewerKey::needsPassphrase(bytes));
        const QJsonObject o = objectOf(bytes);
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("kd-private-key/1"));
        QCOMPARE(o.value(QLatin1String("secretKey")).toString().toLatin1(), rfcSecret1.toBase64());
        QString error;
        // A passphrase given for a plain file does not matter.
        for (const QString &given : {QString(), passphrase}) {
            const std::optional<ReviewerKey> key = ReviewerKey::fromFile(bytes, given, &error);
            QVERIFY2(key, qPrintable(error));
            QCOMPARE(key->name(), QStringLiteral("Anna de Vries"));
            QCOMPARE(key->publicKey(), rfcPublic1);
            QCOMPARE(key->sign(QByteArray()), rfcSignature1);
        }
    }

    void protectedPrivateKeyFile()
    {
        const QByteArray bytes = anna().toFile(passphrase);
        QVERIFY(ReviewerKey::needsPassphrase(bytes));
        QVERIFY(!bytes.contains(rfcSecret1.toBase64()));
        QVERIFY(!bytes.contains(rfcSecret1.toHex()));
        const QJsonObject o = objectOf(bytes);
        QVERIFY(!o.contains(QLatin1String("secretKey")));
        const QJsonObject protection = o.value(QLatin1String("protection")).toObject();
        QCOMPARE(protection.value(QLatin1String("kdf")).toString(),
                 QStringLiteral("pbkdf2-hmac-sha256"));
        QCOMPARE(protection.value(QLatin1String("cipher")).toString(),
                 QStringLiteral("chacha20-poly1305"));
        QCOMPARE(protection.value(QLatin1String("iterations")).toInt(), 200000);
        const auto decoded = [&](const char *member) {
            return QByteArray::fromBase64(
                protection.value(QLatin1String(member)).toString().toLatin1());
        };
        QCOMPARE(decoded("salt").size(), 16);
        QCOMPARE(decoded("nonce").size(), 12);
        QCOMPARE(decoded("sealed").size(), 32 + 16);

        QString error;
        const std::optional<ReviewerKey> key = ReviewerKey::fromFile(bytes, passphrase, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->name(), QStringLiteral("Anna de Vries"));
        QCOMPARE(key->sign(QByteArray()), rfcSignature1);

        QVERIFY(!ReviewerKey::fromFile(bytes, passphrase + u'!', &error));
        QVERIFY2(error.contains(QLatin1String("wrong passphrase")), qPrintable(error));
        QVERIFY(!ReviewerKey::fromFile(bytes, {}, &error));
        QVERIFY2(error.contains(QLatin1String("passphrase is needed")), qPrintable(error));

        // Salt and nonce are new each time.
        const QJsonObject again
            = objectOf(anna().toFile(passphrase)).value(QLatin1String("protection")).toObject();
        QVERIFY(again.value(QLatin1String("salt")) != protection.value(QLatin1String("salt")));
        QVERIFY(again.value(QLatin1String("nonce")) != protection.value(QLatin1String("nonce")));
    }

    void privateKeyFileRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = objectOf(anna().toFile({}));
        const auto with = [&](QJsonObject o, const char *member, const QJsonValue &value) {
            o.insert(QLatin1String(member), value);
            return bytesOf(o);
        };
        const QString ottoKey = QString::fromLatin1(otto().publicKey().toBase64());
        QTest::newRow("format") << with(good, "format", QStringLiteral("kd-public-key/1"))
                                << "format";
        QTest::newRow("public file") << anna().publicPart().toFile() << "format";
        QTest::newRow("fingerprint")
            << with(good, "fingerprint", otto().fingerprint()) << "fingerprint";
        QTest::newRow("public key swapped") << with(good, "publicKey", ottoKey) << "fingerprint";
        QJsonObject swapped = good;
        swapped.insert(QLatin1String("publicKey"), ottoKey);
        swapped.insert(QLatin1String("fingerprint"), otto().fingerprint());
        QTest::newRow("public key and fingerprint swapped")
            << bytesOf(swapped) << "does not belong";
        QTest::newRow("no name") << with(good, "name", QString()) << "no name";
        QTest::newRow("short secret")
            << with(good, "secretKey", QString::fromLatin1(rfcSecret1.left(16).toBase64()))
            << "16 bytes";
        QTest::newRow("bad secret") << with(good, "secretKey", QStringLiteral("!!")) << "base64";
        QJsonObject none = good;
        none.remove(QLatin1String("secretKey"));
        QTest::newRow("no secret") << bytesOf(none) << "no secret key";
        QTest::newRow("both") << with(
            good, "protection",
            objectOf(anna().toFile(passphrase)).value(QLatin1String("protection")))
                              << "both";
    }

    void privateKeyFileRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ReviewerKey::fromFile(bytes, passphrase, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void protectedKeyFileTampered_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = objectOf(anna().toFile(passphrase));
        const QJsonObject protection = good.value(QLatin1String("protection")).toObject();
        const auto withProtection = [&](const char *member, const QJsonValue &value) {
            QJsonObject p = protection;
            p.insert(QLatin1String(member), value);
            QJsonObject o = good;
            o.insert(QLatin1String("protection"), p);
            return bytesOf(o);
        };
        const auto changed = [&](const char *member, qsizetype at) {
            const QByteArray bytes = QByteArray::fromBase64(
                protection.value(QLatin1String(member)).toString().toLatin1());
            return QString::fromLatin1(flipBit(bytes, at).toBase64());
        };
        // The sealed secret moved under another public key: its associated data no longer
        // matches, so it does not open.
        QJsonObject moved = good;
        moved.insert(QLatin1String("publicKey"),
                     QString::fromLatin1(otto().publicKey().toBase64()));
        moved.insert(QLatin1String("fingerprint"), otto().fingerprint());
        QTest::newRow("moved to another key") << bytesOf(moved) << "wrong passphrase";
        QTest::newRow("sealed") << withProtection("sealed", changed("sealed", 3))
                                << "wrong passphrase";
        QTest::newRow("tag") << withProtection("sealed", changed("sealed", 47))
                             << "wrong passphrase";
        QTest::newRow("nonce") << withProtection("nonce", changed("nonce", 0))
                               << "wrong passphrase";
        QTest::newRow("too few iterations") << withProtection("iterations", 9999) << "9999";
        QTest::newRow("too many iterations")
            << withProtection("iterations", 10000001) << "10000001";
        QTest::newRow("fractional iterations")
            << withProtection("iterations", 20000.5) << "iteration";
        QTest::newRow("iterations as text")
            << withProtection("iterations", QStringLiteral("200000")) << "iteration";
        QTest::newRow("kdf") << withProtection("kdf", QStringLiteral("scrypt")) << "scrypt";
        QTest::newRow("cipher") << withProtection("cipher", QStringLiteral("aes-256-gcm"))
                                << "aes-256-gcm";
        QTest::newRow("short salt")
            << withProtection("salt", QString::fromLatin1(QByteArray(8, 'x').toBase64())) << "salt";
        QTest::newRow("short sealed")
            << withProtection("sealed", QString::fromLatin1(QByteArray(47, 'x').toBase64()))
            << "sealed";
    }

    void protectedKeyFileTampered()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ReviewerKey::fromFile(bytes, passphrase, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // --- Files on disk ---

    void saveIsPrivateWhateverTheUmask()
    {
        // The folder and a folder above it are new; the umask would let everyone read both.
        const QString dir = path(QStringLiteral("config/keys"));
        const QString file = dir + QLatin1String("/anna.key");
        const mode_t saved = ::umask(0);
        QString error;
        const bool saved1 = anna().save(file, {}, &error);
        ::umask(saved);
        QVERIFY2(saved1, qPrintable(error));
        QCOMPARE(modeOf(file), ownerOnlyFile);
        QCOMPARE(modeOf(dir), ownerOnlyFolder);
        QCOMPARE(modeOf(path(QStringLiteral("config"))), ownerOnlyFolder);

        const std::optional<ReviewerKey> loaded = ReviewerKey::load(file, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->publicKey(), rfcPublic1);
        QVERIFY(!ReviewerKey::fileNeedsPassphrase(file));

        // An existing file is never replaced, not even by the same key.
        QFile before(file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        QVERIFY(!otto().save(file, {}, &error));
        QVERIFY2(error.contains(QLatin1String("exists")), qPrintable(error));
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{"anna.key"});
    }

    void saveInExistingFolderKeepsItsMode()
    {
        const QString dir = path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        QVERIFY(QFile::setPermissions(dir, mode));
        QString error;
        const QString file = dir + QLatin1String("/anna.key");
        QVERIFY2(anna().save(file, passphrase, &error), qPrintable(error));
        QCOMPARE(modeOf(dir), mode);
        QCOMPARE(modeOf(file), ownerOnlyFile);
        QVERIFY(ReviewerKey::fileNeedsPassphrase(file));
        QVERIFY(!ReviewerKey::load(file, {}, &error));
        QVERIFY2(error.contains(QLatin1String("passphrase is needed")), qPrintable(error));
        const std::optional<ReviewerKey> loaded = ReviewerKey::load(file, passphrase, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->fingerprint(), anna().fingerprint());
    }

    void loadRefusesWhatOthersMayRead_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620") << 0620;
        QTest::newRow("0601") << 0601;
    }

    void loadRefusesWhatOthersMayRead()
    {
        QFETCH(int, mode);
        const QString file = path(QStringLiteral("open-%1.key").arg(mode, 0, 8));
        write(file, anna().toFile({}), ownerOnlyFile);
        QVERIFY(::chmod(QFile::encodeName(file).constData(), mode_t(mode)) == 0);
        QString error;
        QVERIFY(!ReviewerKey::load(file, {}, &error));
        QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
        QVERIFY2(ReviewerKey::load(file, {}, &error), qPrintable(error));
    }

    void loadRefusesLargeAndMissingFiles()
    {
        const QString large = path(QStringLiteral("large.key"));
        write(large, anna().toFile({}) + QByteArray(64 * 1024, ' '), ownerOnlyFile);
        QString error;
        QVERIFY(!ReviewerKey::load(large, {}, &error));
        QVERIFY2(error.contains(QLatin1String("64 KiB")), qPrintable(error));
        QVERIFY(!ReviewerKey::load(path(QStringLiteral("missing.key")), {}, &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!ReviewerKey::fileNeedsPassphrase(path(QStringLiteral("missing.key"))));
        QVERIFY(!ReviewerKey::load(m_dir.path(), {}, &error));
    }

    // --- Reviewer names ---

    void looksAlike_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("alike");
        const QString anna = QStringLiteral("Anna de Vries");
        QTest::newRow("same") << anna << anna << true;
        QTest::newRow("case and spaces") << anna << QStringLiteral("  anna  de\tvries ") << true;
        QTest::newRow("no-break space") << anna << QStringLiteral("Anna\u00A0de Vries") << true;
        QTest::newRow("zero-width space") << anna << QStringLiteral("Anna de\u200B Vries") << true;
        QTest::newRow("soft hyphen") << anna << QStringLiteral("An\u00ADna de Vries") << true;
        QTest::newRow("bidi mark") << anna << QStringLiteral("\u200FAnna de Vries") << true;
        QTest::newRow("bidi override") << anna << QStringLiteral("Anna de \u202AVries") << true;
        QTest::newRow("hangul filler") << anna << QStringLiteral("Anna\u3164de Vries") << true;
        QTest::newRow("cyrillic A")
            << QStringLiteral("Anna") << QStringLiteral("\u0410nna") << true;
        QTest::newRow("cyrillic a, o, e")
            << QStringLiteral("Joke Roos") << QStringLiteral("Jok\u0435 R\u043E\u043Es") << true;
        QTest::newRow("greek capitals")
            << QStringLiteral("NIKO") << QStringLiteral("\u039D\u0399\u039A\u039F") << true;
        QTest::newRow("greek small")
            << QStringLiteral("kato") << QStringLiteral("\u03BA\u03B1\u03C4\u03BF") << true;
        QTest::newRow("acute") << QStringLiteral("Anna") << QStringLiteral("\u00C1nna") << true;
        QTest::newRow("combining acute")
            << QStringLiteral("Anna") << QStringLiteral("A\u0301nna") << true;
        QTest::newRow("compatibility forms")
            << QStringLiteral("Anna") << QStringLiteral("\uFF21\uFF4E\uFF4E\uFF41") << true;
        QTest::newRow("mathematical bold (surrogates)")
            << QStringLiteral("Anna") << QString::fromUcs4(U"\U0001D400nna") << true;
        QTest::newRow("other name") << anna << QStringLiteral("Anna de Vos") << false;
        QTest::newRow("word break") << anna << QStringLiteral("Annade Vries") << false;
        QTest::newRow("digit is not a letter")
            << QStringLiteral("Otto") << QStringLiteral("0tto") << false;
    }

    void looksAlike()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, alike);
        QCOMPARE(ReviewerNames::looksAlike(a, b), alike);
        QCOMPARE(ReviewerNames::looksAlike(b, a), alike);
    }

    void skeleton()
    {
        QCOMPARE(ReviewerNames::skeleton(QStringLiteral("  Anna \u200B de\u00A0\u00A0Vries\n")),
                 QStringLiteral("anna de vries"));
        QCOMPARE(ReviewerNames::skeleton(QStringLiteral("Jos\u00E9 N\u00FA\u00F1ez")),
                 QStringLiteral("jose nunez"));
        QCOMPARE(ReviewerNames::skeleton(QStringLiteral("\u200B\u00AD")), QString());
    }

    void isAcceptable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // empty: acceptable
        QTest::newRow("plain") << QStringLiteral("Anna de Vries") << QString();
        QTest::newRow("accents") << QStringLiteral("Jos\u00E9 N\u00FA\u00F1ez") << QString();
        QTest::newRow("apostrophe, hyphen, digits")
            << QStringLiteral("Jan-Willem 't Hart 2") << QString();
        QTest::newRow("greek") << QStringLiteral("\u03A9\u03BC\u03AD\u03B3\u03B1") << QString();
        QTest::newRow("cyrillic") << QStringLiteral("\u0410\u043D\u043D\u0430") << QString();
        QTest::newRow("japanese") << QStringLiteral("\u5C71\u7530 \u305F\u308D\u3046") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("zero-width space")
            << QStringLiteral("Anna\u200B") << QStringLiteral("invisible");
        QTest::newRow("soft hyphen") << QStringLiteral("An\u00ADna") << QStringLiteral("U+00AD");
        QTest::newRow("bidi override")
            << QStringLiteral("\u202EAnna") << QStringLiteral("invisible");
        QTest::newRow("hangul filler")
            << QStringLiteral("Anna\u3164") << QStringLiteral("invisible");
        QTest::newRow("bell") << QStringLiteral("Anna\u0007") << QStringLiteral("control");
        QTest::newRow("tab") << QStringLiteral("Anna\tde Vries") << QStringLiteral("control");
        QTest::newRow("cyrillic A in latin")
            << QStringLiteral("\u0410nna") << QStringLiteral("scripts");
        QTest::newRow("greek Omega in latin")
            << QStringLiteral("\u03A9mega") << QStringLiteral("U+03A9");
        QTest::newRow("lone surrogate")
            << (QStringLiteral("Anna") + QChar(0xD800)) << QStringLiteral("U+D800");
        QTest::newRow("private use") << QStringLiteral("Anna\uE000") << QStringLiteral("U+E000");
    }

    void isAcceptable()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QString why;
        QCOMPARE(ReviewerNames::isAcceptable(name, &why), reason.isEmpty());
        if (!reason.isEmpty())
            QVERIFY2(why.contains(reason), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewerKey)
#include "tst_reviewerkey.moc"
