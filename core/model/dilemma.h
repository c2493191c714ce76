#pragma once

#include "legalreference.h"
#include "option.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {

// A hard choice about sharing information that one professional faces at a moment of the wheel.
struct Dilemma
{
    QString uid;
    QString key;
    QString professionalUid;
    QString question;
    QString situation;         // Markdown
    QString considerations;    // Markdown
    QString solutionDirection; // Markdown: the oplossingsrichting
    QList<Option> options;
    QList<LegalReference> legalReferences;
    QStringList themeUids;
#ifdef KD_PROOF_FIELD
    QString proofNote; // Markdown: only in tests/proof's build, the field that proves the recipe
#endif
    int position = 0;

    bool operator==(const Dilemma &) const = default;
};

} // namespace kd
