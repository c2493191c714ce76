#include "projectstore.h"

#include "newprojectfile.h"
#include "rowmapping.h"
#include "schemamigrator.h"
#include "transaction.h"

#include "files/safeopen.h"
#include "files/siblings.h"
#include "model/identifiers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cstring>
#include <limits>

#include <fcntl.h>
#include <unistd.h>

namespace kd {

using namespace RowMapping;

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

StoreError makeError(StoreError::Code code, const QString &message)
{
    return StoreError{code, message};
}

// Messages are English, the source language, and translated here: the editor installs the Dutch
// translator, kdtool installs none, so its output and the tests that read it stay English.
void setError(StoreError *error, StoreError::Code code, const QString &message)
{
    if (error)
        *error = makeError(code, message);
}

// --- rows ---------------------------------------------------------------------------------------

Row rowOf(const LifeDomain &d)
{
    return {{"uid", d.uid},
            {"key", text(d.key)},
            {"label", text(d.label)},
            {"colour", text(d.colour)},
            {"position", d.position}};
}

Row rowOf(const Professional &p)
{
    return {{"uid", p.uid},
            {"key", text(p.key)},
            {"title", text(p.title)},
            {"description", text(p.description)},
            {"secrecy", toName(p.secrecy)},
            {"icon_asset_uid", text(p.iconAssetUid)},
            {"position", p.position}};
}

Row rowOf(const LegalSource &s)
{
    return {{"uid", s.uid},
            {"key", text(s.key)},
            {"short_title", text(s.shortTitle)},
            {"full_title", text(s.fullTitle)},
            {"pinpoint", text(s.pinpoint)},
            {"identifier", text(s.identifier)},
            {"url", text(s.url)},
            {"valid_from", date(s.validFrom)},
            {"valid_until", date(s.validUntil)},
            {"review_by", date(s.reviewBy)},
            {"summary", text(s.summary)},
            {"position", s.position}};
}

Row rowOf(const Theme &t)
{
    return {{"uid", t.uid},
            {"key", text(t.key)},
            {"label", text(t.label)},
            {"description", text(t.description)},
            {"position", t.position}};
}

Row rowOf(const GlossaryTerm &g)
{
    return {{"uid", g.uid},
            {"key", text(g.key)},
            {"term", text(g.term)},
            {"definition", text(g.definition)},
            {"position", g.position}};
}

Row rowOf(const Asset &a)
{
    return {{"uid", a.uid},
            {"key", text(a.key)},
            {"name", text(a.name)},
            {"media_type", text(a.mediaType)},
            {"data", a.data.isNull() ? QByteArray("") : a.data},
            {"position", a.position}};
}

Row rowOf(const Scenario &s)
{
    return {{"uid", s.uid},
            {"key", text(s.key)},
            {"title", text(s.title)},
            {"summary", text(s.summary)},
            {"calamity_basis", text(s.calamityBasis)},
            {"cover_asset_uid", text(s.coverAssetUid)},
            {"position", s.position}};
}

Row rowOf(const QString &scenarioUid, const Person &p)
{
    return {{"uid", p.uid},          {"scenario_uid", scenarioUid},
            {"name", text(p.name)},  {"role", text(p.role)},
            {"age", integer(p.age)}, {"description", text(p.description)},
            {"position", p.position}};
}

Row rowOf(const QString &scenarioUid, const Segment &s)
{
    return {{"uid", s.uid},
            {"scenario_uid", scenarioUid},
            {"key", text(s.key)},
            {"title", text(s.title)},
            {"period_label", text(s.periodLabel)},
            {"narrative", text(s.narrative)},
            {"position", s.position}};
}

Row rowOf(const QString &segmentUid, const Dilemma &d)
{
    return {{"uid", d.uid},
            {"segment_uid", segmentUid},
            {"key", text(d.key)},
            {"professional_uid", text(d.professionalUid)},
            {"question", text(d.question)},
            {"situation", text(d.situation)},
            {"considerations", text(d.considerations)},
            {"solution_direction", text(d.solutionDirection)},
            {"position", d.position}};
}

Row rowOf(const QString &dilemmaUid, const Option &o)
{
    return {{"uid", o.uid},
            {"dilemma_uid", dilemmaUid},
            {"label", text(o.label)},
            {"feedback", text(o.feedback)},
            {"assessment", toName(o.assessment)},
            {"position", o.position}};
}

Row rowOf(const QString &dilemmaUid, const LegalReference &r)
{
    return {{"uid", r.uid},
            {"dilemma_uid", dilemmaUid},
            {"legal_source_uid", text(r.legalSourceUid)},
            {"pinpoint", text(r.pinpoint)},
            {"note", text(r.note)},
            {"position", r.position}};
}

Row rowOf(const Review &r)
{
    return {{"uid", r.uid},
            {"entity_uid", r.entityUid},
            {"state", toName(r.state)},
            {"reviewer", text(r.reviewer)},
            {"time", dateTime(r.time)},
            {"comment", text(r.comment)},
            {"content_hash", text(r.contentHash)},
            {"content", text(r.content)}};
}

// The link tables: an owner's ordered list of uids it refers to.
struct LinkTable
{
    const char *table;
    const char *ownerColumn;
    const char *targetColumn;
};

constexpr LinkTable professionalSources{"professional_legal_source", "professional_uid",
                                        "legal_source_uid"};
constexpr LinkTable segmentDomains{"segment_life_domain", "segment_uid", "life_domain_uid"};
constexpr LinkTable segmentPersons{"segment_person", "segment_uid", "person_uid"};
constexpr LinkTable dilemmaThemes{"dilemma_theme", "dilemma_uid", "theme_uid"};

const char *tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::LifeDomain:
        return "life_domain";
    case EntityKind::Professional:
        return "professional";
    case EntityKind::LegalSource:
        return "legal_source";
    case EntityKind::Theme:
        return "theme";
    case EntityKind::GlossaryTerm:
        return "glossary_term";
    case EntityKind::Asset:
        return "asset";
    case EntityKind::Scenario:
        return "scenario";
    case EntityKind::Person:
        return "person";
    case EntityKind::Segment:
        return "segment";
    case EntityKind::Dilemma:
        return "dilemma";
    case EntityKind::Option:
        return "dilemma_option";
    case EntityKind::LegalReference:
        return "legal_reference";
    case EntityKind::Review:
        return "review";
    case EntityKind::Project:
        break;
    }
    return nullptr;
}

// The column naming an owned entity's parent; null for top-level kinds.
const char *parentColumnOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
    case EntityKind::Segment:
        return "scenario_uid";
    case EntityKind::Dilemma:
        return "segment_uid";
    case EntityKind::Option:
    case EntityKind::LegalReference:
        return "dilemma_uid";
    default:
        return nullptr;
    }
}

// A scenario's own row (SELECT uid, key, title, summary, calamity_basis, cover_asset_uid,
// position), without what it owns.
Scenario scenarioAt(const SqlRow &q)
{
    Scenario s;
    s.uid = textAt(q, 0);
    s.key = textAt(q, 1);
    s.title = textAt(q, 2);
    s.summary = textAt(q, 3);
    s.calamityBasis = textAt(q, 4);
    s.coverAssetUid = textAt(q, 5);
    s.position = intAt(q, 6);
    return s;
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

// SQLite's structural check of the file at open: "ok", another text naming the damage, or an
// invalid QVariant when the check itself failed. A read-only open (kdtool, a read-only editor)
// checks the content tables and their indexes only: the full-text index is derived data that
// reading never touches, and is half the file. A read-write open checks everything.
QVariant quickCheck(Database &db, bool contentOnly)
{
    if (!contentOnly)
        return db.scalar(QStringLiteral("PRAGMA quick_check"));
    QStringList tables;
    const bool listed
        = db.forEachRow(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                                       "AND name NOT LIKE 'search!_index%' ESCAPE '!'"),
                        {}, [&](const SqlRow &row) { tables.append(row.text(0)); });
    if (!listed)
        return {};
    for (const QString &table : std::as_const(tables)) {
        const QVariant check = db.scalar(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table));
        if (check.toString() != QLatin1String("ok"))
            return check;
    }
    return QStringLiteral("ok");
}

// What Inspect checks instead of every page: the file is as long as its header says (a
// truncated copy is not), "ok" or the damage in words.
QVariant lengthCheck(Database &db, const QString &path)
{
    const QVariant pages = db.scalar(QStringLiteral("PRAGMA page_count"));
    const QVariant pageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pages.isValid() || !pageSize.isValid())
        return {};
    const qint64 expected = pages.toLongLong() * pageSize.toLongLong();
    if (QFileInfo(path).size() < expected)
        return QCoreApplication::translate("kd::ProjectStore",
                                           "the file is shorter than its header says (%1 of %2 "
                                           "bytes)")
            .arg(QFileInfo(path).size())
            .arg(expected);
    return QStringLiteral("ok");
}

} // namespace

// --- opening ------------------------------------------------------------------------------------

int ProjectStore::schemaVersion()
{
    return SchemaMigrator::currentVersion();
}

ProjectStore::~ProjectStore()
{
    m_db.close();
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 StoreError *error)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    if (!store->openFile(path, mode, error))
        return nullptr;
    return store;
}

bool ProjectStore::openFile(const QString &path, OpenMode mode, StoreError *error)
{
    using Code = StoreError::Code;
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, Code::NotFound,
                 QCoreApplication::translate("kd::ProjectStore", "no such file"));
        return false;
    }
    if (info.isDir()) {
        setError(
            error, Code::NotFound,
            QCoreApplication::translate("kd::ProjectStore", "is a directory, not a project file"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot read: %1")
                     .arg(file.errorString()));
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic))) {
        setError(error, Code::NotAProject,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "not a Kiezen & Delen project (not an SQLite database)"));
        return false;
    }

    m_path = info.absoluteFilePath();
    m_readOnly = mode != OpenMode::ReadWrite;
    if (!m_readOnly) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // Only a lock whose process is gone is stale, however old it is.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            if (m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, application;
                m_lock->getLockInfo(&pid, &host, &application);
                if (application.isEmpty()) {
                    //: Stands for %1 in "is open for writing in %1 (process %2 on %3)".
                    application
                        = QCoreApplication::translate("kd::ProjectStore", "another program");
                }
                if (host.isEmpty()) {
                    //: Stands for %3 in "is open for writing in %1 (process %2 on %3)".
                    host = QCoreApplication::translate("kd::ProjectStore", "this computer");
                }
                setError(error, Code::Locked,
                         QCoreApplication::translate("kd::ProjectStore",
                                                     "is open for writing in %1 (process %2 "
                                                     "on %3); it can be opened read-only")
                             .arg(application)
                             .arg(pid)
                             .arg(host));
            } else {
                setError(error, Code::Io,
                         QCoreApplication::translate(
                             "kd::ProjectStore",
                             "cannot create the lock file beside it; it can be opened read-only"));
            }
            m_lock.reset();
            return false;
        }
    }

    if (!m_db.open(m_path, m_readOnly)) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot open: %1")
                     .arg(m_db.lastError()));
        return false;
    }

    const QVariant applicationId = m_db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId.isValid()) {
        *error = readFailure();
        return false;
    }
    if (applicationId.toInt() != ApplicationId) {
        setError(error, Code::NotAProject,
                 QCoreApplication::translate("kd::ProjectStore",
                                             "not a Kiezen & Delen project (an SQLite database of "
                                             "another application, application id %1)")
                     .arg(applicationId.toInt()));
        return false;
    }
    const int version = m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > schemaVersion()) {
        setError(error, Code::NewerVersion,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "was written by a newer version of Kiezen & Delen Studio "
                                         "(file version %1, this program reads up to version %2)")
                     .arg(version)
                     .arg(schemaVersion()));
        return false;
    }
    const QVariant check
        = mode == OpenMode::Inspect ? lengthCheck(m_db, m_path) : quickCheck(m_db, m_readOnly);
    if (!check.isValid()) {
        *error = readFailure();
        return false;
    }
    if (check.toString() != QLatin1String("ok")) {
        setError(error, Code::Damaged,
                 QCoreApplication::translate("kd::ProjectStore", "the file is damaged: %1")
                     .arg(check.toString()));
        return false;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(error, Code::Io, m_db.lastError());
        return false;
    }
    if (!m_readOnly
        && !(m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).isValid()
             && m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")))) {
        setError(error, Code::Io, m_db.lastError());
        return false;
    }

    if (version < schemaVersion()) {
        if (m_readOnly) {
            setError(error, Code::ReadOnly,
                     QCoreApplication::translate("kd::ProjectStore",
                                                 "is file version %1 and must be upgraded to "
                                                 "version %2, which needs it opened for writing")
                         .arg(version)
                         .arg(schemaVersion()));
            return false;
        }
        QString backup = m_path + QStringLiteral(".bak-v%1").arg(version);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = m_path + QStringLiteral(".bak-v%1-%2").arg(version).arg(n);
        if (!QFile::copy(m_path, backup)) {
            setError(error, Code::Io,
                     QCoreApplication::translate(
                         "kd::ProjectStore",
                         "cannot make the backup %1 before upgrading; nothing changed")
                         .arg(QDir::toNativeSeparators(backup)));
            return false;
        }
        // Foreign keys cannot be switched inside a transaction; table rebuilds need them off.
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Transaction tx(m_db);
        const bool migrated = tx.isActive() && SchemaMigrator::migrate(m_db, version)
                              && m_db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull()
                              && tx.commit();
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!migrated) {
            setError(
                error, Code::Io,
                QCoreApplication::translate(
                    "kd::ProjectStore", "cannot upgrade from file version %1: %2; nothing changed")
                    .arg(version)
                    .arg(m_db.lastError()));
            return false;
        }
        m_backupPath = backup;
    }
    return true;
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
    if (!writeNew(path, project, false, error))
        return nullptr;
    return open(path, OpenMode::ReadWrite, error);
}

// --- helpers ------------------------------------------------------------------------------------

bool ProjectStore::fail(StoreError::Code code)
{
    m_lastError = makeError(code, m_db.lastError());
    return false;
}

StoreError ProjectStore::readFailure() const
{
    using Code = StoreError::Code;
    if (m_db.lastErrorIsCorruption())
        return makeError(Code::Damaged,
                         QCoreApplication::translate("kd::ProjectStore", "the file is damaged: %1")
                             .arg(m_db.lastError()));
    if (m_db.lastErrorIsBusy())
        return makeError(Code::Busy, m_db.lastError());
    return makeError(
        Code::Io,
        QCoreApplication::translate("kd::ProjectStore", "cannot read: %1").arg(m_db.lastError()));
}

bool ProjectStore::checkWritable()
{
    if (!m_readOnly)
        return true;
    m_lastError
        = makeError(StoreError::Code::ReadOnly,
                    QCoreApplication::translate("kd::ProjectStore", "the project is read-only"));
    return false;
}

namespace {

bool insertRow(Database &db, const char *table, const Row &row)
{
    return db.exec(insertStatement(table, row), insertValues(row));
}

bool updateRow(Database &db, const char *table, const Row &row)
{
    QSqlQuery &query = db.prepare(updateStatement(table, row));
    if (!db.exec(query, updateValues(row)))
        return false;
    const int affected = query.numRowsAffected();
    query.finish();
    if (affected != 1)
        db.setLastError(
            QCoreApplication::translate("kd::ProjectStore", "there is no such row to update"));
    return affected == 1;
}

bool writeLinks(Database &db, const LinkTable &link, const QString &owner,
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

ByOwner<QString> readLinks(Database &db, const LinkTable &link)
{
    ByOwner<QString> links;
    db.forEachRow(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, position")
                      .arg(QLatin1String(link.ownerColumn), QLatin1String(link.targetColumn),
                           QLatin1String(link.table)),
                  {}, [&](const SqlRow &row) { links[row.text(0)].append(row.text(1)); });
    return links;
}

// Runs a statement and hands each row to read; false when the statement fails.
template<typename Read>
bool forEachRow(Database &db, const QString &sql, Read read, const QVariantList &values = {})
{
    return db.forEachRow(sql, values, read);
}

} // namespace

// --- writing ------------------------------------------------------------------------------------

bool ProjectStore::saveInfo(const ProjectInfo &info)
{
    if (!checkWritable())
        return false;
    const bool ok = m_db.exec(
        QStringLiteral("INSERT INTO project (id, uid, title, description, publisher, language) "
                       "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "uid = excluded.uid, title = excluded.title, "
                       "description = excluded.description, publisher = excluded.publisher, "
                       "language = excluded.language"),
        {info.uid, text(info.title), text(info.description), text(info.publisher),
         info.language.isEmpty() ? QStringLiteral("nl") : info.language});
    return ok || fail();
}

namespace {

const char *tableFor(const LifeDomain &)
{
    return "life_domain";
}
const char *tableFor(const Professional &)
{
    return "professional";
}
const char *tableFor(const LegalSource &)
{
    return "legal_source";
}
const char *tableFor(const Theme &)
{
    return "theme";
}
const char *tableFor(const GlossaryTerm &)
{
    return "glossary_term";
}
const char *tableFor(const Asset &)
{
    return "asset";
}

template<typename T>
bool writeLinksOf(Database &, const T &)
{
    return true;
}

bool writeLinksOf(Database &db, const Professional &p)
{
    return writeLinks(db, professionalSources, p.uid, p.defaultLegalSourceUids);
}

// Writes a top-level entity's row and its reference lists in one transaction.
template<typename T>
bool writeEntity(Database &db, const T &entity, bool isUpdate)
{
    Transaction tx(db);
    const Row row = rowOf(entity);
    return tx.isActive()
           && (isUpdate ? updateRow(db, tableFor(entity), row)
                        : insertRow(db, tableFor(entity), row))
           && writeLinksOf(db, entity) && tx.commit();
}

} // namespace

bool ProjectStore::insert(const LifeDomain &d)
{
    return checkWritable() && (writeEntity(m_db, d, false) || fail());
}
bool ProjectStore::update(const LifeDomain &d)
{
    return checkWritable() && (writeEntity(m_db, d, true) || fail());
}
bool ProjectStore::insert(const Professional &p)
{
    return checkWritable() && (writeEntity(m_db, p, false) || fail());
}
bool ProjectStore::update(const Professional &p)
{
    return checkWritable() && (writeEntity(m_db, p, true) || fail());
}
bool ProjectStore::insert(const LegalSource &s)
{
    return checkWritable() && (writeEntity(m_db, s, false) || fail());
}
bool ProjectStore::update(const LegalSource &s)
{
    return checkWritable() && (writeEntity(m_db, s, true) || fail());
}
bool ProjectStore::insert(const Theme &t)
{
    return checkWritable() && (writeEntity(m_db, t, false) || fail());
}
bool ProjectStore::update(const Theme &t)
{
    return checkWritable() && (writeEntity(m_db, t, true) || fail());
}
bool ProjectStore::insert(const GlossaryTerm &g)
{
    return checkWritable() && (writeEntity(m_db, g, false) || fail());
}
bool ProjectStore::update(const GlossaryTerm &g)
{
    return checkWritable() && (writeEntity(m_db, g, true) || fail());
}
bool ProjectStore::insert(const Asset &a)
{
    return checkWritable() && (writeEntity(m_db, a, false) || fail());
}
bool ProjectStore::update(const Asset &a)
{
    return checkWritable() && (writeEntity(m_db, a, true) || fail());
}

bool ProjectStore::insert(const Scenario &scenario)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !insertRow(m_db, "scenario", rowOf(scenario)))
        return fail();
    for (const Person &person : scenario.persons) {
        if (!insert(scenario.uid, person))
            return false;
    }
    for (const Segment &segment : scenario.segments) {
        if (!insert(scenario.uid, segment))
            return false;
    }
    return tx.commit() || fail();
}

bool ProjectStore::update(const Scenario &scenario)
{
    if (!checkWritable())
        return false;
    return updateRow(m_db, "scenario", rowOf(scenario)) || fail();
}

bool ProjectStore::insert(const QString &scenarioUid, const Person &person)
{
    if (!checkWritable())
        return false;
    return insertRow(m_db, "person", rowOf(scenarioUid, person)) || fail();
}

bool ProjectStore::update(const QString &scenarioUid, const Person &person)
{
    if (!checkWritable())
        return false;
    return updateRow(m_db, "person", rowOf(scenarioUid, person)) || fail();
}

bool ProjectStore::insert(const QString &scenarioUid, const Segment &segment)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !insertRow(m_db, "segment", rowOf(scenarioUid, segment))
        || !writeLinks(m_db, segmentDomains, segment.uid, segment.lifeDomainUids)
        || !writeLinks(m_db, segmentPersons, segment.uid, segment.personUids))
        return fail();
    for (const Dilemma &dilemma : segment.dilemmas) {
        if (!insert(segment.uid, dilemma))
            return false;
    }
    return tx.commit() || fail();
}

bool ProjectStore::update(const QString &scenarioUid, const Segment &segment)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !updateRow(m_db, "segment", rowOf(scenarioUid, segment))
        || !writeLinks(m_db, segmentDomains, segment.uid, segment.lifeDomainUids)
        || !writeLinks(m_db, segmentPersons, segment.uid, segment.personUids) || !tx.commit())
        return fail();
    return true;
}

bool ProjectStore::insert(const QString &segmentUid, const Dilemma &dilemma)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !insertRow(m_db, "dilemma", rowOf(segmentUid, dilemma))
        || !writeLinks(m_db, dilemmaThemes, dilemma.uid, dilemma.themeUids))
        return fail();
    for (const Option &option : dilemma.options) {
        if (!insertRow(m_db, "dilemma_option", rowOf(dilemma.uid, option)))
            return fail();
    }
    for (const LegalReference &reference : dilemma.legalReferences) {
        if (!insertRow(m_db, "legal_reference", rowOf(dilemma.uid, reference)))
            return fail();
    }
    return tx.commit() || fail();
}

bool ProjectStore::update(const QString &segmentUid, const Dilemma &dilemma)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !updateRow(m_db, "dilemma", rowOf(segmentUid, dilemma))
        || !writeLinks(m_db, dilemmaThemes, dilemma.uid, dilemma.themeUids) || !tx.commit())
        return fail();
    return true;
}

bool ProjectStore::insert(const QString &dilemmaUid, const Option &option)
{
    if (!checkWritable())
        return false;
    return insertRow(m_db, "dilemma_option", rowOf(dilemmaUid, option)) || fail();
}

bool ProjectStore::update(const QString &dilemmaUid, const Option &option)
{
    if (!checkWritable())
        return false;
    return updateRow(m_db, "dilemma_option", rowOf(dilemmaUid, option)) || fail();
}

bool ProjectStore::insert(const QString &dilemmaUid, const LegalReference &reference)
{
    if (!checkWritable())
        return false;
    return insertRow(m_db, "legal_reference", rowOf(dilemmaUid, reference)) || fail();
}

bool ProjectStore::update(const QString &dilemmaUid, const LegalReference &reference)
{
    if (!checkWritable())
        return false;
    return updateRow(m_db, "legal_reference", rowOf(dilemmaUid, reference)) || fail();
}

bool ProjectStore::insert(const Review &review)
{
    if (!checkWritable())
        return false;
    return insertRow(m_db, "review", rowOf(review)) || fail();
}

bool ProjectStore::append(ChangeLogEntry *entry)
{
    if (!checkWritable())
        return false;
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO change_log (time, author, entity_uid, "
                                               "field, summary) VALUES (?, ?, ?, ?, ?)"));
    if (!m_db.exec(q, {dateTime(entry->time), text(entry->author), text(entry->entityUid),
                       text(entry->field), text(entry->summary)}))
        return fail();
    entry->id = q.lastInsertId().toLongLong();
    q.finish();
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
    QSqlQuery &q = m_db.prepare(
        parentColumn
            ? QStringLiteral("UPDATE %1 SET %2 = ?, position = ? WHERE uid = ?")
                  .arg(QLatin1String(table), QLatin1String(parentColumn))
            : QStringLiteral("UPDATE %1 SET position = ? WHERE uid = ?").arg(QLatin1String(table)));
    const QVariantList values
        = parentColumn ? QVariantList{parentUid, position, uid} : QVariantList{position, uid};
    if (!m_db.exec(q, values))
        return fail();
    const int affected = q.numRowsAffected();
    q.finish();
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
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE uid = ?").arg(QLatin1String(table)));
    if (!m_db.exec(q, {uid}))
        return fail();
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected != 1) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("no %1 with uid %2").arg(toName(kind), uid));
        return false;
    }
    return true;
}

bool ProjectStore::beginBulk(QStringList *staged)
{
    // Row by row, each insert would make the full-text index flush its pending terms (FTS5
    // syncs at every statement savepoint), several times slower than the rows themselves. So
    // the indexed tables get TEMP tables of the same names, which unqualified names resolve to:
    // every insert lands there, unindexed, and endBulk() moves each table into the file with
    // one INSERT ... SELECT, in which the search triggers index all its rows at once. Foreign
    // keys are checked at commit, when every table is in place.
    staged->clear();
    const bool prepared
        = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))
          && m_db.forEachRow(
              QStringLiteral("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' "
                             "AND name LIKE '%!_search!_insert' ESCAPE '!' "
                             "AND tbl_name <> 'project' ORDER BY rowid"),
              {}, [&](const SqlRow &row) { staged->append(row.text(0)); });
    if (!prepared)
        return fail();
    for (const QString &table : std::as_const(*staged)) {
        if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE \"%1\" AS SELECT * FROM main.\"%1\" "
                                      "WHERE 0")
                           .arg(table)))
            return fail();
    }
    return true;
}

bool ProjectStore::endBulk(const QStringList &staged)
{
    // Parents before children (the schema's order), each table in its position order.
    for (const QString &table : staged) {
        if (!m_db.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM temp.\"%1\" "
                                      "ORDER BY rowid")
                           .arg(table))
            || !m_db.exec(QStringLiteral("DROP TABLE temp.\"%1\"").arg(table)))
            return fail();
    }
    return true;
}

bool ProjectStore::writeContent(const Project &project)
{
    if (!saveInfo(project.info))
        return false;
    for (const LifeDomain &d : project.lifeDomains) {
        if (!insert(d))
            return false;
    }
    for (const Asset &a : project.assets) {
        if (!insert(a))
            return false;
    }
    for (const LegalSource &s : project.legalSources) {
        if (!insert(s))
            return false;
    }
    for (const Professional &p : project.professionals) {
        if (!insert(p))
            return false;
    }
    for (const Theme &t : project.themes) {
        if (!insert(t))
            return false;
    }
    for (const GlossaryTerm &g : project.glossary) {
        if (!insert(g))
            return false;
    }
    for (const Scenario &s : project.scenarios) {
        if (!insert(s))
            return false;
    }
    for (const Review &r : project.reviews) {
        if (!insert(r))
            return false;
    }
    for (ChangeLogEntry entry : project.changeLog) {
        if (!append(&entry))
            return false;
    }
    return true;
}

// --- searching ----------------------------------------------------------------------------------

namespace {

// The user's words as an FTS5 query: each word a quoted prefix term, all required. Quoting makes
// FTS5's operators and punctuation plain text, so no input is a syntax error.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool hasWordCharacter
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!hasWordCharacter)
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

} // namespace

bool ProjectStore::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    hits->clear();
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return true;
    const bool ok = forEachRow(
        m_db,
        QStringLiteral("SELECT uid, kind, field, snippet(search_index, 3, char(2), char(3), "
                       "'\u2026', 12) FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY rank LIMIT %1")
            .arg(qMax(1, limit)),
        [&](const SqlRow &q) {
            hits->append({entityKindFromName(textAt(q, 1)).value_or(EntityKind::Project),
                          textAt(q, 0), textAt(q, 2), textAt(q, 3)});
        },
        {match});
    return ok || fail();
}

// --- reading ------------------------------------------------------------------------------------

bool ProjectStore::loadInfo(ProjectInfo *info)
{
    bool found = false;
    const bool ok = forEachRow(
        m_db, QStringLiteral("SELECT uid, title, description, publisher, language FROM project"),
        [&](const SqlRow &q) {
            info->uid = textAt(q, 0);
            info->title = textAt(q, 1);
            info->description = textAt(q, 2);
            info->publisher = textAt(q, 3);
            info->language = textAt(q, 4);
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
    static const std::pair<const char *, int EntityCounts::*> tables[] = {
        {"scenario", &EntityCounts::scenarios},
        {"person", &EntityCounts::persons},
        {"segment", &EntityCounts::segments},
        {"dilemma", &EntityCounts::dilemmas},
        {"dilemma_option", &EntityCounts::options},
        {"professional", &EntityCounts::professionals},
        {"legal_source", &EntityCounts::legalSources},
        {"legal_reference", &EntityCounts::legalReferences},
        {"theme", &EntityCounts::themes},
        {"glossary_term", &EntityCounts::glossaryTerms},
        {"life_domain", &EntityCounts::lifeDomains},
        {"asset", &EntityCounts::assets},
    };
    Transaction tx(m_db, Transaction::Kind::Read);
    EntityCounts result;
    for (const auto &entry : tables) {
        // Named apart: clang before 16 cannot capture a structured binding in a lambda.
        const char *table = entry.first;
        int EntityCounts::*member = entry.second;
        const bool ok
            = forEachRow(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                         [&](const SqlRow &q) { result.*member = int(q.integer(0)); });
        if (!ok) {
            m_lastError = readFailure();
            return false;
        }
    }
    tx.commit();
    *counts = result;
    return true;
}

bool ProjectStore::loadRegisters(Project *project)
{
    Transaction tx(m_db, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    Project p;
    if (!loadInfo(&p.info))
        return false;

    bool ok = forEachRow(m_db,
                         QStringLiteral("SELECT uid, key, label, colour, position FROM life_domain "
                                        "ORDER BY position, uid"),
                         [&](const SqlRow &q) {
                             p.lifeDomains.append({textAt(q, 0), textAt(q, 1), textAt(q, 2),
                                                   textAt(q, 3), intAt(q, 4)});
                         });

    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT uid, key, name, media_type, data, position "
                                      "FROM asset ORDER BY position, uid"),
                       [&](const SqlRow &q) {
                           p.assets.append({textAt(q, 0), textAt(q, 1), textAt(q, 2), textAt(q, 3),
                                            q.blob(4), intAt(q, 5)});
                       });

    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT uid, key, short_title, full_title, pinpoint, identifier, url, "
                            "valid_from, valid_until, review_by, summary, position "
                            "FROM legal_source ORDER BY position, uid"),
             [&](const SqlRow &q) {
                 LegalSource s;
                 s.uid = textAt(q, 0);
                 s.key = textAt(q, 1);
                 s.shortTitle = textAt(q, 2);
                 s.fullTitle = textAt(q, 3);
                 s.pinpoint = textAt(q, 4);
                 s.identifier = textAt(q, 5);
                 s.url = textAt(q, 6);
                 s.validFrom = dateAt(q, 7);
                 s.validUntil = dateAt(q, 8);
                 s.reviewBy = dateAt(q, 9);
                 s.summary = textAt(q, 10);
                 s.position = intAt(q, 11);
                 p.legalSources.append(s);
             });

    const ByOwner<QString> professionalLinks = readLinks(m_db, professionalSources);
    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT uid, key, title, description, secrecy, "
                            "icon_asset_uid, position FROM professional "
                            "ORDER BY position, uid"),
             [&](const SqlRow &q) {
                 Professional pr;
                 pr.uid = textAt(q, 0);
                 pr.key = textAt(q, 1);
                 pr.title = textAt(q, 2);
                 pr.description = textAt(q, 3);
                 pr.secrecy
                     = secrecyRegimeFromName(textAt(q, 4)).value_or(SecrecyRegime::Confidentiality);
                 pr.iconAssetUid = textAt(q, 5);
                 pr.position = intAt(q, 6);
                 pr.defaultLegalSourceUids = professionalLinks.value(pr.uid);
                 p.professionals.append(pr);
             });

    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT uid, key, label, description, position FROM theme "
                                      "ORDER BY position, uid"),
                       [&](const SqlRow &q) {
                           p.themes.append({textAt(q, 0), textAt(q, 1), textAt(q, 2), textAt(q, 3),
                                            intAt(q, 4)});
                       });

    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT uid, key, term, definition, position "
                                      "FROM glossary_term ORDER BY position, uid"),
                       [&](const SqlRow &q) {
                           p.glossary.append({textAt(q, 0), textAt(q, 1), textAt(q, 2),
                                              textAt(q, 3), intAt(q, 4)});
                       });

    // The scenarios as stubs (their own row, nothing they own): their order and keys.
    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT uid, key, title, summary, calamity_basis, "
                                      "cover_asset_uid, position FROM scenario "
                                      "ORDER BY position, uid"),
                       [&](const SqlRow &q) { p.scenarios.append(scenarioAt(q)); });

    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT uid, entity_uid, state, reviewer, time, comment, "
                                      "content_hash, content FROM review ORDER BY time, uid"),
                       [&](const SqlRow &q) {
                           Review r;
                           r.uid = textAt(q, 0);
                           r.entityUid = textAt(q, 1);
                           r.state = reviewStateFromName(textAt(q, 2)).value_or(ReviewState::Draft);
                           r.reviewer = textAt(q, 3);
                           r.time = dateTimeAt(q, 4);
                           r.comment = textAt(q, 5);
                           r.contentHash = textAt(q, 6);
                           r.content = textAt(q, 7);
                           p.reviews.append(r);
                       });

    ok = ok
         && forEachRow(m_db,
                       QStringLiteral("SELECT id, time, author, entity_uid, field, summary "
                                      "FROM change_log ORDER BY id"),
                       [&](const SqlRow &q) {
                           p.changeLog.append({q.integer(0), dateTimeAt(q, 1), textAt(q, 2),
                                               textAt(q, 3), textAt(q, 4), textAt(q, 5)});
                       });
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
    Transaction tx(m_db, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    QList<Scenario> stubs;
    bool ok = forEachRow(m_db,
                         QStringLiteral("SELECT uid, key, title, summary, calamity_basis, "
                                        "cover_asset_uid, position FROM scenario "
                                        "ORDER BY position, uid"),
                         [&](const SqlRow &q) { stubs.append(scenarioAt(q)); });
    const auto forget = qScopeGuard([this] { m_sharedUids.clear(); });
    for (Scenario &stub : stubs) {
        // Out of the list: what the visitor does not keep is freed before the next is read.
        Scenario scenario = std::exchange(stub, Scenario());
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
// references, and the link lists, each in its position order.
bool ProjectStore::loadScenarioContent(Scenario *scenario)
{
    // The uids that refer to a register entry (a professional, a legal source, a theme, a life
    // domain) or a person repeat thousands of times: one shared copy each, not one per row.
    const auto shared = [this](const QString &uid) {
        if (uid.isNull())
            return uid;
        const auto it = m_sharedUids.constFind(uid);
        return it != m_sharedUids.cend() ? *it : *m_sharedUids.insert(uid, uid);
    };
    const QVariantList scenarioUid{scenario->uid};
    ByOwner<Option> options;
    bool ok = forEachRow(
        m_db,
        QStringLiteral("SELECT o.uid, o.dilemma_uid, o.label, o.feedback, o.assessment, "
                       "o.position FROM segment s JOIN dilemma d ON d.segment_uid = s.uid "
                       "JOIN dilemma_option o ON o.dilemma_uid = d.uid WHERE s.scenario_uid = ? "
                       "ORDER BY o.dilemma_uid, o.position, o.uid"),
        [&](const SqlRow &q) {
            Option o;
            o.uid = textAt(q, 0);
            o.label = textAt(q, 2);
            o.feedback = textAt(q, 3);
            o.assessment = assessmentFromName(textAt(q, 4)).value_or(Assessment::Acceptable);
            o.position = intAt(q, 5);
            options[textAt(q, 1)].append(o);
        },
        scenarioUid);

    ByOwner<LegalReference> references;
    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT r.uid, r.dilemma_uid, r.legal_source_uid, r.pinpoint, r.note, "
                            "r.position FROM segment s JOIN dilemma d ON d.segment_uid = s.uid "
                            "JOIN legal_reference r ON r.dilemma_uid = d.uid "
                            "WHERE s.scenario_uid = ? ORDER BY r.dilemma_uid, r.position, r.uid"),
             [&](const SqlRow &q) {
                 references[textAt(q, 1)].append(
                     {textAt(q, 0), shared(textAt(q, 2)), textAt(q, 3), textAt(q, 4), intAt(q, 5)});
             },
             scenarioUid);

    ByOwner<QString> themeLinks;
    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT t.dilemma_uid, t.theme_uid FROM segment s "
                            "JOIN dilemma d ON d.segment_uid = s.uid "
                            "JOIN dilemma_theme t ON t.dilemma_uid = d.uid "
                            "WHERE s.scenario_uid = ? ORDER BY t.dilemma_uid, t.position"),
             [&](const SqlRow &q) { themeLinks[q.text(0)].append(shared(q.text(1))); },
             scenarioUid);

    ByOwner<Dilemma> dilemmas;
    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT d.uid, d.segment_uid, d.key, d.professional_uid, d.question, "
                            "d.situation, d.considerations, d.solution_direction, d.position "
                            "FROM segment s JOIN dilemma d ON d.segment_uid = s.uid "
                            "WHERE s.scenario_uid = ? ORDER BY d.segment_uid, d.position, d.uid"),
             [&](const SqlRow &q) {
                 Dilemma d;
                 d.uid = textAt(q, 0);
                 d.key = textAt(q, 2);
                 d.professionalUid = shared(textAt(q, 3));
                 d.question = textAt(q, 4);
                 d.situation = textAt(q, 5);
                 d.considerations = textAt(q, 6);
                 d.solutionDirection = textAt(q, 7);
                 d.position = intAt(q, 8);
                 d.options = takeOwned(options, d.uid);
                 d.legalReferences = takeOwned(references, d.uid);
                 d.themeUids = takeOwned(themeLinks, d.uid);
                 dilemmas[textAt(q, 1)].append(std::move(d));
             },
             scenarioUid);

    ByOwner<QString> domainLinks;
    ByOwner<QString> personLinks;
    for (const auto &pair :
         {std::pair{&segmentDomains, &domainLinks}, std::pair{&segmentPersons, &personLinks}}) {
        const LinkTable *link = pair.first;
        ByOwner<QString> *links = pair.second;
        ok = ok
             && forEachRow(
                 m_db,
                 QStringLiteral("SELECT l.%1, l.%2 FROM segment s JOIN %3 l "
                                "ON l.%1 = s.uid WHERE s.scenario_uid = ? "
                                "ORDER BY l.%1, l.position")
                     .arg(QLatin1String(link->ownerColumn), QLatin1String(link->targetColumn),
                          QLatin1String(link->table)),
                 [&](const SqlRow &q) { (*links)[q.text(0)].append(shared(q.text(1))); },
                 scenarioUid);
    }

    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT uid, key, title, period_label, narrative, position "
                            "FROM segment WHERE scenario_uid = ? "
                            "ORDER BY position, uid"),
             [&](const SqlRow &q) {
                 Segment s;
                 s.uid = textAt(q, 0);
                 s.key = textAt(q, 1);
                 s.title = textAt(q, 2);
                 s.periodLabel = textAt(q, 3);
                 s.narrative = textAt(q, 4);
                 s.position = intAt(q, 5);
                 s.lifeDomainUids = takeOwned(domainLinks, s.uid);
                 s.personUids = takeOwned(personLinks, s.uid);
                 s.dilemmas = takeOwned(dilemmas, s.uid);
                 scenario->segments.append(std::move(s));
             },
             scenarioUid);

    ok = ok
         && forEachRow(
             m_db,
             QStringLiteral("SELECT uid, name, role, age, description, position "
                            "FROM person WHERE scenario_uid = ? ORDER BY position, uid"),
             [&](const SqlRow &q) {
                 scenario->persons.append({textAt(q, 0), textAt(q, 1), textAt(q, 2),
                                           integerAt(q, 3), textAt(q, 4), intAt(q, 5)});
             },
             scenarioUid);
    return ok;
}

bool ProjectStore::load(Project *project)
{
    // One read transaction: everything below is one committed state, whatever other processes
    // (the editor, another kdtool) commit while it is read.
    Transaction tx(m_db, Transaction::Kind::Read);
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
    Transaction tx(m_db, Transaction::Kind::Read);
    ProjectFacts result;
    // The entity tables, as ProjectFacts::of() counts them (not reviews, not the change log).
    static const char *const entityTables[]
        = {"project",       "life_domain",    "professional",   "legal_source", "theme",
           "glossary_term", "asset",          "scenario",       "person",       "segment",
           "dilemma",       "dilemma_option", "legal_reference"};
    QStringList selects;
    for (const char *table : entityTables)
        selects.append(QStringLiteral("SELECT uid FROM ") + QLatin1String(table));
    const auto counted = [this](const QString &sql, QHash<QString, int> *into) {
        return forEachRow(m_db, sql,
                          [into](const SqlRow &q) { into->insert(q.text(0), int(q.integer(1))); });
    };
    const bool ok
        = tx.isActive()
          && counted(QStringLiteral("SELECT uid, count(*) FROM (%1) WHERE uid <> '' "
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
    : m_transaction(std::make_unique<Transaction>(store.m_db, Transaction::Kind::Read))
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

} // namespace kd
