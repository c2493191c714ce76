#include "packagetesting.h"
#include "testprojects.h"

#include "package/packagewriter.h"
#include "validation/validator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// The export gate: content with validation errors is refused and nothing is written. This needs
// the real Validator (the validation branch); against the temporary empty one in the packages
// branch it fails by design.
class TestExportGate : public QObject
{
    Q_OBJECT

private slots:
    void refusesContentWithValidationErrors()
    {
        Project project = goldenProject();
        Dilemma &dilemma = project.scenarios[0].segments[0].dilemmas[0];
        dilemma.options.clear();
        dilemma.solutionDirection = QString();
        dilemma.legalReferences.clear();

        const QList<Issue> issues = Validator::validate(project, {QDate(2026, 6, 1)});
        const bool hasError = std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) {
            return i.severity == Issue::Severity::Error;
        });
        QVERIFY2(hasError, "the validator finds no error in a dilemma without options and "
                           "without a solution direction");

        QTemporaryDir temp;
        ExportOptions options;
        options.outDir = temp.filePath(QStringLiteral("pkg"));
        options.asOf = QDate(2026, 6, 1);
        PackageError error;
        QVERIFY(!PackageWriter::write(project, options, &error));
        QCOMPARE(error.kind, PackageError::Kind::Content);
        QVERIFY(!error.issues.isEmpty());
        QVERIFY(error.message.contains(QLatin1String("export refused")));
        QCOMPARE(entriesOf(temp.path()), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestExportGate)
#include "tst_exportgate.moc"
