#include "entitylabels.h"

#include "kinddispatch.h"
#include "projectdocument.h"

#include <QCoreApplication>

namespace kd::EntityLabels {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::EntityLabels", text);
}

QString labelOf(const LifeDomain &e)
{
    return e.label;
}
QString labelOf(const Professional &e)
{
    return e.title;
}
QString labelOf(const LegalSource &e)
{
    return e.shortTitle;
}
QString labelOf(const Theme &e)
{
    return e.label;
}
QString labelOf(const GlossaryTerm &e)
{
    return e.term;
}
QString labelOf(const Asset &e)
{
    return e.name;
}
QString labelOf(const Scenario &e)
{
    return e.title;
}
QString labelOf(const Person &e)
{
    return e.name;
}
QString labelOf(const Segment &e)
{
    return e.title;
}
QString labelOf(const Dilemma &e)
{
    return e.question;
}
QString labelOf(const Option &e)
{
    return e.label;
}
QString labelOf(const LegalReference &e)
{
    return e.pinpoint;
}

} // namespace

QString labelField(EntityKind kind)
{
    switch (kind) {
    case EntityKind::LifeDomain:
    case EntityKind::Theme:
    case EntityKind::Option:
        return QStringLiteral("label");
    case EntityKind::Professional:
    case EntityKind::Scenario:
    case EntityKind::Segment:
    case EntityKind::Project:
        return QStringLiteral("title");
    case EntityKind::LegalSource:
        return QStringLiteral("shortTitle");
    case EntityKind::GlossaryTerm:
        return QStringLiteral("term");
    case EntityKind::Asset:
    case EntityKind::Person:
        return QStringLiteral("name");
    case EntityKind::Dilemma:
        return QStringLiteral("question");
    case EntityKind::LegalReference:
        return QStringLiteral("pinpoint");
    case EntityKind::Review:
        break;
    }
    return {};
}

QString label(const ProjectDocument &document, EntityKind kind, const QString &uid)
{
    if (kind == EntityKind::Project)
        return document.project().info.title;
    QString text;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *entity = document.find<T>(uid))
            text = labelOf(*entity);
    });
    return text;
}

QHash<QString, QString> reviewableLabels(const Project &project)
{
    QHash<QString, QString> labels;
    for (const LegalSource &source : project.legalSources)
        labels.insert(source.uid, labelOf(source));
    for (const Scenario &scenario : project.scenarios) {
        for (const Segment &segment : scenario.segments) {
            for (const Dilemma &dilemma : segment.dilemmas)
                labels.insert(dilemma.uid, labelOf(dilemma));
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
        return tr("segment");
    case EntityKind::Dilemma:
        return tr("dilemma");
    case EntityKind::Option:
        return tr("option");
    case EntityKind::LegalReference:
        return tr("legal reference");
    case EntityKind::Review:
        return tr("review");
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
        return tr("Segments");
    case EntityKind::Dilemma:
        return tr("Dilemmas");
    case EntityKind::Option:
        return tr("Options");
    case EntityKind::LegalReference:
        return tr("Legal references");
    case EntityKind::Review:
        return tr("Reviews");
    }
    return {};
}

} // namespace kd::EntityLabels
