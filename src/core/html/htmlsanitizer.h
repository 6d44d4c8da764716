// Whitelist HTML sanitiser over an HTML5 parser (gumbo). Everything not explicitly allowed is dropped.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace HtmlSanitizer {
/** Returns safe HTML: allowed elements/attributes only, URLs made absolute against `base`
 *  and limited to http, https, mailto (and data:image/… for images). */
QString sanitize(const QString &html, const QUrl &base = {});

/** The same over UTF-8, appending to `out`: what the feed parser uses, with no UTF-16 round trip.
 *  `html` must be valid UTF-8 (the feed decoder guarantees it). Simple markup takes a fast path
 *  that yields exactly what the HTML5 parser would; anything else goes through gumbo. */
void sanitizeUtf8(QByteArrayView html, const QUrl &base, QByteArray &out);

/** Always through gumbo; tests and the fuzzer compare it with the fast path. */
void sanitizeWithParser(QByteArrayView html, const QUrl &base, QByteArray &out);
}
