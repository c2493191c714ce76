#include "entitylabels.h"

#include "model/description.h"
#include "projectdocument.h"

#include <QCoreApplication>

namespace kd::EntityLabels {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::EntityLabels", text);
}

} // namespace

QString labelField(EntityKind kind)
{
    const FieldDescription *field = describe(kind).namingField();
    return field ? QLatin1String(field->name) : QString();
}

QString label(const ProjectDocument &document, EntityKind kind, const QString &uid)
{
    if (kind == EntityKind::Project)
        return document.project().info.title;
    QString text;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *entity = document.find<T>(uid))
            text = nameOf(*entity);
    });
    return text;
}

QHash<QString, QString> reviewableLabels(const Project &project)
{
    QHash<QString, QString> labels;
    for (const LegalSource &source : project.legalSources)
        labels.insert(source.uid, nameOf(source));
    for (const Scenario &scenario : project.scenarios) {
        for (const Segment &segment : scenario.segments) {
            for (const Dilemma &dilemma : segment.dilemmas)
                labels.insert(dilemma.uid, nameOf(dilemma));
        }
    }
    return labels;
}

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return tr("project");
    case EntityKind::LifeDomain:
        return tr("life domain");
    case EntityKind::Professional:
        return tr("professional");
    case EntityKind::LegalSource:
        return tr("legal source");
    case EntityKind::Theme:
        return tr("theme");
    case EntityKind::GlossaryTerm:
        return tr("glossary term");
    case EntityKind::Asset:
        return tr("asset");
    case EntityKind::Scenario:
        return tr("scenario");
    case EntityKind::Person:
        return tr("person");
    case EntityKind::Segment:
        return tr("moment");
    case EntityKind::Dilemma:
        return tr("dilemma");
    case EntityKind::Option:
        return tr("option");
    case EntityKind::LegalReference:
        return tr("legal reference");
    case EntityKind::Review:
        return tr("review");
    case EntityKind::ReviewNote:
        return tr("review comment");
    case EntityKind::TrustedReviewer:
        return tr("trusted reviewer");
    }
    return {};
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return tr("draft");
    case ReviewState::InReview:
        return tr("in review");
    case ReviewState::ChangesRequested:
        return tr("changes requested");
    case ReviewState::Approved:
        return tr("approved");
    }
    return toName(state);
}

QString kindNamePlural(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return tr("Projects");
    case EntityKind::LifeDomain:
        return tr("Life domains");
    case EntityKind::Professional:
        return tr("Professionals");
    case EntityKind::LegalSource:
        return tr("Legal sources");
    case EntityKind::Theme:
        return tr("Themes");
    case EntityKind::GlossaryTerm:
        return tr("Glossary");
    case EntityKind::Asset:
        return tr("Assets");
    case EntityKind::Scenario:
        return tr("Scenarios");
    case EntityKind::Person:
        return tr("Persons");
    case EntityKind::Segment:
        return tr("Moments");
    case EntityKind::Dilemma:
        return tr("Dilemmas");
    case EntityKind::Option:
        return tr("Options");
    case EntityKind::LegalReference:
        return tr("Legal references");
    case EntityKind::Review:
        return tr("Reviews");
    case EntityKind::ReviewNote:
        return tr("Review comments");
    case EntityKind::TrustedReviewer:
        return tr("Trusted reviewers");
    }
    return {};
}

} // namespace kd::EntityLabels
