// ProjectDocument, working together: bringing in what other sessions committed to a server
// project (refresh) and making the model equal to it with the signals a local edit sends.

#include "projectdocument.h"

#include <QScopedValueRollback>

namespace kd {

namespace {

// The scenario in project that holds the entity with this uid (a scenario holds itself); empty
// when none does.
QString scenarioHolding(const Project &project, const QString &uid)
{
    const auto has = [&uid](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&uid](const auto &e) { return e.uid == uid; });
    };
    for (const Scenario &s : project.scenarios) {
        if (s.uid == uid || has(s.persons) || has(s.segments))
            return s.uid;
        for (const Segment &g : s.segments) {
            if (has(g.dilemmas))
                return s.uid;
            for (const Dilemma &d : g.dilemmas) {
                if (has(d.options) || has(d.legalReferences))
                    return s.uid;
            }
        }
    }
    return {};
}

// What an entity's row holds that an edit changes: every field but its uid and its position.
template<typename T>
QStringList differingFields(const T &a, const T &b)
{
    QStringList names;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type == ValueType::Uid || field.d.type == ValueType::Position)
            continue;
        const bool same
            = std::visit([&](auto member) { return a.*member == b.*member; }, field.member);
        if (!same)
            names.append(QString::fromLatin1(field.d.name));
    }
    return names;
}

// More entities changed than are worth finding one by one: every scenario is read again.
constexpr int mostUidsTraced = 500;

// The entities of the records (reviews, review notes) that one list has and the other lacks.
template<typename Record>
QSet<QString> entitiesOfDifference(const QList<Record> &before, const QList<Record> &after)
{
    QSet<QString> touched;
    for (const Record &r : before) {
        if (!after.contains(r))
            touched.insert(r.entityUid);
    }
    for (const Record &r : after) {
        if (!before.contains(r))
            touched.insert(r.entityUid);
    }
    return touched;
}

} // namespace

bool ProjectDocument::refresh()
{
    if (!m_store || !m_connected)
        return false;
    if (!isServer())
        return true;
    if (m_refreshing) {
        scheduleRefresh(); // a conflict dialog is open: after it
        return false;
    }
    const QScopedValueRollback busy(m_refreshing, true);
    QList<ChangeLogEntry> entries;
    QList<Dilemma> dilemmas;
    Project fresh;
    QSet<QString> reload;
    bool enough = false;
    bool ok = false;
    {
        // One committed state: the log entries and what they touched.
        ReadSnapshot snapshot(*m_store);
        ok = snapshot.isValid() && m_store->changesSince(m_seenLogId, &entries)
             && readChangedDilemmas(entries, &dilemmas, &enough)
             && (enough || readChangedScenarios(entries, &fresh, &reload));
    }
    if (!ok) {
        if (!m_store->ping())
            connectionLost();
        return false;
    }
    if (!entries.isEmpty())
        m_seenLogId = entries.constLast().id;
    if (enough) {
        for (const Dilemma &dilemma : std::as_const(dilemmas))
            applyRemoteDilemma(dilemma);
    } else {
        applyRemote(std::move(fresh), reload);
    }
    m_project.changeLog += entries;
    if (!entries.isEmpty())
        emit remoteChangesApplied(entries);
    return true;
}

bool ProjectDocument::readChangedDilemmas(const QList<ChangeLogEntry> &entries,
                                          QList<Dilemma> *dilemmas, bool *enough)
{
    // The common edit: fields of dilemmas the model holds (an option's or legal reference's
    // field is logged as its dilemma's). Adding, deleting and moving are logged without a field
    // or as "position"; a review touches the registers. Only the dilemmas are read again.
    *enough = false;
    QStringList uids;
    for (const ChangeLogEntry &entry : entries) {
        if (entry.field.isEmpty() || entry.field == QLatin1String("position")
            || entry.field == QLatin1String("review") || uids.size() > mostUidsTraced)
            return true;
        if (!uids.contains(entry.entityUid)) {
            if (!find<Dilemma>(entry.entityUid))
                return true;
            uids.append(entry.entityUid);
        }
    }
    if (uids.isEmpty())
        return true;
    for (const QString &uid : std::as_const(uids)) {
        Dilemma dilemma;
        bool found = false;
        if (!m_store->loadDilemma(uid, &dilemma, &found))
            return false;
        if (!found)
            return true; // deleted since: its scenario is read again
        dilemmas->append(std::move(dilemma));
    }
    *enough = true;
    return true;
}

bool ProjectDocument::readChangedScenarios(const QList<ChangeLogEntry> &entries, Project *fresh,
                                           QSet<QString> *reload)
{
    QStringList uids;
    for (const ChangeLogEntry &entry : entries) {
        if (!entry.entityUid.isEmpty() && !uids.contains(entry.entityUid))
            uids.append(entry.entityUid);
    }
    const bool traceAll = uids.size() > mostUidsTraced;
    // Where each entity is in the model: it may since have been deleted or moved away.
    QHash<QString, QString> heldBefore;
    for (const QString &uid : std::as_const(uids)) {
        if (traceAll)
            break;
        heldBefore.insert(uid, scenarioHolding(m_project, uid));
    }
    // The registers (and the scenarios' list) are read again unless every change is to
    // something a scenario of the model holds.
    const bool registers
        = traceAll || entries.isEmpty()
          || std::any_of(entries.cbegin(), entries.cend(), [&](const auto &e) {
                 const QString held = heldBefore.value(e.entityUid);
                 return held.isEmpty() || held == e.entityUid || e.field == QLatin1String("review");
             });
    bool ok = true;
    if (registers) {
        ok = m_store->loadRegistersWithoutLog(fresh);
    } else {
        *fresh = m_project;
        fresh->changeLog.clear();
    }
    ok = ok && (traceAll || m_store->scenariosHolding(uids, reload));
    for (const QString &held : std::as_const(heldBefore)) {
        if (!held.isEmpty())
            reload->insert(held);
    }
    for (Scenario &s : fresh->scenarios) {
        const Scenario *mine = ok ? find<Scenario>(s.uid) : nullptr;
        if (ok && (traceAll || !mine || reload->contains(s.uid))) {
            reload->insert(s.uid);
            bool found = false;
            ok = m_store->loadScenario(s.uid, &s, &found);
        } else if (mine) {
            s.persons = mine->persons;
            s.segments = mine->segments;
        }
    }
    return ok;
}

void ProjectDocument::applyRemoteDilemma(const Dilemma &theirs)
{
    QString segment;
    int at = -1;
    if (!locate<Dilemma>(theirs.uid, &segment, &at))
        return;
    syncFields((*mutableListOf<Dilemma>(segment))[at], theirs);
    const auto uidsOf = [](const auto &list) {
        QSet<QString> uids;
        for (const auto &e : list)
            uids.insert(e.uid);
        return uids;
    };
    removeMissing<Option>(uidsOf(theirs.options), find<Dilemma>(theirs.uid)->options, theirs.uid);
    removeMissing<LegalReference>(uidsOf(theirs.legalReferences),
                                  find<Dilemma>(theirs.uid)->legalReferences, theirs.uid);
    Dilemma &mine = (*mutableListOf<Dilemma>(segment))[at];
    syncList<Option>(mine.uid, &mine.options, theirs.options);
    syncList<LegalReference>(mine.uid, &mine.legalReferences, theirs.legalReferences);
}

void ProjectDocument::applyRemote(Project &&fresh, const QSet<QString> &reloaded)
{
    syncFields(m_project.info, fresh.info);
    syncList<LifeDomain>(QString(), &m_project.lifeDomains, fresh.lifeDomains);
    syncList<Professional>(QString(), &m_project.professionals, fresh.professionals);
    syncList<LegalSource>(QString(), &m_project.legalSources, fresh.legalSources);
    syncList<Theme>(QString(), &m_project.themes, fresh.themes);
    syncList<GlossaryTerm>(QString(), &m_project.glossary, fresh.glossary);
    syncList<Asset>(QString(), &m_project.assets, fresh.assets);

    // What the scenarios read again own: first everything that is gone from them, owners before
    // what they own; then each level's lists in order, owners first, so a move finds its new
    // owner in place. Each list is reached through its owner, never looked up by uid.
    QSet<QString> kept[5];
    for (const Scenario &s : std::as_const(fresh.scenarios)) {
        if (!reloaded.contains(s.uid))
            continue;
        for (const Person &p : s.persons)
            kept[0].insert(p.uid);
        for (const Segment &g : s.segments) {
            kept[1].insert(g.uid);
            for (const Dilemma &d : g.dilemmas) {
                kept[2].insert(d.uid);
                for (const Option &o : d.options)
                    kept[3].insert(o.uid);
                for (const LegalReference &r : d.legalReferences)
                    kept[4].insert(r.uid);
            }
        }
    }
    QSet<QString> freshScenarios;
    for (const Scenario &s : std::as_const(fresh.scenarios))
        freshScenarios.insert(s.uid);
    removeMissing<Scenario>(freshScenarios, m_project.scenarios, QString());
    for (const QString &uid : reloaded) {
        const Scenario *s = find<Scenario>(uid);
        if (!s)
            continue;
        removeMissing<Person>(kept[0], s->persons, uid);
        removeMissing<Segment>(kept[1], s->segments, uid);
        for (const Segment &g : QList<Segment>(s->segments))
            removeMissing<Dilemma>(kept[2], g.dilemmas, g.uid);
        for (const Segment &g : QList<Segment>(s->segments)) {
            for (const Dilemma &d : g.dilemmas) {
                removeMissing<Option>(kept[3], d.options, d.uid);
                removeMissing<LegalReference>(kept[4], d.legalReferences, d.uid);
            }
        }
    }

    syncList<Scenario>(QString(), &m_project.scenarios, fresh.scenarios);
    // The model's scenario for each one read again, now in the fresh order.
    const auto forEachReloaded = [&](const auto &visit) {
        for (int i = 0; i < fresh.scenarios.size(); ++i) {
            if (reloaded.contains(fresh.scenarios.at(i).uid))
                visit(m_project.scenarios[i], fresh.scenarios.at(i));
        }
    };
    forEachReloaded([&](Scenario &mine, const Scenario &theirs) {
        syncList<Person>(mine.uid, &mine.persons, theirs.persons);
        syncList<Segment>(mine.uid, &mine.segments, theirs.segments);
    });
    forEachReloaded([&](Scenario &mine, const Scenario &theirs) {
        for (int g = 0; g < theirs.segments.size(); ++g) {
            Segment &segment = mine.segments[g];
            syncList<Dilemma>(segment.uid, &segment.dilemmas, theirs.segments.at(g).dilemmas);
        }
    });
    forEachReloaded([&](Scenario &mine, const Scenario &theirs) {
        for (int g = 0; g < theirs.segments.size(); ++g) {
            const QList<Dilemma> &dilemmas = theirs.segments.at(g).dilemmas;
            for (int d = 0; d < dilemmas.size(); ++d) {
                Dilemma &dilemma = mine.segments[g].dilemmas[d];
                syncList<Option>(dilemma.uid, &dilemma.options, dilemmas.at(d).options);
                syncList<LegalReference>(dilemma.uid, &dilemma.legalReferences,
                                         dilemmas.at(d).legalReferences);
            }
        }
    });

    if (m_project.trustedReviewers != fresh.trustedReviewers) {
        m_project.trustedReviewers = fresh.trustedReviewers;
        emit trustedReviewersChanged();
    }
    // Review records and notes are appended and withdrawn, never changed: what differs names
    // the entities to tell.
    if (m_project.reviews != fresh.reviews) {
        const QSet<QString> touched = entitiesOfDifference(m_project.reviews, fresh.reviews);
        m_project.reviews = fresh.reviews;
        for (const QString &uid : touched)
            emit reviewsChanged(uid);
    }
    if (m_project.reviewNotes != fresh.reviewNotes) {
        const QSet<QString> touched
            = entitiesOfDifference(m_project.reviewNotes, fresh.reviewNotes);
        m_project.reviewNotes = fresh.reviewNotes;
        for (const QString &uid : touched)
            emit reviewNotesChanged(uid);
    }
}

// Removes the entities of current (a copy: the model changes meanwhile) that kept lacks.
template<typename T>
void ProjectDocument::removeMissing(const QSet<QString> &kept, const QList<T> &current,
                                    const QString &parentUid)
{
    const QList<T> before = current;
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        const QString uid = before.at(i).uid;
        if (kept.contains(uid))
            continue;
        QList<T> *list = mutableListOf<T>(parentUid);
        const qsizetype at = list ? list->indexOf(before.at(i)) : -1;
        if (at < 0)
            continue;
        emit entityAboutToBeRemoved(EntityTraits<T>::kind, uid, parentUid, int(at));
        list->removeAt(at);
        emit entityRemoved(EntityTraits<T>::kind, uid, parentUid, int(at));
    }
}

// Makes the list under parentUid hold fresh's entities in fresh's order: each one where it is,
// moved from wherever it is in the model, or inserted (empty: the lists it owns are made equal
// after this one).
template<typename T>
void ProjectDocument::syncList(const QString &parentUid, QList<T> *list, const QList<T> &fresh)
{
    constexpr EntityKind kind = EntityTraits<T>::kind;
    if constexpr (!EntityTraits<T>::hasParent && !std::is_same_v<T, Scenario>) {
        QSet<QString> kept;
        for (const T &e : fresh)
            kept.insert(e.uid);
        removeMissing<T>(kept, *list, QString());
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const T &want = fresh.at(i);
        if (i < list->size() && list->at(i).uid == want.uid) {
            if (differingFields(list->at(i), want).isEmpty())
                continue; // no detach, no signal
            syncFields((*list)[i], want);
            continue;
        }
        QString from;
        int at = -1;
        if (locate<T>(want.uid, &from, &at)) {
            // Another list of this kind, or this one further on: neither moves this list.
            T entity = mutableListOf<T>(from)->takeAt(at);
            const int to = qMin(i, int(list->size()));
            list->insert(to, entity);
            emit entityMoved(kind, want.uid, from, at, parentUid, to);
            syncFields((*list)[to], want);
        } else {
            // Without what it owns: that may be here already (moved into it), and comes next.
            T placed = want;
            detail::keepChildren(placed, T());
            placed.position = i;
            list->insert(qMin(i, int(list->size())), placed);
            emit entityInserted(kind, want.uid, parentUid, i);
        }
    }
    for (int i = 0; i < list->size(); ++i) {
        if (list->at(i).position != i)
            (*list)[i].position = i;
    }
}

// Takes fresh's own fields (not what it owns) and tells views which ones changed.
template<typename T>
void ProjectDocument::syncFields(T &current, const T &fresh)
{
    const QStringList fields = differingFields(current, fresh);
    if (fields.isEmpty())
        return;
    T updated = fresh;
    detail::keepChildren(updated, current);
    if constexpr (!std::is_same_v<T, ProjectInfo>)
        updated.position = current.position;
    current = updated;
    const QString uid = current.uid;
    for (const QString &field : fields)
        emit entityChanged(Described<T>::kind, uid, field);
}

} // namespace kd
