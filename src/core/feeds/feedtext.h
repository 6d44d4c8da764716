// Small text rules shared by the XML and JSON feed readers: URL resolution, author strings,
// telling HTML from plain text in the fields where formats leave it ambiguous.
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace FeedText {
/** `href` made absolute against `base`; unchanged when already absolute or when base is empty. */
QString resolveUrl(const QString &href, const QUrl &base);

/** The name in "jo@example.com (Jo Bloggs)" or "Jo Bloggs <jo@example.com>"; the e-mail when that
 *  is all there is; the text itself otherwise. */
QString authorName(const QString &author);

/** Whether an ambiguous field (an RSS title) holds markup rather than text with a stray '<' or '&'. */
bool looksLikeHtml(QStringView text);

/** Inner markup of the single <div> that wraps Atom xhtml content, or the markup unchanged. */
QString stripXhtmlDiv(const QString &markup);

/** Runs of layout white space (not no-break, em, en or thin spaces) folded to one space, ends trimmed. */
QString foldWhitespace(QStringView text);

/** Plain text for a title-like field: markup removed and white space folded to single spaces. */
QString plainFromHtml(const QString &html);
}
