#pragma once

#include "storebackend.h"
#include "storeerror.h"
#include "storeidentity.h"
#include "transaction.h"

#include "model/entitycounts.h"
#include "model/entitykind.h"
#include "model/project.h"
#include "model/projectfacts.h"

#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace kd {

// A project's store: loads the whole project into the model and writes single entities, each
// write in a transaction that rolls back unless it completes. Its rows are read and written from
// the content model's description (core/model/description.h) in portable SQL, every value bound,
// through a StoreBackend; the project file (SqliteBackend) is opened under the rules of
// README.md, "The project file", and docs/reliability.md (foreign files, damage, newer and older
// versions, a second writer). Nothing above core/storage talks SQL.
//
// insert() writes an entity with everything it owns (a scenario with its persons and segments,
// a dilemma with its options and legal references). update() rewrites the entity's own fields and
// its reference lists, not its children; passing another parent uid moves it there. remove()
// deletes an entity with its children.
class ProjectStore
{
public:
    // Inspect is ReadOnly for a glance at the project (its info and counts, `kdtool info`): a
    // file's header, application id, version, schema and length are checked, but not every
    // page (quick_check reads the whole file: most of a second at 100,000 dilemmas), so a
    // damaged page shows only when something reads it, as the same "damaged" error.
    using OpenMode = StoreOpenMode;

    static int schemaVersion();
    static QString fileSuffix() { return QStringLiteral("kdproj"); }

    // A store over a backend that is open.
    explicit ProjectStore(std::unique_ptr<StoreBackend> backend);

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Writes a complete project to a new file at path: into a temporary sibling first, moved
    // into place only when everything is written and synced, so a failure or a kill leaves
    // nothing under the name (and the next run removes the temporary). A path that exists is
    // refused, also when another writer takes it meanwhile; with overwrite, only a regular file
    // that is a project of ours is replaced (in one rename), never a link or any other file.
    static bool writeNew(const QString &path, const Project &project, bool overwrite,
                         StoreError *error);
    // A new project with the default life domains, opened read-write.
    static std::unique_ptr<ProjectStore> create(const QString &path, const ProjectInfo &info,
                                                StoreError *error);
    // A project file's path, or a server project's postgresql:// URI (ServerLocation); a server
    // login uses password when given, else libpq's PGPASSWORD or ~/.pgpass.
    static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, StoreError *error,
                                              const QString &password = {});

    // The file's path or the server project's URI.
    QString path() const { return m_backend->location(); }
    bool isReadOnly() const { return m_backend->isReadOnly(); }
    // Who works on it as the store knows it: a server project's login and roles; nobody for a
    // file (StoreIdentity).
    StoreIdentity identity() const { return m_backend->identity(); }
    bool isServer() const { return identity().checkedByServer; }
    // The backup made when an older file was migrated on open; empty otherwise.
    QString migrationBackupPath() const { return m_backend->migrationBackupPath(); }
    StoreError lastError() const { return m_lastError; }

    // The whole project, read in one read transaction (one committed state).
    bool load(Project *project);
    // The project in parts, for one too large to hold whole (kdtool reads a file so; call both
    // inside one ReadSnapshot to read one committed state): everything but what the scenarios
    // own, the scenarios with their own fields only (for their order); then each
    // scenario with everything it owns, in order, until visit returns false.
    bool loadRegisters(Project *project);
    bool forEachScenario(const std::function<bool(Scenario &&scenario)> &visit);
    // What validation must know of all scenarios to check them one at a time, from the file.
    bool facts(ProjectFacts *facts);
    // How many entities of each kind the project holds, without loading it.
    bool counts(EntityCounts *counts);
    bool loadInfo(ProjectInfo *info);

    bool saveInfo(const ProjectInfo &info);

    bool insert(const LifeDomain &domain);
    bool insert(const Professional &professional);
    bool insert(const LegalSource &source);
    bool insert(const Theme &theme);
    bool insert(const GlossaryTerm &term);
    bool insert(const Asset &asset);
    bool insert(const Scenario &scenario);
    bool insert(const QString &scenarioUid, const Person &person);
    bool insert(const QString &scenarioUid, const Segment &segment);
    bool insert(const QString &segmentUid, const Dilemma &dilemma);
    bool insert(const QString &dilemmaUid, const Option &option);
    bool insert(const QString &dilemmaUid, const LegalReference &reference);
    bool insert(const Review &review);
    bool insert(const ReviewNote &note);
    bool insert(const TrustedReviewer &reviewer);
    // Appends to the change log and sets entry->id; a server project sets the time (its own
    // clock) and refuses an author that is not the login.
    bool append(ChangeLogEntry *entry);

    bool update(const LifeDomain &domain);
    bool update(const Professional &professional);
    bool update(const LegalSource &source);
    bool update(const Theme &theme);
    bool update(const GlossaryTerm &term);
    bool update(const Asset &asset);
    bool update(const Scenario &scenario);
    bool update(const QString &scenarioUid, const Person &person);
    bool update(const QString &scenarioUid, const Segment &segment);
    bool update(const QString &segmentUid, const Dilemma &dilemma);
    bool update(const QString &dilemmaUid, const Option &option);
    bool update(const QString &dilemmaUid, const LegalReference &reference);

    // Sets an entity's position and, for owned kinds, its parent (moving it there with its
    // children). Top-level kinds ignore parentUid.
    bool move(EntityKind kind, const QString &uid, const QString &parentUid, int position);

    // Deletes the entity and what it owns (a review record or note: withdrawn by undo). Project:
    // refused.
    bool remove(EntityKind kind, const QString &uid);

    // Full-text search over every text field (schema/project.sql, search_index). Every word of
    // the query must occur, as a word or the start of one; case and diacritics do not matter.
    // Hits come best first. False with lastError() when the index cannot be read.
    bool search(const QString &query, int limit, QList<SearchHit> *hits);
    static constexpr QChar matchStart = QChar(0x02);
    static constexpr QChar matchEnd = QChar(0x03);

    // --- working together: a server project has other sessions; a file has none ---------------
    // The change log's entries after the one with this id, oldest first. On a server project
    // writers commit one after another (the write lock), so ids come in commit order.
    bool changesSince(qint64 id, QList<ChangeLogEntry> *entries);
    // The uids of the scenarios that hold these entities now (a scenario holds itself); uids
    // of no person, segment, dilemma, option or legal reference add nothing.
    bool scenariosHolding(const QStringList &uids, QSet<QString> *scenarioUids);
    // One scenario with everything it owns; *found says whether there is one with this uid.
    bool loadScenario(const QString &uid, Scenario *scenario, bool *found);
    // One dilemma with its options and legal references; *found says whether there is one.
    bool loadDilemma(const QString &uid, Dilemma *dilemma, bool *found);
    // Everything loadRegisters() reads except the change log (which changesSince() extends).
    bool loadRegistersWithoutLog(Project *project);
    // Calls changed from the event loop after another session commits (StoreBackend::watch).
    bool watch(const std::function<void()> &changed) { return m_backend->watch(changed); }
    // Whether the store still answers; false with lastError() Unreachable when not.
    bool ping();
    // The other sessions that have the project open (a file: none).
    bool sessions(QList<StoreSession> *sessions);

    // Writes a whole project into this (new, empty) file's tables; writeNew() and NewProjectFile
    // users call it inside the file's transaction.
    bool writeContent(const Project &project);

    // The backend itself, for the store's own tests that inspect the file. The program's layers
    // above core/storage never touch it (tests/setup/check_layers.sh): they group writes with a
    // WriteBatch and reads with a ReadSnapshot.
    StoreBackend &backend() { return *m_backend; }

private:
    bool loadScenarioContent(Scenario *scenario);
    bool readRegisters(Project *project, bool withLog);
    friend class ReadSnapshot;
    friend class WriteBatch;
    bool fail(StoreError::Code code = StoreError::Code::Sql);
    // insert() and update() of every kind: the row with its reference lists, and on insert
    // what the entity owns, in one transaction. parentUid is null for top-level kinds.
    template<typename T>
    bool write(const QString *parentUid, const T &entity, bool isUpdate);
    bool checkWritable();
    // The last read's failure as the user should hear it: damage, a busy writer, or I/O.
    StoreError readFailure() const { return m_backend->readFailure(); }

    std::unique_ptr<StoreBackend> m_backend;
    StoreError m_lastError;
    QHash<QString, QString> m_sharedUids; // while scenarios are read
};

// Holds a read transaction on a store for as long as it lives: everything read meanwhile, in
// as many parts as needed (loadRegisters, facts, forEachScenario), is one committed state,
// whatever other processes commit. Writers wait for it (up to their busy timeout), so hold it
// only for the reading.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(ProjectStore &store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isValid() const;

private:
    std::unique_ptr<Transaction> m_transaction;
};

// Groups several writes into one transaction for as long as it lives: commit() makes them all
// durable at once; destroyed without it, none of them happened. Batches nest: only the outermost
// one commits to the file.
class WriteBatch
{
public:
    explicit WriteBatch(ProjectStore &store);
    ~WriteBatch();
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;

    bool isActive() const;
    bool commit();

private:
    std::unique_ptr<Transaction> m_transaction;
};

} // namespace kd
