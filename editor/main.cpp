#include "mainwindow.h"
#include "package/xmllibrary.h"
#include "process/hugepageheap.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    // Before anything else: a large project opens seconds sooner on a huge-page heap.
    kd::HugePageHeap::restartOnce(argv, "kd-editor");
    // Before the application: the website preview's engine (Qt WebEngine) shares GL contexts.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // Before any thread: exports and imports run libxml2 on threads of their own.
    kd::prepareXmlLibrary();
    QApplication::setApplicationName(QStringLiteral("kd-editor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiezen & Delen Studio"));
    QApplication::setOrganizationName(QStringLiteral("Kiezen en Delen"));
    QApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    // Before any widget exists: the settings decide the language (Settings applies it at the
    // next start), the system language when it is Dutch and the user chose none.
    kd::UiLanguage::install(&app, kd::AppSettings::effectiveLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiezen & Delen Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate(
            "kd::Main", "The project file, or a server project's postgresql:// address, to open."));
    parser.process(app);

    kd::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
