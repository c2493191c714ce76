#pragma once

#include "model/entitykind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace kd {

// Translated words for the model's closed vocabularies, for combos and headings. The stable
// names stay in the model; only what the user reads is translated.
class EnumLabels
{
    Q_DECLARE_TR_FUNCTIONS(kd::EnumLabels)

public:
    // Each stable name with its label, in the model's order.
    static QList<std::pair<QString, QString>> secrecyRegimes();
    static QList<std::pair<QString, QString>> assessments();
    // "Dilemma", "Legal source": the heading of a form.
    static QString kindLabel(EntityKind kind);
};

} // namespace kd
