#pragma once

#include "model/enums.h"

#include <QString>

namespace kd {

// The Dutch words for the content's closed vocabularies, in what the exporter writes for
// readers of the content (the review packet, the website), which is Dutch as the content is.
namespace DutchWords {

QString of(Assessment assessment); // "Aanbevolen", "Aanvaardbaar", "Niet aan te raden"
QString of(SecrecyRegime regime);  // "Medisch beroepsgeheim", ...

} // namespace DutchWords
} // namespace kd
