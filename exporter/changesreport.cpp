#include "changesreport.h"

#include "model/project.h"
#include "package/packagemanifest.h"
#include "package/packagereader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kd {
namespace {

QString fieldChangeName(FieldChange::Kind kind)
{
    switch (kind) {
    case FieldChange::Kind::Added:
        return QStringLiteral("added");
    case FieldChange::Kind::Removed:
        return QStringLiteral("removed");
    case FieldChange::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString runName(DiffRun::Kind kind)
{
    switch (kind) {
    case DiffRun::Kind::Equal:
        return QStringLiteral("equal");
    case DiffRun::Kind::Deleted:
        return QStringLiteral("deleted");
    case DiffRun::Kind::Inserted:
        return QStringLiteral("inserted");
    }
    return {};
}

QJsonObject releaseJson(const ChangesReport::Release &release)
{
    QJsonObject object{{QStringLiteral("title"), release.title}};
    if (!release.contentHash.isEmpty())
        object.insert(QStringLiteral("contentHash"), release.contentHash);
    return object;
}

QJsonObject fieldJson(const FieldChange &field)
{
    QJsonObject object{{QStringLiteral("field"), field.field},
                       {QStringLiteral("change"), fieldChangeName(field.kind)},
                       {QStringLiteral("before"), field.before},
                       {QStringLiteral("after"), field.after}};
    if (!field.runs.isEmpty()) {
        QJsonArray words;
        for (const DiffRun &run : field.runs)
            words.append(QJsonObject{{QStringLiteral("op"), runName(run.kind)},
                                     {QStringLiteral("text"), run.text}});
        object.insert(QStringLiteral("words"), words);
    }
    return object;
}

QJsonObject changeJson(const EntityChange &change)
{
    QJsonObject object{{QStringLiteral("change"), ReleaseDiff::toName(change.kind)},
                       {QStringLiteral("kind"), toName(change.entity)},
                       {QStringLiteral("uid"), change.uid},
                       {QStringLiteral("place"), QJsonArray::fromStringList(change.place)}};
    if (!change.key.isEmpty())
        object.insert(QStringLiteral("key"), change.key);
    if (change.kind == EntityChange::Kind::Moved) {
        object.insert(QStringLiteral("from"), QJsonArray::fromStringList(change.from));
        object.insert(QStringLiteral("position"), change.position);
        object.insert(QStringLiteral("fromPosition"), change.fromPosition);
    }
    if (!change.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields)
            fields.append(fieldJson(field));
        object.insert(QStringLiteral("fields"), fields);
    }
    return object;
}

const QString placeSeparator = QStringLiteral(" > ");

// A value over several lines, its later lines indented to stay under its field.
QString indented(const QString &text, const QString &indent)
{
    QString result = text;
    return result.replace(u'\n', u'\n' + indent);
}

QString runsAsText(const QList<DiffRun> &runs)
{
    QString text;
    for (const DiffRun &run : runs) {
        switch (run.kind) {
        case DiffRun::Kind::Equal:
            text += run.text;
            break;
        case DiffRun::Kind::Deleted:
            text += QStringLiteral("[-") + run.text + QStringLiteral("-]");
            break;
        case DiffRun::Kind::Inserted:
            text += QStringLiteral("{+") + run.text + QStringLiteral("+}");
            break;
        }
    }
    return text;
}

QString fieldAsText(const FieldChange &field)
{
    const QString indent = QStringLiteral("    ");
    QString value;
    if (!field.runs.isEmpty())
        value = runsAsText(field.runs);
    else if (field.kind == FieldChange::Kind::Added)
        value = QStringLiteral("added: ") + field.after;
    else if (field.kind == FieldChange::Kind::Removed)
        value = QStringLiteral("removed: ") + field.before;
    else if (field.before.contains(u'\n') || field.after.contains(u'\n'))
        value
            = QStringLiteral("\nwas:\n") + field.before + QStringLiteral("\nnow:\n") + field.after;
    else
        value = field.before + QStringLiteral(" -> ") + field.after;
    return QStringLiteral("  ") + field.field + QStringLiteral(": ") + indented(value, indent);
}

QString summaryText(const ChangesReport &report)
{
    return QStringLiteral("%1 added, %2 removed, %3 moved, %4 changed")
        .arg(report.count(EntityChange::Kind::Added))
        .arg(report.count(EntityChange::Kind::Removed))
        .arg(report.count(EntityChange::Kind::Moved))
        .arg(report.count(EntityChange::Kind::Changed));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString runsAsHtml(const QList<DiffRun> &runs)
{
    QString html;
    for (const DiffRun &run : runs) {
        switch (run.kind) {
        case DiffRun::Kind::Equal:
            html += escaped(run.text);
            break;
        case DiffRun::Kind::Deleted:
            html += QStringLiteral("<del>") + escaped(run.text) + QStringLiteral("</del>");
            break;
        case DiffRun::Kind::Inserted:
            html += QStringLiteral("<ins>") + escaped(run.text) + QStringLiteral("</ins>");
            break;
        }
    }
    return html;
}

QString fieldAsHtml(const FieldChange &field, const QString &lang)
{
    QString value;
    if (!field.runs.isEmpty()) {
        value = runsAsHtml(field.runs);
    } else {
        if (!field.before.isEmpty())
            value += QStringLiteral("<del>") + escaped(field.before) + QStringLiteral("</del>");
        if (!field.before.isEmpty() && !field.after.isEmpty())
            value += QStringLiteral("<span class=\"arrow\" aria-label=\"becomes\"> → </span>");
        if (!field.after.isEmpty())
            value += QStringLiteral("<ins>") + escaped(field.after) + QStringLiteral("</ins>");
    }
    return QStringLiteral("<dt>%1</dt>\n<dd lang=\"%2\">%3</dd>\n")
        .arg(escaped(field.field), lang, value);
}

} // namespace

bool ChangesReport::readPackage(const QString &path, Project *project, Release *release,
                                PackageError *error)
{
    const QFileInfo info(path);
    const QString json = QDir(path).filePath(QStringLiteral("package.json"));
    const QString document = info.isDir() && QFileInfo::exists(json) ? json : path;
    if (!PackageReader::read(document, project, error))
        return false;
    *release = releaseOf(*project);
    release->contentHash = PackageManifest::recordedContentHash(
        info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    return true;
}

ChangesReport::Release ChangesReport::releaseOf(const Project &project)
{
    return {project.info.title, project.info.language, {}};
}

int ChangesReport::count(EntityChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const EntityChange &change) { return change.kind == kind; }));
}

QString ChangesReport::kindWord(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return QStringLiteral("project");
    case EntityKind::LifeDomain:
        return QStringLiteral("life domain");
    case EntityKind::Professional:
        return QStringLiteral("professional");
    case EntityKind::LegalSource:
        return QStringLiteral("legal source");
    case EntityKind::Theme:
        return QStringLiteral("theme");
    case EntityKind::GlossaryTerm:
        return QStringLiteral("glossary term");
    case EntityKind::Asset:
        return QStringLiteral("asset");
    case EntityKind::Scenario:
        return QStringLiteral("scenario");
    case EntityKind::Person:
        return QStringLiteral("person");
    case EntityKind::Segment:
        return QStringLiteral("moment");
    case EntityKind::Dilemma:
        return QStringLiteral("dilemma");
    case EntityKind::Option:
        return QStringLiteral("option");
    case EntityKind::LegalReference:
        return QStringLiteral("legal reference");
    case EntityKind::Review:
    case EntityKind::ReviewNote:
    case EntityKind::TrustedReviewer:
        break;
    }
    return toName(kind);
}

QByteArray ChangesReport::json() const
{
    QJsonArray list;
    for (const EntityChange &change : changes)
        list.append(changeJson(change));
    const QJsonObject summary{
        {QStringLiteral("added"), count(EntityChange::Kind::Added)},
        {QStringLiteral("removed"), count(EntityChange::Kind::Removed)},
        {QStringLiteral("moved"), count(EntityChange::Kind::Moved)},
        {QStringLiteral("changed"), count(EntityChange::Kind::Changed)},
    };
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("kd-changes/1")},
        {QStringLiteral("old"), releaseJson(before)},
        {QStringLiteral("new"), releaseJson(after)},
        {QStringLiteral("equal"), changes.isEmpty()},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("changes"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ChangesReport::text() const
{
    QString text;
    if (changes.isEmpty()) {
        text = QStringLiteral("no changes between \"%1\" and \"%2\"\n")
                   .arg(before.title, after.title);
        return text;
    }
    text = QStringLiteral("%1 changes between \"%2\" and \"%3\": %4\n")
               .arg(changes.size())
               .arg(before.title, after.title, summaryText(*this));
    for (const EntityChange &change : changes) {
        text += u'\n' + ReleaseDiff::toName(change.kind) + u' ' + kindWord(change.entity)
                + QStringLiteral(": ") + change.place.join(placeSeparator);
        if (change.kind == EntityChange::Kind::Moved) {
            if (change.from == change.place)
                text += QStringLiteral(" (now place %1, was %2)")
                            .arg(change.position)
                            .arg(change.fromPosition);
            else
                text += QStringLiteral(" (was ") + change.from.join(placeSeparator) + u')';
        }
        text += u'\n';
        for (const FieldChange &field : change.fields)
            text += fieldAsText(field) + u'\n';
    }
    return text;
}

QByteArray ChangesReport::html() const
{
    // A project file's language is whatever was typed (a package's is checked): an attribute
    // value escaped like any text.
    const QString lang = after.language.isEmpty() ? QStringLiteral("nl") : escaped(after.language);
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n");
    html += QStringLiteral("<title>What changed: %1</title>\n").arg(escaped(after.title));
    html += QStringLiteral(
        "<style>\n"
        "body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; margin: 0 auto; "
        "max-width: 60rem; padding: 1rem; }\n"
        "section { border-top: 1px solid #bbb; padding: 0.5rem 0; }\n"
        "h2 { font-size: 1.1rem; margin: 0.5rem 0 0; }\n"
        ".place { margin: 0; }\n"
        "dt { font-weight: 600; margin-top: 0.5rem; }\n"
        "dd { margin: 0 0 0 1rem; white-space: pre-wrap; }\n"
        "del { background: #fde2e1; color: #7a1010; }\n"
        "ins { background: #dcf5dc; color: #0c4d0c; text-decoration: none; "
        "border-bottom: 2px solid #2a7a2a; }\n"
        "@media print { del, ins { background: none; } }\n"
        "</style>\n</head>\n<body>\n<main>\n");
    html += QStringLiteral("<h1>What changed</h1>\n<p>From <q lang=\"%1\">%2</q> to "
                           "<q lang=\"%1\">%3</q>: ")
                .arg(lang, escaped(before.title), escaped(after.title));
    html += changes.isEmpty() ? QStringLiteral("no changes.</p>\n")
                              : QStringLiteral("%1 changes (%2).</p>\n")
                                    .arg(changes.size())
                                    .arg(summaryText(*this));
    for (const EntityChange &change : changes) {
        html += QStringLiteral("<section>\n<h2>%1 %2</h2>\n")
                    .arg(ReleaseDiff::toName(change.kind), kindWord(change.entity));
        html += QStringLiteral("<p class=\"place\" lang=\"%1\">%2</p>\n")
                    .arg(lang, escaped(change.place.join(placeSeparator)));
        if (change.kind == EntityChange::Kind::Moved) {
            if (change.from == change.place)
                html += QStringLiteral("<p>Now place %1, was %2.</p>\n")
                            .arg(change.position)
                            .arg(change.fromPosition);
            else
                html += QStringLiteral("<p>Was <span lang=\"%1\">%2</span>.</p>\n")
                            .arg(lang, escaped(change.from.join(placeSeparator)));
        }
        if (!change.fields.isEmpty()) {
            html += QStringLiteral("<dl>\n");
            for (const FieldChange &field : change.fields)
                html += fieldAsHtml(field, lang);
            html += QStringLiteral("</dl>\n");
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace kd
