// The facts about a page that surround its article: title, byline, publication date, lead image,
// site name and language. Read from Open Graph and other meta tags, JSON-LD (including @graph),
// microdata and plain markup (<title>, <time>), in that order of trust.
#pragma once

#include "html/article/pagetree.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

struct PageMetadata
{
    QString title;
    QString byline;
    QDateTime published; // UTC; invalid when the page gives no date we can trust
    QString image;       // absolute http(s) URL or empty
    QString siteName;
    QString language;    // e.g. "ar", "en-GB"; empty when the page does not say
    QString direction;   // "rtl"/"ltr" when the page's markup says so, else empty
    QStringList headings; // texts of the <h1> elements, to recognise the title inside the content
    QString articleBody;  // JSON-LD articleBody: the story as plain text, for pages built by script
};

namespace PageMetadataReader {
PageMetadata read(const PageTree &tree, const QUrl &pageUrl);

/** The headline without the site's name around it ("Story – Site", "Site | Story", "Story « Site"). */
QString cleanTitle(const QString &title, const QString &siteName, const QStringList &headings, bool fromTitleTag);

/** Text comparison for titles: case, white space and punctuation are ignored. */
QString titleKey(const QString &text);
}
