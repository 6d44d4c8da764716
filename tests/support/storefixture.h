// A real store in a test's temporary folder with one feed, and articles stored into it the way a
// refresh does, for the core tests of features that work on stored articles.
#pragma once

#include "store/store.h"

#include <QCryptographicHash>
#include <QString>
#include <QTest>

namespace StoreFixture {
/** Opens (creates) the store at `path` and subscribes it to `feedUrl`; null on failure, with a warning. */
inline std::unique_ptr<Store> openWithFeed(const QString &path, const QString &feedUrl, qint64 &feedId)
{
    auto store = Store::open(path);
    if (!store) {
        qWarning("%s", qPrintable(store.error()));
        return nullptr;
    }
    const auto feed = store.value()->addFeed(feedUrl);
    if (!feed)
        return nullptr;
    feedId = feed.value();
    return std::move(store.value());
}

/** An article as the parser would hand it over: `text` also as its HTML summary, a fixed date, and a
 *  content hash that changes with any of guid, title or text (so a corrected entry is stored anew). */
inline Article article(const QString &guid, const QString &title, const QString &text,
                       const QDateTime &published = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC))
{
    Article a;
    a.guid = guid;
    a.title = title;
    a.text = text;
    a.summaryHtml = u"<p>" + text.toHtmlEscaped() + u"</p>";
    a.published = published;
    a.contentHash = QCryptographicHash::hash((guid + u'\x1f' + title + u'\x1f' + text).toUtf8(), QCryptographicHash::Sha1);
    return a;
}

/** Stores `article` in the feed and returns its id (0 on failure). */
inline qint64 add(Store &store, qint64 feedId, const Article &article)
{
    if (!store.storeArticles(feedId, {article}))
        return 0;
    for (const Article &stored : store.articles(ArticleQuery{})) {
        if (stored.guid == article.guid)
            return stored.id;
    }
    return 0;
}
} // namespace StoreFixture
