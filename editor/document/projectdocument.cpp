#include "projectdocument.h"

#include "review/approvaltrust.h"

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

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

ProjectDocument::~ProjectDocument()
{
    // Commands refer to the document: drop them before the document goes.
    m_undoStack->clear();
}

bool ProjectDocument::open(const QString &path, ProjectStore::OpenMode mode, StoreError *error,
                           const QString &password)
{
    return adopt(ProjectStore::open(path, mode, error, password), error);
}

QString ProjectDocument::author() const
{
    const StoreIdentity who = identity();
    return who.checkedByServer ? who.login : m_author;
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
    emit projectChanged();
    return true;
}

void ProjectDocument::close()
{
    m_undoStack->clear();
    m_store.reset();
    m_project = Project();
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
    if (!m_store)
        return failWrite(tr("No project is open."));
    if (m_store->isReadOnly())
        return failWrite(tr("The project is open read-only."));
    return true;
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
    if (!tx.isActive() || !m_store->saveInfo(info)
        || !logChange(info.uid, field, QStringLiteral("changed %1").arg(field)) || !tx.commit()) {
        dropLog();
        return failWrite(m_store->lastError().message);
    }
    commitLog();
    m_project.info = info;
    emit entityChanged(EntityKind::Project, info.uid, field);
    return true;
}

} // namespace kd

namespace kd {

bool ProjectDocument::addReview(const Review &review)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !m_store->insert(review)
        || !logChange(review.entityUid, QStringLiteral("review"),
                      QStringLiteral("review: %1").arg(toName(review.state)))
        || !tx.commit()) {
        dropLog();
        return failWrite(m_store->lastError().message);
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
    if (!tx.isActive() || !m_store->remove(EntityKind::Review, reviewUid)
        || !logChange(review.entityUid, QStringLiteral("review"),
                      QStringLiteral("review withdrawn: %1").arg(toName(review.state)))
        || !tx.commit()) {
        dropLog();
        return failWrite(m_store->lastError().message);
    }
    commitLog();
    m_project.reviews.removeIf([&](const Review &r) { return r.uid == reviewUid; });
    emit reviewsChanged(review.entityUid);
    return true;
}

bool ProjectDocument::addTrustedReviewer(const TrustedReviewer &reviewer, int index)
{
    if (!checkWritable())
        return false;
    WriteBatch tx(*m_store);
    if (!tx.isActive() || !m_store->insert(reviewer)
        || !logChange(m_project.info.uid, QString::fromLatin1(TrustedReviewers::logField),
                      TrustedReviewers::addedSummary(reviewer))
        || !tx.commit()) {
        dropLog();
        return failWrite(m_store->lastError().message);
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
    if (!tx.isActive() || !m_store->remove(EntityKind::TrustedReviewer, uid)
        || !logChange(m_project.info.uid, QString::fromLatin1(TrustedReviewers::logField),
                      TrustedReviewers::removedSummary(reviewer))
        || !tx.commit()) {
        dropLog();
        return failWrite(m_store->lastError().message);
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
