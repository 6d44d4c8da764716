// A saved article as one self-contained HTML file: title, source, author, date, original link, the
// article's direction and language, and its (sanitised) content with every kept image inlined as a
// data: URI, so the file shows completely in any browser with the network off. Images that were not
// kept keep their original address. The file forbids scripts and every other load by its CSP.
#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class StandaloneArticle final
{
    Q_DECLARE_TR_FUNCTIONS(StandaloneArticle)

public:
    /** `localImages` maps original image URLs to their data: URIs (SavedImageFiles::dataUris). */
    static QString html(const Article &article, const QString &sourceName, const QHash<QString, QString> &localImages);
};
