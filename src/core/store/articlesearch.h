// Runs a parsed search against the full-text index: bm25 ranking (title words weigh more than body
// words) and highlighted snippets cut from the article's stored text, not from the index.
#pragma once

#include "store/searchquery.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

/** One search result. The *Html fields are HTML-escaped text in which the hits are wrapped in <b>…</b>. */
struct SearchHit
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString title;
    QString titleHtml;
    QString snippetHtml; // about 30 words of the text around the first hit, "…" where it was cut
    QDateTime published; // the article's date (published, else updated, else fetched)
    QString direction;
    bool read = false;
    bool saved = false;
    double score = 0; // bm25: lower is a better match
};

namespace ArticleSearch {
/** Words shown in a snippet. */
constexpr int kSnippetWords = 30;
/** Ranking looks at the newest this many matches (see run()). */
constexpr int kRankWindow = 1000;
/** A date-ordered list filtered by a search shows the newest this many matches. */
constexpr int kListWindow = 2000;

/** A prefix this long or longer is looked up in the index's word list (see matchExpression()). */
constexpr int kMinExpandedPrefix = 4;
/** A prefix that starts more words than this is left to FTS5. */
constexpr int kMaxExpandedWords = 32;

/** The query's FTS5 expression, its prefixes (kMinExpandedPrefix letters or more, starting at most
 *  kMaxExpandedWords indexed words) replaced by the indexed words they start, so the index reads
 *  only as far as the newest matches instead of merging every such word first. */
QString matchExpression(const QSqlDatabase &db, const SearchQuery &query);

/** The best `limit` matches among the newest kRankWindow matches, best first. */
Result<QList<SearchHit>> run(const QSqlDatabase &db, const SearchQuery &query, int limit);
}
