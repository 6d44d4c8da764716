// Chooses the UI language (command line, then settings, then the system), installs the embedded
// translations and mirrors the whole UI for right-to-left languages.
#pragma once

#include <QString>

class QApplication;

namespace LanguageSetup {
/** `requested` is "ar", "en" or empty (follow the system). Returns the language in use. */
QString apply(QApplication &app, const QString &requested);
}
