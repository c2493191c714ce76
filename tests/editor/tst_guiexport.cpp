#include "testprojects.h"

#include "document/packagejob.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "model/identifiers.h"
#include "package/packagewriter.h"
#include "widgets/exportdialog.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

// The editor exports through the same PackageWriter as kdtool: same bytes, and a cancelled export
// leaves nothing behind.
class tst_GuiExport : public QObject
{
    Q_OBJECT

private slots:
    void exportMatchesKdtool();
    void cancelLeavesNothing();
    void refusedExportReportsIssues();
    void refusalAdviceCallsOnlyErrorsErrors();

private:
    static QMap<QString, QByteArray> filesUnder(const QString &dir);
    QTemporaryDir m_dir;
};

QMap<QString, QByteArray> tst_GuiExport::filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDir root(dir);
    const QStringList names = root.entryList(QDir::Files);
    for (const QString &name : names) {
        QFile f(root.filePath(name));
        f.open(QIODevice::ReadOnly);
        files.insert(name, f.readAll());
    }
    return files;
}

void tst_GuiExport::exportMatchesKdtool()
{
    const QString project = m_dir.filePath("same.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    MainWindow window;
    QVERIFY(window.openProject(project));
    ExportOptions options;
    options.outDir = m_dir.filePath("gui");
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);
    QSignalSpy finished(window.exportJob(), &PackageJob::finished);
    window.startExport(options);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(),
             qPrintable(finished.at(0).at(1).value<PackageError>().message));

    QProcess kdtool;
    kdtool.start(
        QStringLiteral(KD_BIN_DIR "/kdtool"),
        {"export", project, "--out", m_dir.filePath("cli"), "--draft", "--as-of", "2026-06-01"});
    QVERIFY(kdtool.waitForFinished(60000));
    QCOMPARE(kdtool.exitCode(), 0);
    const auto gui = filesUnder(m_dir.filePath("gui"));
    QVERIFY(gui.contains("package.xml") && gui.contains("package.json")
            && gui.contains("manifest.json"));
    QCOMPARE(gui, filesUnder(m_dir.filePath("cli")));
}

void tst_GuiExport::cancelLeavesNothing()
{
    // A project large enough that the export takes a while.
    Project big = kd::testing::fullProject();
    Segment &segment = big.scenarios[0].segments[0];
    const Dilemma model = segment.dilemmas[0];
    for (int i = 1; i < 400; ++i) {
        Dilemma d = model;
        d.uid = Identifiers::createUid();
        d.key = QStringLiteral("dilemma-%1").arg(i);
        d.position = i;
        for (Option &o : d.options)
            o.uid = Identifiers::createUid();
        for (LegalReference &r : d.legalReferences)
            r.uid = Identifiers::createUid();
        segment.dilemmas.append(d);
    }
    big.reviews.clear();
    const QString parent = m_dir.filePath("cancel");
    QVERIFY(QDir().mkpath(parent));
    PackageJob job;
    QSignalSpy finished(&job, &PackageJob::finished);
    ExportOptions options;
    options.outDir = parent + "/pkg";
    options.draft = true;
    job.start(big, options);
    job.cancel();
    QVERIFY(finished.wait(60000));
    const auto error = finished.at(0).at(1).value<PackageError>();
    if (finished.at(0).at(0).toBool()) {
        QVERIFY(QFile::exists(options.outDir + "/manifest.json")); // finished before the cancel
    } else {
        QCOMPARE(error.kind, PackageError::Kind::Cancelled);
        QVERIFY(!QFileInfo::exists(options.outDir));
    }
    // No half-written sibling either way.
    QCOMPARE(QDir(parent)
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral("tmp")),
             QStringList());
}

void tst_GuiExport::refusedExportReportsIssues()
{
    Project bad = kd::testing::fullProject();
    bad.scenarios[0].segments[0].dilemmas[0].solutionDirection.clear();
    PackageJob job;
    QSignalSpy finished(&job, &PackageJob::finished);
    ExportOptions options;
    options.outDir = m_dir.filePath("refused");
    options.draft = true;
    job.start(bad, options);
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.at(0).at(0).toBool());
    const auto error = finished.at(0).at(1).value<PackageError>();
    QCOMPARE(error.kind, PackageError::Kind::Content);
    QVERIFY(std::any_of(error.issues.cbegin(), error.issues.cend(), [](const Issue &i) {
        return i.rule == QLatin1String("missing-solution-direction");
    }));
    QVERIFY(!QFileInfo::exists(options.outDir));
}

// The dock shows the review rules as warnings: a refusal for them alone speaks of approvals.
void tst_GuiExport::refusalAdviceCallsOnlyErrorsErrors()
{
    const Project unapproved = kd::testing::fullProject(); // its approvals are not signed
    PackageJob job;
    QSignalSpy finished(&job, &PackageJob::finished);
    ExportOptions options;
    options.outDir = m_dir.filePath("unapproved");
    options.requireApproval = true; // as the Export dialog asks
    job.start(unapproved, options);
    QVERIFY(finished.wait(60000));
    const auto error = finished.at(0).at(1).value<PackageError>();
    QCOMPARE(error.kind, PackageError::Kind::Content);
    const QString advice = ExportDialog::refusalAdvice(error.issues);
    QVERIFY2(!advice.contains(QStringLiteral("error")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("lists them as warnings")), qPrintable(advice));

    QList<Issue> mixed = error.issues;
    mixed.append({QStringLiteral("missing-solution-direction"), Issue::Severity::Error, QString(),
                  EntityKind::Dilemma, QString(), QString(), QString()});
    QVERIFY(ExportDialog::refusalAdvice(mixed).startsWith(QStringLiteral("Fix the 1 error")));
}

QTEST_MAIN(tst_GuiExport)
#include "tst_guiexport.moc"
