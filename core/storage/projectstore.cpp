#include "projectstore.h"

#include "newprojectfile.h"
#include "postgresbackend.h"
#include "rowmapping.h"
#include "schemamigrator.h"
#include "serverproject.h"
#include "sqlitebackend.h"
#include "transaction.h"

#include "model/identifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

namespace kd {

using namespace RowMapping;
using namespace Qt::StringLiterals;

namespace {

StoreError makeError(StoreError::Code code, const QString &message)
{
    return StoreError{code, message};
}

// --- tables -------------------------------------------------------------------------------------

// The table of a kind that has rows of its own (not the project's single row).
const char *tableOf(EntityKind kind)
{
    return kind == EntityKind::Project ? nullptr : describe(kind).table;
}

// The column naming an owned entity's parent; null for top-level kinds.
const char *parentColumnOf(EntityKind kind)
{
    return describe(kind).parentColumn;
}

// The rows of a kind that belong to one scenario: "FROM ... WHERE ...", the kind's table as x,
// joined up through its owners to the scenario's uid, bound as the one value.
struct ScenarioScope
{
    QString from;
    QString where;
    QString scenarioColumn; // the scenario's uid, qualified, for a select list
};

// Whether a kind is owned by a scenario, directly or through its owners.
bool isInScenario(EntityKind kind)
{
    for (EntityKind k = kind; k != EntityKind::Project; k = describe(k).parent) {
        if (describe(k).parent == EntityKind::Scenario)
            return true;
    }
    return false;
}

ScenarioScope scenarioScope(EntityKind kind)
{
    QString joins;
    QString alias = QStringLiteral("x");
    EntityKind k = kind;
    for (int depth = 1; describe(k).parent != EntityKind::Scenario; ++depth) {
        const KindDescription &child = describe(k);
        const QString parentAlias = QStringLiteral("p%1").arg(depth);
        joins.prepend(QStringLiteral(" JOIN %1 %2 ON %2.%3 = %4.uid")
                          .arg(QLatin1String(child.table), alias, QLatin1String(child.parentColumn),
                               parentAlias));
        alias = parentAlias;
        k = child.parent;
    }
    return {QLatin1String(describe(k).table) + u' ' + alias + joins,
            alias + QStringLiteral(".scenario_uid = ?"), alias + QStringLiteral(".scenario_uid")};
}

// Groups rows read in (owner, position) order by their owner uid.
template<typename T>
using ByOwner = QHash<QString, QList<T>>;

// An owner's rows, out of the grouping, without the spare capacity that appending left: the
// model holds these lists for as long as the project is open (at 100,000 dilemmas the spare
// room of the option, reference and dilemma lists was tens of MB).
template<typename T>
QList<T> takeOwned(ByOwner<T> &byOwner, const QString &owner)
{
    QList<T> rows = byOwner.take(owner);
    rows.squeeze();
    return rows;
}

} // namespace

// --- opening ------------------------------------------------------------------------------------

int ProjectStore::schemaVersion()
{
    return SchemaMigrator::currentVersion();
}

ProjectStore::ProjectStore(std::unique_ptr<StoreBackend> backend)
    : m_backend(std::move(backend))
{}

ProjectStore::~ProjectStore() = default;

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 StoreError *error, const QString &password)
{
    if (ServerLocation::isServer(path)) {
        QString problem;
        const std::optional<ServerLocation> location = ServerLocation::parse(path, &problem);
        if (!location) {
            *error = {StoreError::Code::NotFound, problem};
            return nullptr;
        }
        auto backend = PostgresBackend::open(*location, mode, password,
                                             PostgresBackend::Expect::Project, error);
        return backend ? std::make_unique<ProjectStore>(std::move(backend)) : nullptr;
    }
    std::unique_ptr<SqliteBackend> backend = SqliteBackend::open(path, mode, error);
    if (!backend)
        return nullptr;
    return std::make_unique<ProjectStore>(std::move(backend));
}

bool ProjectStore::writeNew(const QString &path, const Project &project, bool overwrite,
                            StoreError *error)
{
    const auto file = NewProjectFile::create(path, overwrite, error);
    if (!file)
        return false;
    if (!file->store().writeContent(project)) {
        *error = file->writeError();
        return false;
    }
    return file->commit(error);
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, const ProjectInfo &info,
                                                   StoreError *error)
{
    Project project;
    project.info = info;
    if (project.info.uid.isEmpty())
        project.info.uid = Identifiers::createUid();
    project.lifeDomains = Project::defaultLifeDomains();
    if (project.info.jargon.isNull())
        project.info.jargon = Project::defaultJargon();
    if (ServerLocation::isServer(path) ? !ServerProject::upload(path, project, false, error)
                                       : !writeNew(path, project, false, error))
        return nullptr;
    return open(path, OpenMode::ReadWrite, error);
}

// --- helpers ------------------------------------------------------------------------------------

bool ProjectStore::fail(StoreError::Code code)
{
    if (code == StoreError::Code::Sql && m_backend->lastErrorIsRefusal())
        code = StoreError::Code::Refused;
    else if (code == StoreError::Code::Sql && m_backend->lastErrorIsBusy())
        code = StoreError::Code::Busy;
    m_lastError = makeError(code, m_backend->lastError());
    return false;
}

bool ProjectStore::checkWritable()
{
    if (!m_backend->isReadOnly())
        return true;
    m_lastError
        = makeError(StoreError::Code::ReadOnly,
                    QCoreApplication::translate("kd::ProjectStore", "the project is read-only"));
    return false;
}

namespace {

bool insertRow(StoreBackend &db, const char *table, const Row &row)
{
    return db.exec(insertStatement(table, row), insertValues(row));
}

bool updateRow(StoreBackend &db, const char *table, const Row &row)
{
    int affected = 0;
    if (!db.exec(updateStatement(table, row), updateValues(row), &affected))
        return false;
    if (affected != 1)
        db.setLastError(
            QCoreApplication::translate("kd::ProjectStore", "there is no such row to update"));
    return affected == 1;
}

bool writeLinks(StoreBackend &db, const LinkTable &link, const QString &owner,
                const QStringList &targets)
{
    if (!db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                     .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn)),
                 {owner}))
        return false;
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                            .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn),
                                 QLatin1String(link.targetColumn));
    for (int i = 0; i < targets.size(); ++i) {
        if (!db.exec(sql, {owner, targets.at(i), i}))
            return false;
    }
    return true;
}

ByOwner<QString> readLinks(StoreBackend &db, const LinkTable &link)
{
    ByOwner<QString> links;
    db.forEachRow(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, position")
                      .arg(QLatin1String(link.ownerColumn), QLatin1String(link.targetColumn),
                           QLatin1String(link.table)),
                  {}, [&](const StoreRow &row) { links[row.text(0)].append(row.text(1)); });
    return links;
}

// Runs a statement and hands each row to read; false when the statement fails.
template<typename Read>
bool forEachRow(StoreBackend &db, const QString &sql, Read read, const QVariantList &values = {})
{
    return db.forEachRow(sql, values, read);
}

} // namespace

// --- writing ------------------------------------------------------------------------------------

bool ProjectStore::saveInfo(const ProjectInfo &info)
{
    if (!checkWritable())
        return false;
    ProjectInfo saved = info;
    if (saved.language.isEmpty())
        saved.language = QStringLiteral("nl");
    // The project's one row (id 1), inserted or updated in place.
    Row row = rowOf(saved);
    QStringList assignments;
    for (const Column &column : std::as_const(row))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(QLatin1String(column.name)));
    row.prepend({"id", 1});
    const bool ok = m_backend->exec(insertStatement("project", row)
                                        + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
                                        + assignments.join(QLatin1String(", ")),
                                    insertValues(row));
    return ok || fail();
}

namespace {

// An entity's own row and its reference lists (the link tables of its ReferenceList fields),
// without what it owns; parentUid is null for top-level kinds.
template<typename T>
bool writeOwn(StoreBackend &db, const T &entity, const QString *parentUid, bool isUpdate)
{
    const char *table = describe(Described<T>::kind).table;
    const Row row = rowOf(entity, parentUid);
    if (!(isUpdate ? updateRow(db, table, row) : insertRow(db, table, row)))
        return false;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type == ValueType::ReferenceList
            && !writeLinks(db, field.d.link, entity.uid,
                           entity.*std::get<QStringList T::*>(field.member)))
            return false;
    }
    return true;
}

} // namespace

template<typename T>
bool ProjectStore::write(const QString *parentUid, const T &entity, bool isUpdate)
{
    if (!checkWritable())
        return false;
    Transaction tx(*m_backend);
    if (!tx.isActive() || !writeOwn(*m_backend, entity, parentUid, isUpdate))
        return fail();
    // What an inserted entity owns goes in with it.
    bool ok = true;
    if (!isUpdate) {
        if constexpr (std::is_same_v<T, Scenario>) {
            for (const Person &person : entity.persons)
                ok = ok && write(&entity.uid, person, false);
            for (const Segment &segment : entity.segments)
                ok = ok && write(&entity.uid, segment, false);
        } else if constexpr (std::is_same_v<T, Segment>) {
            for (const Dilemma &dilemma : entity.dilemmas)
                ok = ok && write(&entity.uid, dilemma, false);
        } else if constexpr (std::is_same_v<T, Dilemma>) {
            for (const Option &option : entity.options)
                ok = ok && write(&entity.uid, option, false);
            for (const LegalReference &reference : entity.legalReferences)
                ok = ok && write(&entity.uid, reference, false);
        }
    }
    if (!ok)
        return false; // the failing write said why
    return tx.commit() || fail();
}

#define KD_TOP_LEVEL_WRITES(Type)                                                                  \
    bool ProjectStore::insert(const Type &entity)                                                  \
    {                                                                                              \
        return write(nullptr, entity, false);                                                      \
    }                                                                                              \
    bool ProjectStore::update(const Type &entity)                                                  \
    {                                                                                              \
        return write(nullptr, entity, true);                                                       \
    }
#define KD_OWNED_WRITES(Type)                                                                      \
    bool ProjectStore::insert(const QString &parentUid, const Type &entity)                        \
    {                                                                                              \
        return write(&parentUid, entity, false);                                                   \
    }                                                                                              \
    bool ProjectStore::update(const QString &parentUid, const Type &entity)                        \
    {                                                                                              \
        return write(&parentUid, entity, true);                                                    \
    }
KD_TOP_LEVEL_WRITES(LifeDomain)
KD_TOP_LEVEL_WRITES(Professional)
KD_TOP_LEVEL_WRITES(LegalSource)
KD_TOP_LEVEL_WRITES(Theme)
KD_TOP_LEVEL_WRITES(GlossaryTerm)
KD_TOP_LEVEL_WRITES(Asset)
KD_TOP_LEVEL_WRITES(Scenario)
KD_OWNED_WRITES(Person)
KD_OWNED_WRITES(Segment)
KD_OWNED_WRITES(Dilemma)
KD_OWNED_WRITES(Option)
KD_OWNED_WRITES(LegalReference)
#undef KD_TOP_LEVEL_WRITES
#undef KD_OWNED_WRITES

bool ProjectStore::insert(const Review &review)
{
    if (!checkWritable())
        return false;
    return insertRow(*m_backend, describe(EntityKind::Review).table, rowOf(review)) || fail();
}

bool ProjectStore::insert(const ReviewNote &note)
{
    if (!checkWritable())
        return false;
    return insertRow(*m_backend, describe(EntityKind::ReviewNote).table, rowOf(note)) || fail();
}

bool ProjectStore::insert(const TrustedReviewer &reviewer)
{
    if (!checkWritable())
        return false;
    return insertRow(*m_backend, describe(EntityKind::TrustedReviewer).table, rowOf(reviewer))
           || fail();
}

bool ProjectStore::append(ChangeLogEntry *entry)
{
    if (!checkWritable())
        return false;
    // RETURNING, not the connection's last insert id: the id of this very row on any store,
    // and the time and author as the store recorded them (a server's clock).
    bool inserted = false;
    const bool ok = m_backend->forEachRow(
        QStringLiteral("INSERT INTO change_log (time, author, entity_uid, field, summary) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id, time, author"),
        {dateTime(entry->time), text(entry->author), text(entry->entityUid), text(entry->field),
         text(entry->summary)},
        [&](const StoreRow &row) {
            entry->id = row.integer(0);
            entry->time = dateTimeAt(row, 1);
            entry->author = textAt(row, 2);
            inserted = true;
        });
    if (!ok || !inserted)
        return fail();
    return true;
}

bool ProjectStore::move(EntityKind kind, const QString &uid, const QString &parentUid, int position)
{
    if (!checkWritable())
        return false;
    const char *table = tableOf(kind);
    if (!table) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("a %1 cannot be moved").arg(toName(kind)));
        return false;
    }
    const char *parentColumn = parentColumnOf(kind);
    const QString sql = parentColumn
                            ? QStringLiteral("UPDATE %1 SET %2 = ?, position = ? WHERE uid = ?")
                                  .arg(QLatin1String(table), QLatin1String(parentColumn))
                            : QStringLiteral("UPDATE %1 SET position = ? WHERE uid = ?")
                                  .arg(QLatin1String(table));
    const QVariantList values
        = parentColumn ? QVariantList{parentUid, position, uid} : QVariantList{position, uid};
    int affected = 0;
    if (!m_backend->exec(sql, values, &affected))
        return fail();
    if (affected != 1) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("no %1 with uid %2").arg(toName(kind), uid));
        return false;
    }
    return true;
}

bool ProjectStore::remove(EntityKind kind, const QString &uid)
{
    if (!checkWritable())
        return false;
    const char *table = tableOf(kind);
    if (!table) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("a %1 cannot be deleted").arg(toName(kind)));
        return false;
    }
    int affected = 0;
    if (!m_backend->exec(QStringLiteral("DELETE FROM %1 WHERE uid = ?").arg(QLatin1String(table)),
                         {uid}, &affected))
        return fail();
    if (affected != 1) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("no %1 with uid %2").arg(toName(kind), uid));
        return false;
    }
    return true;
}

bool ProjectStore::writeContent(const Project &project)
{
    if (!saveInfo(project.info))
        return false;
    // Every target before what refers to it.
    bool ok = true;
    forEachTopLevelKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const T &entity : project.*Described<T>::list)
            ok = ok && insert(entity);
    });
    if (!ok)
        return false;
    for (ChangeLogEntry entry : project.changeLog) {
        if (!append(&entry))
            return false;
    }
    return true;
}

// --- searching ----------------------------------------------------------------------------------

bool ProjectStore::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    return m_backend->search(query, limit, hits) || fail();
}

// --- reading ------------------------------------------------------------------------------------

bool ProjectStore::loadInfo(ProjectInfo *info)
{
    bool found = false;
    const bool ok = forEachRow(
        *m_backend, QStringLiteral("SELECT %1 FROM project x").arg(columnsOf<ProjectInfo>("x"_L1)),
        [&](const StoreRow &q) {
            readRow(q, info);
            found = true;
        });
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    if (!found) {
        m_lastError = makeError(
            StoreError::Code::Damaged,
            QCoreApplication::translate("kd::ProjectStore", "the project row is missing"));
        return false;
    }
    return true;
}

bool ProjectStore::counts(EntityCounts *counts)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    EntityCounts result;
    for (const EntityCounts::Count &count : EntityCounts::counts()) {
        const char *table = describe(count.kind).table;
        int EntityCounts::*member = count.member;
        const bool ok = forEachRow(
            *m_backend, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
            [&](const StoreRow &q) { result.*member = int(q.integer(0)); });
        if (!ok) {
            m_lastError = readFailure();
            return false;
        }
    }
    tx.commit();
    *counts = result;
    return true;
}

namespace {

// Every row of a top-level kind, in the kind's order, with its reference lists.
template<typename T>
bool readAll(StoreBackend &db, QList<T> *list)
{
    const KindDescription &kind = describe(Described<T>::kind);
    QList<std::pair<QStringList T::*, ByOwner<QString>>> links;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type == ValueType::ReferenceList)
            links.append({std::get<QStringList T::*>(field.member), readLinks(db, field.d.link)});
    }
    // Records in the order of their time; everything else in position order.
    constexpr EntityKind kindOfT = Described<T>::kind;
    const QString order = kindOfT == EntityKind::Review || kindOfT == EntityKind::ReviewNote
                              ? QStringLiteral("x.time, x.uid")
                          : kindOfT == EntityKind::TrustedReviewer
                              ? QStringLiteral("x.added_at, x.uid")
                              : QStringLiteral("x.position, x.uid");
    return forEachRow(db,
                      QStringLiteral("SELECT %1 FROM %2 x ORDER BY %3")
                          .arg(columnsOf<T>("x"_L1), QLatin1String(kind.table), order),
                      [&](const StoreRow &q) {
                          T entity;
                          readRow(q, &entity);
                          for (auto &[member, byOwner] : links)
                              entity.*member = takeOwned(byOwner, entity.uid);
                          list->append(std::move(entity));
                      });
}

// Every row of an owned kind that `FROM from WHERE where` selects (x the kind's table, one value
// bound), grouped by owner, each group in position order, with its reference lists.
template<typename T>
bool readRows(StoreBackend &db, const QString &from, const QString &where, const QString &value,
              SharedUids *shared, ByOwner<T> *byOwner)
{
    const KindDescription &kind = describe(Described<T>::kind);
    QList<std::pair<QStringList T::*, ByOwner<QString>>> links;
    bool ok = true;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type != ValueType::ReferenceList)
            continue;
        ByOwner<QString> targets;
        const LinkTable &link = field.d.link;
        ok = ok
             && forEachRow(
                 db,
                 QStringLiteral("SELECT l.%1, l.%2 FROM %3 JOIN %4 l ON l.%1 = x.uid WHERE %5 "
                                "ORDER BY l.%1, l.position")
                     .arg(QLatin1String(link.ownerColumn), QLatin1String(link.targetColumn), from,
                          QLatin1String(link.table), where),
                 [&](const StoreRow &q) {
                     QString target = q.text(1);
                     const auto it = shared->constFind(target);
                     targets[q.text(0)].append(
                         it != shared->cend() ? *it : *shared->insert(target, target));
                 },
                 {value});
        links.append({std::get<QStringList T::*>(field.member), std::move(targets)});
    }
    return ok
           && forEachRow(
               db,
               QStringLiteral("SELECT %1, x.%2 FROM %3 WHERE %4 ORDER BY x.%2, x.position, x.uid")
                   .arg(columnsOf<T>("x"_L1), QLatin1String(kind.parentColumn), from, where),
               [&](const StoreRow &q) {
                   T entity;
                   const int parentColumn = readRow(q, &entity, shared);
                   for (auto &[member, targets] : links)
                       entity.*member = takeOwned(targets, entity.uid);
                   (*byOwner)[q.text(parentColumn)].append(std::move(entity));
               },
               {value});
}

// Every row of an owned kind within one scenario (readRows).
template<typename T>
bool readOwned(StoreBackend &db, const QString &scenarioUid, SharedUids *shared,
               ByOwner<T> *byOwner)
{
    const ScenarioScope scope = scenarioScope(Described<T>::kind);
    return readRows(db, scope.from, scope.where, scenarioUid, shared, byOwner);
}

// The rows of an owned kind whose owner has this uid (readRows).
template<typename T>
bool readChildren(StoreBackend &db, const QString &ownerUid, SharedUids *shared,
                  ByOwner<T> *byOwner)
{
    const KindDescription &kind = describe(Described<T>::kind);
    return readRows(db, QLatin1String(kind.table) + QStringLiteral(" x"),
                    QStringLiteral("x.%1 = ?").arg(QLatin1String(kind.parentColumn)), ownerUid,
                    shared, byOwner);
}

} // namespace

namespace {

// The change log's entries after the one with id after, oldest first.
bool readLog(StoreBackend &db, qint64 after, QList<ChangeLogEntry> *entries)
{
    return forEachRow(db,
                      QStringLiteral("SELECT id, time, author, entity_uid, field, summary FROM "
                                     "change_log WHERE id > ? ORDER BY id"),
                      [&](const StoreRow &q) {
                          entries->append({q.integer(0), dateTimeAt(q, 1), textAt(q, 2),
                                           textAt(q, 3), textAt(q, 4), textAt(q, 5)});
                      },
                      {after});
}

// Every top-level list of the project; the scenarios with their own fields only (readAll reads
// nothing they own).
bool readLists(StoreBackend &db, Project *p)
{
    bool ok = true;
    forEachTopLevelKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        ok = ok && readAll(db, &(p->*Described<T>::list));
    });
    return ok;
}

} // namespace

bool ProjectStore::loadRegisters(Project *project)
{
    return readRegisters(project, true);
}

bool ProjectStore::loadRegistersWithoutLog(Project *project)
{
    return readRegisters(project, false);
}

bool ProjectStore::readRegisters(Project *project, bool withLog)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    Project p;
    if (!loadInfo(&p.info))
        return false;
    const bool ok = readLists(*m_backend, &p) && (!withLog || readLog(*m_backend, 0, &p.changeLog));
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *project = std::move(p);
    return true;
}

bool ProjectStore::forEachScenario(const std::function<bool(Scenario &&)> &visit)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    QList<Scenario> ownRows;
    // The scenarios' own rows first (readAll reads nothing they own), then each one's content.
    bool ok = readAll(*m_backend, &ownRows);
    const auto forget = qScopeGuard([this] { m_sharedUids.clear(); });
    for (Scenario &row : ownRows) {
        // Out of the list: what the visitor does not keep is freed before the next is read.
        Scenario scenario = std::exchange(row, Scenario());
        if (!ok || !(ok = loadScenarioContent(&scenario)))
            break;
        if (!visit(std::move(scenario))) {
            tx.commit();
            return true;
        }
    }
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    return true;
}

// Everything a scenario owns: its persons and segments, their dilemmas, options and legal
// references, and the link lists, each in its position order. The uids that refer to a register
// entry or a person repeat thousands of times: one shared copy each (m_sharedUids).
bool ProjectStore::loadScenarioContent(Scenario *scenario)
{
    ByOwner<Option> options;
    ByOwner<LegalReference> references;
    ByOwner<Dilemma> dilemmas;
    ByOwner<Segment> segments;
    ByOwner<Person> persons;
    const QString &uid = scenario->uid;
    if (!readOwned(*m_backend, uid, &m_sharedUids, &options)
        || !readOwned(*m_backend, uid, &m_sharedUids, &references)
        || !readOwned(*m_backend, uid, &m_sharedUids, &dilemmas)
        || !readOwned(*m_backend, uid, &m_sharedUids, &segments)
        || !readOwned(*m_backend, uid, &m_sharedUids, &persons))
        return false;
    // Children into their owners, from the leaves up.
    for (QList<Dilemma> &list : dilemmas) {
        for (Dilemma &d : list) {
            d.options = takeOwned(options, d.uid);
            d.legalReferences = takeOwned(references, d.uid);
        }
    }
    QList<Segment> ownSegments = takeOwned(segments, uid);
    for (Segment &s : ownSegments)
        s.dilemmas = takeOwned(dilemmas, s.uid);
    scenario->segments = std::move(ownSegments);
    scenario->persons = takeOwned(persons, uid);
    return true;
}

bool ProjectStore::changesSince(qint64 id, QList<ChangeLogEntry> *entries)
{
    entries->clear();
    if (readLog(*m_backend, id, entries))
        return true;
    m_lastError = readFailure();
    return false;
}

bool ProjectStore::scenariosHolding(const QStringList &uids, QSet<QString> *scenarioUids)
{
    scenarioUids->clear();
    if (uids.isEmpty())
        return true;
    QVariantList values;
    for (const QString &uid : uids)
        values.append(uid);
    const QString marks = QStringLiteral("?,").repeated(uids.size()).chopped(1);
    QStringList selects{QStringLiteral("SELECT uid FROM scenario WHERE uid IN (%1)").arg(marks)};
    QVariantList bound = values;
    for (EntityKind kind : describedKinds()) {
        if (kind == EntityKind::Scenario || !isInScenario(kind))
            continue;
        const ScenarioScope scope = scenarioScope(kind);
        selects.append(QStringLiteral("SELECT %1 FROM %2 WHERE x.uid IN (%3)")
                           .arg(scope.scenarioColumn, scope.from, marks));
        bound += values;
    }
    const bool ok = forEachRow(
        *m_backend, selects.join(QLatin1String(" UNION ")),
        [&](const StoreRow &q) { scenarioUids->insert(q.text(0)); }, bound);
    if (!ok)
        m_lastError = readFailure();
    return ok;
}

bool ProjectStore::loadScenario(const QString &uid, Scenario *scenario, bool *found)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    const KindDescription &kind = describe(EntityKind::Scenario);
    Scenario row;
    *found = false;
    bool ok = forEachRow(*m_backend,
                         QStringLiteral("SELECT %1 FROM %2 x WHERE x.uid = ?")
                             .arg(columnsOf<Scenario>("x"_L1), QLatin1String(kind.table)),
                         [&](const StoreRow &q) {
                             readRow(q, &row);
                             *found = true;
                         },
                         {uid});
    const auto forget = qScopeGuard([this] { m_sharedUids.clear(); });
    ok = ok && (!*found || loadScenarioContent(&row));
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *scenario = std::move(row);
    return true;
}

bool ProjectStore::loadDilemma(const QString &uid, Dilemma *dilemma, bool *found)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    const auto forget = qScopeGuard([this] { m_sharedUids.clear(); });
    ByOwner<Dilemma> dilemmas;
    ByOwner<Option> options;
    ByOwner<LegalReference> references;
    const bool ok
        = readRows(*m_backend,
                   QLatin1String(describe(EntityKind::Dilemma).table) + QStringLiteral(" x"),
                   QStringLiteral("x.uid = ?"), uid, &m_sharedUids, &dilemmas)
          && readChildren(*m_backend, uid, &m_sharedUids, &options)
          && readChildren(*m_backend, uid, &m_sharedUids, &references);
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *found = !dilemmas.isEmpty();
    if (*found) {
        *dilemma = std::move(dilemmas.begin()->first());
        dilemma->options = takeOwned(options, uid);
        dilemma->legalReferences = takeOwned(references, uid);
    }
    return true;
}

bool ProjectStore::ping()
{
    if (m_backend->ping())
        return true;
    m_lastError = {StoreError::Code::Unreachable, m_backend->lastError()};
    return false;
}

bool ProjectStore::sessions(QList<StoreSession> *sessions)
{
    if (m_backend->sessions(sessions))
        return true;
    m_lastError = readFailure();
    return false;
}

bool ProjectStore::load(Project *project)
{
    // One read transaction: everything below is one committed state, whatever other processes
    // (the editor, another kdtool) commit while it is read.
    Transaction tx(*m_backend, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    Project p;
    if (!loadRegisters(&p))
        return false;
    p.scenarios.clear();
    if (!forEachScenario([&](Scenario &&s) {
            p.scenarios.append(std::move(s));
            return true;
        }))
        return false;
    tx.commit();
    *project = std::move(p);
    return true;
}

bool ProjectStore::facts(ProjectFacts *facts)
{
    Transaction tx(*m_backend, Transaction::Kind::Read);
    ProjectFacts result;
    // The entity tables, as ProjectFacts::of() counts them (not reviews, not the change log).
    QStringList selects;
    for (EntityKind kind : describedKinds()) {
        if (!isRecordKind(kind))
            selects.append(QStringLiteral("SELECT uid FROM ")
                           + QLatin1String(describe(kind).table));
    }
    const auto counted = [this](const QString &sql, QHash<QString, int> *into) {
        return forEachRow(*m_backend, sql, [into](const StoreRow &q) {
            into->insert(q.text(0), int(q.integer(1)));
        });
    };
    const bool ok
        = tx.isActive()
          && counted(QStringLiteral("SELECT uid, count(*) FROM (%1) u WHERE uid <> '' "
                                    "GROUP BY uid HAVING count(*) > 1")
                         .arg(selects.join(QStringLiteral(" UNION ALL "))),
                     &result.repeatedUids)
          && counted(QStringLiteral("SELECT key, count(*) FROM scenario WHERE key <> '' "
                                    "GROUP BY key HAVING count(*) > 1"),
                     &result.repeatedScenarioKeys)
          && counted(QStringLiteral("SELECT key, count(*) FROM dilemma WHERE key <> '' "
                                    "GROUP BY key HAVING count(*) > 1"),
                     &result.repeatedDilemmaKeys)
          && counted(QStringLiteral("SELECT professional_uid, count(*) FROM dilemma "
                                    "WHERE professional_uid <> '' GROUP BY professional_uid"),
                     &result.professionalUses)
          && counted(QStringLiteral("SELECT legal_source_uid, count(*) FROM legal_reference "
                                    "WHERE legal_source_uid <> '' GROUP BY legal_source_uid"),
                     &result.sourceCitations)
          && counted(QStringLiteral("SELECT legal_source_uid, count(*) FROM legal_reference "
                                    "WHERE legal_source_uid <> '' AND lid <> '' "
                                    "GROUP BY legal_source_uid"),
                     &result.lidCitations)
          && counted(QStringLiteral("SELECT legal_source_uid || '/' || coalesce(lid, ''), "
                                    "count(*) FROM legal_reference WHERE legal_source_uid <> '' "
                                    "AND onderdeel <> '' GROUP BY 1"),
                     &result.onderdeelCitations)
          && counted(QStringLiteral("SELECT theme_uid, count(*) FROM dilemma_theme "
                                    "WHERE theme_uid <> '' GROUP BY theme_uid"),
                     &result.themeUses)
          && counted(QStringLiteral("SELECT cover_asset_uid, count(*) FROM scenario "
                                    "WHERE cover_asset_uid <> '' GROUP BY cover_asset_uid"),
                     &result.coverUses);
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *facts = std::move(result);
    return true;
}

ReadSnapshot::ReadSnapshot(ProjectStore &store)
    : m_transaction(std::make_unique<Transaction>(*store.m_backend, Transaction::Kind::Read))
{}

ReadSnapshot::~ReadSnapshot()
{
    if (m_transaction->isActive())
        m_transaction->commit();
}

bool ReadSnapshot::isValid() const
{
    return m_transaction->isActive();
}

WriteBatch::WriteBatch(ProjectStore &store)
    : m_transaction(std::make_unique<Transaction>(*store.m_backend, Transaction::Kind::Write))
{}

WriteBatch::~WriteBatch() = default;

bool WriteBatch::isActive() const
{
    return m_transaction->isActive();
}

bool WriteBatch::commit()
{
    return m_transaction->commit();
}

} // namespace kd
