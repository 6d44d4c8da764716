#include "sync/greaderitems.h"

#include "feeds/parsedfeed.h"
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"
#include "refresh/entryprocessor.h"
#include "sync/greaderids.h"

#include <QJsonArray>
#include <QUrl>

namespace {
QString firstHref(const QJsonValue &links)
{
    for (const QJsonValue &link : links.toArray()) {
        const QString href = link.toObject().value(u"href").toString();
        if (!href.isEmpty())
            return href;
    }
    return {};
}

QDateTime secondsToTime(const QJsonValue &value)
{
    const qint64 seconds = value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

qint64 numberOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}
} // namespace

RemoteItem GReaderItems::fromJson(const QJsonObject &item)
{
    RemoteItem remote;
    ParsedEntry entry;
    entry.id = GReaderIds::toLongForm(item.value(u"id").toString());
    entry.link = firstHref(item.value(u"canonical"));
    if (entry.link.isEmpty())
        entry.link = firstHref(item.value(u"alternate"));
    // Titles are plain text; some servers escape them as HTML (decoded here unless the title holds a
    // literal '<', which a plain-text title may), and FreshRSS writes & < > in their full-width forms.
    const QString title = item.value(u"title").toString();
    const bool escaped = title.contains(u'&') && !title.contains(u'<');
    entry.title = GReaderIds::restoreTitle(escaped ? HtmlText::toPlainText(title) : title).simplified();
    entry.author = item.value(u"author").toString();
    entry.published = secondsToTime(item.value(u"published"));
    entry.updated = secondsToTime(item.value(u"updated"));
    const QUrl base(entry.link);
    entry.content = HtmlSanitizer::sanitize(item.value(u"content").toObject().value(u"content").toString(), base);
    entry.summary = HtmlSanitizer::sanitize(item.value(u"summary").toObject().value(u"content").toString(), base);
    for (const QJsonValue &enclosure : item.value(u"enclosure").toArray()) {
        const QJsonObject e = enclosure.toObject();
        const QString href = e.value(u"href").toString();
        if (!href.isEmpty())
            entry.enclosures.append({href, e.value(u"type").toString(), numberOf(e.value(u"length"))});
    }
    remote.article = EntryProcessor::toArticle(entry, QString());
    remote.article.guid = entry.id; // the server's id, even when empty (the caller skips such items)
    for (const QJsonValue &category : item.value(u"categories").toArray()) {
        const QString name = category.toString();
        if (name.endsWith(u"/state/com.google/read"))
            remote.article.read = true;
        else if (name.endsWith(u"/state/com.google/starred"))
            remote.article.saved = true;
    }
    const QJsonObject origin = item.value(u"origin").toObject();
    remote.origin.streamId = origin.value(u"streamId").toString();
    remote.origin.title = GReaderIds::restoreTitle(origin.value(u"title").toString());
    remote.origin.siteUrl = origin.value(u"htmlUrl").toString();
    if (remote.origin.streamId.startsWith(u"feed/http"))
        remote.origin.url = remote.origin.streamId.mid(5);
    remote.receivedUsec = numberOf(item.value(u"timestampUsec"));
    if (remote.receivedUsec <= 0)
        remote.receivedUsec = numberOf(item.value(u"crawlTimeMsec")) * 1000;
    return remote;
}
