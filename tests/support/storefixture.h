// A real store in a test's temporary folder with one feed, and articles stored into it the way a
// refresh does, for the core tests of features that work on stored articles.
#pragma once

#include "store/store.h"

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
