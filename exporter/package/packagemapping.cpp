#include "packagemapping.h"

#include "assetnames.h"

#include "crypto/reviewerkey.h"
#include "crypto/sha256.h"
#include "model/description.h"
#include "model/entitykind.h"
#include "model/identifiers.h"
#include "review/reviewledger.h"
#include "text/markdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace kd {
namespace {

using Presence = PackageSource::Presence;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Messages are English, the source language, and translated where they are made: the editor
// installs the Dutch translator, kdtool installs none and prints these exact English words.
// Whole sentences per kind, so that a translation can give each noun its own article; the
// English names the kind as the format does ("legal-source"), which kdtool's output keeps.
QString notInPackage(EntityKind kind)
{
    switch (kind) {
    case EntityKind::LifeDomain:
        return QCoreApplication::translate("kd::PackageMapping",
                                           "'%1' is not a life-domain in this package");
    case EntityKind::Professional:
        return QCoreApplication::translate("kd::PackageMapping",
                                           "'%1' is not a professional in this package");
    case EntityKind::LegalSource:
        return QCoreApplication::translate("kd::PackageMapping",
                                           "'%1' is not a legal-source in this package");
    case EntityKind::Theme:
        return QCoreApplication::translate("kd::PackageMapping",
                                           "'%1' is not a theme in this package");
    case EntityKind::Asset:
        return QCoreApplication::translate("kd::PackageMapping",
                                           "'%1' is not a asset in this package");
    default:
        // No other kind is referred to by uid in a package.
        return QStringLiteral("'%1' is not a ") + toName(kind) + QStringLiteral(" in this package");
    }
}

// --- writing ----------------------------------------------------------------------------------

// Writes each entity from its description: its element, then its published fields in the
// description's order (names as in the model), each owned kind's list right after the field
// the kinds table places it after, and what a kind adds of its own (an asset's file and hash,
// a draft dilemma's review state).
class Writer
{
public:
    Writer(bool includeReviewNotes, bool draft, PackageSink &sink)
        : m_notes(includeReviewNotes)
        , m_draft(draft)
        , m_sink(sink)
    {}

    // Everything before the scenarios, and the start of their list.
    void begin(const Project &p)
    {
        if (m_draft) {
            m_histories = ReviewLedger::histories(p.reviews);
            m_trust.emplace(p);
        }
        for (const LegalSource &s : p.legalSources)
            m_reviewable.insert(s.uid);
        const QStringList files = AssetNames::assign(p.assets);
        for (qsizetype i = 0; i < p.assets.size(); ++i)
            m_assetFiles.insert(p.assets.at(i).uid, files.at(i));
        m_sink.beginPackage(PackageMapping::FormatVersion);
        element(p.info);
        // In the package's order: every target before what refers to it.
        forEachTopLevelKind([&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (isRegister<T>)
                list(p.*Described<T>::list);
        });
        m_sink.beginList(describe(EntityKind::Scenario).list);
    }

    void write(const Scenario &s) { element(s); }

    // The end of the scenarios' list and everything after it.
    void end(const Project &p)
    {
        m_sink.endList();

        // The keys that check the approvals' signatures; who the reviewers are, and who added
        // them when, is staff data. Absent when the project trusts no reviewer, so packages of
        // such projects are as before.
        if (!p.trustedReviewers.isEmpty()) {
            m_sink.beginList("trustedReviewers");
            for (const TrustedReviewer &t : p.trustedReviewers) {
                m_sink.beginObject("trustedReviewer");
                m_sink.identifier("uid", t.uid);
                m_sink.text("fingerprint", t.fingerprint);
                m_sink.text("publicKey", t.publicKey);
                if (m_notes) {
                    m_sink.text("name", t.name);
                    m_sink.text("addedBy", t.addedBy);
                    m_sink.text("addedAt", timeText(t.addedAt));
                }
                m_sink.endObject();
            }
            m_sink.endList();
        }

        m_sink.beginList("reviews");
        for (const Review &r : p.reviews) {
            if (!m_reviewable.contains(r.entityUid))
                continue;
            m_sink.beginObject("review");
            m_sink.identifier("uid", r.uid);
            m_sink.text("entityUid", r.entityUid);
            m_sink.text("state", toName(r.state));
            m_sink.text("time", timeText(r.time));
            m_sink.text("contentHash", r.contentHash);
            if (!r.signature.isEmpty()) {
                m_sink.text("keyFingerprint", r.keyFingerprint);
                m_sink.text("signature", r.signature);
            }
            if (m_notes) {
                m_sink.text("reviewer", r.reviewer);
                m_sink.text("comment", r.comment);
            }
            m_sink.endObject();
        }
        m_sink.endList();

        // Review threads are staff data too. Absent when there are none, so that packages of
        // projects without threads are as before; notes on items not written are left out, as
        // their reviews are.
        if (m_notes) {
            QList<const ReviewNote *> notes;
            for (const ReviewNote &n : p.reviewNotes) {
                if (m_reviewable.contains(n.entityUid))
                    notes.append(&n);
            }
            if (!notes.isEmpty()) {
                m_sink.beginList(describe(EntityKind::ReviewNote).list);
                for (const ReviewNote *n : std::as_const(notes))
                    element(*n);
                m_sink.endList();
            }
        }

        if (m_notes) {
            m_sink.beginList("changeLog");
            for (const ChangeLogEntry &e : p.changeLog) {
                m_sink.beginObject("entry");
                m_sink.text("time", timeText(e.time));
                m_sink.text("author", e.author);
                m_sink.text("entityUid", e.entityUid);
                m_sink.text("field", e.field);
                m_sink.text("summary", e.summary);
                m_sink.endObject();
            }
            m_sink.endList();
        }
        m_sink.endPackage();
    }

private:
    template<typename T>
    void list(const QList<T> &entities)
    {
        m_sink.beginList(describe(Described<T>::kind).list);
        for (const T &entity : entities)
            element(entity);
        m_sink.endList();
    }

    template<typename T>
    void element(const T &entity)
    {
        m_sink.beginObject(describe(Described<T>::kind).element);
        for (const Field<T> &field : Described<T>::fields()) {
            if (field.d.has(FieldFlag::Unpublished))
                continue;
            std::visit(
                [&](auto member) {
                    // A field added later is written only when used, so packages of content
                    // that does not use it stay as they were (schema/FORMAT.md, changelog).
                    if (!field.d.has(FieldFlag::LaterInForm) || !isEmptyValue(entity.*member))
                        value(field.d, entity.*member);
                },
                field.member);
            forEachOwnedKind<T>([&](auto tag) {
                using C = typename decltype(tag)::Type;
                if (qstrcmp(describe(Described<C>::kind).listAfter, field.d.name) == 0)
                    list(entity.*Described<C>::inOwner);
            });
        }
        own(entity);
        m_sink.endObject();
    }

    static bool isEmptyValue(const QString &text) { return text.isEmpty(); }
    static bool isEmptyValue(const QDate &day) { return !day.isValid(); }
    static bool isEmptyValue(const std::optional<int> &number) { return !number; }
    template<typename V>
    static bool isEmptyValue(const V &)
    {
        return false;
    }

    void value(const FieldDescription &d, const QString &text)
    {
        if (d.type == ValueType::Uid || qstrcmp(d.name, "key") == 0)
            m_sink.identifier(d.name, text);
        else if (d.type == ValueType::Markdown)
            m_sink.formatted(d.name, text, text.isNull() ? QString() : Markdown::toHtml(text));
        else if (d.type == ValueType::Reference && !d.has(FieldFlag::InPackage))
            // An optional reference that is empty rather than null names nothing either.
            m_sink.text(d.name, text.isEmpty() ? QString() : text);
        else
            m_sink.text(d.name, text);
    }
    void value(const FieldDescription &d, const QStringList &uids) { m_sink.uidList(d.name, uids); }
    void value(const FieldDescription &d, const QDate &date)
    {
        m_sink.text(d.name, dateText(date));
    }
    void value(const FieldDescription &d, const QDateTime &time)
    {
        m_sink.text(d.name, timeText(time));
    }
    void value(const FieldDescription &d, std::optional<int> number)
    {
        m_sink.integer(d.name, number);
    }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
    void value(const FieldDescription &d, E choice)
    {
        m_sink.text(d.name, toName(choice));
    }
    // Positions and bytes are never published as members (FieldFlag::Unpublished).
    void value(const FieldDescription &, int) {}
    void value(const FieldDescription &, const QByteArray &) {}

    // What a kind writes beyond its described fields.
    template<typename T>
    void own(const T &)
    {}
    void own(const Asset &a)
    {
        m_sink.text("file", m_assetFiles.value(a.uid));
        m_sink.text("sha256", Sha256::hex(a.data));
    }
    void own(const Dilemma &d)
    {
        m_reviewable.insert(d.uid);
        if (m_draft) {
            const ReviewStatus status
                = ReviewLedger::statusOf(d, m_histories.value(d.uid), *m_trust);
            // An approval that does not count (unsigned, unknown key, ...) is "unverified".
            m_sink.text("reviewState", status.isApprovedUnverified() ? QStringLiteral("unverified")
                                       : status.stale                ? QStringLiteral("stale")
                                                                     : toName(status.state));
        }
    }

    bool m_notes;
    bool m_draft;
    PackageSink &m_sink;
    // A draft's review states, from each dilemma's records; the reviews written after the
    // scenarios are those of the dilemmas and legal sources written.
    QHash<QString, QList<Review>> m_histories;
    std::optional<ApprovalTrust> m_trust; // of the project begin() was given, which outlives it
    QSet<QString> m_reviewable;
    QHash<QString, QString> m_assetFiles; // uid -> its file in the package
};

// --- reading ----------------------------------------------------------------------------------

// The checks the XSD makes for XML, made again here so that JSON gets them too: identifiers,
// required values, vocabularies, dates, and references that must name an entity of the right
// kind read earlier (the package lists every target before what refers to it).
class Reader
{
public:
    bool read(PackageSource &root, Project *p, QList<PackageMapping::AssetFile> *assetFiles,
              const PackageMapping::ScenarioSink &onScenario)
    {
        m_assetFiles = assetFiles;
        auto info = root.object(describe(EntityKind::Project).element);
        if (!info)
            return false;
        p->info = element<ProjectInfo>(*info);
        info->finish();
        // In the package's order: every target before what refers to it.
        forEachTopLevelKind([&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (isRegister<T>)
                p->*Described<T>::list = list<T>(root);
        });
        if (!readScenarios(root, p, onScenario))
            return false;
        readTrustedReviewers(root, p);
        readReviews(root, p);
        readReviewNotes(root, p);
        readChangeLog(root, p);
        root.finish();
        return !root.failed();
    }

private:
    // The entities of one list, each from its description (Writer::element), numbered from 0.
    template<typename T>
    QList<T> list(PackageSource &src)
    {
        const KindDescription &kind = describe(Described<T>::kind);
        m_ownerKeys[int(kind.kind)].clear(); // keys unique within their owner start again
        QList<T> entities;
        QSet<QString> uids;
        int position = 0;
        for (const auto &item : src.list(kind.list, kind.element)) {
            T entity = element<T>(*item);
            entity.position = position++;
            item->finish();
            uids.insert(entity.uid);
            entities.append(std::move(entity));
        }
        if (kind.parent != EntityKind::Project)
            m_ownersOwn[int(kind.kind)] = uids;
        return entities;
    }

    template<typename T>
    T element(PackageSource &src)
    {
        T entity;
        for (const Field<T> &field : Described<T>::fields()) {
            if (field.d.has(FieldFlag::Unpublished))
                continue;
            std::visit(
                [&](auto member) { value(src, Described<T>::kind, field.d, &(entity.*member)); },
                field.member);
            forEachOwnedKind<T>([&](auto tag) {
                using C = typename decltype(tag)::Type;
                if (qstrcmp(describe(Described<C>::kind).listAfter, field.d.name) == 0)
                    entity.*Described<C>::inOwner = list<C>(src);
            });
        }
        own(src, &entity);
        return entity;
    }

    void value(PackageSource &src, EntityKind kind, const FieldDescription &d, QString *text)
    {
        const bool isRequired = d.has(FieldFlag::InPackage);
        if (d.type == ValueType::Uid)
            *text = uid(src, d.name, kind);
        else if (qstrcmp(d.name, "key") == 0)
            *text = key(src, kind);
        else if (d.type == ValueType::Reference)
            *text = reference(src, d.name, d.refersTo, isRequired);
        else if (d.type == ValueType::Markdown)
            *text = src.formatted(d.name);
        else
            *text = isRequired ? required(src, d.name) : src.text(d.name, presenceOf(d));
        if (d.type == ValueType::Colour && !src.failed() && !text->isEmpty()
            && !Identifiers::isValidColour(*text))
            src.fail(d.name, QCoreApplication::translate("kd::PackageMapping",
                                                         "'%1' is not a colour like #1a2b3c")
                                 .arg(*text));
    }
    void value(PackageSource &src, EntityKind, const FieldDescription &d, QStringList *uids)
    {
        if (describe(d.refersTo).parent == EntityKind::Project) {
            *uids = references(src, d.name, d.refersTo);
            return;
        }
        // Entities that are not top-level (a scenario's persons) are named within their owner.
        *uids = src.uidList(d.name);
        for (const QString &uid : std::as_const(*uids)) {
            if (!src.failed() && !m_ownersOwn[int(d.refersTo)].contains(uid))
                src.fail(d.name, QCoreApplication::translate(
                                     "kd::PackageMapping", "'%1' is not a person of this scenario")
                                     .arg(uid));
        }
    }
    void value(PackageSource &src, EntityKind, const FieldDescription &d, QDate *day)
    {
        *day = date(src, d.name, presenceOf(d));
    }
    // A field added later may be missing from a package of an earlier build.
    static PackageSource::Presence presenceOf(const FieldDescription &d)
    {
        return d.has(FieldFlag::LaterInForm) ? PackageSource::Presence::Optional
                                             : PackageSource::Presence::Required;
    }
    void value(PackageSource &src, EntityKind, const FieldDescription &d, QDateTime *moment)
    {
        *moment = time(src, d.name, d.has(FieldFlag::InPackage));
    }
    void value(PackageSource &src, EntityKind, const FieldDescription &d,
               std::optional<int> *number)
    {
        *number = src.integer(d.name, presenceOf(d));
    }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
    void value(PackageSource &src, EntityKind, const FieldDescription &d, E *choice)
    {
        const QString name = required(src, d.name);
        if (!fromName(name, choice) && !src.failed())
            src.fail(d.name, unknownName(name, d.choices()));
    }
    // Positions and bytes are never members (FieldFlag::Unpublished).
    void value(PackageSource &, EntityKind, const FieldDescription &, int *) {}
    void value(PackageSource &, EntityKind, const FieldDescription &, QByteArray *) {}

    // What a kind reads and checks beyond its described fields.
    template<typename T>
    void own(PackageSource &, T *)
    {}
    void own(PackageSource &src, ProjectInfo *info)
    {
        // The schemas' ranges (docs/rules.md, "Plain-language limits").
        const auto inRange
            = [&src](const char *name, const std::optional<int> &limit, int least, int most) {
                  if (!src.failed() && limit && (*limit < least || *limit > most))
                      src.fail(name, QCoreApplication::translate("kd::PackageMapping",
                                                                 "%1 is not a number from %2 to %3")
                                         .arg(*limit)
                                         .arg(least)
                                         .arg(most));
              };
        inRange("minimumReadingEase", info->minimumReadingEase, 0, 120);
        inRange("maximumAverageSentence", info->maximumAverageSentence, 1, 500);
        inRange("maximumSentence", info->maximumSentence, 1, 500);
    }
    void own(PackageSource &src, Person *person)
    {
        if (!src.failed() && person->age && (*person->age < 0 || *person->age > 130))
            src.fail("age", QCoreApplication::translate("kd::PackageMapping",
                                                        "%1 is not an age from 0 to 130")
                                .arg(*person->age));
    }
    void own(PackageSource &src, Asset *a)
    {
        a->data = QByteArray("");
        const QString file = required(src, "file");
        const QString hash = required(src, "sha256");
        if (!src.failed() && !AssetNames::isSafePath(file))
            src.fail("file", QCoreApplication::translate("kd::PackageMapping",
                                                         "'%1' is not a safe asset path")
                                 .arg(file));
        else if (!src.failed() && m_files.contains(file.toLower()))
            src.fail("file",
                     QCoreApplication::translate("kd::PackageMapping", "'%1' is used by two assets")
                         .arg(file));
        else if (!src.failed() && !isHash(hash))
            src.fail("sha256",
                     QCoreApplication::translate("kd::PackageMapping", "'%1' is not a SHA-256")
                         .arg(hash));
        m_files.insert(file.toLower());
        m_assetFiles->append({a->uid, file, hash});
    }
    void own(PackageSource &src, Dilemma *)
    {
        // Derived from the reviews and the content (a draft package's courtesy to front ends);
        // the review records are what import keeps, so the value is only checked.
        const QString reviewState = src.text("reviewState", Presence::Optional);
        if (!reviewState.isEmpty() && reviewState != QLatin1String("stale")
            && reviewState != QLatin1String("unverified") && !reviewStateFromName(reviewState)
            && !src.failed()) {
            QStringList names = reviewStateNames();
            names.append(QStringLiteral("stale"));
            src.fail("reviewState", unknownName(reviewState, names));
        }
    }

    bool readScenarios(PackageSource &root, Project *p,
                       const PackageMapping::ScenarioSink &onScenario)
    {
        // One scenario at a time: a streaming source holds no more, and onScenario may write
        // each away before the next is read.
        const KindDescription &kind = describe(EntityKind::Scenario);
        int position = 0;
        bool stopped = false;
        root.forEach(kind.list, kind.element, [&](PackageSource &src) {
            Scenario s = element<Scenario>(src);
            s.position = position++;
            src.finish();
            if (src.failed())
                return false;
            if (!onScenario) {
                p->scenarios.append(std::move(s));
                return true;
            }
            stopped = !onScenario(std::move(s));
            return !stopped;
        });

        return !stopped && !root.failed();
    }

    void readTrustedReviewers(PackageSource &root, Project *p)
    {
        QSet<QString> fingerprints;
        root.forEach(
            "trustedReviewers", "trustedReviewer",
            [&](PackageSource &item) {
                PackageSource *src = &item;
                TrustedReviewer t;
                t.uid = uid(*src, "uid", EntityKind::TrustedReviewer);
                t.fingerprint = required(*src, "fingerprint");
                t.publicKey = required(*src, "publicKey");
                const QByteArray key = QByteArray::fromBase64(t.publicKey.toLatin1());
                if (!src->failed()
                    && (key.size() != Ed25519::KeySize
                        || QString::fromLatin1(key.toBase64()) != t.publicKey))
                    src->fail("publicKey", QCoreApplication::translate(
                                               "kd::PackageMapping",
                                               "'%1' is not an Ed25519 public key in base64")
                                               .arg(t.publicKey));
                else if (!src->failed() && fingerprintOf(key) != t.fingerprint)
                    src->fail("fingerprint",
                              QCoreApplication::translate("kd::PackageMapping",
                                                          "'%1' is not the fingerprint of the key")
                                  .arg(t.fingerprint));
                else if (!src->failed() && fingerprints.contains(t.fingerprint))
                    src->fail("fingerprint", QCoreApplication::translate(
                                                 "kd::PackageMapping", "the key %1 is listed twice")
                                                 .arg(t.fingerprint));
                fingerprints.insert(t.fingerprint);
                t.name = src->text("name", Presence::Optional);
                t.addedBy = src->text("addedBy", Presence::Optional);
                const QString addedAt = src->text("addedAt", Presence::Optional);
                t.addedAt = QDateTime::fromString(addedAt, Qt::ISODateWithMs).toUTC();
                if (!addedAt.isEmpty() && !src->failed() && timeText(t.addedAt) != addedAt)
                    src->fail("addedAt", QCoreApplication::translate(
                                             "kd::PackageMapping",
                                             "'%1' is not a UTC time like 2026-03-01T09:30:00.000Z")
                                             .arg(addedAt));
                src->finish();
                p->trustedReviewers.append(t);
                return !src->failed();
            },
            Presence::Optional);
    }

    void readReviews(PackageSource &root, Project *p)
    {
        root.forEach("reviews", "review", [&](PackageSource &item) {
            PackageSource *src = &item;
            Review r;
            r.uid = uid(*src, "uid", EntityKind::Review);
            r.entityUid = required(*src, "entityUid");
            if (!src->failed() && m_kinds.value(r.entityUid) != EntityKind::Dilemma
                && m_kinds.value(r.entityUid) != EntityKind::LegalSource)
                src->fail("entityUid", QCoreApplication::translate(
                                           "kd::PackageMapping",
                                           "'%1' is not a dilemma or legal source in this package")
                                           .arg(r.entityUid));
            const QString state = required(*src, "state");
            if (const auto value = reviewStateFromName(state))
                r.state = *value;
            else if (!src->failed())
                src->fail("state", unknownName(state, reviewStateNames()));
            r.time = time(*src, "time", false);
            r.contentHash = src->text("contentHash");
            if (!src->failed() && !r.contentHash.isEmpty() && !isHash(r.contentHash))
                src->fail("contentHash",
                          QCoreApplication::translate("kd::PackageMapping", "'%1' is not a SHA-256")
                              .arg(r.contentHash));
            r.keyFingerprint = src->text("keyFingerprint", Presence::Optional);
            r.signature = src->text("signature", Presence::Optional);
            if (!src->failed()
                && (r.keyFingerprint.isEmpty() != r.signature.isEmpty()
                    || (!r.keyFingerprint.isEmpty() && !isHash(r.keyFingerprint))))
                src->fail("keyFingerprint",
                          QCoreApplication::translate(
                              "kd::PackageMapping",
                              "a signature needs the fingerprint of its key, and the other way "
                              "round"));
            r.reviewer = src->text("reviewer", Presence::Optional);
            r.comment = src->text("comment", Presence::Optional);
            src->finish();
            p->reviews.append(r);
            return !src->failed();
        });
    }

    // Notes name a dilemma or legal source of the package and, for an answer or resolution, a
    // question on the same item that comes before them (the writer keeps them oldest first).
    void readReviewNotes(PackageSource &root, Project *p)
    {
        const KindDescription &kind = describe(EntityKind::ReviewNote);
        QHash<QString, QString> questions; // uid -> the entity it is about
        root.forEach(
            kind.list, kind.element,
            [&](PackageSource &item) {
                PackageSource *src = &item;
                ReviewNote n;
                n.uid = uid(*src, "uid", EntityKind::ReviewNote);
                n.entityUid = required(*src, "entityUid");
                if (!src->failed() && m_kinds.value(n.entityUid) != EntityKind::Dilemma
                    && m_kinds.value(n.entityUid) != EntityKind::LegalSource)
                    src->fail("entityUid",
                              QCoreApplication::translate(
                                  "kd::PackageMapping",
                                  "'%1' is not a dilemma or legal source in this package")
                                  .arg(n.entityUid));
                n.threadUid = src->text("threadUid");
                const QString kindName = required(*src, "kind");
                if (!fromName(kindName, &n.kind) && !src->failed())
                    src->fail("kind", unknownName(kindName, reviewNoteKindNames()));
                n.author = src->text("author");
                n.time = time(*src, "time", false);
                n.text = src->text("text");
                checkThread(*src, n, questions);
                if (n.kind != ReviewNoteKind::Resolution && n.text.trimmed().isEmpty()
                    && !src->failed())
                    src->fail("text", QCoreApplication::translate(
                                          "kd::PackageMapping", "a question or answer needs text"));
                if (n.kind == ReviewNoteKind::Question)
                    questions.insert(n.uid, n.entityUid);
                src->finish();
                p->reviewNotes.append(n);
                return !src->failed();
            },
            Presence::Optional);
    }

    static void checkThread(PackageSource &src, const ReviewNote &n,
                            const QHash<QString, QString> &questions)
    {
        if (src.failed())
            return;
        if (n.kind == ReviewNoteKind::Question) {
            if (!n.threadUid.isEmpty())
                src.fail("threadUid",
                         QCoreApplication::translate("kd::PackageMapping",
                                                     "a question opens a thread; it names none"));
            return;
        }
        const auto question = questions.constFind(n.threadUid);
        if (question == questions.cend())
            src.fail("threadUid", QCoreApplication::translate(
                                      "kd::PackageMapping",
                                      "'%1' is not a review question before this note in this "
                                      "package")
                                      .arg(n.threadUid));
        else if (*question != n.entityUid)
            src.fail("threadUid",
                     QCoreApplication::translate("kd::PackageMapping",
                                                 "the review thread '%1' is about another item")
                         .arg(n.threadUid));
    }

    void readChangeLog(PackageSource &root, Project *p)
    {
        root.forEach(
            "changeLog", "entry",
            [&](PackageSource &item) {
                PackageSource *src = &item;
                ChangeLogEntry e;
                e.time = time(*src, "time", true);
                e.author = src->text("author");
                e.entityUid = src->text("entityUid");
                if (!src->failed() && !e.entityUid.isNull()
                    && !Identifiers::isValidUid(e.entityUid))
                    src->fail("entityUid",
                              QCoreApplication::translate("kd::PackageMapping", "'%1' is not a uid")
                                  .arg(e.entityUid));
                e.field = src->text("field");
                e.summary = src->text("summary");
                src->finish();
                p->changeLog.append(e);
                return !src->failed();
            },
            Presence::Optional);
    }

    QString uid(PackageSource &src, const char *name, EntityKind kind)
    {
        const QString value = src.identifier(name);
        if (src.failed())
            return value;
        if (!Identifiers::isValidUid(value))
            src.fail(
                name,
                QCoreApplication::translate("kd::PackageMapping", "'%1' is not a uid").arg(value));
        else if (m_kinds.contains(value))
            src.fail(name,
                     QCoreApplication::translate("kd::PackageMapping", "the uid %1 is used twice")
                         .arg(value));
        else
            m_kinds.insert(value, kind);
        return value;
    }

    // Keys are unique within their kind, or within their owner (KeyScope::Parent: a segment's
    // within its scenario).
    QString key(PackageSource &src, EntityKind kind)
    {
        const QString value = src.identifier("key");
        if (src.failed())
            return value;
        QSet<QString> &keys = describe(kind).keyScope == KeyScope::Parent ? m_ownerKeys[int(kind)]
                                                                          : m_keys[int(kind)];
        if (!Identifiers::isValidKey(value))
            src.fail("key", QCoreApplication::translate("kd::PackageMapping",
                                                        "'%1' is not a key like 'familie-de-vries'")
                                .arg(value));
        else if (keys.contains(value))
            src.fail("key",
                     QCoreApplication::translate("kd::PackageMapping", "the key '%1' is used twice")
                         .arg(value));
        keys.insert(value);
        return value;
    }

    QString required(PackageSource &src, const char *name)
    {
        const QString value = src.text(name);
        if (!src.failed() && value.isEmpty())
            src.fail(name,
                     QCoreApplication::translate("kd::PackageMapping", "a value is required"));
        return value;
    }

    QString reference(PackageSource &src, const char *name, EntityKind kind, bool isRequired)
    {
        const QString value = src.text(name);
        if (src.failed())
            return value;
        if (value.isNull()) {
            if (isRequired)
                src.fail(name,
                         QCoreApplication::translate("kd::PackageMapping", "a value is required"));
            return value;
        }
        checkReference(src, name, value, kind);
        return value;
    }

    QStringList references(PackageSource &src, const char *name, EntityKind kind)
    {
        const QStringList values = src.uidList(name);
        for (const QString &value : values)
            checkReference(src, name, value, kind);
        return values;
    }

    void checkReference(PackageSource &src, const char *name, const QString &value, EntityKind kind)
    {
        if (src.failed())
            return;
        if (m_kinds.value(value, EntityKind::Project) != kind || !m_kinds.contains(value))
            src.fail(name, notInPackage(kind).arg(value));
    }

    QDate date(PackageSource &src, const char *name,
               PackageSource::Presence presence = PackageSource::Presence::Required)
    {
        const QString value = src.text(name, presence);
        if (value.isNull() || src.failed())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || date.toString(Qt::ISODate) != value)
            src.fail(name, QCoreApplication::translate("kd::PackageMapping",
                                                       "'%1' is not a date like 2026-03-01")
                               .arg(value));
        return date;
    }

    QDateTime time(PackageSource &src, const char *name, bool isRequired)
    {
        const QString value = isRequired ? required(src, name) : src.text(name);
        if (value.isNull() || src.failed())
            return {};
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
        if (!time.isValid() || timeText(time) != value)
            src.fail(name, QCoreApplication::translate(
                               "kd::PackageMapping",
                               "'%1' is not a UTC time like 2026-03-01T09:30:00.000Z")
                               .arg(value));
        return time;
    }

    static QString unknownName(const QString &value, const QStringList &names)
    {
        return QCoreApplication::translate("kd::PackageMapping", "'%1' is not one of %2")
            .arg(value, names.join(QStringLiteral(", ")));
    }

    static bool isHash(const QString &value)
    {
        if (value.size() != 64)
            return false;
        for (const QChar c : value) {
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return false;
        }
        return true;
    }

    QHash<QString, EntityKind> m_kinds;
    QHash<int, QSet<QString>> m_keys;
    QHash<int, QSet<QString>> m_ownerKeys; // KeyScope::Parent: the keys within the owner read now
    QHash<int, QSet<QString>> m_ownersOwn; // owned kinds: the uids of the owner read now
    QList<PackageMapping::AssetFile> *m_assetFiles = nullptr;
    QSet<QString> m_files; // the assets' files, lower case
};

} // namespace

struct PackageMapping::StreamWriter::Private
{
    Writer writer;
};

PackageMapping::StreamWriter::StreamWriter(PackageSink &sink, bool includeReviewNotes, bool draft)
    : d(new Private{Writer(includeReviewNotes, draft, sink)})
{}

PackageMapping::StreamWriter::~StreamWriter() = default;

void PackageMapping::StreamWriter::begin(const Project &registers)
{
    d->writer.begin(registers);
}

void PackageMapping::StreamWriter::scenario(const Scenario &scenario)
{
    d->writer.write(scenario);
}

void PackageMapping::StreamWriter::end(const Project &registers)
{
    d->writer.end(registers);
}

void PackageMapping::write(const Project &project, bool includeReviewNotes, PackageSink &sink,
                           bool draft)
{
    StreamWriter writer(sink, includeReviewNotes, draft);
    writer.begin(project);
    for (const Scenario &scenario : project.scenarios)
        writer.scenario(scenario);
    writer.end(project);
}

bool PackageMapping::read(PackageSource &source, Project *project, QList<AssetFile> *assetFiles,
                          const ScenarioSink &onScenario)
{
    *project = Project();
    assetFiles->clear();
    return Reader().read(source, project, assetFiles, onScenario);
}

} // namespace kd
