#include "projectdocument.h"

#include "spellcheck.h"

#include "commands/changeproperty.h"
#include "review/approvaltrust.h"

#include <QScopedValueRollback>

namespace kd {

namespace detail {

Scenario *findScenario(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        if (s.uid == uid)
            return &s;
    return nullptr;
}

Segment *findSegment(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        for (Segment &g : s.segments)
            if (g.uid == uid)
                return &g;
    return nullptr;
}

Dilemma *findDilemma(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        for (Segment &g : s.segments)
            for (Dilemma &d : g.dilemmas)
                if (d.uid == uid)
                    return &d;
    return nullptr;
}

} // namespace detail

namespace {

// The dictionary's change as its own undo step: two words added one after the other are two
// steps, not merged as typing in one field is.
class AddToDictionary : public ChangeProperty<ProjectInfo, QString>
{
public:
    AddToDictionary(ProjectDocument *document, const QString &word, const QString &dictionary)
        : ChangeProperty(document, document->project().info.uid, &ProjectInfo::dictionary,
                         QStringLiteral("dictionary"), ProjectDocument::tr("Project dictionary"),
                         dictionary)
    {
        setText(ProjectDocument::tr("Add “%1” to the project dictionary").arg(word));
    }

    int id() const override { return -1; }
};

} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_spellCheck(new SpellCheck(this))
{
    m_heartbeat.setInterval(1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &ProjectDocument::heartbeat);
    // Notifications come in bursts (one per committing session): one refresh for them all.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(20);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ProjectDocument::refresh);
}

ProjectDocument::~ProjectDocument()
{
    // Commands refer to the document: drop them before the document goes.
    m_undoStack->clear();
}

bool ProjectDocument::open(const QString &path, ProjectStore::OpenMode mode, StoreError *error,
                           const QString &password)
{
    if (!adopt(ProjectStore::open(path, mode, error, password), error))
        return false;
    m_location = path;
    m_mode = mode;
    m_password = password;
    return true;
}

QString ProjectDocument::author() const
{
    const StoreIdentity who = identity();
    return who.checkedByServer ? who.login : m_author;
}

void ProjectDocument::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    emit authorChanged();
}

bool ProjectDocument::create(const QString &path, const ProjectInfo &info, StoreError *error)
{
    return adopt(ProjectStore::create(path, info, error), error);
}

bool ProjectDocument::adopt(std::unique_ptr<ProjectStore> store, StoreError *error)
{
    if (!store)
        return false;
    Project project;
    if (!store->load(&project)) {
        if (error)
            *error = store->lastError();
        return false;
    }
    m_undoStack->clear();
    m_store = std::move(store);
    m_project = std::move(project);
    m_newSinceExport.clear();
    m_location = m_store->path();
    m_password.clear();
    m_seenLogId = m_project.changeLog.isEmpty() ? 0 : m_project.changeLog.constLast().id;
    startWorkingTogether();
    emit projectChanged();
    return true;
}

void ProjectDocument::close()
{
    m_undoStack->clear();
    m_store.reset();
    m_project = Project();
    m_newSinceExport.clear();
    m_password.clear();
    m_heartbeat.stop();
    m_refreshTimer.stop();
    m_connected = true;
    m_others.clear();
    emit projectChanged();
}

bool ProjectDocument::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    hits->clear();
    if (!m_store)
        return false;
    if (!m_store->search(query, limit, hits)) {
        m_lastError = m_store->lastError().message;
        return false;
    }
    return true;
}

bool ProjectDocument::checkWritable()
{
    m_stale = false;
    if (!m_store)
        return failWrite(tr("No project is open."));
    if (m_store->isReadOnly())
        return failWrite(tr("The project is open read-only."));
    if (!m_connected)
        return failWrite(tr("The connection to the server is lost, so nothing was changed. The "
                            "editor reconnects by itself; try again when it is back."));
    return true;
}

bool ProjectDocument::isCurrent()
{
    if (!isServer())
        return true; // a file has no other writer
    QList<ChangeLogEntry> unseen;
    if (!m_store->changesSince(m_seenLogId, &unseen))
        return false;
    m_stale = !unseen.isEmpty();
    return !m_stale;
}

bool ProjectDocument::failStep()
{
    dropLog();
    if (m_stale)
        return false; // the command brings the others' changes in and tries again
    if (isServer() && !m_store->ping())
        connectionLost();
    return failWrite(m_store->lastError().message);
}

void ProjectDocument::stepFailed()
{
    // Called inside QUndoStack::undo()/redo(), before the stack moves its index.
    const int index = m_undoStack->index();
    QMetaObject::invokeMethod(
        this,
        [this, index] {
            if (m_undoStack->index() != index)
                m_undoStack->setIndex(index);
        },
        Qt::QueuedConnection);
}

bool ProjectDocument::failWrite(const QString &message)
{
    m_lastError = message;
    emit writeFailed(message);
    return false;
}

std::optional<EntityKind> ProjectDocument::kindOf(const QString &uid) const
{
    if (uid == m_project.info.uid)
        return EntityKind::Project;
    if (find<Dilemma>(uid))
        return EntityKind::Dilemma;
    if (find<Option>(uid))
        return EntityKind::Option;
    if (find<LegalReference>(uid))
        return EntityKind::LegalReference;
    if (find<Segment>(uid))
        return EntityKind::Segment;
    if (find<Person>(uid))
        return EntityKind::Person;
    if (find<Scenario>(uid))
        return EntityKind::Scenario;
    if (find<Professional>(uid))
        return EntityKind::Professional;
    if (find<LegalSource>(uid))
        return EntityKind::LegalSource;
    if (find<Theme>(uid))
        return EntityKind::Theme;
    if (find<GlossaryTerm>(uid))
        return EntityKind::GlossaryTerm;
    if (find<LifeDomain>(uid))
        return EntityKind::LifeDomain;
    if (find<Asset>(uid))
        return EntityKind::Asset;
    return std::nullopt;
}

bool ProjectDocument::logChange(const QString &entityUid, const QString &field,
                                const QString &summary)
{
    ChangeLogEntry entry{0, QDateTime::currentDateTimeUtc(), author(), entityUid, field, summary};
    if (!m_store->append(&entry))
        return false;
    m_pendingLog.append(entry);
    return true;
}

void ProjectDocument::commitLog()
{
    // isCurrent() found nothing unseen under the write lock: these follow what the model has.
    m_lastEntities.clear();
    for (const ChangeLogEntry &entry : std::as_const(m_pendingLog)) {
        if (!m_lastEntities.contains(entry.entityUid))
            m_lastEntities.append(entry.entityUid);
        m_lastLogId = m_seenLogId = qMax(m_seenLogId, entry.id);
    }
    m_project.changeLog.append(m_pendingLog);
    m_pendingLog.clear();
}

void ProjectDocument::dropLog()
{
    m_pendingLog.clear();
}

bool ProjectDocument::updateInfo(const ProjectInfo &info, const QString &field)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->saveInfo(info)
        || !logChange(info.uid, field, QStringLiteral("changed %1").arg(field)) || !tx.commit()) {
        return failStep();
    }
    commitLog();
    m_project.info = info;
    emit entityChanged(EntityKind::Project, info.uid, field);
    return true;
}

void ProjectDocument::addToDictionary(const QString &word)
{
    const QString added = word.trimmed();
    if (!isOpen() || added.isEmpty() || added.contains(u'\n'))
        return;
    QStringList words = m_project.info.dictionary.split(u'\n', Qt::SkipEmptyParts);
    if (words.contains(added))
        return;
    words << added;
    words.sort(Qt::CaseInsensitive);
    words.removeDuplicates();
    m_undoStack->push(new AddToDictionary(this, added, words.join(u'\n')));
}

} // namespace kd

namespace kd {

bool ProjectDocument::addReview(const Review &review)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->insert(review)
        || !logChange(review.entityUid, QStringLiteral("review"),
                      QStringLiteral("review: %1").arg(toName(review.state)))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    m_project.reviews.append(review);
    emit reviewsChanged(review.entityUid);
    return true;
}

bool ProjectDocument::removeReview(const QString &reviewUid)
{
    if (!checkWritable())
        return false;
    const auto it = std::find_if(m_project.reviews.cbegin(), m_project.reviews.cend(),
                                 [&](const Review &r) { return r.uid == reviewUid; });
    if (it == m_project.reviews.cend())
        return failWrite(tr("The review to withdraw no longer exists."));
    const Review review = *it;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->remove(EntityKind::Review, reviewUid)
        || !logChange(review.entityUid, QStringLiteral("review"),
                      QStringLiteral("review withdrawn: %1").arg(toName(review.state)))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    m_project.reviews.removeIf([&](const Review &r) { return r.uid == reviewUid; });
    emit reviewsChanged(review.entityUid);
    return true;
}

bool ProjectDocument::addReviewNote(const ReviewNote &note)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->insert(note)
        || !logChange(note.entityUid, QStringLiteral("review"),
                      QStringLiteral("note: %1").arg(toName(note.kind)))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    m_project.reviewNotes.append(note);
    emit reviewNotesChanged(note.entityUid);
    return true;
}

bool ProjectDocument::removeReviewNote(const QString &noteUid)
{
    if (!checkWritable())
        return false;
    const auto it = std::find_if(m_project.reviewNotes.cbegin(), m_project.reviewNotes.cend(),
                                 [&](const ReviewNote &n) { return n.uid == noteUid; });
    if (it == m_project.reviewNotes.cend())
        return failWrite(tr("The comment to withdraw no longer exists."));
    const ReviewNote note = *it;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->remove(EntityKind::ReviewNote, noteUid)
        || !logChange(note.entityUid, QStringLiteral("review"),
                      QStringLiteral("note withdrawn: %1").arg(toName(note.kind)))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    m_project.reviewNotes.removeIf([&](const ReviewNote &n) { return n.uid == noteUid; });
    emit reviewNotesChanged(note.entityUid);
    return true;
}

bool ProjectDocument::addTrustedReviewer(const TrustedReviewer &reviewer, int index)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->insert(reviewer)
        || !logChange(m_project.info.uid, QString::fromLatin1(TrustedReviewers::logField),
                      TrustedReviewers::addedSummary(reviewer))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    QList<TrustedReviewer> &list = m_project.trustedReviewers;
    list.insert(index < 0 ? list.size() : qMin(index, int(list.size())), reviewer);
    emit trustedReviewersChanged();
    return true;
}

bool ProjectDocument::removeTrustedReviewer(const QString &uid, TrustedReviewer *removed,
                                            int *index)
{
    if (!checkWritable())
        return false;
    QList<TrustedReviewer> &list = m_project.trustedReviewers;
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const TrustedReviewer &t) { return t.uid == uid; });
    if (it == list.cend())
        return failWrite(tr("The trusted reviewer to remove is no longer in the list."));
    const int at = int(it - list.cbegin());
    const TrustedReviewer reviewer = *it;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !isCurrent() || !m_store->remove(EntityKind::TrustedReviewer, uid)
        || !logChange(m_project.info.uid, QString::fromLatin1(TrustedReviewers::logField),
                      TrustedReviewers::removedSummary(reviewer))
        || !tx.commit()) {
        return failStep();
    }
    commitLog();
    list.removeAt(at);
    if (removed)
        *removed = reviewer;
    if (index)
        *index = at;
    emit trustedReviewersChanged();
    return true;
}

} // namespace kd

namespace kd {

// --- working together ---------------------------------------------------------------------------

void ProjectDocument::startWorkingTogether()
{
    m_connected = true;
    m_others.clear();
    m_refreshTimer.stop();
    if (!isServer()) {
        m_heartbeat.stop();
        return;
    }
    m_store->watch([this] { scheduleRefresh(); });
    if (m_heartbeat.interval() > 0)
        m_heartbeat.start();
    heartbeat();
}

void ProjectDocument::setHeartbeatInterval(int milliseconds)
{
    m_heartbeat.setInterval(milliseconds);
    if (milliseconds <= 0)
        m_heartbeat.stop();
    else if (isServer())
        m_heartbeat.start();
}

void ProjectDocument::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ProjectDocument::heartbeat()
{
    if (!m_store)
        return;
    if (!m_connected) {
        reconnect();
        return;
    }
    QList<StoreSession> others;
    if (!m_store->ping() || !m_store->sessions(&others)) {
        connectionLost();
        return;
    }
    const auto same = [](const StoreSession &a, const StoreSession &b) {
        return a.login == b.login && a.roles == b.roles && a.program == b.program;
    };
    if (!std::equal(others.cbegin(), others.cend(), m_others.cbegin(), m_others.cend(), same)) {
        m_others = others;
        emit othersChanged();
    }
}

void ProjectDocument::connectionLost()
{
    if (!m_connected)
        return;
    m_connected = false;
    m_refreshTimer.stop();
    if (!m_others.isEmpty()) {
        m_others.clear();
        emit othersChanged();
    }
    emit connectionChanged(false);
}

std::unique_ptr<WriteBatch> ProjectDocument::holdWrites()
{
    if (!checkWritable())
        return nullptr;
    auto batch = std::make_unique<WriteBatch>(*m_store);
    if (batch->isActive())
        return batch;
    failWrite(m_store->lastError().message);
    return nullptr;
}

bool ProjectDocument::writeLost()
{
    const QString message = m_store->lastError().message;
    if (!m_store->ping())
        connectionLost(); // reconnecting reads the whole project again
    else
        resync();
    return failWrite(message);
}

bool ProjectDocument::reconnect()
{
    StoreError error;
    std::unique_ptr<ProjectStore> store
        = ProjectStore::open(m_location, m_mode, &error, m_password);
    if (!store)
        return false;
    std::swap(m_store, store);
    if (!resync()) {
        std::swap(m_store, store);
        return false;
    }
    m_connected = true;
    m_store->watch([this] { scheduleRefresh(); });
    emit connectionChanged(true);
    heartbeat();
    return true;
}

bool ProjectDocument::resync()
{
    Project fresh;
    if (!m_store->load(&fresh))
        return false;
    // Everything may have changed meanwhile: the whole project is compared, entity by entity.
    QSet<QString> all;
    for (const Scenario &s : std::as_const(fresh.scenarios))
        all.insert(s.uid);
    for (const Scenario &s : std::as_const(m_project.scenarios))
        all.insert(s.uid);
    QList<ChangeLogEntry> entries;
    for (const ChangeLogEntry &entry : std::as_const(fresh.changeLog)) {
        if (entry.id > m_seenLogId)
            entries.append(entry);
    }
    m_seenLogId = fresh.changeLog.isEmpty() ? 0 : fresh.changeLog.constLast().id;
    QList<ChangeLogEntry> log = fresh.changeLog;
    applyRemote(std::move(fresh), all);
    m_project.changeLog = std::move(log);
    if (!entries.isEmpty())
        emit remoteChangesApplied(entries);
    return true;
}

bool ProjectDocument::resolveConflict(EditConflict conflict)
{
    // The model stays as the user is shown it until they decide: changes that come in meanwhile
    // wait (refresh() schedules itself again).
    const QScopedValueRollback busy(m_refreshing, true);
    if (conflict.author.isEmpty()) {
        const ChangeLogEntry last = lastChangeOf(conflict.kind, conflict.uid, conflict.field);
        conflict.author = last.author;
        conflict.time = last.time;
    }
    return m_resolver && m_resolver(conflict);
}

ChangeLogEntry ProjectDocument::lastChangeOf(EntityKind kind, const QString &uid,
                                             const QString &field) const
{
    QString logUid = uid;
    if (kind == EntityKind::Option)
        locate<Option>(uid, &logUid, nullptr);
    else if (kind == EntityKind::LegalReference)
        locate<LegalReference>(uid, &logUid, nullptr);
    for (auto it = m_project.changeLog.crbegin(); it != m_project.changeLog.crend(); ++it) {
        if (it->entityUid == logUid && (field.isEmpty() || it->field.endsWith(field)))
            return *it;
    }
    return {};
}

bool ProjectDocument::changedByOthersSince(const QStringList &entityUids, qint64 id,
                                           QString *message) const
{
    if (!isServer() || entityUids.isEmpty())
        return false;
    const QString me = author();
    for (auto it = m_project.changeLog.crbegin(); it != m_project.changeLog.crend() && it->id > id;
         ++it) {
        if (it->author != me && entityUids.contains(it->entityUid)) {
            if (message)
                *message = tr("%1 changed this at %2, after your edit, so undoing or redoing "
                              "it would overwrite their change. Your edit stays as it is; change "
                              "it by hand if it should.")
                               .arg(it->author,
                                    it->time.toLocalTime().toString(QStringLiteral("HH:mm")));
            return true;
        }
    }
    return false;
}

} // namespace kd
