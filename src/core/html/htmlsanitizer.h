// Whitelist HTML sanitiser over an HTML5 parser (gumbo). Everything not explicitly allowed is dropped.
#pragma once

#include <QString>
#include <QUrl>

namespace HtmlSanitizer {
/** Returns safe HTML: allowed elements/attributes only, URLs made absolute against `base`
 *  and limited to http, https, mailto (and data:image/… for images). */
QString sanitize(const QString &html, const QUrl &base = {});
}
