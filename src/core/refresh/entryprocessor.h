// Turns a parsed feed's entries into the articles the store keeps: a stable guid, plain text,
// a direction detected from the text, and a content hash that tells a changed entry from a repeat.
#pragma once

#include "feeds/parsedfeed.h"
#include "model/article.h"

#include <QList>

/** A parsed feed reduced to what the store keeps: its articles and the feed's own title and site. */
struct ProcessedFeed
{
    QString title;
    QString siteUrl;
    int ttlMinutes = 0;
    QList<Article> articles;
};

namespace EntryProcessor {
/** Everything the store needs from a parsed document (runs on the parsing pool). */
ProcessedFeed process(const ParsedFeed &feed);
/** Guid: the entry's id, else its link, else a hash of title and text. Duplicates within one
 *  document keep their first occurrence only. */
QList<Article> toArticles(const ParsedFeed &feed);
Article toArticle(const ParsedEntry &entry, const QString &feedLanguage);
/** The guid an entry is stored under when it has an id or a link; empty otherwise. */
QString guidOf(const ParsedEntry &entry);
}
