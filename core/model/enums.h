#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

// The closed vocabularies of the content model. Each value has one stable spelling, used in the
// project file, in packages and in the schemas; toString/fromString are the only conversions.

// The secrecy regime a professional works under (DOMAIN.md, "Per professional").
enum class SecrecyRegime {
    MedicalSecrecy,      // statutory medical professional secrecy (WGBO, Wet BIG): GP, youth doctor
    ProfessionalSecrecy, // statutory secrecy of a registered profession (gz-psycholoog)
    YouthActSecrecy,     // secrecy of the Jeugdwet (art. 7.3.11)
    PoliceData,          // no medical secrecy; the Wet politiegegevens governs sharing
    StatutoryTask,       // a statutory task that includes sharing (Veilig Thuis)
    Confidentiality,     // no statutory secrecy, a duty of confidentiality (teacher, debt advice)
};

// How an option of a dilemma is judged.
enum class Assessment { Recommended, Acceptable, NotAdvisable };

// Where a dilemma or legal source stands in review.
enum class ReviewState { Draft, InReview, ChangesRequested, Approved };

// What a note in a review thread does: opens the thread, replies in it, or closes it.
enum class ReviewNoteKind { Question, Answer, Resolution };

QString toName(SecrecyRegime value);
QString toName(Assessment value);
QString toName(ReviewState value);
QString toName(ReviewNoteKind value);

std::optional<SecrecyRegime> secrecyRegimeFromName(const QString &text);
std::optional<Assessment> assessmentFromName(const QString &text);
std::optional<ReviewState> reviewStateFromName(const QString &text);
std::optional<ReviewNoteKind> reviewNoteKindFromName(const QString &text);

// The same conversions for generic code: false (value unchanged) for an unknown name.
bool fromName(const QString &text, SecrecyRegime *value);
bool fromName(const QString &text, Assessment *value);
bool fromName(const QString &text, ReviewState *value);
bool fromName(const QString &text, ReviewNoteKind *value);

QStringList secrecyRegimeNames();
QStringList assessmentNames();
QStringList reviewStateNames();
QStringList reviewNoteKindNames();

} // namespace kd
