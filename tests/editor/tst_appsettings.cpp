#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

class tst_AppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void authorDefaultsToLoginName();
    void languageFollowsSystemUnlessChosen();
    void recentFilesNewestFirstAndCapped();
    void windowLayoutRestored();

private:
    QTemporaryDir m_config;
};

void tst_AppSettings::initTestCase()
{
    // Keep the user's own settings out of reach.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
}

void tst_AppSettings::init()
{
    QSettings().clear();
}

void tst_AppSettings::authorDefaultsToLoginName()
{
    qputenv("USER", "anna.jansen");
    QCOMPARE(AppSettings::authorName(), QStringLiteral("anna.jansen"));
    AppSettings::setAuthorName(QStringLiteral("  Anna Jansen "));
    QCOMPARE(AppSettings::authorName(), QStringLiteral("Anna Jansen"));
    AppSettings::setAuthorName(QString());
    QCOMPARE(AppSettings::authorName(), QStringLiteral("anna.jansen"));
}

void tst_AppSettings::languageFollowsSystemUnlessChosen()
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QCOMPARE(AppSettings::effectiveLanguage(), QStringLiteral("nl"));
    AppSettings::setLanguage(QStringLiteral("en"));
    QCOMPARE(AppSettings::effectiveLanguage(), QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    AppSettings::setLanguage(QString());
    QCOMPARE(AppSettings::effectiveLanguage(), QStringLiteral("en"));
    AppSettings::setLanguage(QStringLiteral("nl"));
    QCOMPARE(AppSettings::effectiveLanguage(), QStringLiteral("nl"));
}

void tst_AppSettings::recentFilesNewestFirstAndCapped()
{
    for (int i = 0; i < 12; ++i)
        AppSettings::addRecentFile(QStringLiteral("/tmp/p%1.kdproj").arg(i));
    AppSettings::addRecentFile(QStringLiteral("/tmp/p5.kdproj"));
    const QStringList files = AppSettings::recentFiles();
    QCOMPARE(files.size(), AppSettings::maxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/tmp/p5.kdproj"));
    QCOMPARE(files.at(1), QStringLiteral("/tmp/p11.kdproj"));
    QCOMPARE(files.count(QStringLiteral("/tmp/p5.kdproj")), 1);
}

void tst_AppSettings::windowLayoutRestored()
{
    {
        MainWindow window;
        window.resize(1111, 888);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!AppSettings::windowGeometry().isEmpty());
    MainWindow again;
    QCOMPARE(again.size(), QSize(1111, 888));
}

QTEST_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
