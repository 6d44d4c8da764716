#include "feeds/jsonfeedreader.h"

#include "feeds/dateparser.h"
#include "feeds/feedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace JsonFeedReader {
namespace {

QString string(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // ids are sometimes numbers despite the spec
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

/** 1.1 "authors" array first, then the 1.0 "author" object. */
QString authorOf(const QJsonObject &o)
{
    QJsonObject author;
    const QJsonArray authors = o.value(QLatin1StringView("authors")).toArray();
    if (!authors.isEmpty())
        author = authors.first().toObject();
    else
        author = o.value(QLatin1StringView("author")).toObject();
    const QString name = string(author, QLatin1StringView("name")).simplified();
    return name;
}

} // namespace

Result<ParsedFeed> read(const QByteArray &utf8, const QUrl &documentUrl, int maxEntries,
                        const std::function<void(PendingEntry &&)> &onEntry)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<ParsedFeed>::failure(
            QStringLiteral("not a feed: invalid JSON at offset %1 (%2)").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    const QString version = string(root, QLatin1StringView("version"));
    if (!doc.isObject() || !version.contains(u"jsonfeed.org/version/"))
        return Result<ParsedFeed>::failure(QStringLiteral("not a feed: a JSON document that is not a JSON Feed"));

    ParsedFeed feed;
    feed.format = version.contains(u"version/1.1") ? QStringLiteral("json11") : QStringLiteral("json10");
    const QUrl feedUrl = documentUrl.isEmpty() ? QUrl(string(root, QLatin1StringView("feed_url"))) : documentUrl;
    feed.title = string(root, QLatin1StringView("title")).simplified();
    feed.link = FeedText::resolveUrl(string(root, QLatin1StringView("home_page_url")), feedUrl);
    feed.subtitle = string(root, QLatin1StringView("description")).trimmed();
    feed.language = string(root, QLatin1StringView("language")).trimmed();
    feed.author = authorOf(root);
    feed.image = FeedText::resolveUrl(string(root, QLatin1StringView("icon")), feedUrl);
    if (feed.image.isEmpty())
        feed.image = FeedText::resolveUrl(string(root, QLatin1StringView("favicon")), feedUrl);

    const QJsonArray items = root.value(QLatin1StringView("items")).toArray();
    int count = 0;
    for (const QJsonValue &value : items) {
        if (count >= maxEntries) {
            feed.bozo = true;
            feed.bozoMessage = QStringLiteral("more than %1 entries; the rest were ignored").arg(maxEntries);
            break;
        }
        const QJsonObject item = value.toObject();
        PendingEntry pending;
        pending.summaryBase = pending.contentBase = feedUrl;
        ParsedEntry &e = pending.entry;
        e.id = string(item, QLatin1StringView("id")).trimmed();
        e.link = FeedText::resolveUrl(string(item, QLatin1StringView("url")), feedUrl);
        if (e.link.isEmpty())
            e.link = FeedText::resolveUrl(string(item, QLatin1StringView("external_url")), feedUrl);
        if (e.id.isEmpty())
            e.id = e.link;
        const QString title = string(item, QLatin1StringView("title"));
        e.title = FeedText::looksLikeHtml(title) ? FeedText::plainFromHtml(title) : FeedText::foldWhitespace(title);
        e.author = authorOf(item);
        if (e.author.isEmpty())
            e.author = feed.author;
        e.published = DateParser::parseIso8601(string(item, QLatin1StringView("date_published")));
        e.updated = DateParser::parseIso8601(string(item, QLatin1StringView("date_modified")));
        QString content = string(item, QLatin1StringView("content_html"));
        if (content.isEmpty())
            content = string(item, QLatin1StringView("content_text")).toHtmlEscaped();
        pending.content = content.toUtf8();
        pending.summary = string(item, QLatin1StringView("summary")).toHtmlEscaped().toUtf8();
        if (pending.summary.isEmpty() && !pending.content.isEmpty())
            pending.summaryFromContent = true;
        const QJsonArray tags = item.value(QLatin1StringView("tags")).toArray();
        for (const QJsonValue &tag : tags) {
            const QString t = tag.toString().trimmed();
            if (!t.isEmpty() && !e.categories.contains(t))
                e.categories.append(t);
        }
        const QJsonArray attachments = item.value(QLatin1StringView("attachments")).toArray();
        for (const QJsonValue &a : attachments) {
            const QJsonObject att = a.toObject();
            ParsedEnclosure enclosure;
            enclosure.url = FeedText::resolveUrl(string(att, QLatin1StringView("url")), feedUrl);
            enclosure.type = string(att, QLatin1StringView("mime_type")).trimmed();
            enclosure.length = qMax<qint64>(0, qint64(att.value(QLatin1StringView("size_in_bytes")).toDouble()));
            if (!enclosure.url.isEmpty())
                e.enclosures.append(enclosure);
        }
        e.image = FeedText::resolveUrl(string(item, QLatin1StringView("image")), feedUrl);
        if (e.image.isEmpty())
            e.image = FeedText::resolveUrl(string(item, QLatin1StringView("banner_image")), feedUrl);
        e.language = string(item, QLatin1StringView("language")).trimmed();
        ++count;
        onEntry(std::move(pending));
    }
    return feed;
}

} // namespace JsonFeedReader
