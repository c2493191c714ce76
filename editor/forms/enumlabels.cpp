#include "enumlabels.h"

#include "model/enums.h"

namespace kd {

QList<std::pair<QString, QString>> EnumLabels::secrecyRegimes()
{
    auto label = [](SecrecyRegime value) {
        switch (value) {
        case SecrecyRegime::MedicalSecrecy:
            return tr("Medical secrecy");
        case SecrecyRegime::ProfessionalSecrecy:
            return tr("Professional secrecy");
        case SecrecyRegime::YouthActSecrecy:
            return tr("Youth Act secrecy");
        case SecrecyRegime::PoliceData:
            return tr("Police data");
        case SecrecyRegime::StatutoryTask:
            return tr("Statutory task");
        case SecrecyRegime::Confidentiality:
            return tr("Confidentiality");
        }
        return QString();
    };
    QList<std::pair<QString, QString>> result;
    for (const QString &name : secrecyRegimeNames())
        result.append({name, label(*secrecyRegimeFromName(name))});
    return result;
}

QList<std::pair<QString, QString>> EnumLabels::assessments()
{
    auto label = [](Assessment value) {
        switch (value) {
        case Assessment::Recommended:
            return tr("Recommended");
        case Assessment::Acceptable:
            return tr("Acceptable");
        case Assessment::NotAdvisable:
            return tr("Not advisable");
        }
        return QString();
    };
    QList<std::pair<QString, QString>> result;
    for (const QString &name : assessmentNames())
        result.append({name, label(*assessmentFromName(name))});
    return result;
}

QString EnumLabels::kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return tr("Project");
    case EntityKind::LifeDomain:
        return tr("Life domain");
    case EntityKind::Professional:
        return tr("Professional");
    case EntityKind::LegalSource:
        return tr("Legal source");
    case EntityKind::Theme:
        return tr("Theme");
    case EntityKind::GlossaryTerm:
        return tr("Glossary term");
    case EntityKind::Asset:
        return tr("Asset");
    case EntityKind::Scenario:
        return tr("Scenario");
    case EntityKind::Person:
        return tr("Person");
    case EntityKind::Segment:
        return tr("Moment");
    case EntityKind::Dilemma:
        return tr("Dilemma");
    case EntityKind::Option:
        return tr("Option");
    case EntityKind::LegalReference:
        return tr("Legal reference");
    case EntityKind::Review:
        return tr("Review");
    case EntityKind::ReviewNote:
        return tr("Review comment");
    case EntityKind::TrustedReviewer:
        return tr("Trusted reviewer");
    }
    return QString();
}

} // namespace kd
