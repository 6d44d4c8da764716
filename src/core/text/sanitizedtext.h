// Plain text of HTML that came out of HtmlSanitizer, without parsing it again: the sanitiser writes
// canonical markup (every '<' in text and attributes escaped, so the first '>' ends a tag; only
// &amp; &lt; &gt; &quot; and numeric references), which a single linear scan reads exactly.
// For arbitrary HTML use HtmlText::toPlainText.
#pragma once

#include <QString>

namespace SanitizedText {
/** Visible text: tags dropped, block ends as line breaks, references decoded, white space folded. */
QString toPlainText(QStringView sanitizedHtml);
}
