#include "enums.h"

#include "nametable.h"

namespace kd {
namespace {

constexpr NameTable<SecrecyRegime, 6> secrecyNames{{
    {SecrecyRegime::MedicalSecrecy, "medical-secrecy"},
    {SecrecyRegime::ProfessionalSecrecy, "professional-secrecy"},
    {SecrecyRegime::YouthActSecrecy, "youth-act-secrecy"},
    {SecrecyRegime::PoliceData, "police-data"},
    {SecrecyRegime::StatutoryTask, "statutory-task"},
    {SecrecyRegime::Confidentiality, "confidentiality"},
}};

constexpr NameTable<Assessment, 3> assessmentTable{{
    {Assessment::Recommended, "recommended"},
    {Assessment::Acceptable, "acceptable"},
    {Assessment::NotAdvisable, "not-advisable"},
}};

constexpr NameTable<ReviewState, 4> reviewTable{{
    {ReviewState::Draft, "draft"},
    {ReviewState::InReview, "in-review"},
    {ReviewState::ChangesRequested, "changes-requested"},
    {ReviewState::Approved, "approved"},
}};

constexpr NameTable<ReviewNoteKind, 3> noteKindTable{{
    {ReviewNoteKind::Question, "question"},
    {ReviewNoteKind::Answer, "answer"},
    {ReviewNoteKind::Resolution, "resolution"},
}};

} // namespace

QString toName(SecrecyRegime value)
{
    return nameOf(secrecyNames, value);
}

QString toName(Assessment value)
{
    return nameOf(assessmentTable, value);
}

QString toName(ReviewState value)
{
    return nameOf(reviewTable, value);
}

QString toName(ReviewNoteKind value)
{
    return nameOf(noteKindTable, value);
}

std::optional<SecrecyRegime> secrecyRegimeFromName(const QString &text)
{
    return valueOf(secrecyNames, text);
}

std::optional<Assessment> assessmentFromName(const QString &text)
{
    return valueOf(assessmentTable, text);
}

std::optional<ReviewState> reviewStateFromName(const QString &text)
{
    return valueOf(reviewTable, text);
}

std::optional<ReviewNoteKind> reviewNoteKindFromName(const QString &text)
{
    return valueOf(noteKindTable, text);
}

namespace {

template<typename E>
bool assign(std::optional<E> parsed, E *value)
{
    if (parsed)
        *value = *parsed;
    return parsed.has_value();
}

} // namespace

bool fromName(const QString &text, SecrecyRegime *value)
{
    return assign(secrecyRegimeFromName(text), value);
}

bool fromName(const QString &text, Assessment *value)
{
    return assign(assessmentFromName(text), value);
}

bool fromName(const QString &text, ReviewState *value)
{
    return assign(reviewStateFromName(text), value);
}

bool fromName(const QString &text, ReviewNoteKind *value)
{
    return assign(reviewNoteKindFromName(text), value);
}

QStringList secrecyRegimeNames()
{
    return namesOf(secrecyNames);
}

QStringList assessmentNames()
{
    return namesOf(assessmentTable);
}

QStringList reviewStateNames()
{
    return namesOf(reviewTable);
}

QStringList reviewNoteKindNames()
{
    return namesOf(noteKindTable);
}

} // namespace kd
