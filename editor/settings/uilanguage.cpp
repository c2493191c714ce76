#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kd {

QString UiLanguage::translationResource(const QString &language)
{
    return QStringLiteral(":/i18n/kiezen-en-delen_%1.qm").arg(language);
}

bool UiLanguage::install(QCoreApplication *app, const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return true;
    auto *ours = new QTranslator(app);
    if (!ours->load(translationResource(language))) {
        qWarning("kd-editor: no translation for language %s", qPrintable(language));
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (Cancel, the file dialog, the line edit's context menu). Without the
    // package that ships them those stay English; the rest of the UI is still translated.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Dates and numbers follow the UI language when the system speaks another one.
    const QLocale wanted(language);
    if (QLocale().language() != wanted.language())
        QLocale::setDefault(wanted);
    return true;
}

} // namespace kd
