#include "jsonformat.h"

#include <QJsonArray>

QJsonValue JsonFormat::time(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject JsonFormat::feed(const Feed &feed)
{
    return {
        {QStringLiteral("id"), feed.id},
        {QStringLiteral("title"), feed.title},
        {QStringLiteral("url"), feed.url},
        {QStringLiteral("site_url"), feed.siteUrl},
        {QStringLiteral("folder"), feed.folderName},
        {QStringLiteral("folder_id"), feed.folderId},
        {QStringLiteral("unread"), feed.unread},
        {QStringLiteral("total"), feed.total},
        // "gone" is reported as an error with its reason, so scripts see the four documented states.
        {QStringLiteral("status"), feed.status == FeedStatus::Gone ? QStringLiteral("error") : feedStatusName(feed.status)},
        {QStringLiteral("gone"), feed.status == FeedStatus::Gone},
        {QStringLiteral("error"), feed.error},
        {QStringLiteral("last_checked"), time(feed.lastChecked)},
        {QStringLiteral("direction"), feed.direction},
    };
}

QJsonObject JsonFormat::articleSummary(const Article &article)
{
    return {
        {QStringLiteral("id"), article.id},
        {QStringLiteral("feed_id"), article.feedId},
        {QStringLiteral("guid"), article.guid},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("url"), article.url},
        {QStringLiteral("author"), article.author},
        {QStringLiteral("published"), time(article.published)},
        {QStringLiteral("updated"), time(article.updated)},
        {QStringLiteral("read"), article.read},
        {QStringLiteral("saved"), article.saved},
        {QStringLiteral("direction"), article.direction},
    };
}

QJsonObject JsonFormat::account(const SyncAccount &account)
{
    return {
        {QStringLiteral("id"), account.id},
        {QStringLiteral("type"), account.type},
        {QStringLiteral("url"), account.url},
        {QStringLiteral("user"), account.user},
        {QStringLiteral("status"), accountStatusName(account.status)},
        {QStringLiteral("error"), account.error},
        {QStringLiteral("last_sync"), time(account.lastSync)},
    };
}

QJsonObject JsonFormat::articleFull(const Article &article)
{
    QJsonObject object = articleSummary(article);
    object.insert(QStringLiteral("content_html"), article.bodyHtml());
    object.insert(QStringLiteral("summary_html"), article.summaryHtml);
    object.insert(QStringLiteral("text"), article.text);
    QJsonArray enclosures;
    for (const ArticleEnclosure &e : article.enclosures)
        enclosures.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("type"), e.type},
                                      {QStringLiteral("length"), e.length}});
    object.insert(QStringLiteral("enclosures"), enclosures);
    return object;
}
