#pragma once

#include <QString>

class QCoreApplication;

namespace kd {

// Puts the UI in the user's language at start: for "nl" it installs our Dutch translation
// (compiled from translations/kiezen-en-delen_nl.ts and embedded as a resource, so nothing is
// read from the source tree) and Qt's own qtbase_nl from Qt's translations folder, for the
// standard dialogs and buttons. English is the source language and needs no translator.
class UiLanguage
{
public:
    // The resource path of the compiled translation of a language ("nl").
    static QString translationResource(const QString &language);

    // Installs the translators for language on app (they become its children). Returns false
    // when our own translation for that language cannot be loaded; English always succeeds.
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace kd
