#include "dutchwords.h"

namespace kd::DutchWords {

QString of(Assessment assessment)
{
    switch (assessment) {
    case Assessment::Recommended:
        return QStringLiteral("Aanbevolen");
    case Assessment::Acceptable:
        return QStringLiteral("Aanvaardbaar");
    case Assessment::NotAdvisable:
        return QStringLiteral("Niet aan te raden");
    }
    return {};
}

QString of(SecrecyRegime regime)
{
    switch (regime) {
    case SecrecyRegime::MedicalSecrecy:
        return QStringLiteral("Medisch beroepsgeheim");
    case SecrecyRegime::ProfessionalSecrecy:
        return QStringLiteral("Wettelijk beroepsgeheim");
    case SecrecyRegime::YouthActSecrecy:
        return QStringLiteral("Geheimhouding van de Jeugdwet");
    case SecrecyRegime::PoliceData:
        return QStringLiteral("Politiegegevens (geen medisch beroepsgeheim)");
    case SecrecyRegime::StatutoryTask:
        return QStringLiteral("Wettelijke taak die delen omvat");
    case SecrecyRegime::Confidentiality:
        return QStringLiteral("Geen wettelijk beroepsgeheim; plicht tot vertrouwelijkheid");
    }
    return {};
}

} // namespace kd::DutchWords
