// khulasa-cli list feeds|articles --json
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

#include <QJsonArray>

namespace {
int listFeeds(CliContext &, Store &store, bool json)
{
    const QList<Feed> feeds = store.feeds();
    if (json) {
        QJsonArray array;
        for (const Feed &feed : feeds)
            array.append(JsonFormat::feed(feed));
        CliContext::printJson(QJsonDocument(array));
        return 0;
    }
    for (const Feed &feed : feeds)
        CliContext::printLine(QStringLiteral("%1\t%2\t%3/%4\t%5\t%6")
                                  .arg(feed.id).arg(feed.title).arg(feed.unread).arg(feed.total)
                                  .arg(feedStatusName(feed.status), feed.url));
    return 0;
}

int listArticles(CliContext &context, Store &store, bool json)
{
    ArticleQuery query;
    query.limit = 1000000;
    const QStringList feedIds = context.takeOption(QStringLiteral("feed"));
    if (!feedIds.isEmpty()) {
        bool ok = false;
        query.feedId = feedIds.last().toLongLong(&ok);
        if (!ok || query.feedId <= 0)
            return CliContext::fail(CliContext::tr("--feed needs a feed id (see list feeds)."), 2);
    }
    query.unreadOnly = context.takeFlag(QStringLiteral("unread"));
    query.savedOnly = context.takeFlag(QStringLiteral("saved"));
    if (context.rejectUnknownOptions())
        return 2;
    const QList<Article> articles = store.articles(query);
    if (json) {
        QJsonArray array;
        for (const Article &article : articles)
            array.append(JsonFormat::articleSummary(article));
        CliContext::printJson(QJsonDocument(array));
        return 0;
    }
    for (const Article &article : articles)
        CliContext::printLine(QStringLiteral("%1\t%2\t%3").arg(article.id).arg(article.read ? u' ' : u'*').arg(article.title));
    return 0;
}
} // namespace

int runList(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    const QString what = context.takeFirstArgument();
    if (what != u"feeds" && what != u"articles")
        return CliContext::fail(CliContext::tr("list needs “feeds” or “articles”."), 2);
    if (what == u"feeds" && context.rejectUnknownOptions())
        return 2;
    Store *store = context.store();
    if (!store)
        return 1;
    return what == u"feeds" ? listFeeds(context, *store, json) : listArticles(context, *store, json);
}
