#include "store/articlesearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

QString ArticleSearch::matchExpression(const QSqlDatabase &db, const SearchQuery &query)
{
    QHash<QString, QStringList> wordsByPrefix;
    for (const QString &prefix : query.prefixes()) {
        if (prefix.size() < kMinExpandedPrefix)
            continue; // short prefixes start hundreds of words: listing them costs more than it saves
        // The index's own word list (fts5vocab), per connection in the temp schema. Terms compare
        // as UTF-8 bytes: every word starting with the prefix lies in [prefix, prefix + U+10FFFF).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_words "
                                   "USING fts5vocab(main, 'article_search', 'row')")))
            return query.matchExpression();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT term FROM temp.article_search_words WHERE term >= ? AND term < ? LIMIT %1")
                      .arg(kMaxExpandedWords + 1));
        const char32_t highest = 0x10FFFF;
        q.addBindValue(prefix);
        q.addBindValue(QString(prefix + QString::fromUcs4(&highest, 1)));
        QStringList words;
        if (!q.exec())
            continue;
        while (q.next()) {
            const QString word = q.value(0).toString();
            if (word.startsWith(prefix))
                words.append(word);
        }
        if (words.size() <= kMaxExpandedWords)
            wordsByPrefix.insert(prefix, words);
    }
    return query.matchExpression(wordsByPrefix);
}

Result<QList<SearchHit>> ArticleSearch::run(const QSqlDatabase &db, const SearchQuery &query, int limit)
{
    using R = Result<QList<SearchHit>>;
    // bm25 weights per column: title, body, title_words, body_words. The words columns only ever
    // match prefix queries; a title hit counts several times a body hit.
    // Ranking every match of a common word costs time in proportion to the matches (tens of
    // milliseconds at 100,000 articles); the newest kRankWindow matches (rowids grow with arrival)
    // are read cheaply from the index's own order and only they are ranked, so a search stays
    // within a frame whatever the word. For news, the best matches among the recent ones are the
    // ones wanted; a rarer word or a phrase narrows the window to everything that matches.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.feed_id, a.title, a.sort_time, a.direction, a.read, a.saved, "
        "       CASE WHEN a.full_text <> '' THEN a.full_text ELSE a.text END, m.score "
        "FROM (SELECT rowid, score FROM "
        "        (SELECT rowid, bm25(article_search, 8.0, 1.0, 8.0, 1.0) AS score FROM article_search "
        "         WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT %1) "
        "      ORDER BY score LIMIT ?) AS m "
        "JOIN articles a ON a.id = m.rowid ORDER BY m.score, a.sort_time DESC").arg(kRankWindow));
    q.addBindValue(matchExpression(db, query));
    q.addBindValue(qBound(1, limit, 10000));
    if (!q.exec())
        return R::failure(QCoreApplication::translate("ArticleSearch", "The search failed: %1").arg(q.lastError().text()));
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.feedId = q.value(1).toLongLong();
        hit.title = q.value(2).toString();
        hit.published = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        hit.direction = q.value(4).toString();
        hit.read = q.value(5).toBool();
        hit.saved = q.value(6).toBool();
        hit.titleHtml = query.highlight(hit.title);
        hit.snippetHtml = query.highlight(q.value(7).toString(), kSnippetWords);
        hit.score = q.value(8).toDouble();
        hits.append(hit);
    }
    return hits;
}
