#pragma once

#include "entitytraits.h"

#include "model/project.h"
#include "storage/projectstore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QVariant>

#include <functional>
#include <memory>

namespace kd {

class SpellCheck;

// Someone else changed the field an edit was about to change, since the edit's value was read:
// who, when, their value and the one the edit would write (as the user reads them).
struct EditConflict
{
    EntityKind kind = EntityKind::Project;
    QString uid;
    QString field;
    QString entityName;
    QString fieldLabel;
    QString theirs;
    QString mine;
    QString author;
    QDateTime time;
};

// The open project in the editor: the store that keeps the file, the model loaded from it, and
// the undo stack. Every user edit is an undo command (editor/commands/) that calls one of the
// mutation functions below; each persists its change in one transaction before it touches the
// model, so the file always holds every completed edit and a failed write changes nothing.
// Views listen to the typed change signals.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // Opens and loads a project (a file's path or a server project's postgresql:// address); on
    // failure the document is unchanged and error says why. password is for a server login
    // (empty: libpq's PGPASSWORD or ~/.pgpass); the document does not keep it.
    bool open(const QString &path, ProjectStore::OpenMode mode, StoreError *error,
              const QString &password = {});
    bool create(const QString &path, const ProjectInfo &info, StoreError *error);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    bool isReadOnly() const { return m_store && m_store->isReadOnly(); }
    QString path() const { return m_store ? m_store->path() : QString(); }
    // Who works on the project as its store knows it: a server project's login and roles, nobody
    // for a file.
    StoreIdentity identity() const { return m_store ? m_store->identity() : StoreIdentity(); }
    bool isServer() const { return identity().checkedByServer; }
    const Project &project() const { return m_project; }
    // Spell checking in this document's editors: the speller and the words the project accepts.
    SpellCheck *spellCheck() const { return m_spellCheck; }
    // An undo or redo whose write failed (DocumentCommand): the file and the model did not
    // change, so the undo stack's index is put back to where it was, once the stack has finished
    // the step. The failed write already told the user (writeFailed).
    void stepFailed();
    QUndoStack *undoStack() const { return m_undoStack; }
    // The last write error, for the message the user sees.
    QString lastError() const { return m_lastError; }
    // Who is editing: every committed edit appends a change-log row with this name, in the same
    // transaction as the edit. In a server project it is the login the server checked (the
    // server refuses any other); setAuthor() sets the name for project files, a user's setting.
    QString author() const;
    void setAuthor(const QString &author);

    // --- working together on a server project (docs/team.md, "Working together") ------------
    // The model follows what other sessions commit: the server's notification (or a write that
    // finds the project moved on) brings their changes in with the same signals as local edits,
    // so views update in place and a field being typed in keeps its text. A write is made only
    // on a model that has seen every committed change (the change log's ids, in commit order):
    // one based on an older state brings the others' changes in first and tries again, and one
    // whose field someone else changed meanwhile asks the conflict resolver. Undo and redo of a
    // command whose entities someone else changed since are refused.
    //
    // Brings in what other sessions committed since the model was read; true when the model
    // is current (also for a file, which has no one else).
    bool refresh();
    // Whether the server answers; edits are refused while it does not, and the document
    // reconnects by itself (with the password it was opened with, held in memory only).
    bool isConnected() const { return m_connected; }
    // The other sessions that have the project open (the server's word; none for a file).
    const QList<StoreSession> &others() const { return m_others; }
    // How often the connection and the others are checked; 0 stops it (tests).
    void setHeartbeatInterval(int milliseconds);
    // Decides a conflict: true to write the user's value over the other's, false to keep
    // theirs. Without one, theirs is kept.
    void setConflictResolver(std::function<bool(const EditConflict &)> resolver)
    {
        m_resolver = std::move(resolver);
    }
    bool resolveConflict(EditConflict conflict);
    // The last change-log entry of this entity's field, for "who changed it" (an option's and a
    // legal reference's are filed under their dilemma); a null id when there is none.
    ChangeLogEntry lastChangeOf(EntityKind kind, const QString &uid, const QString &field) const;
    // Whether the last failed write failed only because the model was behind the server (the
    // caller refreshes and may try again; the user was not told).
    bool lastWriteWasStale() const { return m_stale; }
    // The entities the last successful write logged, and its last change-log id.
    const QStringList &lastWriteEntities() const { return m_lastEntities; }
    qint64 lastWriteLogId() const { return m_lastLogId; }
    // Whether anyone else logged a change to one of these entities after the entry with this
    // id; message says who and when. Always false for a file (its one user).
    bool changedByOthersSince(const QStringList &entityUids, qint64 id, QString *message) const;
    // Holds the project's write lock (a write transaction) while it lives: nobody else commits,
    // so bringing their changes in and writing on top of them cannot be overtaken. Null when
    // the transaction cannot begin (the user was told).
    std::unique_ptr<WriteBatch> holdWrites();
    // A held write that failed to commit after the model took it: the model is read again from
    // the project, and the user told (writeFailed); false.
    bool writeLost();
    // Tells the user why an undo step was not taken (writeFailed); false.
    bool refuseStep(const QString &message) { return failWrite(message); }
    // Where the change log's entries and positions of entity kinds stand: the log id the model
    // has seen.
    qint64 seenLogId() const { return m_seenLogId; }

    // Full-text search over the project file (ProjectStore::search).
    bool search(const QString &query, int limit, QList<SearchHit> *hits);

    // --- lookups ---------------------------------------------------------------------------
    template<typename T>
    const T *find(const QString &uid) const;
    // The uid of the entity that owns it (empty for top-level kinds) and its index there.
    template<typename T>
    bool locate(const QString &uid, QString *parentUid, int *index) const;
    // The kind of the entity with this uid, searched over every kind.
    std::optional<EntityKind> kindOf(const QString &uid) const;
    // Whether the entity was added (new, pasted, duplicated) since the project was opened and
    // since its last export: one no package can have published yet, whose key may still follow
    // its name (KeyFollowsTitle). exported() forgets them all.
    bool isNewSinceExport(const QString &uid) const { return m_newSinceExport.contains(uid); }
    void exported() { m_newSinceExport.clear(); }

    // --- mutations, for undo commands ------------------------------------------------------
    template<typename T>
    bool insertEntity(const QString &parentUid, int index, const T &entity);
    template<typename T>
    bool removeEntity(const QString &uid, T *removed = nullptr, QString *parentUid = nullptr,
                      int *index = nullptr);
    template<typename T>
    bool moveEntity(const QString &uid, const QString &newParentUid, int newIndex);
    // Writes the entity's own fields (not its children) and tells views which field changed.
    template<typename T>
    bool updateEntity(const T &entity, const QString &field);
    bool updateInfo(const ProjectInfo &info, const QString &field);
    // Adds a word to the project's dictionary (ProjectInfo::dictionary, one word a line, sorted):
    // one undo command. Nothing when the word is empty or already there.
    void addToDictionary(const QString &word);
    // Review records (approve, request changes, comment) and their withdrawal on undo.
    bool addReview(const Review &review);
    bool removeReview(const QString &reviewUid);
    // Notes of review threads (ask, answer, resolve) and their withdrawal on undo.
    bool addReviewNote(const ReviewNote &note);
    bool removeReviewNote(const QString &noteUid);
    // The project's trusted reviewers (Project > Trusted Reviewers): each change is written with
    // its change-log row (under the project) in one transaction. index is where the record goes
    // in the list (-1: at the end); removal reports the record and where it was, for undo.
    bool addTrustedReviewer(const TrustedReviewer &reviewer, int index = -1);
    bool removeTrustedReviewer(const QString &uid, TrustedReviewer *removed = nullptr,
                               int *index = nullptr);

signals:
    void projectChanged(); // a project was opened or closed: views start over
    void entityInserted(kd::EntityKind kind, const QString &uid, const QString &parentUid,
                        int index);
    void entityAboutToBeRemoved(kd::EntityKind kind, const QString &uid, const QString &parentUid,
                                int index);
    void entityRemoved(kd::EntityKind kind, const QString &uid, const QString &parentUid,
                       int index);
    void entityMoved(kd::EntityKind kind, const QString &uid, const QString &oldParentUid,
                     int oldIndex, const QString &newParentUid, int newIndex);
    void entityChanged(kd::EntityKind kind, const QString &uid, const QString &field);
    void reviewsChanged(const QString &entityUid);
    void reviewNotesChanged(const QString &entityUid);
    // setAuthor() gave another name: views that name the user show the new one at once.
    void authorChanged();
    // The trusted list changed: which approvals count may have changed anywhere.
    void trustedReviewersChanged();
    void writeFailed(const QString &message);
    // A server project's connection was lost or is back.
    void connectionChanged(bool connected);
    // The other sessions on the project changed (others()).
    void othersChanged();
    // Changes other sessions committed are in the model now (the entries they logged).
    void remoteChangesApplied(const QList<kd::ChangeLogEntry> &entries);

private:
    bool adopt(std::unique_ptr<ProjectStore> store, StoreError *error);
    bool checkWritable();
    bool failWrite(const QString &message);
    // After a write's transaction began: whether the model has seen every committed change
    // (else the write is abandoned as stale). failStep() ends a failed write either way.
    bool isCurrent();
    bool failStep();
    void startWorkingTogether();
    void heartbeat();
    void connectionLost();
    bool reconnect();
    // Reads the whole project again and makes the model equal to it.
    bool resync();
    void scheduleRefresh();
    // Makes the model equal to fresh (but for the change log, which the caller extends) with the
    // signals local edits send (remotechanges.cpp).
    void applyRemote(Project &&fresh, const QSet<QString> &reloaded);
    // refresh()'s reading, in its snapshot. The dilemmas whose fields changed, when that is all
    // that changed (*enough); else the registers when touched and the scenarios holding what
    // changed, now or before, into fresh (the others copied from the model).
    bool readChangedDilemmas(const QList<ChangeLogEntry> &entries, QList<Dilemma> *dilemmas,
                             bool *enough);
    bool readChangedScenarios(const QList<ChangeLogEntry> &entries, Project *fresh,
                              QSet<QString> *reload);
    // Makes the model's dilemma (found by uid) and its options and references equal to theirs.
    void applyRemoteDilemma(const Dilemma &theirs);
    template<typename T>
    void syncList(const QString &parentUid, QList<T> *list, const QList<T> &fresh);
    template<typename T>
    void removeMissing(const QSet<QString> &kept, const QList<T> &current,
                       const QString &parentUid);
    template<typename T>
    void syncFields(T &current, const T &fresh);
    // Appends a change-log row inside the caller's transaction; the model's copy follows only
    // after the caller commits (commitLog).
    bool logChange(const QString &entityUid, const QString &field, const QString &summary);
    void commitLog();
    void dropLog();
    template<typename T>
    static QString logUid(const QString &uid, const QString &parentUid);
    template<typename T>
    bool renumber(QList<T> &list, const QString &parentUid, int from);
    template<typename T>
    const QList<T> *listOf(const QString &parentUid) const;
    template<typename T>
    QList<T> *mutableListOf(const QString &parentUid);
    template<typename T, typename Visit>
    bool forEachList(Visit visit) const;

    std::unique_ptr<ProjectStore> m_store;
    Project m_project;
    QUndoStack *m_undoStack;
    SpellCheck *m_spellCheck;
    QString m_lastError;
    QString m_author;
    QSet<QString> m_newSinceExport;
    QList<ChangeLogEntry> m_pendingLog;

    // Working together (server projects).
    QString m_location;
    ProjectStore::OpenMode m_mode = ProjectStore::OpenMode::ReadWrite;
    QString m_password; // memory only, for reconnecting
    qint64 m_seenLogId = 0;
    bool m_stale = false;
    bool m_connected = true;
    bool m_refreshing = false;
    QStringList m_lastEntities;
    qint64 m_lastLogId = 0;
    QList<StoreSession> m_others;
    QTimer m_heartbeat;
    QTimer m_refreshTimer;
    std::function<bool(const EditConflict &)> m_resolver;
};

// --- template definitions ---------------------------------------------------------------------

namespace detail {

// Children are owned by their list, not written by updateEntity: keep the model's copy.
inline void keepChildren(Scenario &incoming, const Scenario &current)
{
    incoming.persons = current.persons;
    incoming.segments = current.segments;
}
inline void keepChildren(Segment &incoming, const Segment &current)
{
    incoming.dilemmas = current.dilemmas;
}
inline void keepChildren(Dilemma &incoming, const Dilemma &current)
{
    incoming.options = current.options;
    incoming.legalReferences = current.legalReferences;
}
template<typename T>
void keepChildren(T &, const T &)
{}

} // namespace detail

// Edits of options and legal references are edits of their dilemma's content: the change log
// files them under the dilemma, which is what a reviewer approves.
template<typename T>
QString ProjectDocument::logUid(const QString &uid, const QString &parentUid)
{
    if constexpr (std::is_same_v<T, Option> || std::is_same_v<T, LegalReference>)
        return parentUid;
    else
        return uid;
}

template<typename T>
QList<T> *ProjectDocument::mutableListOf(const QString &parentUid)
{
    return EntityTraits<T>::list(m_project, parentUid);
}

template<typename T>
const QList<T> *ProjectDocument::listOf(const QString &parentUid) const
{
    return EntityTraits<T>::list(const_cast<Project &>(m_project), parentUid);
}

// Calls visit(parentUid, list) for every list that holds entities of kind T until it returns true.
template<typename T, typename Visit>
bool ProjectDocument::forEachList(Visit visit) const
{
    if constexpr (!EntityTraits<T>::hasParent) {
        return visit(QString(), *listOf<T>(QString()));
    } else if constexpr (std::is_same_v<T, Person>) {
        for (const Scenario &s : m_project.scenarios)
            if (visit(s.uid, s.persons))
                return true;
    } else if constexpr (std::is_same_v<T, Segment>) {
        for (const Scenario &s : m_project.scenarios)
            if (visit(s.uid, s.segments))
                return true;
    } else if constexpr (std::is_same_v<T, Dilemma>) {
        for (const Scenario &s : m_project.scenarios)
            for (const Segment &g : s.segments)
                if (visit(g.uid, g.dilemmas))
                    return true;
    } else {
        for (const Scenario &s : m_project.scenarios)
            for (const Segment &g : s.segments)
                for (const Dilemma &d : g.dilemmas) {
                    if constexpr (std::is_same_v<T, Option>) {
                        if (visit(d.uid, d.options))
                            return true;
                    } else {
                        if (visit(d.uid, d.legalReferences))
                            return true;
                    }
                }
    }
    return false;
}

template<typename T>
bool ProjectDocument::locate(const QString &uid, QString *parentUid, int *index) const
{
    return forEachList<T>([&](const QString &parent, const QList<T> &list) {
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).uid == uid) {
                if (parentUid)
                    *parentUid = parent;
                if (index)
                    *index = i;
                return true;
            }
        }
        return false;
    });
}

template<typename T>
const T *ProjectDocument::find(const QString &uid) const
{
    QString parent;
    int index = -1;
    if (!locate<T>(uid, &parent, &index))
        return nullptr;
    return &listOf<T>(parent)->at(index);
}

// Brings positions from `from` on in line with list order, in the store and the model.
template<typename T>
bool ProjectDocument::renumber(QList<T> &list, const QString &parentUid, int from)
{
    for (int i = from; i < list.size(); ++i) {
        if (list.at(i).position != i) {
            if (!m_store->move(EntityTraits<T>::kind, list.at(i).uid, parentUid, i))
                return false;
            list[i].position = i;
        }
    }
    return true;
}

template<typename T>
bool ProjectDocument::insertEntity(const QString &parentUid, int index, const T &entity)
{
    if (!checkWritable())
        return false;
    const QList<T> *list = listOf<T>(parentUid);
    if (!list)
        return failWrite(tr("The place to insert into no longer exists."));
    index = qBound(0, index, int(list->size()));
    QList<T> after = *list;
    T placed = entity;
    placed.position = index;
    after.insert(index, placed);
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !EntityTraits<T>::insert(*m_store, parentUid, placed)
        || !renumber(after, parentUid, index + 1)
        || !logChange(logUid<T>(entity.uid, parentUid), QString(),
                      QStringLiteral("added %1 %2").arg(toName(EntityTraits<T>::kind), entity.uid))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    *mutableListOf<T>(parentUid) = after;
    m_newSinceExport.insert(entity.uid);
    emit entityInserted(EntityTraits<T>::kind, entity.uid, parentUid, index);
    return true;
}

template<typename T>
bool ProjectDocument::removeEntity(const QString &uid, T *removed, QString *parentUid, int *index)
{
    if (!checkWritable())
        return false;
    QString parent;
    int at = -1;
    if (!locate<T>(uid, &parent, &at))
        return failWrite(tr("The item to delete no longer exists."));
    QList<T> after = *listOf<T>(parent);
    const T snapshot = after.takeAt(at);
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->remove(EntityTraits<T>::kind, uid)
        || !renumber(after, parent, at)
        || !logChange(logUid<T>(uid, parent), QString(),
                      QStringLiteral("deleted %1 %2").arg(toName(EntityTraits<T>::kind), uid))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    if (removed)
        *removed = snapshot;
    if (parentUid)
        *parentUid = parent;
    if (index)
        *index = at;
    emit entityAboutToBeRemoved(EntityTraits<T>::kind, uid, parent, at);
    *mutableListOf<T>(parent) = after;
    emit entityRemoved(EntityTraits<T>::kind, uid, parent, at);
    return true;
}

template<typename T>
bool ProjectDocument::moveEntity(const QString &uid, const QString &newParentUid, int newIndex)
{
    if (!checkWritable())
        return false;
    QString oldParent;
    int oldIndex = -1;
    if (!locate<T>(uid, &oldParent, &oldIndex))
        return failWrite(tr("The item to move no longer exists."));
    if (!listOf<T>(newParentUid))
        return failWrite(tr("The place to move to no longer exists."));
    const bool sameList = oldParent == newParentUid;
    QList<T> from = *listOf<T>(oldParent);
    T entity = from.takeAt(oldIndex);
    QList<T> to = sameList ? from : *listOf<T>(newParentUid);
    newIndex = qBound(0, newIndex, int(to.size()));
    if (sameList && oldIndex == newIndex)
        return true;
    entity.position = -1; // makes renumber() write it with its new parent
    to.insert(newIndex, entity);
    WriteBatch tx(*m_store);
    const bool ok = tx.isActive() && isCurrent() && (sameList || renumber(from, oldParent, 0))
                    && renumber(to, newParentUid, 0)
                    && logChange(logUid<T>(uid, newParentUid), QStringLiteral("position"),
                                 QStringLiteral("moved %1 to place %2")
                                     .arg(toName(EntityTraits<T>::kind))
                                     .arg(newIndex + 1))
                    && tx.commit();
    if (!ok) {
        return failStep();
    }
    commitLog();
    if (!sameList)
        *mutableListOf<T>(oldParent) = from;
    *mutableListOf<T>(newParentUid) = to;
    emit entityMoved(EntityTraits<T>::kind, uid, oldParent, oldIndex, newParentUid, newIndex);
    return true;
}

template<typename T>
bool ProjectDocument::updateEntity(const T &entity, const QString &field)
{
    if (!checkWritable())
        return false;
    QString parent;
    int index = -1;
    if (!locate<T>(entity.uid, &parent, &index))
        return failWrite(tr("The item to change no longer exists."));
    QList<T> *list = mutableListOf<T>(parent);
    T updated = entity;
    detail::keepChildren(updated, list->at(index));
    updated.position = list->at(index).position;
    const QString logField = EntityTraits<T>::kind == EntityKind::Option
                                     || EntityTraits<T>::kind == EntityKind::LegalReference
                                 ? toName(EntityTraits<T>::kind) + u'.' + field
                                 : field;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !EntityTraits<T>::update(*m_store, parent, updated)
        || !logChange(logUid<T>(entity.uid, parent), logField,
                      QStringLiteral("changed %1").arg(logField))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    (*list)[index] = updated;
    emit entityChanged(EntityTraits<T>::kind, entity.uid, field);
    return true;
}

} // namespace kd
