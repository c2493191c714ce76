#include "commandline.h"

#include "package/packagereader.h"
#include "review/reviewledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <unistd.h>

// The commands of signed approvals (schema/FORMAT.md, "Signed approvals"): reviewer keys, a
// project's trusted reviewers, signed review decisions, and checking a signed package.
namespace kd::cli {
namespace {

QString publicPathFor(const QString &keyPath)
{
    return keyPath.endsWith(QLatin1String(".key")) ? keyPath.chopped(4) + QStringLiteral(".pub")
                                                   : keyPath + QStringLiteral(".pub");
}

// A new passphrase: KD_KEY_PASSPHRASE when set (empty: none), else none.
QString newPassphrase()
{
    return qEnvironmentVariable("KD_KEY_PASSPHRASE");
}

int runKeyNew(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("key new"),
                           {},
                           QStringLiteral("kdtool key new --name NAME [--out FILE.key]")};
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Your name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Where to keep the private key."),
                                       QStringLiteral("FILE"));
    parser.addOptions({nameOption, outOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString name = parser.value(nameOption).trimmed();
    QString reason;
    if (!parser.isSet(nameOption))
        return fail({}, QStringLiteral("missing --name NAME; usage: ") + spec.usage);
    if (!ReviewerNames::isAcceptable(name, &reason))
        return fail({}, QStringLiteral("--name: %1").arg(reason));
    const ReviewerKey key = ReviewerKey::generate(name);
    const QString path = parser.isSet(outOption) ? parser.value(outOption)
                                                 : ReviewerKey::defaultPath(key.fingerprint());
    const QString publicPath = publicPathFor(path);
    if (QFileInfo::exists(publicPath) || QFileInfo(publicPath).isSymLink())
        return fail(publicPath, QStringLiteral("exists; refusing to replace it"));
    if (!key.save(path, newPassphrase(), &reason))
        return fail(path, reason);
    QSaveFile publicFile(publicPath);
    if (!publicFile.open(QIODevice::WriteOnly) || publicFile.write(key.publicPart().toFile()) < 0
        || !publicFile.commit())
        return fail(publicPath, publicFile.errorString());
    out() << "created key " << shortFingerprint(key.fingerprint()) << " for " << name << '\n'
          << "  private key: " << QDir::toNativeSeparators(path) << " (only you may read it)\n"
          << "  public key:  " << QDir::toNativeSeparators(publicPath)
          << " (give this to whoever manages a project)" << Qt::endl;
    return ExitOk;
}

int runKeyList(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("key list"), {}, QStringLiteral("kdtool key list")};
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QDir dir(ReviewerKey::defaultDirectory());
    const QStringList files = dir.entryList({QStringLiteral("*.key")}, QDir::Files, QDir::Name);
    out() << QDir::toNativeSeparators(dir.path()) << ": " << files.size() << " keys\n";
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        const QJsonObject o = f.open(QIODevice::ReadOnly) && f.size() < 65536
                                  ? QJsonDocument::fromJson(f.readAll()).object()
                                  : QJsonObject();
        out() << "  " << file << ": " << o.value(QLatin1String("name")).toString() << ", key "
              << shortFingerprint(o.value(QLatin1String("fingerprint")).toString())
              << (o.contains(QLatin1String("protection")) ? ", protected by a passphrase" : "")
              << '\n';
    }
    out().flush();
    return ExitOk;
}

int runKeyPublic(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("key public"),
                           {QStringLiteral("KEY")},
                           QStringLiteral("kdtool key public FILE.key")};
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const auto key = loadReviewerKey(parser.positionalArguments().constFirst(), &exitCode);
    if (!key)
        return exitCode;
    out() << key->publicPart().toFile();
    out().flush();
    return ExitOk;
}

} // namespace

int runKey(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{"new", runKeyNew}, {"list", runKeyList}, {"public", runKeyPublic}},
                         QStringLiteral("kdtool key new|list|public ..."));
}

namespace {

QJsonObject toJson(const TrustedReviewer &t)
{
    return {{QStringLiteral("uid"), t.uid},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("fingerprint"), t.fingerprint},
            {QStringLiteral("publicKey"), t.publicKey},
            {QStringLiteral("addedBy"), t.addedBy},
            {QStringLiteral("addedAt"), t.addedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

int runReviewersList(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("reviewers list"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool reviewers list PROJECT [--json]")};
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    StreamedProject project;
    if (!project.open(path, &exitCode))
        return exitCode;
    const QList<TrustedReviewer> &list = project.registers().trustedReviewers;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TrustedReviewer &t : list)
            array.append(toJson(t));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        out() << path << ": " << list.size() << " trusted reviewers\n";
        for (const TrustedReviewer &t : list)
            out() << "  " << t.name << ": key " << shortFingerprint(t.fingerprint) << ", added by "
                  << (t.addedBy.isEmpty() ? QStringLiteral("(not recorded)") : t.addedBy) << " on "
                  << t.addedAt.toUTC().date().toString(Qt::ISODate) << '\n';
    }
    out().flush();
    return ExitOk;
}

// One trusted reviewer added or removed, with its change-log row, in one transaction.
int changeTrust(const QString &path, ProjectStore &store, const TrustedReviewer &reviewer, bool add,
                const QString &author, const Project &project)
{
    WriteBatch batch(store);
    ChangeLogEntry entry{0,
                         QDateTime::currentDateTimeUtc(),
                         author,
                         project.info.uid,
                         QLatin1String(TrustedReviewers::logField),
                         add ? TrustedReviewers::addedSummary(reviewer)
                             : TrustedReviewers::removedSummary(reviewer)};
    const bool ok = batch.isActive()
                    && (add ? store.insert(reviewer)
                            : store.remove(EntityKind::TrustedReviewer, reviewer.uid))
                    && store.append(&entry) && batch.commit();
    if (!ok)
        return failStore(path, store.lastError());
    return ExitOk;
}

int runReviewersAdd(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("reviewers add"),
                           {QStringLiteral("PROJECT"), QStringLiteral("PUBLIC_KEY_FILE")},
                           QStringLiteral("kdtool reviewers add PROJECT KEY.pub [--name NAME] "
                                          "[--as YOUR_NAME]")};
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("The reviewer's name (default: the key "
                                                       "file's)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QStringLiteral("Your name, for the change log."),
                                      QStringLiteral("NAME"));
    parser.addOptions({nameOption, asOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(0);
    const auto key = loadPublicKey(parser.positionalArguments().at(1), &exitCode);
    if (!key)
        return exitCode;
    auto store = openProject(path, ProjectStore::OpenMode::ReadWrite, &exitCode);
    Project project;
    if (!store)
        return exitCode;
    if (!store->loadRegisters(&project))
        return failStore(path, store->lastError());
    QString reason;
    const auto reviewer
        = TrustedReviewers::make(project, *key, parser.value(nameOption),
                                 actingName(*store, parser.value(asOption)), &reason);
    if (!reviewer)
        return fail(path, QStringLiteral("refused: %1").arg(reason), ExitContent);
    if (const int code = changeTrust(path, *store, *reviewer, true, reviewer->addedBy, project))
        return code;
    out() << "trusted " << reviewer->name << " (key " << shortFingerprint(reviewer->fingerprint)
          << ") in " << path << Qt::endl;
    return ExitOk;
}

int runReviewersRemove(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("reviewers remove"),
                           {QStringLiteral("PROJECT"), QStringLiteral("REVIEWER")},
                           QStringLiteral("kdtool reviewers remove PROJECT FINGERPRINT|NAME "
                                          "[--as YOUR_NAME]")};
    QCommandLineParser parser;
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QStringLiteral("Your name, for the change log."),
                                      QStringLiteral("NAME"));
    parser.addOption(asOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(0);
    auto store = openProject(path, ProjectStore::OpenMode::ReadWrite, &exitCode);
    Project project;
    if (!store)
        return exitCode;
    if (!store->loadRegisters(&project))
        return failStore(path, store->lastError());
    const QString wanted = parser.positionalArguments().at(1);
    const TrustedReviewer *found = TrustedReviewers::find(project, wanted);
    if (!found)
        return fail(path,
                    QStringLiteral("no single trusted reviewer '%1' (give a name or at least 16 "
                                   "characters of a fingerprint; see kdtool reviewers list)")
                        .arg(wanted),
                    ExitContent);
    const TrustedReviewer reviewer = *found;
    qsizetype approvals = 0;
    for (const Review &r : std::as_const(project.reviews))
        approvals += r.state == ReviewState::Approved && r.keyFingerprint == reviewer.fingerprint;
    if (const int code = changeTrust(path, *store, reviewer, false,
                                     actingName(*store, parser.value(asOption)), project))
        return code;
    out() << "removed " << reviewer.name << " (key " << shortFingerprint(reviewer.fingerprint)
          << ") from the trusted reviewers of " << path << "; " << approvals
          << " approvals signed with that key no longer count" << Qt::endl;
    return ExitOk;
}

} // namespace

int runReviewers(const QStringList &arguments)
{
    return runSubcommand(
        arguments,
        {{"list", runReviewersList}, {"add", runReviewersAdd}, {"remove", runReviewersRemove}},
        QStringLiteral("kdtool reviewers list|add|remove PROJECT ..."));
}

namespace {

// The uid of the dilemma or legal source ENTITY names: a uid, a key, or a key path ending in
// "dilemma/KEY" or "legal-source/KEY" (as validate and review print them).
QString entityUid(const Project &project, const QString &entity)
{
    const QString key = entity.section(u'/', -1);
    for (const Scenario &scenario : project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == key || d.key == key)
                    return d.uid;
    for (const LegalSource &s : project.legalSources)
        if (s.uid == key || s.key == key)
            return s.uid;
    return {};
}

} // namespace

int runApprove(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("approve"),
                           {QStringLiteral("PROJECT"), QStringLiteral("ENTITY")},
                           QStringLiteral("kdtool approve PROJECT DILEMMA|LEGAL_SOURCE --key "
                                          "FILE.key [--comment TEXT] [--request-changes]")};
    QCommandLineParser parser;
    const QCommandLineOption keyOption(
        QStringLiteral("key"), QStringLiteral("Your private key file."), QStringLiteral("FILE"));
    const QCommandLineOption commentOption(QStringLiteral("comment"), QStringLiteral("A comment."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption changesOption(QStringLiteral("request-changes"),
                                           QStringLiteral("Request changes instead."));
    parser.addOptions({keyOption, commentOption, changesOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(keyOption))
        return fail({}, QStringLiteral("missing --key FILE.key; usage: ") + spec.usage);
    const QString path = parser.positionalArguments().at(0);
    const auto key = loadReviewerKey(parser.value(keyOption), &exitCode);
    if (!key)
        return exitCode;
    auto store = openProject(path, ProjectStore::OpenMode::ReadWrite, &exitCode);
    Project project;
    if (!store)
        return exitCode;
    if (!store->load(&project))
        return failStore(path, store->lastError());
    const QString entity = parser.positionalArguments().at(1);
    const QString uid = entityUid(project, entity);
    if (uid.isEmpty())
        return fail(path, QStringLiteral("no dilemma or legal source '%1'").arg(entity),
                    ExitContent);
    QString reason;
    const ReviewState decision
        = parser.isSet(changesOption) ? ReviewState::ChangesRequested : ReviewState::Approved;
    auto review
        = ReviewLedger(project).decide(uid, decision, *key, parser.value(commentOption), &reason);
    if (!review)
        return fail(path, QStringLiteral("refused: %1").arg(reason), ExitContent);
    // On a server project the review is the login's (the server checks it); the key signs it.
    if (store->isServer())
        review->reviewer = store->identity().login;
    WriteBatch batch(*store);
    ChangeLogEntry entry{0,
                         review->time,
                         review->reviewer,
                         uid,
                         QStringLiteral("review"),
                         QStringLiteral("review: %1").arg(toName(decision))};
    if (!batch.isActive() || !store->insert(*review) || !store->append(&entry) || !batch.commit())
        return failStore(path, store->lastError());
    out() << toName(decision) << ' ' << entity << " as " << review->reviewer << " (key "
          << shortFingerprint(review->keyFingerprint) << ')' << Qt::endl;
    return ExitOk;
}

int runVerify(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("verify"),
                           {QStringLiteral("PACKAGE")},
                           QStringLiteral("kdtool verify PACKAGE --key PUBLIC_KEY_FILE")};
    QCommandLineParser parser;
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("The publisher's public key file."),
                                       QStringLiteral("FILE"));
    parser.addOption(keyOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(keyOption))
        return fail({}, QStringLiteral("missing --key PUBLIC_KEY_FILE; usage: ") + spec.usage);
    const auto key = loadPublicKey(parser.value(keyOption), &exitCode);
    if (!key)
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    PackageError error;
    if (!PackageReader::verify(path, *key, &error))
        return failPackage(error);
    out() << path << ": intact, signed by " << key->name << " (key "
          << shortFingerprint(key->fingerprint()) << ')' << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
