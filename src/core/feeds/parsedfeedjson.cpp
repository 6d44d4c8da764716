#include "feeds/parsedfeedjson.h"

#include "feeds/dateparser.h"

#include <QJsonArray>

namespace ParsedFeedJson {
namespace {

QJsonValue date(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(DateParser::toIsoUtc(dt)) : QJsonValue(QJsonValue::Null);
}

/** A null QString must still print as "" (the contract says missing strings are empty). */
QJsonValue str(const QString &s)
{
    return s.isNull() ? QJsonValue(QStringLiteral("")) : QJsonValue(s);
}

} // namespace

QJsonObject toJson(const ParsedFeed &feed)
{
    QJsonObject head;
    head.insert(QLatin1StringView("title"), str(feed.title));
    head.insert(QLatin1StringView("link"), str(feed.link));
    head.insert(QLatin1StringView("subtitle"), str(feed.subtitle));
    head.insert(QLatin1StringView("language"), str(feed.language));
    head.insert(QLatin1StringView("updated"), date(feed.updated));
    head.insert(QLatin1StringView("author"), str(feed.author));
    head.insert(QLatin1StringView("image"), str(feed.image));
    head.insert(QLatin1StringView("generator"), str(feed.generator));
    head.insert(QLatin1StringView("rights"), str(feed.rights));

    QJsonArray entries;
    for (const ParsedEntry &e : feed.entries) {
        QJsonObject o;
        o.insert(QLatin1StringView("id"), str(e.id));
        o.insert(QLatin1StringView("title"), str(e.title));
        o.insert(QLatin1StringView("link"), str(e.link));
        o.insert(QLatin1StringView("author"), str(e.author));
        o.insert(QLatin1StringView("published"), date(e.published));
        o.insert(QLatin1StringView("updated"), date(e.updated));
        o.insert(QLatin1StringView("summary"), str(e.summary));
        o.insert(QLatin1StringView("content"), str(e.content));
        o.insert(QLatin1StringView("categories"), QJsonArray::fromStringList(e.categories));
        QJsonArray enclosures;
        for (const ParsedEnclosure &enc : e.enclosures) {
            QJsonObject eo;
            eo.insert(QLatin1StringView("url"), str(enc.url));
            eo.insert(QLatin1StringView("type"), str(enc.type));
            eo.insert(QLatin1StringView("length"), double(enc.length));
            enclosures.append(eo);
        }
        o.insert(QLatin1StringView("enclosures"), enclosures);
        o.insert(QLatin1StringView("comments"), str(e.comments));
        entries.append(o);
    }

    QJsonObject root;
    root.insert(QLatin1StringView("format"), str(feed.format));
    root.insert(QLatin1StringView("bozo"), feed.bozo);
    root.insert(QLatin1StringView("feed"), head);
    root.insert(QLatin1StringView("entries"), entries);
    return root;
}

} // namespace ParsedFeedJson
