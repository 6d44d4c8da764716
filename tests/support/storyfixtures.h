// The hand-written news stories of tests/data/summary/stories as articles: first line the story label
// ("-" for a story told once), second the headline, then the body, one paragraph a line.
#pragma once

#include "model/article.h"
#include "store/store.h"
#include "story/storyindex.h"

#include <QCryptographicHash>
#include <QFile>

namespace StoryFixtures {
inline QString label(const QString &name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/summary/stories/") + name + u".txt");
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed() : QString();
}

/** The story `name` (file name without .txt) as an article with guid, URL, title, text and content hash. */
inline Article article(const QString &name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/summary/stories/") + name + u".txt");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    Article article;
    article.guid = name;
    article.url = u"https://news.example/" + name;
    article.title = text.section(u'\n', 1, 1);
    article.text = text.section(u'\n', 2).trimmed();
    article.contentHash = QCryptographicHash::hash((article.title + u'\x1f' + article.text).toUtf8(),
                                                   QCryptographicHash::Sha1);
    return article;
}

/** Stores each story as the one article of a feed of its own (every report from another source) and
 *  runs the story index over them; returns name → article id, or nothing when a step failed. */
inline QHash<QString, qint64> storeFromOwnFeeds(Store &store, const QStringList &names)
{
    QHash<QString, qint64> ids;
    for (const QString &name : names) {
        const auto feedId = store.addFeed(u"https://" + name + u".example/feed.xml");
        if (!feedId || !store.storeArticles(*feedId, {article(name)}))
            return {};
        ids.insert(name, store.articles(ArticleQuery{.feedId = *feedId}).first().id);
    }
    return StoryIndex(store).indexPending() ? ids : QHash<QString, qint64>();
}

/** The six reports the folding tests use: three of one rate cut, one of another bank's, two of a highway. */
inline QStringList foldingSet()
{
    return {QStringLiteral("rates-wire"), QStringLiteral("rates-paper"), QStringLiteral("rates-broadcaster"),
            QStringLiteral("rates-other-bank"), QStringLiteral("highway-agency"), QStringLiteral("highway-daily")};
}
}
