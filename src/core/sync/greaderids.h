// The forms of Google Reader API item ids and the text quirks servers add. Servers send item ids as
// "tag:google.com,2005:reader/item/<16 hex digits>" (contents) or as signed/unsigned decimals
// (stream/items/ids); Khulasa stores and sends the long form, never a short hex.
#pragma once

#include <QString>

namespace GReaderIds {
/** The long form of an id given in long, decimal or 16-digit hex form; "" when it is none of them. */
QString toLongForm(QStringView id);
/** The decimal form of a long-form id (what stream/items/ids returns); "" when malformed. */
QString toDecimal(QStringView longForm);
/** Titles may come back with & < > in their full-width forms (＆ ＜ ＞, FreshRSS does this): restore them. */
QString restoreTitle(const QString &title);
}
