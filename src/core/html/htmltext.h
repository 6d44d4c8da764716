// Plain text from HTML (for titles, search, reading time and direction detection).
#pragma once

#include <QString>

namespace HtmlText {
/** Visible text of an HTML fragment, entities decoded, blocks separated by newlines,
 *  runs of white space folded. */
QString toPlainText(const QString &html);
}
