// kd-bench-server: a server project under the load of a team (docs/performance.md, "Server
// projects"). Starts a throwaway PostgreSQL cluster (tests/common/pgcluster.h), uploads
// PROJECT.kdproj to it with ServerProject::upload and measures, each against its target:
// 1. opening the server project until it is ready to edit (ProjectDocument::open, and the
//    editor to its first paint through kd-bench-editor-open), beside the same for the file;
// 2. an edit visible in a second client: one document changes a field, the time until another
//    document has it in its model (two logins, two connections, one process);
// 3. N editors making R edits a second in total, for S seconds, on a few dilemmas so that they
//    collide: every attempt landed, was a conflict (keep theirs) or was refused; none lost, none
//    misattributed; every model equal to the server's at the end.
// Each editor of the load is a process of its own (this program with --editor), with its own
// connection and event loop, as on N machines; they share this machine's cores, and the CPU time
// they used is printed beside the figures for that reason.
// Exit status: 0 when every target holds, 1 when one is missed, 2 when nothing could be measured.

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "pgcluster.h"
#include "storage/projectstore.h"
#include "storage/serverproject.h"
#include "timing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

using namespace kd;
using kd::testing::PgCluster;

namespace {

const QString databaseName = QStringLiteral("kdbench");
const QString adminLogin = QStringLiteral("beheer");
const QString firstLogin = QStringLiteral("eva");
const QString secondLogin = QStringLiteral("ben");
// The dilemmas the editors of the load share: few enough that they collide now and then.
constexpr int sharedDilemmas = 50;

struct Options
{
    QString project;
    int editors = 20;
    int seconds = 60;
    int rate = 20;
    int samples = 200;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString password(const QString &login)
{
    return QStringLiteral("pw-") + login;
}

QString editorLogin(int i)
{
    return QStringLiteral("editor%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}

struct TextField
{
    QString Dilemma::*member;
    const char *name;
};

const TextField textFields[] = {
    {&Dilemma::question, "question"},
    {&Dilemma::situation, "situation"},
    {&Dilemma::considerations, "considerations"},
    {&Dilemma::solutionDirection, "solutionDirection"},
};

// Changes one text field of a dilemma as the editor's form does: one undo command.
void setText(ProjectDocument *doc, const QString &uid, const TextField &field, const QString &value)
{
    const QString name = QString::fromLatin1(field.name);
    doc->undoStack()->push(
        new ChangeProperty<Dilemma, QString>(doc, uid, field.member, name, name, value));
}

QStringList dilemmaUids(const Project &project)
{
    QStringList uids;
    for (const Scenario &s : project.scenarios)
        for (const Segment &g : s.segments)
            for (const Dilemma &d : g.dilemmas)
                uids.append(d.uid);
    return uids;
}

// The process's peak and current resident set (VmHWM, VmRSS) in MB.
double procStatusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' '));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at = qBound<qsizetype>(0, qsizetype(std::ceil(p * double(values.size()))) - 1,
                                           values.size() - 1);
    return values.at(at);
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
}

bool parseOptions(const QStringList &args, Options *options)
{
    if (args.isEmpty() || args.first().startsWith(u'-'))
        return false;
    options->project = args.first();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int value = args.at(i + 1).toInt(&ok);
        if (!ok || value <= 0)
            return false;
        if (args.at(i) == QLatin1String("--editors"))
            options->editors = value;
        else if (args.at(i) == QLatin1String("--seconds"))
            options->seconds = value;
        else if (args.at(i) == QLatin1String("--rate"))
            options->rate = value;
        else if (args.at(i) == QLatin1String("--samples"))
            options->samples = value;
        else
            return false;
    }
    return args.size() % 2 == 1;
}

// One line of the table: what, the server project's figure, the file's (or "-"), the target and
// whether it holds ("-" when there is none).
struct Row
{
    QString what;
    QString server;
    QString file;
    QString target;
    QString result;
};

class ServerBench
{
public:
    explicit ServerBench(const Options &options)
        : m_options(options)
    {}

    // Starts the cluster, creates the logins and uploads the project; false: error says why.
    bool setUp(QString *error);
    void measureOpen();
    bool measureVisibility(QString *error);
    bool measureLoad(QString *error);
    // Prints the table and one line per target; whether every target holds.
    bool report();

private:
    QString uri(const QString &login) const { return m_cluster.uri(login, databaseName); }
    std::unique_ptr<ProjectDocument> openAs(const QString &login, QString *error) const;
    double openDocumentMs(const QString &location, const QString &password) const;
    double editorOpenMs(const QString &location, const QString &password) const;
    bool loadServer(Project *project, QString *error) const;
    void target(const QString &name, bool holds, const QString &detail);

    struct Landed
    {
        qint64 logId;
        QString field;
        QString uid;
        QString value;
        QString login;
    };
    struct Load
    {
        int attempts = 0;
        int landed = 0;
        int conflicts = 0;
        int refused = 0;
        double seconds = 0;
        QList<Landed> edits;
        QList<double> seen; // ms from an edit's start until another editor's model had it
        int unseen = 0;     // (edit, other editor) pairs never seen before the final refresh
        int differing = 0;  // editors whose model at the end was not the server's
        double cpu = 0;     // the editors' CPU seconds
        double peakMb = 0;  // the largest editor's peak resident set
        QMap<QString, int> refusals; // why edits were refused, how often
    };
    bool runLoad(Load *load, QString *error);
    bool checkLoad(const Load &load, QString *error);

    Options m_options;
    PgCluster m_cluster;
    QStringList m_uids;
    QList<Row> m_rows;
    QStringList m_verdicts;
    bool m_allHold = true;
};

bool ServerBench::setUp(QString *error)
{
    StoreError storeError;
    Project project;
    auto file
        = ProjectStore::open(m_options.project, ProjectStore::OpenMode::ReadOnly, &storeError);
    if (!file || !file->load(&project)) {
        *error = m_options.project + QStringLiteral(": ")
                 + (file ? file->lastError().message : storeError.message);
        return false;
    }
    file.reset();
    m_uids = dilemmaUids(project);
    if (m_uids.isEmpty()) {
        *error = m_options.project + QStringLiteral(": no dilemmas to edit");
        return false;
    }
    if (!PgCluster::isAvailable(error) || !m_cluster.start(error))
        return false;
    QString done;
    if (!m_cluster.createDatabase(databaseName)
        || !ServerProject::init(m_cluster.uri(PgCluster::superuser(), databaseName), &done,
                                &storeError)) {
        *error = m_cluster.lastError() + storeError.message;
        return false;
    }
    QList<std::pair<QString, QString>> logins = {{adminLogin, QStringLiteral("kd_admin")},
                                                 {firstLogin, QStringLiteral("kd_editor")},
                                                 {secondLogin, QStringLiteral("kd_editor")}};
    for (int i = 0; i < m_options.editors; ++i)
        logins.append({editorLogin(i), QStringLiteral("kd_editor")});
    for (const auto &[login, role] : logins) {
        if (!m_cluster.createLogin(login, password(login), {role})) {
            *error = m_cluster.lastError();
            return false;
        }
    }
    const double start = nowMs();
    if (!ServerProject::upload(uri(adminLogin), project, false, &storeError,
                               password(adminLogin))) {
        *error = QStringLiteral("upload: ") + storeError.message;
        return false;
    }
    m_rows.append({QStringLiteral("upload (ServerProject::upload)"), ms(nowMs() - start),
                   QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    return true;
}

std::unique_ptr<ProjectDocument> ServerBench::openAs(const QString &login, QString *error) const
{
    auto doc = std::make_unique<ProjectDocument>();
    StoreError storeError;
    if (!doc->open(uri(login), ProjectStore::OpenMode::ReadWrite, &storeError, password(login))) {
        *error = login + QStringLiteral(": ") + storeError.message;
        return nullptr;
    }
    return doc;
}

bool ServerBench::loadServer(Project *project, QString *error) const
{
    StoreError storeError;
    auto store = ProjectStore::open(uri(adminLogin), ProjectStore::OpenMode::ReadOnly, &storeError,
                                    password(adminLogin));
    if (!store || !store->load(project)) {
        *error = QStringLiteral("reading the server project back: ")
                 + (store ? store->lastError().message : storeError.message);
        return false;
    }
    return true;
}

void ServerBench::target(const QString &name, bool holds, const QString &detail)
{
    m_allHold = m_allHold && holds;
    m_verdicts.append((holds ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) + name
                      + QStringLiteral(": ") + detail);
}

// --- 1. open until ready to edit ----------------------------------------------------------------

// The median of three opens of a ProjectDocument (load, and for a server the first heartbeat and
// LISTEN); -1 when one fails.
double ServerBench::openDocumentMs(const QString &location, const QString &password) const
{
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        ProjectDocument doc;
        StoreError error;
        const double start = nowMs();
        if (!doc.open(location, ProjectStore::OpenMode::ReadWrite, &error, password)) {
            err() << "kd-bench-server: " << location << ": " << error.message << Qt::endl;
            return -1;
        }
        times.append(nowMs() - start);
    }
    return percentile(times, 0.5);
}

// The median of three runs of kd-bench-editor-open (the editor, offscreen, to its first paint
// after opening); -1 when it is not there or fails. The password goes by PGPASSWORD, as a user's
// would by ~/.pgpass.
double ServerBench::editorOpenMs(const QString &location, const QString &password) const
{
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/kd-bench-editor-open");
    QTemporaryDir config;
    if (!QFileInfo(program).isExecutable() || !config.isValid())
        return -1;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QProcess editor;
        editor.setProcessEnvironment(env);
        editor.start(program, {location});
        if (!editor.waitForFinished(120000) || editor.exitCode() != 0) {
            err() << "kd-bench-server: kd-bench-editor-open " << location << ": "
                  << editor.readAllStandardError().trimmed() << Qt::endl;
            return -1;
        }
        times.append(editor.readAllStandardOutput().trimmed().toDouble());
    }
    return percentile(times, 0.5);
}

void ServerBench::measureOpen()
{
    const double server = openDocumentMs(uri(firstLogin), password(firstLogin));
    const double file = openDocumentMs(m_options.project, QString());
    m_rows.append({QStringLiteral("open until ready to edit (ProjectDocument, median of 3)"),
                   ms(server), ms(file), QStringLiteral("< 3000 ms"),
                   server >= 0 && server < 3000 ? QStringLiteral("pass") : QStringLiteral("FAIL")});
    target(
        QStringLiteral("open until ready to edit < 3 s"), server >= 0 && server < 3000,
        QStringLiteral("%1 (file %2), %3 dilemmas").arg(ms(server), ms(file)).arg(m_uids.size()));
    const double editorServer = editorOpenMs(uri(firstLogin), password(firstLogin));
    const double editorFile = editorOpenMs(m_options.project, QString());
    m_rows.append({QStringLiteral("editor open to first paint (kd-bench-editor-open, median of 3)"),
                   ms(editorServer), ms(editorFile), QStringLiteral("-"), QStringLiteral("-")});
}

// --- 2. an edit visible in a second client ------------------------------------------------------

bool ServerBench::measureVisibility(QString *error)
{
    auto writer = openAs(firstLogin, error);
    auto reader = writer ? openAs(secondLogin, error) : nullptr;
    if (!reader)
        return false;
    QRandomGenerator random(20261206);
    QList<double> latencies;
    QList<double> writes;
    int missed = 0;
    for (int i = 0; i < m_options.samples; ++i) {
        const QString uid = m_uids.at(random.bounded(int(m_uids.size())));
        const QString value = QStringLiteral("zichtbaar %1").arg(i);
        QEventLoop loop;
        const auto arrived = [&] {
            const Dilemma *d = reader->find<Dilemma>(uid);
            return d && d->question == value;
        };
        QObject::connect(reader.get(), &ProjectDocument::remoteChangesApplied, &loop, [&] {
            if (arrived())
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        const double start = nowMs();
        setText(writer.get(), uid, textFields[0], value);
        writes.append(nowMs() - start);
        if (!arrived())
            loop.exec();
        if (arrived())
            latencies.append(nowMs() - start);
        else
            ++missed;
    }
    const double p95 = percentile(latencies, 0.95);
    const QString figures
        = QStringLiteral("median %1, p95 %2, max %3 over %4 edits")
              .arg(ms(percentile(latencies, 0.5)), ms(p95), ms(percentile(latencies, 1.0)))
              .arg(latencies.size());
    const bool holds = missed == 0 && p95 >= 0 && p95 < 500;
    m_rows.append({QStringLiteral("edit visible in a second client"), figures, QStringLiteral("-"),
                   QStringLiteral("p95 < 500 ms"),
                   holds ? QStringLiteral("pass") : QStringLiteral("FAIL")});
    m_rows.append({QStringLiteral("  of which the write (push of the command)"),
                   QStringLiteral("median %1, p95 %2")
                       .arg(ms(percentile(writes, 0.5)), ms(percentile(writes, 0.95))),
                   QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    target(QStringLiteral("edit visible in a second client, p95 < 500 ms"), holds,
           figures + (missed ? QStringLiteral(", %1 never arrived").arg(missed) : QString()));
    return true;
}

// --- 3. N editors at once -----------------------------------------------------------------------

bool ServerBench::measureLoad(QString *error)
{
    Load load;
    if (!runLoad(&load, error))
        return false;
    const double rate = load.attempts / load.seconds;
    m_rows.append({QStringLiteral("edits attempted / landed / conflicts / refused"),
                   QStringLiteral("%1 / %2 / %3 / %4")
                       .arg(load.attempts)
                       .arg(load.landed)
                       .arg(load.conflicts)
                       .arg(load.refused),
                   QStringLiteral("-"), QStringLiteral("landed+conflicts+refused = attempts"),
                   load.landed + load.conflicts + load.refused == load.attempts
                       ? QStringLiteral("pass")
                       : QStringLiteral("FAIL")});
    m_rows.append(
        {QStringLiteral("achieved rate (asked %1/s for %2 s)")
             .arg(m_options.rate)
             .arg(m_options.seconds),
         QStringLiteral("%1 edits/s; the editors' CPU %2 s (%3 cores busy)")
             .arg(rate, 0, 'f', 1)
             .arg(load.cpu, 0, 'f', 1)
             .arg(load.cpu / load.seconds, 0, 'f', 2),
         QStringLiteral("-"), QStringLiteral(">= 95% of asked"),
         rate >= 0.95 * m_options.rate ? QStringLiteral("pass") : QStringLiteral("FAIL")});
    m_rows.append({QStringLiteral("  an edit in the others' models (each other editor)"),
                   QStringLiteral("median %1, p95 %2, max %3; %4 never before the end")
                       .arg(ms(percentile(load.seen, 0.5)), ms(percentile(load.seen, 0.95)),
                            ms(percentile(load.seen, 1.0)))
                       .arg(load.unseen),
                   QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    for (auto it = load.refusals.cbegin(); it != load.refusals.cend(); ++it)
        m_rows.append({QStringLiteral("  refused %1 times").arg(it.value()), it.key(),
                       QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    const bool ok = checkLoad(load, error);
    m_rows.append({QStringLiteral("peak memory of one editor (VmHWM)"),
                   QStringLiteral("%1 MB").arg(load.peakMb, 0, 'f', 0), QStringLiteral("-"),
                   QStringLiteral("-"), QStringLiteral("-")});
    return ok;
}

// Starts one process per editor (runEditor below), lets them all begin at once, and reads what
// each reports: every attempt and how it ended, when it saw the others' edits, whether its
// model was the server's at the end.
bool ServerBench::runLoad(Load *load, QString *error)
{
    QTemporaryDir dir;
    QFile shared(dir.filePath(QStringLiteral("shared")));
    if (!shared.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(shared.fileName());
        return false;
    }
    for (int i = 0; i < sharedDilemmas; ++i)
        shared.write(m_uids.at(qsizetype(i) * m_uids.size() / sharedDilemmas).toUtf8() + '\n');
    shared.close();
    std::vector<std::unique_ptr<QProcess>> editors;
    for (int i = 0; i < m_options.editors; ++i) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password(editorLogin(i)));
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--editor"), uri(editorLogin(i)), QString::number(i),
                        QString::number(m_options.editors), QString::number(m_options.rate),
                        QString::number(m_options.seconds), shared.fileName()});
        editors.push_back(std::move(process));
    }
    const double opening = nowMs();
    for (auto &process : editors) {
        // Each opens the project (a few seconds at 10,000 dilemmas) and says "ready".
        while (!process->canReadLine() && process->waitForReadyRead(120000)) {
        }
        if (process->readLine().trimmed() != "ready") {
            for (auto &other : editors)
                other->kill();
            *error = QStringLiteral("an editor process did not open the project");
            return false;
        }
    }
    m_rows.append({QStringLiteral("%1 editor processes open").arg(m_options.editors),
                   ms(nowMs() - opening), QStringLiteral("-"), QStringLiteral("-"),
                   QStringLiteral("-")});
    const qint64 begin = QDateTime::currentMSecsSinceEpoch() + 500;
    for (auto &process : editors)
        process->write(QByteArray::number(begin) + '\n');
    // Read all of them all the time: a full pipe would stop an editor in the middle.
    std::vector<QByteArray> outputs(editors.size());
    const double deadline = nowMs() + (m_options.seconds + 120) * 1000.0;
    for (bool running = true; running;) {
        running = false;
        for (size_t i = 0; i < editors.size(); ++i) {
            editors[i]->waitForReadyRead(5);
            outputs[i] += editors[i]->readAllStandardOutput();
            running = running || editors[i]->state() != QProcess::NotRunning;
        }
        if (running && nowMs() > deadline) {
            for (auto &process : editors)
                process->kill();
            *error = QStringLiteral("an editor process did not finish");
            return false;
        }
    }
    QHash<qint64, double> started; // a landed edit's log id: when its push began (epoch ms)
    QList<std::pair<qint64, double>> seen;
    for (int i = 0; i < m_options.editors; ++i) {
        outputs[size_t(i)] += editors[size_t(i)]->readAllStandardOutput();
        const QList<QByteArray> lines = outputs[size_t(i)].split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.first() == "landed" && parts.size() == 6) {
                ++load->landed;
                started.insert(parts.at(1).toLongLong(), parts.at(2).toDouble());
                load->edits.append({parts.at(1).toLongLong(), QString::fromUtf8(parts.at(3)),
                                    QString::fromUtf8(parts.at(4)), QString::fromUtf8(parts.at(5)),
                                    editorLogin(i)});
            } else if (parts.first() == "conflict") {
                ++load->conflicts;
            } else if (parts.first() == "refused") {
                ++load->refused;
                if (parts.size() > 1)
                    load->refusals[QString::fromUtf8(parts.at(1))] += 1;
            } else if (parts.first() == "seen" && parts.size() == 3) {
                seen.append({parts.at(1).toLongLong(), parts.at(2).toDouble()});
            } else if (parts.first() == "end" && parts.size() == 6) {
                load->seconds = qMax(load->seconds, parts.at(5).toDouble());
                load->attempts += parts.at(1).toInt();
                load->differing += parts.at(2) != "equal";
                load->cpu += parts.at(3).toDouble();
                load->peakMb = qMax(load->peakMb, parts.at(4).toDouble());
            }
        }
    }
    for (const auto &[logId, when] : std::as_const(seen)) {
        if (started.contains(logId))
            load->seen.append(when - started.value(logId));
    }
    load->unseen = int(load->edits.size() * (m_options.editors - 1)) - int(load->seen.size());
    return true;
}

// Zero misattributed, zero lost, every model equal to a fresh load of the server's.
bool ServerBench::checkLoad(const Load &load, QString *error)
{
    Project server;
    if (!loadServer(&server, error))
        return false;
    QHash<qint64, const ChangeLogEntry *> log;
    for (const ChangeLogEntry &entry : std::as_const(server.changeLog))
        log.insert(entry.id, &entry);
    int misattributed = 0;
    QHash<QString, const Landed *> last; // "uid field": the landed edit with the highest log id
    for (const Landed &edit : load.edits) {
        const ChangeLogEntry *entry = log.value(edit.logId);
        if (!entry || entry->author != edit.login || entry->entityUid != edit.uid
            || entry->field != edit.field) {
            ++misattributed;
        }
        const Landed *&previous = last[edit.uid + u' ' + edit.field];
        if (!previous || previous->logId < edit.logId)
            previous = &edit;
    }
    int lost = 0;
    QHash<QString, const Dilemma *> dilemmas;
    for (const Scenario &s : std::as_const(server.scenarios))
        for (const Segment &g : s.segments)
            for (const Dilemma &d : g.dilemmas)
                dilemmas.insert(d.uid, &d);
    for (const Landed *edit : std::as_const(last)) {
        const Dilemma *d = dilemmas.value(edit->uid);
        const auto *field
            = std::find_if(std::begin(textFields), std::end(textFields), [&](const TextField &f) {
                  return edit->field == QLatin1String(f.name);
              });
        lost += !d || d->*(field->member) != edit->value;
    }
    const int differing = load.differing;
    const bool accounted = load.landed + load.conflicts + load.refused == load.attempts;
    const bool rateHeld = load.attempts >= 0.95 * m_options.rate * load.seconds;
    m_rows.append(
        {QStringLiteral("lost / misattributed / models unlike the server's"),
         QStringLiteral("%1 / %2 / %3 (of %4 fields, %5 editors)")
             .arg(lost)
             .arg(misattributed)
             .arg(differing)
             .arg(last.size())
             .arg(m_options.editors),
         QStringLiteral("-"), QStringLiteral("0 / 0 / 0"),
         lost + misattributed + differing == 0 ? QStringLiteral("pass") : QStringLiteral("FAIL")});
    target(QStringLiteral("%1 editors, %2 edits/s for %3 s")
               .arg(m_options.editors)
               .arg(m_options.rate)
               .arg(m_options.seconds),
           accounted && rateHeld && lost + misattributed + differing == 0,
           QStringLiteral("%1 attempted (%2/s), %3 landed, %4 conflicts, %5 refused; %6 lost, %7 "
                          "misattributed, %8 models unlike the server's")
               .arg(load.attempts)
               .arg(load.attempts / load.seconds, 0, 'f', 1)
               .arg(load.landed)
               .arg(load.conflicts)
               .arg(load.refused)
               .arg(lost)
               .arg(misattributed)
               .arg(differing));
    return true;
}

// One editor of the load, in a process of its own: opens the project, says "ready", waits for
// the start time on stdin, then edits at rate/editors a second (its turn in the round robin)
// for the seconds asked, following the others all the while, and reports each attempt
// ("landed LOGID START FIELD UID VALUE", "conflict", "refused"), each edit of the others it saw
// ("seen LOGID WHEN"), and at the end "end ATTEMPTS equal|unequal CPU PEAKMB SECONDS" (how long
// it edited).
int runEditor(const QStringList &args)
{
    const QString location = args.at(0);
    const int index = args.at(1).toInt();
    const int editors = args.at(2).toInt();
    const int rate = args.at(3).toInt();
    const int seconds = args.at(4).toInt();
    QFile sharedFile(args.at(5));
    if (!sharedFile.open(QIODevice::ReadOnly))
        return 2;
    const QStringList shared
        = QString::fromUtf8(sharedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ProjectDocument doc;
    StoreError error;
    if (!doc.open(location, ProjectStore::OpenMode::ReadWrite, &error)) {
        err() << "editor " << index << ": " << error.message << Qt::endl;
        return 2;
    }
    const QString login = editorLogin(index);
    int conflicts = 0;
    int refusals = 0;
    doc.setConflictResolver([&conflicts](const EditConflict &) {
        ++conflicts;
        return false; // keep theirs
    });
    QString refusal;
    QObject::connect(&doc, &ProjectDocument::writeFailed, &doc,
                     [&refusals, &refusal](const QString &message) {
                         ++refusals;
                         refusal = message;
                     });
    QObject::connect(&doc, &ProjectDocument::remoteChangesApplied, &doc,
                     [](const QList<ChangeLogEntry> &entries) {
                         const qint64 now = QDateTime::currentMSecsSinceEpoch();
                         for (const ChangeLogEntry &entry : entries)
                             out() << "seen\t" << entry.id << '\t' << now << '\n';
                     });
    out() << "ready" << Qt::endl;
    QTextStream in(stdin);
    const qint64 begin = in.readLine().toLongLong();
    QRandomGenerator random(20261206 + quint32(index));
    int attempts = 0;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    ticks.setInterval(qMax(1, 1000 * editors / rate));
    qint64 first = 0;
    const auto edit = [&] {
        const TextField &field = textFields[random.bounded(int(std::size(textFields)))];
        const QString uid = shared.at(random.bounded(int(shared.size())));
        const QString value = QStringLiteral("%1 %2").arg(login).arg(attempts);
        const int conflictsBefore = conflicts;
        const int refusalsBefore = refusals;
        const qint64 logIdBefore = doc.lastWriteLogId();
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        ++attempts;
        setText(&doc, uid, field, value);
        if (doc.lastWriteLogId() != logIdBefore)
            out() << "landed\t" << doc.lastWriteLogId() << '\t' << start << '\t' << field.name
                  << '\t' << uid << '\t' << value << '\n';
        else if (conflicts > conflictsBefore)
            out() << "conflict\n";
        else if (refusals > refusalsBefore)
            out() << "refused\t" << refusal.simplified() << '\n';
    };
    // The edits due by now: a tick that comes late (the editor was busy) makes up for the ones
    // it missed, so the rate asked is the rate tried.
    QObject::connect(&ticks, &QTimer::timeout, &ticks, [&] {
        const qint64 due = (QDateTime::currentMSecsSinceEpoch() - first) / ticks.interval() + 1;
        while (attempts < due)
            edit();
    });
    // Each editor's turn comes at its own moment of the round robin.
    first = begin + qint64(index) * 1000 / rate;
    QEventLoop loop;
    QTimer::singleShot(int(qMax<qint64>(0, first - QDateTime::currentMSecsSinceEpoch())), &ticks,
                       [&] {
                           edit();
                           ticks.start();
                       });
    QTimer::singleShot(int(begin + seconds * 1000 - QDateTime::currentMSecsSinceEpoch()), &loop,
                       &QEventLoop::quit);
    loop.exec();
    ticks.stop();
    const double active = double(QDateTime::currentMSecsSinceEpoch() - first) / 1000.0;
    // A moment for the last notifications, then one last look and the comparison.
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    Project server;
    auto store = ProjectStore::open(location, ProjectStore::OpenMode::ReadOnly, &error);
    const bool equal = doc.refresh() && store && store->load(&server) && doc.project() == server;
    out() << "end\t" << attempts << '\t' << (equal ? "equal" : "unequal") << '\t' << cpuSeconds()
          << '\t' << procStatusMb("VmHWM:") << '\t' << active << Qt::endl;
    return 0;
}

bool ServerBench::report()
{
    QList<Row> rows = m_rows;
    rows.prepend({QStringLiteral("measurement"), QStringLiteral("server project"),
                  QStringLiteral("file project"), QStringLiteral("target"),
                  QStringLiteral("result")});
    qsizetype widths[4] = {0, 0, 0, 0};
    for (const Row &row : std::as_const(rows)) {
        widths[0] = qMax(widths[0], row.what.size());
        widths[1] = qMax(widths[1], row.server.size());
        widths[2] = qMax(widths[2], row.file.size());
        widths[3] = qMax(widths[3], row.target.size());
    }
    for (const Row &row : std::as_const(rows)) {
        out() << row.what.leftJustified(widths[0]) << " | " << row.server.leftJustified(widths[1])
              << " | " << row.file.leftJustified(widths[2]) << " | "
              << row.target.leftJustified(widths[3]) << " | " << row.result << '\n';
    }
    for (const QString &verdict : std::as_const(m_verdicts))
        out() << verdict << '\n';
    out() << m_uids.size() << " dilemmas; " << QThread::idealThreadCount()
          << " cores, load average " << loadAverage() << Qt::endl;
    return m_allHold;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The editor's name: the documents' sessions count as the editor's for the others.
    QCoreApplication::setApplicationName(QStringLiteral("kd-editor"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 7 && args.first() == QLatin1String("--editor"))
        return runEditor(args.mid(1));
    Options options;
    if (!parseOptions(QCoreApplication::arguments().mid(1), &options)) {
        err() << "usage: kd-bench-server PROJECT.kdproj [--editors 20] [--seconds 60] [--rate 20] "
                 "[--samples 200]"
              << Qt::endl;
        return 2;
    }
    ServerBench bench(options);
    QString error;
    if (!bench.setUp(&error)) {
        err() << "kd-bench-server: " << error << Qt::endl;
        return 2;
    }
    bench.measureOpen();
    if (!bench.measureVisibility(&error) || !bench.measureLoad(&error)) {
        bench.report();
        err() << "kd-bench-server: " << error << Qt::endl;
        return 2;
    }
    return bench.report() ? 0 : 1;
}
