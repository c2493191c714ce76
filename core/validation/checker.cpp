#include "checker.h"

#include "lengthlimits.h"
#include "ruleregistry.h"
#include "textscan.h"

#include "legal/citation.h"
#include "model/assetcontent.h"
#include "model/description.h"
#include "model/identifiers.h"
#include "review/contenthash.h"
#include "text/markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <variant>

namespace kd {
namespace {

QString pathPart(const QString &key, const QString &uid)
{
    if (!key.isEmpty())
        return key;
    return uid.isEmpty() ? QStringLiteral("?") : uid;
}

// Messages are written in English, the source language, and translated where they are made: the
// editor installs the Dutch translator, kdtool installs none, so its output and the tests that
// read it stay English. Sentences are translated whole, so that a translation can give each noun
// its own article and plural.
QString translated(const char *sourceText)
{
    return QCoreApplication::translate("kd::Checker", sourceText);
}

// The sentences whose wording depends on the kind of entity; null where a kind never gets one.
struct KindTexts
{
    const char *noUid = nullptr;
    const char *requiredField = nullptr;
    const char *duplicateKey = nullptr; // only kinds with a key
    const char *notApproved = nullptr;  // only reviewed kinds
    const char *approvalStale = nullptr;
};

KindTexts kindTexts(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the project has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the project is empty")};
    case EntityKind::LifeDomain:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the life domain has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the life domain is empty"),
                QT_TRANSLATE_NOOP(
                    "kd::Checker",
                    "key %1 is not unique: %2 of the life domains use it (this one has uid %3)")};
    case EntityKind::Professional:
        return {
            QT_TRANSLATE_NOOP("kd::Checker", "the professional has no uid"),
            QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the professional is empty"),
            QT_TRANSLATE_NOOP(
                "kd::Checker",
                "key %1 is not unique: %2 of the professionals use it (this one has uid %3)")};
    case EntityKind::LegalSource:
        return {
            QT_TRANSLATE_NOOP("kd::Checker", "the legal source has no uid"),
            QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the legal source is empty"),
            QT_TRANSLATE_NOOP(
                "kd::Checker",
                "key %1 is not unique: %2 of the legal sources use it (this one has uid %3)"),
            QT_TRANSLATE_NOOP("kd::Checker", "the legal source is not approved (review state: %1)"),
            QT_TRANSLATE_NOOP(
                "kd::Checker",
                "the legal source was approved on %1, but its content changed since")};
    case EntityKind::Theme:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the theme has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the theme is empty"),
                QT_TRANSLATE_NOOP(
                    "kd::Checker",
                    "key %1 is not unique: %2 of the themes use it (this one has uid %3)")};
    case EntityKind::GlossaryTerm:
        return {
            QT_TRANSLATE_NOOP("kd::Checker", "the glossary term has no uid"),
            QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the glossary term is empty"),
            QT_TRANSLATE_NOOP(
                "kd::Checker",
                "key %1 is not unique: %2 of the glossary terms use it (this one has uid %3)")};
    case EntityKind::Asset:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the asset has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the asset is empty"),
                QT_TRANSLATE_NOOP(
                    "kd::Checker",
                    "key %1 is not unique: %2 of the assets use it (this one has uid %3)")};
    case EntityKind::Scenario:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the scenario has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the scenario is empty"),
                QT_TRANSLATE_NOOP(
                    "kd::Checker",
                    "key %1 is not unique: %2 of the scenarios use it (this one has uid %3)")};
    case EntityKind::Person:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the person has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the person is empty")};
    case EntityKind::Segment:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the moment has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the moment is empty"),
                QT_TRANSLATE_NOOP("kd::Checker", "key %1 is not unique: %2 of the moments of this "
                                                 "scenario use it (this one has uid %3)")};
    case EntityKind::Dilemma:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the dilemma has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the dilemma is empty"),
                QT_TRANSLATE_NOOP(
                    "kd::Checker",
                    "key %1 is not unique: %2 of the dilemmas use it (this one has uid %3)"),
                QT_TRANSLATE_NOOP("kd::Checker", "the dilemma is not approved (review state: %1)"),
                QT_TRANSLATE_NOOP("kd::Checker",
                                  "the dilemma was approved on %1, but its content changed since")};
    case EntityKind::Option:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the option has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker", "required field '%1' of the option is empty")};
    case EntityKind::LegalReference:
        return {QT_TRANSLATE_NOOP("kd::Checker", "the legal reference has no uid"),
                QT_TRANSLATE_NOOP("kd::Checker",
                                  "required field '%1' of the legal reference is empty")};
    case EntityKind::Review:
    case EntityKind::ReviewNote:
    case EntityKind::TrustedReviewer:
        break;
    }
    return {};
}

QString kindText(EntityKind kind, const char *KindTexts::*text)
{
    const char *sourceText = kindTexts(kind).*text;
    Q_ASSERT(sourceText);
    // The kind's name is a last resort, for a kind given a check but not its sentences.
    return sourceText ? translated(sourceText) : toName(kind);
}

// A review state as messages name it: its stable name in English, words in a translation.
QString reviewStateWords(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        //: A review state, as in "(review state: draft)"; the source text is its stable name.
        return QCoreApplication::translate("kd::Checker", "draft");
    case ReviewState::InReview:
        //: A review state, as in "(review state: in-review)"; the source text is its stable name.
        return QCoreApplication::translate("kd::Checker", "in-review");
    case ReviewState::ChangesRequested:
        //: A review state, as in "(review state: changes-requested)"; the source text is its
        //: stable name.
        return QCoreApplication::translate("kd::Checker", "changes-requested");
    case ReviewState::Approved:
        //: A review state; the source text is its stable name.
        return QCoreApplication::translate("kd::Checker", "approved");
    }
    return toName(state);
}

QString quoted(const QString &text, qsizetype maximum = 60)
{
    QString shown = text.simplified();
    if (shown.size() > maximum)
        shown = shown.left(maximum - 3) + QStringLiteral("...");
    return u'\'' + shown + u'\'';
}

// BWB ids of Dutch regulations; CELEX: sector, year, document type, number, corrigendum.
bool isValidLegalIdentifier(const QString &identifier)
{
    return Citation::isBwbId(identifier) || Citation::isCelex(identifier);
}

bool isSafeFileName(const QString &name)
{
    if (name.startsWith(u'.') || name.endsWith(u' ') || name.endsWith(u'.'))
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
        switch (c.unicode()) {
        case u'/':
        case u'\\':
        case u':':
        case u'*':
        case u'?':
        case u'"':
        case u'<':
        case u'>':
        case u'|':
            return false;
        default:
            break;
        }
    }
    return true;
}

bool isSupportedMediaType(const QString &mediaType)
{
    static const QStringList supported
        = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
           QStringLiteral("image/webp"), QStringLiteral("image/svg+xml")};
    return supported.contains(mediaType);
}

// Whether a value leaves its field empty in the sense of FieldFlag::Required: text with nothing
// but white space, no bytes, no uids, no date, no number. An int or an enumeration always holds
// a value, so it is never empty.
bool isEmptyValue(const QString &value)
{
    return !TextScan::hasContent(value);
}

bool isEmptyValue(const QByteArray &value)
{
    return value.isEmpty();
}

bool isEmptyValue(const QStringList &value)
{
    return value.isEmpty();
}

bool isEmptyValue(const QDate &value)
{
    return !value.isValid();
}

bool isEmptyValue(const QDateTime &value)
{
    return !value.isValid();
}

bool isEmptyValue(const std::optional<int> &value)
{
    return !value.has_value();
}

template<typename Value>
bool isEmptyValue(const Value &)
{
    return false;
}

// The message for an empty Required field: the kind's sentence naming it, except an asset's
// file, which has a sentence of its own.
// A field as a message names it: its label as the form shows it ("Solution direction"), in the
// UI's language; the model name only for a field no form shows.
QString fieldName(const FieldDescription &field)
{
    return field.label ? field.labelText() : QString::fromLatin1(field.name);
}

QString fieldName(EntityKind kind, const QString &name)
{
    const FieldDescription *field = describe(kind).field(name);
    return field ? fieldName(*field) : name;
}

QString requiredFieldText(EntityKind kind, const FieldDescription &field)
{
    if (kind == EntityKind::Asset && field.type == ValueType::Bytes)
        return QCoreApplication::translate("kd::Checker", "the asset holds no bytes");
    return kindText(kind, &KindTexts::requiredField).arg(fieldName(field));
}

} // namespace

Checker::Checker(const Project &project, const ValidationOptions &options,
                 const ValidationIndex &index)
    : m_project(project)
    , m_options(options)
    , m_index(index)
{
    for (const LengthLimits::Limit &limit : LengthLimits::all())
        m_limits[std::size_t(limit.kind)].append({limit.field, limit.maximum});
    if (m_options.plainLanguage) {
        m_plain = PlainLanguage::of(project);
        m_speller = Speller::dutch();
    }
}

QList<Issue> Checker::run(const QString &targetUid)
{
    m_issues.clear();
    checkRegisters(targetUid);
    const bool all = targetUid.isEmpty() || targetUid == m_project.info.uid;
    for (const Scenario &s : m_project.scenarios)
        walkScenario(s, all || s.uid == targetUid);
    return std::move(m_issues);
}

void Checker::checkRegisters(const QString &targetUid)
{
    m_target = targetUid;
    const bool all = targetUid.isEmpty() || targetUid == m_project.info.uid;
    if (all)
        checkProject();
    forEachTopLevelKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (isRegister<T>) {
            for (const T &entity : m_project.*Described<T>::list) {
                if (all || entity.uid == targetUid)
                    checkRegister(entity);
            }
        }
    });
}

void Checker::report(RuleId rule, const Location &at, const QString &field, const QString &message)
{
    const Rule &r = RuleRegistry::rule(rule);
    Issue::Severity severity = r.severity;
    // Unreviewed content is normal while writing; it only blocks a (non-draft) export.
    if ((rule == RuleId::NotApproved || rule == RuleId::ApprovalStale || rule == RuleId::LawChanged)
        && m_options.reviewGate == ValidationOptions::ReviewGate::Editing)
        severity = Issue::Severity::Warning;
    m_issues.append({r.id, severity, message, at.kind, at.uid, at.path, field});
}

// ---- registers -------------------------------------------------------------------------------

void Checker::checkProject()
{
    const Location at{EntityKind::Project, m_project.info.uid, QStringLiteral("project")};
    checkUid(at);
    checkRequired(at, m_project.info);
    checkText(at, QStringLiteral("title"), m_project.info.title);
    checkText(at, QStringLiteral("publisher"), m_project.info.publisher);
    checkMarkdown(at, QStringLiteral("description"), m_project.info.description);
    checkPositions(at, QStringLiteral("lifeDomains"), m_project.lifeDomains);
    checkPositions(at, QStringLiteral("professionals"), m_project.professionals);
    checkPositions(at, QStringLiteral("legalSources"), m_project.legalSources);
    checkPositions(at, QStringLiteral("themes"), m_project.themes);
    checkPositions(at, QStringLiteral("glossary"), m_project.glossary);
    checkPositions(at, QStringLiteral("assets"), m_project.assets);
    checkPositions(at, QStringLiteral("scenarios"), m_project.scenarios);
}

void Checker::checkRegister(const LifeDomain &domain)
{
    const Location at{EntityKind::LifeDomain, domain.uid,
                      QStringLiteral("life-domain/") + pathPart(domain.key, domain.uid)};
    checkUid(at);
    checkRequired(at, domain);
    checkKey(at, domain.key, m_index.keyCount(at.kind, domain.key));
    if (TextScan::hasContent(domain.label))
        checkText(at, QStringLiteral("label"), domain.label);
    if (TextScan::hasContent(domain.colour) && !Identifiers::isValidColour(domain.colour)) {
        report(RuleId::InvalidColour, at, QStringLiteral("colour"),
               QCoreApplication::translate("kd::Checker", "colour %1 is not of the form #rrggbb")
                   .arg(quoted(domain.colour)));
    }
}

void Checker::checkRegister(const Professional &professional)
{
    const Location at{EntityKind::Professional, professional.uid,
                      QStringLiteral("professional/")
                          + pathPart(professional.key, professional.uid)};
    checkUid(at);
    checkRequired(at, professional);
    checkKey(at, professional.key, m_index.keyCount(at.kind, professional.key));
    if (TextScan::hasContent(professional.title))
        checkText(at, QStringLiteral("title"), professional.title);
    checkMarkdown(at, QStringLiteral("description"), professional.description);

    const QString defaults = QStringLiteral("defaultLegalSourceUids");
    for (const QString &source : professional.defaultLegalSourceUids) {
        if (!m_index.legalSource(source)) {
            report(
                RuleId::DanglingReference, at, defaults,
                QCoreApplication::translate(
                    "kd::Checker", "a default legal source it names is not in the project (id %1)")
                    .arg(quoted(source)));
        } else {
            checkCitation(at, defaults, source);
        }
    }
    checkDuplicates(
        at, defaults, professional.defaultLegalSourceUids,
        QT_TRANSLATE_NOOP("kd::Checker", "default legal source %1 is listed more than once"));
    if (!professional.iconAssetUid.isEmpty() && !m_index.hasAsset(professional.iconAssetUid)) {
        report(RuleId::DanglingReference, at, QStringLiteral("iconAssetUid"),
               QCoreApplication::translate(
                   "kd::Checker", "the icon it names is not among the project's assets (id %1)")
                   .arg(quoted(professional.iconAssetUid)));
    }

    const int uses = m_index.professionalUses(professional.uid);
    if (uses == 0) {
        report(
            RuleId::UnusedProfessional, at, {},
            QCoreApplication::translate("kd::Checker", "professional %1 is not used by any dilemma")
                .arg(quoted(professional.title)));
    } else if (!TextScan::hasContent(professional.description)) {
        report(RuleId::UndescribedProfessional, at, QStringLiteral("description"),
               uses == 1 ? QCoreApplication::translate(
                               "kd::Checker",
                               "professional %1 is used by 1 dilemma but has no description")
                               .arg(quoted(professional.title))
                         : QCoreApplication::translate(
                               "kd::Checker",
                               "professional %1 is used by %2 dilemmas but has no description")
                               .arg(quoted(professional.title), QString::number(uses)));
    }
}

void Checker::checkRegister(const LegalSource &source)
{
    const Location at{EntityKind::LegalSource, source.uid,
                      QStringLiteral("legal-source/") + pathPart(source.key, source.uid)};
    checkUid(at);
    checkRequired(at, source);
    checkKey(at, source.key, m_index.keyCount(at.kind, source.key));
    if (TextScan::hasContent(source.shortTitle))
        checkText(at, QStringLiteral("shortTitle"), source.shortTitle);
    if (TextScan::hasContent(source.fullTitle))
        checkText(at, QStringLiteral("fullTitle"), source.fullTitle);
    checkText(at, QStringLiteral("pinpoint"), source.pinpoint);
    checkMarkdown(at, QStringLiteral("summary"), source.summary);

    // A professional code (NIP, KNMG) has no BWB id or CELEX number, so the identifier may be
    // empty.
    if (!source.identifier.isEmpty() && !isValidLegalIdentifier(source.identifier)) {
        report(RuleId::InvalidLegalIdentifier, at, QStringLiteral("identifier"),
               QCoreApplication::translate(
                   "kd::Checker",
                   "identifier %1 is neither a BWB id (BWBR and 7 digits) nor a CELEX number")
                   .arg(quoted(source.identifier)));
    }
    checkCitationParts(at, source);
    if (TextScan::hasContent(source.url) && !TextScan::isHttpsUrl(source.url)) {
        report(RuleId::InvalidLegalUrl, at, QStringLiteral("url"),
               QCoreApplication::translate("kd::Checker", "URL %1 is not an https:// address")
                   .arg(quoted(source.url)));
    }
    if (source.validFrom.isValid() && source.validUntil.isValid()
        && source.validUntil < source.validFrom) {
        report(
            RuleId::InvalidDateRange, at, QStringLiteral("validUntil"),
            QCoreApplication::translate("kd::Checker", "valid until %1 lies before valid from %2")
                .arg(source.validUntil.toString(Qt::ISODate),
                     source.validFrom.toString(Qt::ISODate)));
    }

    checkReview(at, source);

    const int citations = m_index.legalSourceCitations(source.uid);
    if (citations == 0) {
        report(RuleId::UnusedLegalSource, at, {},
               QCoreApplication::translate(
                   "kd::Checker", "legal source %1 is not cited by any dilemma or professional")
                   .arg(quoted(source.shortTitle)));
    } else if (source.reviewBy.isValid() && source.reviewBy < m_options.asOf) {
        report(RuleId::LegalSourceReviewDue, at, QStringLiteral("reviewBy"),
               QCoreApplication::translate("kd::Checker",
                                           "legal source %1 was due for review on %2 (as of %3)")
                   .arg(quoted(source.shortTitle), source.reviewBy.toString(Qt::ISODate),
                        m_options.asOf.toString(Qt::ISODate)));
    }
}

void Checker::checkRegister(const Theme &theme)
{
    const Location at{EntityKind::Theme, theme.uid,
                      QStringLiteral("theme/") + pathPart(theme.key, theme.uid)};
    checkUid(at);
    checkRequired(at, theme);
    checkKey(at, theme.key, m_index.keyCount(at.kind, theme.key));
    if (TextScan::hasContent(theme.label))
        checkText(at, QStringLiteral("label"), theme.label);
    checkMarkdown(at, QStringLiteral("description"), theme.description);
    if (m_index.themeUses(theme.uid) == 0) {
        report(RuleId::UnusedTheme, at, {},
               QCoreApplication::translate("kd::Checker", "theme %1 is not used by any dilemma")
                   .arg(quoted(theme.label)));
    }
}

void Checker::checkRegister(const GlossaryTerm &term)
{
    const Location at{EntityKind::GlossaryTerm, term.uid,
                      QStringLiteral("glossary/") + pathPart(term.key, term.uid)};
    checkUid(at);
    checkRequired(at, term);
    checkKey(at, term.key, m_index.keyCount(at.kind, term.key));
    if (TextScan::hasContent(term.term))
        checkText(at, QStringLiteral("term"), term.term);
    if (TextScan::hasContent(term.definition))
        checkMarkdown(at, QStringLiteral("definition"), term.definition);
}

void Checker::checkRegister(const Asset &asset)
{
    const Location at{EntityKind::Asset, asset.uid,
                      QStringLiteral("asset/") + pathPart(asset.key, asset.uid)};
    checkUid(at);
    checkRequired(at, asset);
    checkKey(at, asset.key, m_index.keyCount(at.kind, asset.key));
    const QString name = QStringLiteral("name");
    if (TextScan::hasContent(asset.name)) {
        checkText(at, name, asset.name);
        if (!isSafeFileName(asset.name)) {
            report(RuleId::UnsafeAssetName, at, name,
                   QCoreApplication::translate(
                       "kd::Checker", "file name %1 is not safe to write: no path separators, no "
                                      "\\ : * ? \" < > |, no control characters, no leading dot")
                       .arg(quoted(asset.name)));
        }
        const int sameName = m_index.assetNameCount(asset.name);
        if (sameName > 1) {
            report(
                RuleId::DuplicateAssetName, at, name,
                QCoreApplication::translate(
                    "kd::Checker", "file name %1 is not unique: %2 assets have it (ignoring case)")
                    .arg(quoted(asset.name), QString::number(sameName)));
        }
    }
    if (TextScan::hasContent(asset.mediaType) && !isSupportedMediaType(asset.mediaType)) {
        report(RuleId::UnsupportedMediaType, at, QStringLiteral("mediaType"),
               QCoreApplication::translate("kd::Checker",
                                           "media type %1 is not PNG, JPEG, GIF, WebP or SVG")
                   .arg(quoted(asset.mediaType)));
    }
    QString detail;
    switch (AssetContent::check(asset.mediaType, asset.data, &detail)) {
    case AssetContent::Problem::Mismatch:
        report(RuleId::AssetContentMismatch, at, QStringLiteral("data"),
               QCoreApplication::translate("kd::Checker", "asset %1: %2")
                   .arg(quoted(asset.name), detail));
        break;
    case AssetContent::Problem::UnsafeSvg:
        report(RuleId::UnsafeSvg, at, QStringLiteral("data"),
               QCoreApplication::translate("kd::Checker", "SVG asset %1 is not safe to publish: %2")
                   .arg(quoted(asset.name), detail));
        break;
    case AssetContent::Problem::None:
        break;
    }
    if (m_index.assetUses(asset.uid) == 0) {
        report(
            RuleId::UnusedAsset, at, {},
            QCoreApplication::translate("kd::Checker", "asset %1 is not used as an icon or cover")
                .arg(quoted(asset.name)));
    } else if (!TextScan::hasContent(asset.altText)) {
        report(RuleId::MissingAltText, at, QStringLiteral("altText"),
               QCoreApplication::translate(
                   "kd::Checker", "asset %1 has no alt text, so the site leaves the picture out")
                   .arg(quoted(asset.name)));
    }
    checkText(at, QStringLiteral("altText"), asset.altText);
}

// ---- scenarios and what they own ---------------------------------------------------------------

void Checker::walkScenario(const Scenario &scenario, bool active)
{
    const Location at{EntityKind::Scenario, scenario.uid,
                      QStringLiteral("scenario/") + pathPart(scenario.key, scenario.uid)};
    // The family's names are not misspelt in its own texts.
    m_scenarioNames = AcceptedWords();
    for (const Person &person : scenario.persons)
        m_scenarioNames.add(person.name);
    if (active)
        checkScenario(scenario, at);

    QSet<QString> persons;
    for (qsizetype i = 0; i < scenario.persons.size(); ++i) {
        const Person &person = scenario.persons.at(i);
        persons.insert(person.uid);
        if (active || person.uid == m_target) {
            checkPerson(person, {EntityKind::Person, person.uid,
                                 at.path + QStringLiteral("/person/") + QString::number(i + 1)});
        }
    }
    QHash<QString, int> segmentKeys;
    for (const Segment &segment : scenario.segments) {
        if (!segment.key.isEmpty())
            ++segmentKeys[segment.key];
    }
    for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
        const Segment &segment = scenario.segments.at(i);
        walkSegment(segment,
                    {EntityKind::Segment, segment.uid,
                     at.path + QStringLiteral("/segment/") + QString::number(i + 1)},
                    persons, segmentKeys, active || segment.uid == m_target);
    }
}

void Checker::checkScenario(const Scenario &scenario, const Location &at)
{
    checkUid(at);
    checkRequired(at, scenario);
    checkKey(at, scenario.key, m_index.keyCount(at.kind, scenario.key));
    if (TextScan::hasContent(scenario.title))
        checkText(at, QStringLiteral("title"), scenario.title);
    if (TextScan::hasContent(scenario.summary))
        checkMarkdown(at, QStringLiteral("summary"), scenario.summary);
    checkText(at, QStringLiteral("calamityBasis"), scenario.calamityBasis);
    if (!scenario.coverAssetUid.isEmpty() && !m_index.hasAsset(scenario.coverAssetUid)) {
        report(
            RuleId::DanglingReference, at, QStringLiteral("coverAssetUid"),
            QCoreApplication::translate(
                "kd::Checker", "the cover image it names is not among the project's assets (id %1)")
                .arg(quoted(scenario.coverAssetUid)));
    }
    if (scenario.persons.isEmpty()) {
        report(RuleId::MissingPerson, at, QStringLiteral("persons"),
               QCoreApplication::translate("kd::Checker", "the scenario has no persons"));
    }
    if (scenario.segments.isEmpty()) {
        report(RuleId::MissingSegment, at, QStringLiteral("segments"),
               QCoreApplication::translate("kd::Checker", "the scenario has no moments"));
    }
    checkPositions(at, QStringLiteral("persons"), scenario.persons);
    checkPositions(at, QStringLiteral("segments"), scenario.segments);
}

void Checker::checkPerson(const Person &person, const Location &at)
{
    checkUid(at);
    checkRequired(at, person);
    if (TextScan::hasContent(person.name))
        checkText(at, QStringLiteral("name"), person.name);
    if (TextScan::hasContent(person.role))
        checkText(at, QStringLiteral("role"), person.role);
    checkMarkdown(at, QStringLiteral("description"), person.description);
    if (person.age && (*person.age < 0 || *person.age > 120)) {
        report(RuleId::InvalidAge, at, QStringLiteral("age"),
               QCoreApplication::translate("kd::Checker", "age %1 is not between 0 and 120")
                   .arg(*person.age));
    }
}

void Checker::walkSegment(const Segment &segment, const Location &at, const QSet<QString> &persons,
                          const QHash<QString, int> &segmentKeys, bool active)
{
    if (active)
        checkSegment(segment, at, persons, segmentKeys);
    for (const Dilemma &dilemma : segment.dilemmas) {
        walkDilemma(dilemma,
                    {EntityKind::Dilemma, dilemma.uid,
                     at.path + QStringLiteral("/dilemma/") + pathPart(dilemma.key, dilemma.uid)},
                    active || dilemma.uid == m_target);
    }
}

void Checker::checkSegment(const Segment &segment, const Location &at, const QSet<QString> &persons,
                           const QHash<QString, int> &segmentKeys)
{
    checkUid(at);
    checkRequired(at, segment);
    checkKey(at, segment.key, segmentKeys.value(segment.key));
    if (TextScan::hasContent(segment.title))
        checkText(at, QStringLiteral("title"), segment.title);
    checkText(at, QStringLiteral("periodLabel"), segment.periodLabel);
    if (TextScan::hasContent(segment.narrative))
        checkMarkdown(at, QStringLiteral("narrative"), segment.narrative);

    if (segment.lifeDomainUids.isEmpty()) {
        report(RuleId::MissingLifeDomain, at, QStringLiteral("lifeDomainUids"),
               QCoreApplication::translate("kd::Checker", "the moment belongs to no life domain"));
    }
    checkReferenceList(
        at, QStringLiteral("lifeDomainUids"), segment.lifeDomainUids,
        &ValidationIndex::hasLifeDomain,
        QT_TRANSLATE_NOOP("kd::Checker", "a life domain it names is not in the project (id %1)"),
        QT_TRANSLATE_NOOP("kd::Checker", "life domain %1 is listed more than once"));
    const QString personField = QStringLiteral("personUids");
    for (const QString &person : segment.personUids) {
        if (!persons.contains(person)) {
            report(RuleId::DanglingReference, at, personField,
                   QCoreApplication::translate(
                       "kd::Checker", "a person it names is not a person of this scenario (id %1)")
                       .arg(quoted(person)));
        }
    }
    checkDuplicates(at, personField, segment.personUids,
                    QT_TRANSLATE_NOOP("kd::Checker", "person %1 is listed more than once"));
    checkPositions(at, QStringLiteral("dilemmas"), segment.dilemmas);
}

void Checker::walkDilemma(const Dilemma &dilemma, const Location &at, bool active)
{
    if (active)
        checkDilemma(dilemma, at);
    for (qsizetype i = 0; i < dilemma.options.size(); ++i) {
        const Option &option = dilemma.options.at(i);
        if (active || option.uid == m_target) {
            checkOption(option, {EntityKind::Option, option.uid,
                                 at.path + QStringLiteral("/option/") + QString::number(i + 1)});
        }
    }
    for (qsizetype i = 0; i < dilemma.legalReferences.size(); ++i) {
        const LegalReference &reference = dilemma.legalReferences.at(i);
        if (active || reference.uid == m_target) {
            checkLegalReference(reference, {EntityKind::LegalReference, reference.uid,
                                            at.path + QStringLiteral("/legal-reference/")
                                                + QString::number(i + 1)});
        }
    }
}

void Checker::checkDilemma(const Dilemma &dilemma, const Location &at)
{
    checkUid(at);
    checkRequired(at, dilemma);
    checkKey(at, dilemma.key, m_index.keyCount(at.kind, dilemma.key));
    if (TextScan::hasContent(dilemma.professionalUid)
        && !m_index.hasProfessional(dilemma.professionalUid)) {
        report(RuleId::DanglingReference, at, QStringLiteral("professionalUid"),
               QCoreApplication::translate(
                   "kd::Checker", "the professional it names is not in the project (id %1)")
                   .arg(quoted(dilemma.professionalUid)));
    }
    if (TextScan::hasContent(dilemma.question))
        checkText(at, QStringLiteral("question"), dilemma.question);
    if (TextScan::hasContent(dilemma.situation))
        checkMarkdown(at, QStringLiteral("situation"), dilemma.situation);
    checkMarkdown(at, QStringLiteral("considerations"), dilemma.considerations);
    if (TextScan::hasContent(dilemma.solutionDirection)) {
        checkMarkdown(at, QStringLiteral("solutionDirection"), dilemma.solutionDirection);
    } else {
        report(RuleId::MissingSolutionDirection, at, QStringLiteral("solutionDirection"),
               QCoreApplication::translate("kd::Checker", "the dilemma has no solution direction"));
    }
    if (dilemma.options.size() < 2) {
        report(RuleId::TooFewOptions, at, QStringLiteral("options"),
               (dilemma.options.size() == 1
                    ? QCoreApplication::translate("kd::Checker",
                                                  "the dilemma has 1 option; it needs at least 2")
                    : QCoreApplication::translate("kd::Checker",
                                                  "the dilemma has %1 options; it needs at least 2")
                          .arg(dilemma.options.size())));
    }
    if (dilemma.legalReferences.isEmpty()) {
        report(RuleId::MissingLegalReference, at, QStringLiteral("legalReferences"),
               QCoreApplication::translate("kd::Checker", "the dilemma cites no legal source"));
    }
    checkReferenceList(
        at, QStringLiteral("themeUids"), dilemma.themeUids, &ValidationIndex::hasTheme,
        QT_TRANSLATE_NOOP("kd::Checker", "a theme it names is not in the project (id %1)"),
        QT_TRANSLATE_NOOP("kd::Checker", "theme %1 is listed more than once"));
    checkPositions(at, QStringLiteral("options"), dilemma.options);
    checkPositions(at, QStringLiteral("legalReferences"), dilemma.legalReferences);
    checkReview(at, dilemma);
}

void Checker::checkOption(const Option &option, const Location &at)
{
    checkUid(at);
    checkRequired(at, option);
    if (TextScan::hasContent(option.label))
        checkText(at, QStringLiteral("label"), option.label);
    if (TextScan::hasContent(option.feedback)) {
        checkMarkdown(at, QStringLiteral("feedback"), option.feedback);
    } else {
        report(RuleId::MissingFeedback, at, QStringLiteral("feedback"),
               QCoreApplication::translate("kd::Checker", "the option has no feedback"));
    }
}

void Checker::checkLegalReference(const LegalReference &reference, const Location &at)
{
    checkUid(at);
    checkRequired(at, reference);
    const QString field = QStringLiteral("legalSourceUid");
    if (TextScan::hasContent(reference.legalSourceUid)) {
        if (!m_index.legalSource(reference.legalSourceUid)) {
            report(RuleId::DanglingReference, at, field,
                   QCoreApplication::translate(
                       "kd::Checker", "the legal source it names is not in the project (id %1)")
                       .arg(quoted(reference.legalSourceUid)));
        } else {
            checkCitation(at, field, reference.legalSourceUid);
            checkCitationParts(at, reference, *m_index.legalSource(reference.legalSourceUid));
        }
    }
    checkText(at, QStringLiteral("pinpoint"), reference.pinpoint);
    checkText(at, QStringLiteral("note"), reference.note);
}

// The article and the parts above it, each as the law numbers it.
void Checker::checkCitationParts(const Location &at, const LegalSource &source)
{
    const std::pair<const char *, const QString *> parts[] = {
        {"boek", &source.boek},           {"titeldeel", &source.titeldeel},
        {"hoofdstuk", &source.hoofdstuk}, {"afdeling", &source.afdeling},
        {"paragraaf", &source.paragraaf},
    };
    for (const auto &[name, value] : parts) {
        if (!value->isEmpty() && !Citation::isPart(*value))
            report(
                RuleId::InvalidCitation, at, QLatin1String(name),
                QCoreApplication::translate("kd::Checker", "%1 %2 is not a number such as 7 or 5.2")
                    .arg(fieldName(at.kind, QLatin1String(name)), quoted(*value)));
    }
    if (!source.artikel.isEmpty() && !Citation::isArticle(source.artikel))
        report(RuleId::InvalidCitation, at, QStringLiteral("artikel"),
               QCoreApplication::translate(
                   "kd::Checker", "article %1 is not an article number such as 272, 7:457 or 5.2.6")
                   .arg(quoted(source.artikel)));
}

// A lid and onderdeel as the law numbers them, on a source that gives its article; and named
// where other references to the same article name theirs.
void Checker::checkCitationParts(const Location &at, const LegalReference &reference,
                                 const LegalSource &source)
{
    if (!reference.lid.isEmpty() && !Citation::isLid(reference.lid)) {
        report(RuleId::InvalidCitation, at, QStringLiteral("lid"),
               QCoreApplication::translate("kd::Checker", "lid %1 is not a number such as 2")
                   .arg(quoted(reference.lid)));
    } else if (!reference.lid.isEmpty() && source.artikel.isEmpty()) {
        report(RuleId::InvalidCitation, at, QStringLiteral("lid"),
               QCoreApplication::translate("kd::Checker",
                                           "it names lid %1, but legal source %2 gives no article")
                   .arg(reference.lid, quoted(source.shortTitle)));
    }
    if (!reference.onderdeel.isEmpty() && !Citation::isOnderdeel(reference.onderdeel))
        report(RuleId::InvalidCitation, at, QStringLiteral("onderdeel"),
               QCoreApplication::translate("kd::Checker",
                                           "onderdeel %1 is not a letter or number such as a or 1°")
                   .arg(quoted(reference.onderdeel)));
    if (reference.lid.isEmpty() && m_index.lidCitations(source.uid) > 0) {
        report(RuleId::UnclearCitation, at, QStringLiteral("lid"),
               QCoreApplication::translate(
                   "kd::Checker",
                   "it names no lid of %1, which other references cite by lid; say which lid")
                   .arg(quoted(source.shortTitle)));
    } else if (reference.onderdeel.isEmpty()
               && m_index.onderdeelCitations(source.uid, reference.lid) > 0) {
        report(
            RuleId::UnclearCitation, at, QStringLiteral("onderdeel"),
            QCoreApplication::translate("kd::Checker",
                                        "it names no onderdeel of %1, which other references "
                                        "cite by onderdeel; say which onderdeel")
                .arg(quoted(Citation::words(source, &reference).isEmpty()
                                ? source.shortTitle
                                : source.shortTitle + u' ' + Citation::words(source, &reference))));
    }
}

// ---- review ------------------------------------------------------------------------------------

void Checker::indexReviews()
{
    // Same reading as ReviewLedger (latest record by time, ties by list order), indexed once per
    // run so that the check stays linear in the project's size.
    m_reviewsIndexed = true;
    m_trust.emplace(m_project);
    m_law.emplace(m_project, *m_trust);
    for (const Review &r : m_project.reviews) {
        ReviewIndexEntry &entry = m_reviews[r.entityUid];
        if (!entry.latest || !(r.time < entry.latest->time))
            entry.latest = &r;
        if (r.state == ReviewState::Approved
            && (!entry.approval || !(r.time < entry.approval->time)))
            entry.approval = &r;
    }
}

template<typename Entity>
void Checker::checkReview(const Location &at, const Entity &entity)
{
    if (m_options.reviewGate == ValidationOptions::ReviewGate::Off)
        return;
    if (!m_reviewsIndexed)
        indexReviews();
    const ReviewIndexEntry entry = m_reviews.value(at.uid);
    if (!entry.latest || entry.latest->state != ReviewState::Approved) {
        const ReviewState state = entry.latest ? entry.latest->state : ReviewState::Draft;
        report(RuleId::NotApproved, at, {},
               kindText(at.kind, &KindTexts::notApproved).arg(reviewStateWords(state)));
        return;
    }
    // Only a signed approval by a trusted reviewer who is not the last editor counts.
    const ApprovalVerdict verdict = m_trust->check(*entry.latest);
    if (verdict != ApprovalVerdict::Counts) {
        report(RuleId::NotApproved, at, {},
               kindText(at.kind, &KindTexts::notApproved)
                   .arg(QCoreApplication::translate("kd::Checker", "approved, but %1")
                            .arg(ApprovalTrust::reason(verdict))));
        return;
    }
    // The hash only once there is an approval to compare it with: hashing is the costly part.
    if (entry.approval && entry.approval->contentHash != ContentHash::of(entity)) {
        report(RuleId::ApprovalStale, at, {},
               kindText(at.kind, &KindTexts::approvalStale)
                   .arg(entry.approval->time.toUTC().date().toString(Qt::ISODate)));
    }
    if constexpr (std::is_same_v<Entity, Dilemma>) {
        for (const LegalSource *source : m_law->changedSince(entity, entry.latest->time)) {
            report(
                RuleId::LawChanged, at, QStringLiteral("legalReferences"),
                QCoreApplication::translate("kd::Checker",
                                            "law changed since the approval of %1: the legal "
                                            "source %2 changed since")
                    .arg(entry.latest->time.toUTC().date().toString(Qt::ISODate),
                         quoted(source->shortTitle.isEmpty() ? source->key : source->shortTitle)));
        }
    }
}

// ---- shared checks -----------------------------------------------------------------------------

void Checker::checkUid(const Location &at)
{
    if (!Identifiers::isValidUid(at.uid)) {
        report(RuleId::InvalidUid, at, QStringLiteral("uid"),
               at.uid.isEmpty()
                   ? kindText(at.kind, &KindTexts::noUid)
                   : QCoreApplication::translate("kd::Checker", "uid %1 is not a lower-case UUID")
                         .arg(quoted(at.uid)));
    }
    const int uses = m_index.uidCount(at.uid);
    if (uses > 1) {
        report(
            RuleId::DuplicateUid, at, QStringLiteral("uid"),
            QCoreApplication::translate("kd::Checker", "uid %1 is not unique: %2 entities have it")
                .arg(quoted(at.uid), QString::number(uses)));
    }
}

void Checker::checkKey(const Location &at, const QString &key, int uses)
{
    // An empty key is reported by checkRequired, as the key is flagged Required.
    if (!TextScan::hasContent(key))
        return;
    const QString field = QStringLiteral("key");
    if (!Identifiers::isValidKey(key)) {
        report(RuleId::InvalidKey, at, field,
               QCoreApplication::translate(
                   "kd::Checker", "key %1 is not a slug (a-z, 0-9, single hyphens between words)")
                   .arg(quoted(key)));
    }
    if (uses > 1) {
        // Entities that share a key share a key path too; the uid tells them apart.
        report(RuleId::DuplicateKey, at, field,
               kindText(at.kind, &KindTexts::duplicateKey)
                   .arg(quoted(key), QString::number(uses), at.uid));
    }
    checkText(at, field, key);
}

template<typename T>
void Checker::checkRequired(const Location &at, const T &entity)
{
    // In the order of the description; the validator sorts the issues anyway.
    for (const Field<T> &field : Described<T>::fields()) {
        if (!field.d.has(FieldFlag::Required))
            continue;
        const bool empty = std::visit(
            [&entity](auto member) { return isEmptyValue(entity.*member); }, field.member);
        if (empty) {
            report(RuleId::RequiredField, at, QString::fromLatin1(field.d.name),
                   requiredFieldText(at.kind, field.d));
        }
    }
}

void Checker::checkText(const Location &at, const QString &field, const QString &value,
                        bool markdown)
{
    if (value.isEmpty())
        return;
    checkWords(at, field, value, markdown);
    const qsizetype invalid = TextScan::findInvalidCharacter(value);
    if (invalid >= 0) {
        report(RuleId::InvalidCharacter, at, field,
               QCoreApplication::translate(
                   "kd::Checker", "field '%1' holds the invalid character U+%2 at position %3")
                   .arg(fieldName(at.kind, field))
                   .arg(value.at(invalid).unicode(), 4, 16, QLatin1Char('0'))
                   .arg(invalid + 1));
    }
    // Keys are checked for shape; a key like "todo-lijst" is not placeholder text.
    if (field != u"key") {
        const QString placeholder = TextScan::findPlaceholder(value);
        if (!placeholder.isEmpty()) {
            report(
                RuleId::PlaceholderText, at, field,
                QCoreApplication::translate("kd::Checker", "field '%1' holds placeholder text %2")
                    .arg(fieldName(at.kind, field), quoted(placeholder)));
        }
    }
    for (const auto &[limitField, maximum] : m_limits[std::size_t(at.kind)]) {
        if (limitField != field)
            continue;
        const qsizetype length = TextScan::characterCount(value);
        if (length > maximum) {
            report(RuleId::TooLong, at, field,
                   QCoreApplication::translate("kd::Checker",
                                               "field '%1' is %2 characters long; the limit is %3")
                       .arg(fieldName(at.kind, field))
                       .arg(length)
                       .arg(maximum));
        }
        break;
    }
}

void Checker::checkMarkdown(const Location &at, const QString &field, const QString &value)
{
    checkText(at, field, value, true);
    if (m_options.plainLanguage && !value.isEmpty())
        checkReadability(at, field, value);
    // Raw HTML and autolinks start with '<', links and images contain '['. Without either the
    // parser could find nothing, and most fields of a large project have neither.
    if (!value.contains(u'<') && !value.contains(u'['))
        return;
    const Markdown::Inspection inspection = Markdown::inspect(value);
    if (!inspection.rawHtml.isEmpty()) {
        const qsizetype more = inspection.rawHtml.size() - 1;
        const QString first = quoted(inspection.rawHtml.constFirst());
        report(RuleId::RawHtml, at, field,
               more > 0
                   ? QCoreApplication::translate("kd::Checker",
                                                 "field '%1' contains raw HTML: %2 and %3 more")
                         .arg(fieldName(at.kind, field), first, QString::number(more))
                   : QCoreApplication::translate("kd::Checker", "field '%1' contains raw HTML: %2")
                         .arg(fieldName(at.kind, field), first));
    }
    for (const QString &link : inspection.links) {
        if (!TextScan::isSafeLink(link)) {
            report(RuleId::UnsafeLink, at, field,
                   QCoreApplication::translate(
                       "kd::Checker", "field '%1' links to %2, which is neither https: nor mailto:")
                       .arg(fieldName(at.kind, field), quoted(link)));
        }
    }
}

void Checker::checkWords(const Location &at, const QString &field, const QString &value,
                         bool markdown)
{
    if (!m_speller)
        return;
    const FieldDescription *described = describe(at.kind).field(field);
    if (!described || !described->isSpellChecked())
        return;
    QStringList unknown;
    for (const SpellWord &word :
         Spelling::misspelt(*m_speller, value, markdown, m_plain.acceptedWords())) {
        const QString text = value.mid(word.position, word.length);
        if (!m_scenarioNames.contains(text) && !unknown.contains(text))
            unknown.append(text);
    }
    if (!unknown.isEmpty()) {
        for (QString &word : unknown)
            word = quoted(word);
        report(RuleId::Spelling, at, field,
               QCoreApplication::translate("kd::Checker",
                                           "field '%1' has words the dictionary does not know: %2")
                   .arg(fieldName(at.kind, field), unknown.join(QLatin1String(", "))));
    }
    QStringList jargon;
    for (const JargonUse &use : m_plain.jargonIn(value, markdown)) {
        const JargonTerm &term = m_plain.jargon().at(use.term);
        const QString used = quoted(value.mid(use.position, use.length));
        const QString said = term.alternative.isEmpty()
                                 ? used
                                 : QCoreApplication::translate("kd::Checker", "%1 (write %2)")
                                       .arg(used, quoted(term.alternative));
        if (!jargon.contains(said))
            jargon.append(said);
    }
    if (!jargon.isEmpty()) {
        report(RuleId::Jargon, at, field,
               QCoreApplication::translate("kd::Checker", "field '%1' uses jargon: %2")
                   .arg(fieldName(at.kind, field), jargon.join(QLatin1String(", "))));
    }
}

void Checker::checkReadability(const Location &at, const QString &field, const QString &value)
{
    const FieldDescription *described = describe(at.kind).field(field);
    if (!described || !described->has(FieldFlag::Words))
        return;
    const Readability::Limits &limits = m_plain.limits();
    // n words take at least 2n - 1 characters: a text too short to be judged by its score and
    // average, or to hold a sentence past the limit, is not measured.
    if (value.size() < 2 * qMin(limits.minimumWords, limits.maximumSentence + 1) - 1)
        return;
    const Readability measured = Readability::measure(value, true);
    const Readability::Problems problems = measured.problems(limits);
    if (!problems)
        return;
    // The same measures, in the same order, as the line under the field in the form.
    QStringList reasons;
    if (problems.testFlag(Readability::Problem::LowEase)) {
        reasons << QCoreApplication::translate("kd::Checker", "reading ease %1 (at least %2)")
                       .arg(qBound(0, qRound(measured.readingEase()), 100))
                       .arg(limits.minimumEase);
    }
    if (problems.testFlag(Readability::Problem::LongAverage)) {
        reasons << QCoreApplication::translate("kd::Checker",
                                               "%1 words a sentence on average (at most %2)")
                       .arg(measured.wordsPerSentence(), 0, 'f', 1)
                       .arg(limits.maximumAverage);
    }
    if (problems.testFlag(Readability::Problem::LongSentence)) {
        reasons << QCoreApplication::translate("kd::Checker", "a sentence of %1 words (at most %2)")
                       .arg(measured.longestSentence)
                       .arg(limits.maximumSentence);
    }
    report(RuleId::HardToRead, at, field,
           QCoreApplication::translate("kd::Checker", "field '%1' is hard to read: %2")
               .arg(fieldName(at.kind, field), reasons.join(QLatin1String("; "))));
}

void Checker::checkReferenceList(const Location &at, const QString &field, const QStringList &uids,
                                 bool (ValidationIndex::*exists)(const QString &) const,
                                 const char *missingText, const char *duplicateText)
{
    for (const QString &uid : uids) {
        if (!(m_index.*exists)(uid))
            report(RuleId::DanglingReference, at, field, translated(missingText).arg(quoted(uid)));
    }
    checkDuplicates(at, field, uids, duplicateText);
}

void Checker::checkDuplicates(const Location &at, const QString &field, const QStringList &uids,
                              const char *duplicateText)
{
    // Reference lists are short; a quadratic scan beats building a set.
    for (qsizetype i = 1; i < uids.size(); ++i) {
        if (uids.indexOf(uids.at(i)) < i) {
            report(RuleId::DuplicateReference, at, field,
                   translated(duplicateText).arg(quoted(uids.at(i))));
        }
    }
}

template<typename List>
void Checker::checkPositions(const Location &at, const QString &field, const List &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).position == int(i))
            continue;
        QStringList found;
        for (const auto &item : items)
            found.append(QString::number(item.position));
        report(
            RuleId::NonContiguousPositions, at, field,
            QCoreApplication::translate("kd::Checker", "the %1 are numbered %2 instead of 0 to %3")
                .arg(field, found.join(QStringLiteral(", ")))
                .arg(items.size() - 1));
        return;
    }
}

void Checker::checkCitation(const Location &at, const QString &field, const QString &sourceUid)
{
    const LegalSource *source = m_index.legalSource(sourceUid);
    if (source && source->validUntil.isValid() && source->validUntil < m_options.asOf) {
        report(RuleId::LegalSourceExpired, at, field,
               QCoreApplication::translate("kd::Checker",
                                           "cites legal source %1, which expired on %2 (as of %3)")
                   .arg(quoted(source->shortTitle), source->validUntil.toString(Qt::ISODate),
                        m_options.asOf.toString(Qt::ISODate)));
    }
}

} // namespace kd
