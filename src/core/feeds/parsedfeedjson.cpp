#include "feeds/parsedfeedjson.h"

#include "feeds/feedjsonwriter.h"

#include <QJsonDocument>

namespace ParsedFeedJson {

QJsonObject toJson(const ParsedFeed &feed)
{
    // One serialiser for both forms, so the streamed JSON and this object can never disagree.
    QByteArray json = "{\"format\":";
    FeedJsonWriter::appendString(json, feed.format.toUtf8());
    json.append(",\"bozo\":");
    json.append(feed.bozo ? "true" : "false");
    json.append(",\"feed\":");
    FeedJsonWriter::appendHead(json, feed);
    json.append(",\"entries\":[");
    for (qsizetype i = 0; i < feed.entries.size(); ++i) {
        if (i > 0)
            json.append(',');
        const ParsedEntry &e = feed.entries[i];
        FeedJsonWriter::appendEntry(json, e, e.summary.toUtf8(), e.content.toUtf8());
    }
    json.append("]}");
    return QJsonDocument::fromJson(json).object();
}

} // namespace ParsedFeedJson
