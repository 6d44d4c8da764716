// The sanitiser's fast path. Most feed HTML is simple: well-nested paragraphs, links, images and
// emphasis with a few character references. For that subset HTML5 tree construction is the
// identity, so a single scan can feed SanitizerWriter exactly what gumbo's tree would, at several
// times gumbo's speed. Anything outside the subset (implied end tags, misnesting, raw-text
// elements, tables, legacy references, control characters...) makes it give up, and the caller
// parses with gumbo instead. fuzz_sanitizer checks that both paths agree whenever this one accepts.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

namespace SimpleMarkup {
/** Appends the sanitised form of `html` to `out` and returns true, or returns false (with `out`
 *  partly written) when the markup needs the full HTML5 parser. */
bool sanitize(QByteArrayView html, const QUrl &base, QByteArray &out);
}
