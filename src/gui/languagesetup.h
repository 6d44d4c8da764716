// Chooses the UI language (command line, then settings, then the system), installs the embedded
// translations and mirrors the whole UI for right-to-left languages.
#pragma once

#include <QString>

class QApplication;

namespace LanguageSetup {
/** `requested` is "ar", "en" or empty (follow the system). Returns the language in use. In Arabic,
 *  numbers and dates take Arabic-Indic digits unless `arabicIndicDigits` is false. */
QString apply(QApplication &app, const QString &requested, bool arabicIndicDigits = true);
}
