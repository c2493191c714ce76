#pragma once

#include "asset.h"
#include "changelogentry.h"
#include "glossaryterm.h"
#include "legalsource.h"
#include "lifedomain.h"
#include "professional.h"
#include "projectinfo.h"
#include "review.h"
#include "reviewnote.h"
#include "scenario.h"
#include "theme.h"
#include "trustedreviewer.h"

#include <QList>

namespace kd {

// A whole project in memory: plain values, every list in position order. The store loads and
// saves it; validation and the package writers read it.
struct Project
{
    ProjectInfo info;
    QList<LifeDomain> lifeDomains;
    QList<Professional> professionals;
    QList<LegalSource> legalSources;
    QList<Theme> themes;
    QList<GlossaryTerm> glossary;
    QList<Scenario> scenarios;
    QList<Asset> assets;
    QList<TrustedReviewer> trustedReviewers; // in the order they were added
    QList<Review> reviews;                   // oldest first
    QList<ReviewNote> reviewNotes;           // oldest first
    QList<ChangeLogEntry> changeLog;         // oldest first

    // The five life domains every new project starts with.
    static QList<LifeDomain> defaultLifeDomains();
    // The jargon list every new project starts with (ProjectInfo::jargon).
    static QString defaultJargon();

    bool operator==(const Project &) const = default;
};

} // namespace kd
