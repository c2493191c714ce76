#include "packagemapping.h"

#include "assetnames.h"

#include "crypto/sha256.h"
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
        if (m_draft)
            m_histories = ReviewLedger::histories(p.reviews);
        for (const LegalSource &s : p.legalSources)
            m_reviewable.insert(s.uid);
        m_sink.beginPackage(PackageMapping::FormatVersion);
        m_sink.beginObject("project");
        m_sink.identifier("uid", p.info.uid);
        m_sink.text("title", p.info.title);
        formatted("description", p.info.description);
        m_sink.text("publisher", p.info.publisher);
        m_sink.text("language", p.info.language);
        m_sink.endObject();

        m_sink.beginList("lifeDomains");
        for (const LifeDomain &d : p.lifeDomains) {
            begin("lifeDomain", d.uid, d.key);
            m_sink.text("label", d.label);
            m_sink.text("colour", d.colour);
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("assets");
        const QStringList files = AssetNames::assign(p.assets);
        for (qsizetype i = 0; i < p.assets.size(); ++i) {
            const Asset &a = p.assets.at(i);
            begin("asset", a.uid, a.key);
            m_sink.text("name", a.name);
            m_sink.text("mediaType", a.mediaType);
            m_sink.text("file", files.at(i));
            m_sink.text("sha256", Sha256::hex(a.data));
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("legalSources");
        for (const LegalSource &s : p.legalSources) {
            begin("legalSource", s.uid, s.key);
            m_sink.text("shortTitle", s.shortTitle);
            m_sink.text("fullTitle", s.fullTitle);
            m_sink.text("pinpoint", s.pinpoint);
            m_sink.text("identifier", s.identifier);
            m_sink.text("url", s.url);
            m_sink.text("validFrom", dateText(s.validFrom));
            m_sink.text("validUntil", dateText(s.validUntil));
            m_sink.text("reviewBy", dateText(s.reviewBy));
            formatted("summary", s.summary);
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("professionals");
        for (const Professional &pr : p.professionals) {
            begin("professional", pr.uid, pr.key);
            m_sink.text("title", pr.title);
            formatted("description", pr.description);
            m_sink.text("secrecy", toName(pr.secrecy));
            m_sink.uidList("defaultLegalSourceUids", pr.defaultLegalSourceUids);
            m_sink.text("iconAssetUid", optionalReference(pr.iconAssetUid));
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("themes");
        for (const Theme &t : p.themes) {
            begin("theme", t.uid, t.key);
            m_sink.text("label", t.label);
            formatted("description", t.description);
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("glossary");
        for (const GlossaryTerm &g : p.glossary) {
            begin("glossaryTerm", g.uid, g.key);
            m_sink.text("term", g.term);
            formatted("definition", g.definition);
            m_sink.endObject();
        }
        m_sink.endList();

        m_sink.beginList("scenarios");
    }

    // The end of the scenarios' list and everything after it.
    void end(const Project &p)
    {
        m_sink.endList();

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
            if (m_notes) {
                m_sink.text("reviewer", r.reviewer);
                m_sink.text("comment", r.comment);
            }
            m_sink.endObject();
        }
        m_sink.endList();

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
    void begin(const char *name, const QString &uid, const QString &key)
    {
        m_sink.beginObject(name);
        m_sink.identifier("uid", uid);
        m_sink.identifier("key", key);
    }

    // An optional reference that is empty rather than null names nothing either.
    static QString optionalReference(const QString &uid) { return uid.isEmpty() ? QString() : uid; }

    void formatted(const char *name, const QString &markdown)
    {
        m_sink.formatted(name, markdown,
                         markdown.isNull() ? QString() : Markdown::toHtml(markdown));
    }

public:
    void write(const Scenario &s)
    {
        begin("scenario", s.uid, s.key);
        m_sink.text("title", s.title);
        formatted("summary", s.summary);
        m_sink.text("calamityBasis", s.calamityBasis);
        m_sink.text("coverAssetUid", optionalReference(s.coverAssetUid));
        m_sink.beginList("persons");
        for (const Person &person : s.persons) {
            m_sink.beginObject("person");
            m_sink.identifier("uid", person.uid);
            m_sink.text("name", person.name);
            m_sink.text("role", person.role);
            m_sink.integer("age", person.age);
            formatted("description", person.description);
            m_sink.endObject();
        }
        m_sink.endList();
        m_sink.beginList("segments");
        for (const Segment &seg : s.segments) {
            begin("segment", seg.uid, seg.key);
            m_sink.text("title", seg.title);
            m_sink.text("periodLabel", seg.periodLabel);
            formatted("narrative", seg.narrative);
            m_sink.uidList("lifeDomainUids", seg.lifeDomainUids);
            m_sink.uidList("personUids", seg.personUids);
            m_sink.beginList("dilemmas");
            for (const Dilemma &d : seg.dilemmas) {
                m_reviewable.insert(d.uid);
                write(d);
            }
            m_sink.endList();
            m_sink.endObject();
        }
        m_sink.endList();
        m_sink.endObject();
    }

private:
    void write(const Dilemma &d)
    {
        begin("dilemma", d.uid, d.key);
        m_sink.text("professionalUid", d.professionalUid);
        m_sink.text("question", d.question);
        formatted("situation", d.situation);
        formatted("considerations", d.considerations);
        formatted("solutionDirection", d.solutionDirection);
        m_sink.beginList("options");
        for (const Option &o : d.options) {
            m_sink.beginObject("option");
            m_sink.identifier("uid", o.uid);
            m_sink.text("label", o.label);
            formatted("feedback", o.feedback);
            m_sink.text("assessment", toName(o.assessment));
            m_sink.endObject();
        }
        m_sink.endList();
        m_sink.beginList("legalReferences");
        for (const LegalReference &r : d.legalReferences) {
            m_sink.beginObject("legalReference");
            m_sink.identifier("uid", r.uid);
            m_sink.text("legalSourceUid", r.legalSourceUid);
            m_sink.text("pinpoint", r.pinpoint);
            m_sink.text("note", r.note);
            m_sink.endObject();
        }
        m_sink.endList();
        m_sink.uidList("themeUids", d.themeUids);
        if (m_draft) {
            const ReviewStatus status = ReviewLedger::statusOf(d, m_histories.value(d.uid));
            m_sink.text("reviewState",
                        status.stale ? QStringLiteral("stale") : toName(status.state));
        }
        m_sink.endObject();
    }

    bool m_notes;
    bool m_draft;
    PackageSink &m_sink;
    // A draft's review states, from each dilemma's records; the reviews written after the
    // scenarios are those of the dilemmas and legal sources written.
    QHash<QString, QList<Review>> m_histories;
    QSet<QString> m_reviewable;
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
        // In the package's order: every target before what refers to it.
        if (!readInfo(root, p))
            return false;
        readLifeDomains(root, p);
        readAssets(root, p, assetFiles);
        readLegalSources(root, p);
        readProfessionals(root, p);
        readThemes(root, p);
        readGlossary(root, p);
        if (!readScenarios(root, p, onScenario))
            return false;
        readReviews(root, p);
        readChangeLog(root, p);
        root.finish();
        return !root.failed();
    }

private:
    bool readInfo(PackageSource &root, Project *p)
    {
        auto info = root.object("project");
        if (!info)
            return false;
        p->info.uid = uid(*info, "uid", EntityKind::Project);
        p->info.title = required(*info, "title");
        p->info.description = info->formatted("description");
        p->info.publisher = info->text("publisher");
        p->info.language = required(*info, "language");
        info->finish();
        return true;
    }

    void readLifeDomains(PackageSource &root, Project *p)
    {
        int position = 0;
        for (const auto &src : root.list("lifeDomains", "lifeDomain")) {
            LifeDomain d;
            d.uid = uid(*src, "uid", EntityKind::LifeDomain);
            d.key = key(*src, EntityKind::LifeDomain);
            d.label = required(*src, "label");
            d.colour = required(*src, "colour");
            if (!src->failed() && !Identifiers::isValidColour(d.colour))
                src->fail("colour", QCoreApplication::translate("kd::PackageMapping",
                                                                "'%1' is not a colour like #1a2b3c")
                                        .arg(d.colour));
            d.position = position++;
            src->finish();
            p->lifeDomains.append(d);
        }
    }

    void readAssets(PackageSource &root, Project *p, QList<PackageMapping::AssetFile> *assetFiles)
    {
        int position = 0;
        QSet<QString> files;
        for (const auto &src : root.list("assets", "asset")) {
            Asset a;
            a.uid = uid(*src, "uid", EntityKind::Asset);
            a.key = key(*src, EntityKind::Asset);
            a.name = required(*src, "name");
            a.mediaType = required(*src, "mediaType");
            a.data = QByteArray("");
            a.position = position++;
            const QString file = required(*src, "file");
            const QString hash = required(*src, "sha256");
            if (!src->failed() && !AssetNames::isSafePath(file))
                src->fail("file", QCoreApplication::translate("kd::PackageMapping",
                                                              "'%1' is not a safe asset path")
                                      .arg(file));
            else if (!src->failed() && files.contains(file.toLower()))
                src->fail("file", QCoreApplication::translate("kd::PackageMapping",
                                                              "'%1' is used by two assets")
                                      .arg(file));
            else if (!src->failed() && !isHash(hash))
                src->fail("sha256",
                          QCoreApplication::translate("kd::PackageMapping", "'%1' is not a SHA-256")
                              .arg(hash));
            files.insert(file.toLower());
            src->finish();
            p->assets.append(a);
            assetFiles->append({a.uid, file, hash});
        }
    }

    void readLegalSources(PackageSource &root, Project *p)
    {
        int position = 0;
        for (const auto &src : root.list("legalSources", "legalSource")) {
            LegalSource s;
            s.uid = uid(*src, "uid", EntityKind::LegalSource);
            s.key = key(*src, EntityKind::LegalSource);
            s.shortTitle = required(*src, "shortTitle");
            s.fullTitle = src->text("fullTitle");
            s.pinpoint = src->text("pinpoint");
            s.identifier = src->text("identifier");
            s.url = src->text("url");
            s.validFrom = date(*src, "validFrom");
            s.validUntil = date(*src, "validUntil");
            s.reviewBy = date(*src, "reviewBy");
            s.summary = src->formatted("summary");
            s.position = position++;
            src->finish();
            p->legalSources.append(s);
        }
    }

    void readProfessionals(PackageSource &root, Project *p)
    {
        int position = 0;
        for (const auto &src : root.list("professionals", "professional")) {
            Professional pr;
            pr.uid = uid(*src, "uid", EntityKind::Professional);
            pr.key = key(*src, EntityKind::Professional);
            pr.title = required(*src, "title");
            pr.description = src->formatted("description");
            const QString secrecy = required(*src, "secrecy");
            if (const auto value = secrecyRegimeFromName(secrecy))
                pr.secrecy = *value;
            else if (!src->failed())
                src->fail("secrecy", unknownName(secrecy, secrecyRegimeNames()));
            pr.defaultLegalSourceUids
                = references(*src, "defaultLegalSourceUids", EntityKind::LegalSource);
            pr.iconAssetUid = reference(*src, "iconAssetUid", EntityKind::Asset, false);
            pr.position = position++;
            src->finish();
            p->professionals.append(pr);
        }
    }

    void readThemes(PackageSource &root, Project *p)
    {
        int position = 0;
        for (const auto &src : root.list("themes", "theme")) {
            Theme t;
            t.uid = uid(*src, "uid", EntityKind::Theme);
            t.key = key(*src, EntityKind::Theme);
            t.label = required(*src, "label");
            t.description = src->formatted("description");
            t.position = position++;
            src->finish();
            p->themes.append(t);
        }
    }

    void readGlossary(PackageSource &root, Project *p)
    {
        int position = 0;
        for (const auto &src : root.list("glossary", "glossaryTerm")) {
            GlossaryTerm g;
            g.uid = uid(*src, "uid", EntityKind::GlossaryTerm);
            g.key = key(*src, EntityKind::GlossaryTerm);
            g.term = required(*src, "term");
            g.definition = src->formatted("definition");
            g.position = position++;
            src->finish();
            p->glossary.append(g);
        }
    }

    bool readScenarios(PackageSource &root, Project *p,
                       const PackageMapping::ScenarioSink &onScenario)
    {
        // One scenario at a time: a streaming source holds no more, and onScenario may write
        // each away before the next is read.
        int position = 0;
        bool stopped = false;
        root.forEach("scenarios", "scenario", [&](PackageSource &src) {
            Scenario s = scenario(src);
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
            r.reviewer = src->text("reviewer", Presence::Optional);
            r.comment = src->text("comment", Presence::Optional);
            src->finish();
            p->reviews.append(r);
            return !src->failed();
        });
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

    Scenario scenario(PackageSource &src)
    {
        Scenario s;
        s.uid = uid(src, "uid", EntityKind::Scenario);
        s.key = key(src, EntityKind::Scenario);
        s.title = required(src, "title");
        s.summary = src.formatted("summary");
        s.calamityBasis = src.text("calamityBasis");
        s.coverAssetUid = reference(src, "coverAssetUid", EntityKind::Asset, false);
        int position = 0;
        QSet<QString> persons;
        for (const auto &item : src.list("persons", "person")) {
            Person person;
            person.uid = uid(*item, "uid", EntityKind::Person);
            person.name = required(*item, "name");
            person.role = item->text("role");
            person.age = item->integer("age");
            if (!item->failed() && person.age && (*person.age < 0 || *person.age > 130))
                item->fail("age", QCoreApplication::translate("kd::PackageMapping",
                                                              "%1 is not an age from 0 to 130")
                                      .arg(*person.age));
            person.description = item->formatted("description");
            person.position = position++;
            item->finish();
            persons.insert(person.uid);
            s.persons.append(person);
        }
        position = 0;
        QSet<QString> segmentKeys;
        for (const auto &item : src.list("segments", "segment")) {
            Segment seg;
            seg.uid = uid(*item, "uid", EntityKind::Segment);
            seg.key = key(*item, EntityKind::Segment, &segmentKeys);
            seg.title = required(*item, "title");
            seg.periodLabel = item->text("periodLabel");
            seg.narrative = item->formatted("narrative");
            seg.lifeDomainUids = references(*item, "lifeDomainUids", EntityKind::LifeDomain);
            seg.personUids = item->uidList("personUids");
            for (const QString &person : std::as_const(seg.personUids)) {
                if (!item->failed() && !persons.contains(person))
                    item->fail("personUids",
                               QCoreApplication::translate("kd::PackageMapping",
                                                           "'%1' is not a person of this scenario")
                                   .arg(person));
            }
            int dilemmaPosition = 0;
            for (const auto &d : item->list("dilemmas", "dilemma")) {
                Dilemma dilemma = this->dilemma(*d);
                dilemma.position = dilemmaPosition++;
                d->finish();
                seg.dilemmas.append(dilemma);
            }
            seg.position = position++;
            item->finish();
            s.segments.append(seg);
        }
        return s;
    }

    Dilemma dilemma(PackageSource &src)
    {
        Dilemma d;
        d.uid = uid(src, "uid", EntityKind::Dilemma);
        d.key = key(src, EntityKind::Dilemma);
        d.professionalUid = reference(src, "professionalUid", EntityKind::Professional, true);
        d.question = required(src, "question");
        d.situation = src.formatted("situation");
        d.considerations = src.formatted("considerations");
        d.solutionDirection = src.formatted("solutionDirection");
        int position = 0;
        for (const auto &item : src.list("options", "option")) {
            Option o;
            o.uid = uid(*item, "uid", EntityKind::Option);
            o.label = required(*item, "label");
            o.feedback = item->formatted("feedback");
            const QString assessment = required(*item, "assessment");
            if (const auto value = assessmentFromName(assessment))
                o.assessment = *value;
            else if (!item->failed())
                item->fail("assessment", unknownName(assessment, assessmentNames()));
            o.position = position++;
            item->finish();
            d.options.append(o);
        }
        position = 0;
        for (const auto &item : src.list("legalReferences", "legalReference")) {
            LegalReference r;
            r.uid = uid(*item, "uid", EntityKind::LegalReference);
            r.legalSourceUid = reference(*item, "legalSourceUid", EntityKind::LegalSource, true);
            r.pinpoint = item->text("pinpoint");
            r.note = item->text("note");
            r.position = position++;
            item->finish();
            d.legalReferences.append(r);
        }
        d.themeUids = references(src, "themeUids", EntityKind::Theme);
        // Derived from the reviews and the content (a draft package's courtesy to front ends);
        // the review records are what import keeps, so the value is only checked.
        const QString reviewState = src.text("reviewState", Presence::Optional);
        if (!reviewState.isEmpty() && reviewState != QLatin1String("stale")
            && !reviewStateFromName(reviewState) && !src.failed()) {
            QStringList names = reviewStateNames();
            names.append(QStringLiteral("stale"));
            src.fail("reviewState", unknownName(reviewState, names));
        }
        return d;
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

    // Keys are unique within their kind; segments pass the set of their scenario.
    QString key(PackageSource &src, EntityKind kind, QSet<QString> *scope = nullptr)
    {
        const QString value = src.identifier("key");
        if (src.failed())
            return value;
        QSet<QString> &keys = scope ? *scope : m_keys[int(kind)];
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

    QDate date(PackageSource &src, const char *name)
    {
        const QString value = src.text(name);
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
