#include "entityfactory.h"

#include "commands/structurecommands.h"
#include "entitylabels.h"
#include "model/description.h"
#include "projectdocument.h"

#include "model/identifiers.h"

#include <QCoreApplication>
#include <QSet>

namespace kd::EntityFactory {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::EntityFactory", text);
}

// The keys already used in the scope an entity of kind T under parentUid lives in, but for the
// key of the entity exceptUid (an entity being renamed may keep its own key).
template<typename T>
QSet<QString> keysInScope(const ProjectDocument &document, const QString &parentUid,
                          const QString &exceptUid = {})
{
    QSet<QString> keys;
    auto add = [&](const auto &entity) {
        if (entity.uid != exceptUid)
            keys.insert(entity.key);
    };
    const Project &p = document.project();
    if constexpr (std::is_same_v<T, Segment>) {
        if (const Scenario *s = document.find<Scenario>(parentUid))
            for (const Segment &g : s->segments)
                add(g);
    } else if constexpr (std::is_same_v<T, Dilemma>) {
        for (const Scenario &s : p.scenarios)
            for (const Segment &g : s.segments)
                for (const Dilemma &d : g.dilemmas)
                    add(d);
    } else if constexpr (requires(T t) { t.key; }) {
        if (const QList<T> *list = EntityTraits<T>::list(const_cast<Project &>(p), parentUid))
            for (const T &e : *list)
                add(e);
    }
    Q_UNUSED(parentUid)
    return keys;
}

QString freeKey(const QSet<QString> &taken, const QString &base)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString key = base + u'-' + QString::number(n);
        if (!taken.contains(key))
            return key;
    }
}

template<typename T>
void setFreshKey(T &entity, const ProjectDocument &document, const QString &parentUid,
                 const QString &base)
{
    if constexpr (requires(T t) { t.key; })
        entity.key = freeKey(keysInScope<T>(document, parentUid), base);
}

template<typename T>
T blank()
{
    T entity{};
    if constexpr (std::is_same_v<T, LifeDomain>)
        entity.colour = QStringLiteral("#808080");
    if constexpr (std::is_same_v<T, Asset>)
        entity.data = QByteArray("");
    return entity;
}

} // namespace

// Keys are content, and content is Dutch.
QString keyStem(EntityKind kind)
{
    switch (kind) {
    case EntityKind::LifeDomain:
        return QStringLiteral("levensdomein");
    case EntityKind::Professional:
        return QStringLiteral("professional");
    case EntityKind::LegalSource:
        return QStringLiteral("bron");
    case EntityKind::Theme:
        return QStringLiteral("thema");
    case EntityKind::GlossaryTerm:
        return QStringLiteral("term");
    case EntityKind::Asset:
        return QStringLiteral("bestand");
    case EntityKind::Scenario:
        return QStringLiteral("casus");
    case EntityKind::Segment:
        return QStringLiteral("moment");
    case EntityKind::Dilemma:
        return QStringLiteral("dilemma");
    default:
        return {};
    }
}

QString freeKey(const ProjectDocument &document, EntityKind kind, const QString &parentUid,
                const QString &base, const QString &exceptUid)
{
    QString key = base;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (requires(T t) { t.key; })
            key = freeKey(keysInScope<T>(document, parentUid, exceptUid), base);
    });
    return key;
}

void renewUids(Dilemma &dilemma)
{
    dilemma.uid = Identifiers::createUid();
    for (Option &o : dilemma.options)
        o.uid = Identifiers::createUid();
    for (LegalReference &r : dilemma.legalReferences)
        r.uid = Identifiers::createUid();
}

void renewUids(Segment &segment)
{
    segment.uid = Identifiers::createUid();
    for (Dilemma &d : segment.dilemmas)
        renewUids(d);
}

void renewUids(Scenario &scenario)
{
    scenario.uid = Identifiers::createUid();
    // Segments refer to the scenario's persons: keep those references pointing at the copies.
    QHash<QString, QString> personUids;
    for (Person &p : scenario.persons) {
        const QString fresh = Identifiers::createUid();
        personUids.insert(p.uid, fresh);
        p.uid = fresh;
    }
    for (Segment &s : scenario.segments) {
        renewUids(s);
        for (QString &person : s.personUids)
            person = personUids.value(person, person);
    }
}

// Kinds that own nothing only need a uid of their own.
template<typename T>
void renewUids(T &entity)
{
    entity.uid = Identifiers::createUid();
}

template<typename T>
QUndoCommand *paste(ProjectDocument *document, const T &snapshot, const QString &parentUid,
                    int index)
{
    if (!EntityTraits<T>::list(const_cast<Project &>(document->project()), parentUid))
        return nullptr;
    T copy = snapshot;
    renewUids(copy);
    if constexpr (requires(T t) { t.key; }) {
        const QString base = copy.key.isEmpty() ? keyStem(EntityTraits<T>::kind) : copy.key;
        setFreshKey(copy, *document, parentUid, base);
    }
    return new InsertEntity<T>(document, parentUid, index, copy,
                               tr("Paste %1").arg(EntityLabels::kindName(EntityTraits<T>::kind)));
}

QUndoCommand *createNew(ProjectDocument *document, EntityKind kind, const QString &parentUid,
                        int index)
{
    QUndoCommand *command = nullptr;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!EntityTraits<T>::list(const_cast<Project &>(document->project()), parentUid))
            return;
        T entity = blank<T>();
        entity.uid = Identifiers::createUid();
        setFreshKey(entity, *document, parentUid, keyStem(kind));
        command = new InsertEntity<T>(document, parentUid, index, entity,
                                      tr("Add %1").arg(EntityLabels::kindName(kind)));
    });
    return command;
}

QUndoCommand *duplicate(ProjectDocument *document, EntityKind kind, const QString &uid)
{
    QUndoCommand *command = nullptr;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        QString parent;
        int index = -1;
        const T *source = document->find<T>(uid);
        if (!source || !document->locate<T>(uid, &parent, &index))
            return;
        T copy = *source;
        if constexpr (requires(T t) { t.key; })
            copy.key = copy.key + QStringLiteral("-kopie");
        command = paste(document, copy, parent, index + 1);
        if (command)
            command->setText(tr("Duplicate %1").arg(EntityLabels::kindName(kind)));
    });
    return command;
}

// The paste instantiations the editor uses.
#define KD_PASTE(T)                                                                                \
    template QUndoCommand *paste<T>(ProjectDocument *, const T &, const QString &, int);
KD_PASTE(LifeDomain)
KD_PASTE(Professional)
KD_PASTE(LegalSource)
KD_PASTE(Theme)
KD_PASTE(GlossaryTerm)
KD_PASTE(Asset)
KD_PASTE(Scenario)
KD_PASTE(Person)
KD_PASTE(Segment)
KD_PASTE(Dilemma)
KD_PASTE(Option)
KD_PASTE(LegalReference)
#undef KD_PASTE

} // namespace kd::EntityFactory
