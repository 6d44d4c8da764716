// The article found in a web page: its text as sanitised HTML and as plain text, and its metadata.
#pragma once

#include <QDateTime>
#include <QString>

struct ExtractedArticle
{
    QString title;
    QString byline;
    QDateTime published;  // UTC, invalid when unknown
    QString image;        // absolute URL of the lead image, or empty
    QString siteName;
    QString language;     // BCP 47 tag from the page, or empty
    QString direction;    // "rtl" or "ltr"
    QString contentHtml;  // sanitised, URLs absolute
    QString text;         // plain text of contentHtml, blocks on their own lines
};
