#include "packagefiles.h"
#include "testprojects.h"

#include "document/packagejob.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "model/entitycounts.h"
#include "model/identifiers.h"
#include "package/packagewriter.h"
#include "widgets/exportdialog.h"
#include "widgets/exportresultdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::filesUnder;

// The editor exports through the same PackageWriter as kdtool: same bytes, and a cancelled export
// leaves nothing behind.
class tst_GuiExport : public QObject
{
    Q_OBJECT

private slots:
    void exportMatchesKdtool();
    void cancelLeavesNothing();
    void changesSinceAnEarlierPackage();
    void websiteFromTheDialog();
    void refusedExportReportsIssues();
    void refusalAdviceCallsOnlyErrorsErrors();
    void resultDialogShowsThePackage();
    void resultDialogSaysWhenTheManifestIsUnreadable_data();
    void resultDialogSaysWhenTheManifestIsUnreadable();
    void mainWindowShowsTheResult();

private:
    static bool exportFullProject(const QString &dir, QString *message);
    static bool exportFromWindow(const QString &project, const ExportOptions &options,
                                 QString *message);
    static bool exportWithKdtool(const QString &project, const QString &dir,
                                 const QStringList &more, QString *message);
    QTemporaryDir m_dir;
};

// Exports fullProject() as a draft with PackageJob, as the editor does; false with *message.
bool tst_GuiExport::exportFullProject(const QString &dir, QString *message)
{
    PackageJob job;
    QSignalSpy finished(&job, &PackageJob::finished);
    ExportOptions options;
    options.outDir = dir;
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);
    job.start(kd::testing::fullProject(), options);
    if (!finished.wait(60000)) {
        *message = QStringLiteral("the export did not finish");
        return false;
    }
    *message = finished.at(0).at(1).value<PackageError>().message;
    return finished.at(0).at(0).toBool();
}

// Opens the project file in a main window and exports it with MainWindow::startExport(), as
// the Export dialog does; false with *message.
bool tst_GuiExport::exportFromWindow(const QString &project, const ExportOptions &options,
                                     QString *message)
{
    MainWindow window;
    if (!window.openProject(project)) {
        *message = QStringLiteral("the project did not open");
        return false;
    }
    QSignalSpy finished(window.exportJob(), &PackageJob::finished);
    window.startExport(options);
    if (!finished.wait(60000)) {
        *message = QStringLiteral("the export did not finish");
        return false;
    }
    *message = finished.at(0).at(1).value<PackageError>().message;
    return finished.at(0).at(0).toBool();
}

// kdtool export PROJECT --out DIR --draft --as-of 2026-06-01, and more; false with *message.
bool tst_GuiExport::exportWithKdtool(const QString &project, const QString &dir,
                                     const QStringList &more, QString *message)
{
    QProcess kdtool;
    kdtool.start(QStringLiteral(KD_BIN_DIR "/kdtool"),
                 QStringList{"export", project, "--out", dir, "--draft", "--as-of", "2026-06-01"}
                     + more);
    const bool done = kdtool.waitForFinished(60000);
    *message = QString::fromUtf8(kdtool.readAllStandardError());
    return done && kdtool.exitStatus() == QProcess::NormalExit && kdtool.exitCode() == 0;
}

void tst_GuiExport::exportMatchesKdtool()
{
    const QString project = m_dir.filePath("same.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    ExportOptions options;
    options.outDir = m_dir.filePath("gui");
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);
    QString message;
    QVERIFY2(exportFromWindow(project, options, &message), qPrintable(message));
    QVERIFY2(exportWithKdtool(project, m_dir.filePath("cli"), {}, &message), qPrintable(message));
    const auto gui = filesUnder(m_dir.filePath("gui"));
    QVERIFY(gui.contains("package.xml") && gui.contains("package.json")
            && gui.contains("manifest.json"));
    QCOMPARE(gui, filesUnder(m_dir.filePath("cli")));
}

// The dialog's "Changes since" gives the package changes.json, the same bytes as
// `kdtool export --since` writes.
void tst_GuiExport::changesSinceAnEarlierPackage()
{
    QString message;
    const QString earlier = m_dir.filePath("earlier");
    QVERIFY2(exportFullProject(earlier, &message), qPrintable(message));
    Project changed = kd::testing::fullProject();
    changed.glossary[0].term = QStringLiteral("Zwijgplicht");
    const QString project = m_dir.filePath("changed.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, changed, false, &error));

    ExportDialog dialog(m_dir.filePath("since-gui"));
    auto *since = dialog.findChild<QLineEdit *>(QStringLiteral("sincePackage"));
    QVERIFY(since);
    QVERIFY(dialog.options().sincePackage.isEmpty());
    since->setText(QDir::toNativeSeparators(earlier));
    ExportOptions options = dialog.options();
    QCOMPARE(options.sincePackage, earlier);
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);

    QVERIFY2(exportFromWindow(project, options, &message), qPrintable(message));
    const auto gui = filesUnder(m_dir.filePath("since-gui"));
    QVERIFY(gui.value("changes.json").contains("\"Zwijgplicht\""));
    QVERIFY2(exportWithKdtool(project, m_dir.filePath("since-cli"), {"--since", earlier}, &message),
             qPrintable(message));
    QCOMPARE(gui, filesUnder(m_dir.filePath("since-cli")));

    // An earlier package that is not there: the export fails and says why, nothing is written.
    PackageJob job;
    QSignalSpy failed(&job, &PackageJob::finished);
    options.sincePackage = m_dir.filePath("no-such-package");
    options.outDir = m_dir.filePath("since-none");
    job.start(changed, options);
    QVERIFY(failed.wait(60000));
    QVERIFY(!failed.at(0).at(0).toBool());
    const PackageError refusal = failed.at(0).at(1).value<PackageError>();
    QVERIFY2(refusal.message.contains(QLatin1String("cannot compare with this earlier package")),
             qPrintable(refusal.message));
    QVERIFY(!QFileInfo::exists(options.outDir));
}

// The dialog's Website box gives the package site/, the same bytes as
// `kdtool export --format xml,json,html` writes.
void tst_GuiExport::websiteFromTheDialog()
{
    const QString project = m_dir.filePath("website.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    ExportDialog dialog(m_dir.filePath("website-gui"));
    auto *html = dialog.findChild<QCheckBox *>(QStringLiteral("htmlFormat"));
    QVERIFY(html);
    QVERIFY(!dialog.options().html);
    html->setChecked(true);
    ExportOptions options = dialog.options();
    QVERIFY(options.html && options.xml && options.json);
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);

    QString message;
    QVERIFY2(exportFromWindow(project, options, &message), qPrintable(message));
    const auto gui = filesUnder(m_dir.filePath("website-gui"));
    QVERIFY(gui.contains("site/index.html"));
    QVERIFY2(exportWithKdtool(project, m_dir.filePath("website-cli"), {"--format", "xml,json,html"},
                              &message),
             qPrintable(message));
    QCOMPARE(gui, filesUnder(m_dir.filePath("website-cli")));
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

// After an export the editor shows where the package went, its files as its manifest lists them
// (and the manifest itself), what it holds, and opens the folder on request.
void tst_GuiExport::resultDialogShowsThePackage()
{
    const QString dir = m_dir.filePath("result");
    QString message;
    QVERIFY2(exportFullProject(dir, &message), qPrintable(message));

    ExportResultDialog dialog(dir);
    QCOMPARE(dialog.folderText(), QDir::toNativeSeparators(QDir(dir).absolutePath()));
    QCOMPARE(dialog.problemText(), QString());
    QVERIFY(dialog.findChild<QLabel *>("draft")->text().startsWith(QStringLiteral("Yes")));

    QFile manifestFile(QDir(dir).filePath("manifest.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QStringList expected{QStringLiteral("manifest.json")};
    for (const QJsonValue file : manifest.value("files").toArray())
        expected.append(file["path"].toString());
    expected.sort();
    QVERIFY(expected.contains("package.xml") && expected.contains("package.json"));
    QStringList shown;
    for (const QStringList &row : dialog.fileRows()) {
        shown.append(row.at(0));
        QCOMPARE(row.at(1),
                 QLocale().formattedDataSize(QFileInfo(QDir(dir).filePath(row.at(0))).size()));
    }
    QCOMPARE(shown, expected);

    const EntityCounts counts = EntityCounts::of(kd::testing::fullProject());
    QVERIFY(counts.scenarios > 0 && counts.segments > 0 && counts.dilemmas > 0
            && counts.options > 0);
    const QString text = dialog.countsText();
    QVERIFY2(text.startsWith(QStringLiteral("Scenarios: %1, ").arg(counts.scenarios)),
             qPrintable(text));
    for (const QString &part : {QStringLiteral("Moments: %1").arg(counts.segments),
                                QStringLiteral("Dilemmas: %1").arg(counts.dilemmas),
                                QStringLiteral("Options: %1").arg(counts.options)})
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("egment")), qPrintable(text));

    QList<QUrl> opened;
    ExportResultDialog::setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const auto restore = qScopeGuard([] { ExportResultDialog::setUrlOpener({}); });
    auto *openFolder = dialog.findChild<QPushButton *>("openFolder");
    QVERIFY(openFolder && openFolder->isEnabled());
    openFolder->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QDir(dir).absolutePath())});
    QCOMPARE(dialog.folderUrl(), opened.at(0));
}

void tst_GuiExport::resultDialogSaysWhenTheManifestIsUnreadable_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("deleted") << "delete"
                             << "is missing";
    QTest::newRow("corrupt") << "corrupt"
                             << "manifest.json";
    QTest::newRow("folder gone") << "folder"
                                 << "result-folder";
}

void tst_GuiExport::resultDialogSaysWhenTheManifestIsUnreadable()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    const QString dir = m_dir.filePath("result-" + damage);
    QString message;
    QVERIFY2(exportFullProject(dir, &message), qPrintable(message));
    const QString manifest = QDir(dir).filePath("manifest.json");
    if (damage == QLatin1String("delete")) {
        QVERIFY(QFile::remove(manifest));
    } else if (damage == QLatin1String("corrupt")) {
        QFile file(manifest);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"formatVersion\": 1, \"files\": [");
    } else {
        QVERIFY(QDir(dir).removeRecursively());
    }

    ExportResultDialog dialog(dir);
    QCOMPARE(dialog.folderText(), QDir::toNativeSeparators(QDir(dir).absolutePath()));
    const QString problem = dialog.problemText();
    QVERIFY2(problem.startsWith(QStringLiteral("The list of files could not be read: ")),
             qPrintable(problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
    QCOMPARE(dialog.fileRows(), QList<QStringList>());
    QVERIFY(dialog.findChild<QPushButton *>("openFolder")->isEnabled());
}

// MainWindow::startExport opens the result once the export has succeeded, without blocking.
void tst_GuiExport::mainWindowShowsTheResult()
{
    const QString project = m_dir.filePath("shown.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    MainWindow window;
    QVERIFY(window.openProject(project));
    QCOMPARE(window.findChildren<ExportResultDialog *>().size(), 0);
    ExportOptions options;
    options.outDir = m_dir.filePath("shown");
    options.draft = true;
    options.asOf = QDate(2026, 6, 1);
    QSignalSpy finished(window.exportJob(), &PackageJob::finished);
    window.startExport(options);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(),
             qPrintable(finished.at(0).at(1).value<PackageError>().message));

    QList<ExportResultDialog *> shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ExportResultDialog *>(widget);
            dialog && dialog->isVisible())
            shown.append(dialog);
    }
    QCOMPARE(shown.size(), 1);
    QPointer<ExportResultDialog> dialog = shown.at(0);
    QCOMPARE(dialog->folderText(), QDir::toNativeSeparators(options.outDir));
    QVERIFY(!dialog->fileRows().isEmpty());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull()); // closed and deleted
}

QTEST_MAIN(tst_GuiExport)
#include "tst_guiexport.moc"
