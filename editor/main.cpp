#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kd-editor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kiezen & Delen Studio"));
    QApplication::setOrganizationName(QStringLiteral("Kiezen en Delen"));
    QApplication::setApplicationVersion(QStringLiteral(KD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiezen & Delen Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("The project file to open."));
    parser.process(app);

    kd::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
