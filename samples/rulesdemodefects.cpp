// kd-rules-demo-defects: adds to the imported rules demo the defects a package cannot carry.
//
// samples/rules-demo/package.xml makes every rule fire that a valid package can express. The rest
// (malformed or duplicate uids and keys, dangling references, gaps in positions, control
// characters, a malformed colour, asset bytes that are not their type or an unsafe SVG) are
// refused by the package schema itself, and an approval that went stale, or a dilemma whose law
// changed since its approval, needs content changed after an approval, so the build writes them
// into build/samples/rules-demo.kdproj through the store after the import. Each entity is named
// after the rule it shows. The approvals are signed with the sample reviewer key (samples/keys/),
// which the demo trusts, so that they count and are not merely unsigned.

#include "crypto/reviewerkey.h"
#include "model/identifiers.h"
#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace kd;

namespace {

QString describe(const char *rule)
{
    return QStringLiteral("Laat de regel `%1` zien.").arg(QLatin1String(rule));
}

// The sample key is public on purpose; it is read without the owner-only check.
std::optional<ReviewerKey> sampleKey(const QString &path, QTextStream &err)
{
    QFile keyFile(path);
    QString keyError;
    auto key = keyFile.open(QIODevice::ReadOnly)
                   ? ReviewerKey::fromFile(keyFile.readAll(), QString(), &keyError)
                   : std::nullopt;
    if (!key)
        err << "kd-rules-demo-defects: " << path << ": " << keyError << keyFile.errorString()
            << Qt::endl;
    return key;
}

// An approval whose content has changed since (its hash is not the content's), signed with the
// sample key, which the demo then trusts.
bool addStaleApproval(ProjectStore &store, const Project &project, const ReviewerKey &key)
{
    const Dilemma *approved = nullptr;
    for (const Scenario &s : project.scenarios)
        for (const Segment &g : s.segments)
            for (const Dilemma &d : g.dilemmas)
                if (d.key == QLatin1String("too-few-options"))
                    approved = &d;
    if (!approved)
        return false;
    Review stale{Identifiers::createUid(),
                 approved->uid,
                 ReviewState::Approved,
                 QStringLiteral("approval-stale"),
                 QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
                 describe("approval-stale"),
                 QString(64, QLatin1Char('0'))};
    ApprovalSignature::sign(&stale, key);
    const TrustedReviewer reviewer{Identifiers::createUid(),
                                   key.name(),
                                   QString::fromLatin1(key.publicKey().toBase64()),
                                   key.fingerprint(),
                                   QStringLiteral("rules demo"),
                                   QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC)};
    return store.insert(reviewer) && store.insert(stale);
}

// A dilemma approved after a legal source it cites was approved, with the source changed since
// (its approval recorded other content): law-changed. The dilemma is a copy of the demo's
// dilemma without problems, so that this is the only rule it shows.
bool addLawChanged(ProjectStore &store, const Project &project, const ReviewerKey &key)
{
    const Segment *segment = nullptr;
    const Dilemma *model = nullptr;
    for (const Scenario &s : project.scenarios)
        for (const Segment &g : s.segments)
            for (const Dilemma &d : g.dilemmas)
                if (d.key == QLatin1String("geen-problemen")) {
                    segment = &g;
                    model = &d;
                }
    if (!model || model->legalReferences.isEmpty())
        return false;
    Dilemma dilemma = *model;
    dilemma.uid = Identifiers::createUid();
    dilemma.key = QStringLiteral("law-changed");
    dilemma.question = QStringLiteral("law-changed?");
    dilemma.situation = describe("law-changed");
    dilemma.position = int(segment->dilemmas.size());
    for (Option &o : dilemma.options)
        o.uid = Identifiers::createUid();
    for (LegalReference &r : dilemma.legalReferences)
        r.uid = Identifiers::createUid();
    Review source{Identifiers::createUid(),
                  dilemma.legalReferences.first().legalSourceUid,
                  ReviewState::Approved,
                  QStringLiteral("law-changed"),
                  QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
                  describe("law-changed"),
                  QString(64, QLatin1Char('1'))};
    ApprovalSignature::sign(&source, key);
    Review approval{Identifiers::createUid(),
                    dilemma.uid,
                    ReviewState::Approved,
                    QStringLiteral("law-changed"),
                    QDateTime(QDate(2026, 1, 6), QTime(9, 0), Qt::UTC),
                    describe("law-changed"),
                    ContentHash::of(dilemma)};
    ApprovalSignature::sign(&approval, key);
    return store.insert(segment->uid, dilemma) && store.insert(source) && store.insert(approval);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: kd-rules-demo-defects RULES-DEMO.kdproj SAMPLE_KEY.key" << Qt::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const auto key = sampleKey(QString::fromLocal8Bit(argv[2]), err);
    if (!key)
        return 2;
    StoreError error;
    auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadWrite, &error);
    Project project;
    if (!store || !store->load(&project) || project.themes.isEmpty()) {
        err << "kd-rules-demo-defects: " << path << ": "
            << (store ? store->lastError().message : error.message) << Qt::endl;
        return 2;
    }
    int themePosition = int(project.themes.size());
    auto theme = [&](const QString &uid, const QString &key, const char *rule, QString label = {}) {
        return Theme{uid, key, label.isEmpty() ? QLatin1String(rule) : label, describe(rule),
                     themePosition++};
    };

    WriteBatch tx(*store);
    bool ok = tx.isActive();
    // A uid that is not a UUID (the file only insists on its length).
    ok = ok
         && store->insert(theme(QStringLiteral("NIET-EEN-UUID-0000-0000-000000000000"),
                                QStringLiteral("invalid-uid"), "invalid-uid"));
    // A uid used twice: by a theme and by a glossary term.
    ok = ok
         && store->insert(GlossaryTerm{project.themes.first().uid, QStringLiteral("duplicate-uid"),
                                       QStringLiteral("duplicate-uid"), describe("duplicate-uid"),
                                       int(project.glossary.size())});
    ok = ok
         && store->insert(
             theme(Identifiers::createUid(), QStringLiteral("Geen Sleutel"), "invalid-key"));
    ok = ok
         && store->insert(
             theme(Identifiers::createUid(), project.themes.first().key, "duplicate-key"));
    ok = ok
         && store->insert(theme(Identifiers::createUid(), QStringLiteral("invalid-character"),
                                "invalid-character", QStringLiteral("invalid-character \u0001")));
    // A professional whose default sources name a source that does not exist.
    Professional dangling;
    dangling.uid = Identifiers::createUid();
    dangling.key = QStringLiteral("dangling-reference");
    dangling.title = QStringLiteral("dangling-reference");
    dangling.description = describe("dangling-reference");
    dangling.defaultLegalSourceUids = {Identifiers::createUid()};
    dangling.position = int(project.professionals.size());
    ok = ok && store->insert(dangling);
    // A glossary term placed after a gap in the positions.
    ok = ok
         && store->insert(
             GlossaryTerm{Identifiers::createUid(), QStringLiteral("non-contiguous-positions"),
                          QStringLiteral("non-contiguous-positions"),
                          describe("non-contiguous-positions"), int(project.glossary.size()) + 5});
    ok = ok
         && store->insert(LifeDomain{Identifiers::createUid(), QStringLiteral("invalid-colour"),
                                     QStringLiteral("invalid-colour"), QStringLiteral("groen"),
                                     int(project.lifeDomains.size())});
    // Asset bytes a package cannot carry (import refuses them): HTML that claims to be a PNG,
    // and an SVG with script.
    int assetPosition = int(project.assets.size());
    ok = ok
         && store->insert(Asset{Identifiers::createUid(),
                                QStringLiteral("asset-content-mismatch"),
                                QStringLiteral("asset-content-mismatch.png"),
                                QStringLiteral("image/png"),
                                QByteArray("<html><script>alert(1)</script></html>"),
                                assetPosition++,
                                {}});
    ok = ok
         && store->insert(Asset{Identifiers::createUid(),
                                QStringLiteral("unsafe-svg"),
                                QStringLiteral("unsafe-svg.svg"),
                                QStringLiteral("image/svg+xml"),
                                QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                                           "<script>alert(1)</script></svg>"),
                                assetPosition++,
                                {}});
    ok = ok && addStaleApproval(*store, project, *key);
    ok = ok && addLawChanged(*store, project, *key);
    if (!ok || !tx.commit()) {
        err << "kd-rules-demo-defects: " << path << ": " << store->lastError().message << Qt::endl;
        return 2;
    }
    return 0;
}
