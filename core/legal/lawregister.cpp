#include "lawregister.h"

namespace kd {
namespace {

QString pathPart(const QString &key, const QString &uid)
{
    return key.isEmpty() ? uid : key;
}

LawRegister::Status statusOn(const LegalSource &source, const QDate &day)
{
    using Status = LawRegister::Status;
    if (source.validUntil.isValid() && source.validUntil < day)
        return Status::Expired;
    if (source.validFrom.isValid() && source.validFrom > day)
        return Status::NotYetInForce;
    if (source.reviewBy.isValid() && source.reviewBy < day)
        return Status::ReviewDue;
    if (source.reviewBy.isValid() && day.daysTo(source.reviewBy) <= LawRegister::SoonDays)
        return Status::ReviewSoon;
    return Status::Current;
}

} // namespace

LawRegister::LawRegister(const Project &registers, const QDate &asOf)
    : m_registers(registers)
    , m_asOf(asOf)
    , m_trust(registers)
    , m_law(registers, m_trust)
{}

void LawRegister::addScenario(const Scenario &scenario)
{
    const QString scenarioPath = QStringLiteral("scenario/") + pathPart(scenario.key, scenario.uid);
    for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
        const QString segmentPath
            = scenarioPath + QStringLiteral("/segment/") + QString::number(i + 1);
        for (const Dilemma &d : scenario.segments.at(i).dilemmas) {
            const Citing citing{EntityKind::Dilemma, d.uid,
                                segmentPath + QStringLiteral("/dilemma/") + pathPart(d.key, d.uid),
                                d.question};
            QList<QString> named; // a dilemma citing a source twice is listed once
            for (const LegalReference &r : d.legalReferences) {
                if (named.contains(r.legalSourceUid))
                    continue;
                named.append(r.legalSourceUid);
                m_dilemmas[r.legalSourceUid].append(citing);
            }
            for (const LegalSource *changed : m_law.changedSinceApproval(d))
                m_changed[changed->uid].append(citing);
        }
    }
}

QList<LawRegister::Entry> LawRegister::entries() const
{
    QHash<QString, QList<Citing>> professionals;
    for (const Professional &p : m_registers.professionals) {
        for (const QString &uid : p.defaultLegalSourceUids)
            professionals[uid].append({EntityKind::Professional, p.uid,
                                       QStringLiteral("professional/") + pathPart(p.key, p.uid),
                                       p.title});
    }
    QList<Entry> list;
    list.reserve(m_registers.legalSources.size());
    for (const LegalSource &s : m_registers.legalSources) {
        Entry e;
        e.uid = s.uid;
        e.key = s.key;
        e.path = QStringLiteral("legal-source/") + pathPart(s.key, s.uid);
        e.title = s.shortTitle;
        e.identifier = s.identifier;
        e.kind = Citation::kindOf(s);
        e.citation = Citation::jci(s);
        e.link = Citation::link(s);
        e.versionDate = s.versionDate;
        e.validFrom = s.validFrom;
        e.validUntil = s.validUntil;
        e.reviewBy = s.reviewBy;
        e.status = statusOn(s, m_asOf);
        if (s.reviewBy.isValid())
            e.daysToReview = int(m_asOf.daysTo(s.reviewBy));
        e.citedBy = m_dilemmas.value(s.uid) + professionals.value(s.uid);
        e.changedSinceApproval = m_changed.value(s.uid);
        list.append(e);
    }
    return list;
}

QString LawRegister::toName(Status status)
{
    switch (status) {
    case Status::Current:
        return QStringLiteral("current");
    case Status::ReviewSoon:
        return QStringLiteral("review-soon");
    case Status::ReviewDue:
        return QStringLiteral("review-due");
    case Status::NotYetInForce:
        return QStringLiteral("not-yet-in-force");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString LawRegister::toName(Citation::SourceKind kind)
{
    switch (kind) {
    case Citation::SourceKind::Statute:
        return QStringLiteral("statute");
    case Citation::SourceKind::EuLaw:
        return QStringLiteral("eu-law");
    case Citation::SourceKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace kd
