#include "validationrunner.h"

#include "projectdocument.h"

#include "validation/validator.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace kd {
namespace {

// The uids of an entity and everything it owns: the issues validateEntity() answers for.
QSet<QString> ownedUids(const Project &project, const QString &uid)
{
    QSet<QString> uids{uid};
    auto addDilemma = [&](const Dilemma &d) {
        uids.insert(d.uid);
        for (const Option &o : d.options)
            uids.insert(o.uid);
        for (const LegalReference &r : d.legalReferences)
            uids.insert(r.uid);
    };
    auto addSegment = [&](const Segment &s) {
        uids.insert(s.uid);
        for (const Dilemma &d : s.dilemmas)
            addDilemma(d);
    };
    for (const Scenario &scenario : project.scenarios) {
        if (scenario.uid == uid) {
            for (const Person &p : scenario.persons)
                uids.insert(p.uid);
            for (const Segment &s : scenario.segments)
                addSegment(s);
            return uids;
        }
        for (const Segment &segment : scenario.segments) {
            if (segment.uid == uid) {
                addSegment(segment);
                return uids;
            }
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == uid) {
                    addDilemma(d);
                    return uids;
                }
        }
    }
    return uids;
}

// The editor shows not-approved, approval-stale and law-changed as warnings: unapproved content is
// normal while writing; only export refuses it.
ValidationOptions editingOptions()
{
    ValidationOptions options;
    options.reviewGate = ValidationOptions::ReviewGate::Editing;
    return options;
}

} // namespace

ValidationRunner::ValidationRunner(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_wholeProjectDelay.setSingleShot(true);
    m_wholeProjectDelay.setInterval(300);
    connect(&m_wholeProjectDelay, &QTimer::timeout, this, [this] {
        m_wholePending = true;
        startNext();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ValidationRunner::finished);

    connect(document, &ProjectDocument::projectChanged, this, [this] {
        ++m_generation;
        m_pendingEntities.clear();
        if (!m_document->isOpen()) {
            emit projectChecked({});
            return;
        }
        m_wholePending = true;
        startNext();
    });
    auto edited = [this](EntityKind, const QString &uid) {
        entityEdited(uid);
    };
    connect(document, &ProjectDocument::entityChanged, this,
            [edited](EntityKind kind, const QString &uid, const QString &) { edited(kind, uid); });
    connect(
        document, &ProjectDocument::entityInserted, this,
        [edited](EntityKind kind, const QString &uid, const QString &, int) { edited(kind, uid); });
    // Removals and moves change other entities' positions and uses: check everything.
    auto whole = [this] {
        ++m_generation;
        m_wholeProjectDelay.start();
    };
    connect(document, &ProjectDocument::entityRemoved, this, whole);
    connect(document, &ProjectDocument::entityMoved, this, whole);
    // Trusting or no longer trusting a key changes which approvals count, anywhere.
    connect(document, &ProjectDocument::trustedReviewersChanged, this, whole);
    // A review record changes the review rules' verdict on its entity.
    connect(document, &ProjectDocument::reviewsChanged, this,
            [this](const QString &uid) { entityEdited(uid); });
}

ValidationRunner::~ValidationRunner()
{
    m_watcher.waitForFinished();
}

void ValidationRunner::entityEdited(const QString &uid)
{
    ++m_generation;
    if (!m_pendingEntities.contains(uid))
        m_pendingEntities.append(uid);
    startNext();
    // Keys, uses and counts elsewhere may have changed too.
    m_wholeProjectDelay.start();
}

void ValidationRunner::startNext()
{
    if (m_busy || !m_document->isOpen())
        return;
    const Project snapshot = m_document->project(); // implicitly shared: cheap
    const quint64 generation = m_generation;
    if (!m_pendingEntities.isEmpty()) {
        const QString uid = m_pendingEntities.takeFirst();
        m_busy = true;
        m_watcher.setFuture(QtConcurrent::run([snapshot, uid, generation] {
            return Result{generation, false, ownedUids(snapshot, uid),
                          Validator::validateEntity(snapshot, uid, editingOptions())};
        }));
    } else if (m_wholePending && !m_wholeProjectDelay.isActive()) {
        m_wholePending = false;
        m_busy = true;
        m_watcher.setFuture(QtConcurrent::run([snapshot, generation] {
            return Result{generation, true, {}, Validator::validate(snapshot, editingOptions())};
        }));
    }
}

void ValidationRunner::finished()
{
    m_busy = false;
    const Result result = m_watcher.result();
    if (result.whole) {
        // A whole-project result is only shown if nothing changed while it ran.
        if (result.generation == m_generation)
            emit projectChecked(result.issues);
        else
            m_wholeProjectDelay.start();
    } else {
        emit entityChecked(result.uids, result.issues);
    }
    startNext();
}

void ValidationRunner::waitForIdle()
{
    if (!m_document->isOpen()) {
        m_watcher.waitForFinished();
        return;
    }
    while (m_busy || !m_pendingEntities.isEmpty() || m_wholePending
           || m_wholeProjectDelay.isActive()) {
        if (m_wholeProjectDelay.isActive()) {
            m_wholeProjectDelay.stop();
            m_wholePending = true;
            startNext();
        }
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

} // namespace kd
