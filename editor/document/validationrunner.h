#pragma once

#include "model/project.h"
#include "validation/issue.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kd {

class ProjectDocument;

// Keeps the document's validation issues current without ever blocking the UI: after an edit it
// re-checks the edited entity first (Validator::validateEntity) and then, a moment later, the
// whole project (Validator::validate), both on a worker thread, on a copy of the model. Results
// of a run that an even newer edit has overtaken are dropped.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(ProjectDocument *document, QObject *parent = nullptr);
    ~ValidationRunner() override;

    // Blocks until the pending runs are done (tests, and before quitting).
    void waitForIdle();

signals:
    void projectChecked(const QList<kd::Issue> &issues);
    void entityChecked(const QSet<QString> &uids, const QList<kd::Issue> &issues);

private:
    struct Result
    {
        quint64 generation = 0;
        bool whole = false;
        QSet<QString> uids;
        QList<Issue> issues;
    };

    void entityEdited(const QString &uid);
    void startNext();
    void finished();

    ProjectDocument *m_document;
    QFutureWatcher<Result> m_watcher;
    QTimer m_wholeProjectDelay;
    QStringList m_pendingEntities;
    bool m_wholePending = false;
    quint64 m_generation = 0;
    // True from the start of a run until its result is handled: a new setFuture() before then
    // would drop the finished signal of the run before it.
    bool m_busy = false;
};

} // namespace kd
