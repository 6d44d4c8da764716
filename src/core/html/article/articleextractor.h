// Full-article extraction: from the bytes of a news page to the story alone, with its metadata.
// Bytes in, typed value out, no I/O. A page without an article (a section front, a list of
// teasers, an error page) is an error, never a guess.
#pragma once

#include "html/article/extractedarticle.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

namespace ArticleExtractor {
/** Pages larger than this are refused rather than parsed (real article pages are far smaller). */
constexpr qsizetype MaxPageBytes = 8 * 1024 * 1024;

/** How the page reaches the parser: without the contents of scripts, styles, SVG and comments (see
 *  InertContent; the same article, in a third of the time), or exactly as it is (for the tests that
 *  check that the two agree). */
enum class Prepass { StripInert, None };

/** `page` in any encoding (BOM, then `httpCharset`, then <meta charset>, then UTF-8); relative URLs
 *  resolve against `pageUrl` (or the page's <base href>). */
Result<ExtractedArticle> extract(QByteArrayView page, const QUrl &pageUrl, const QByteArray &httpCharset = {},
                                 Prepass prepass = Prepass::StripInert);

/** The charset a page declares in a <meta> tag within its first 4 KB, or empty. */
QByteArray declaredCharset(QByteArrayView page);
}
