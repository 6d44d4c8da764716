#include "feeds/feedparser.h"

#include "feeds/entrysanitizer.h"
#include "feeds/feeddecoder.h"
#include "feeds/jsonfeedreader.h"
#include "feeds/xmlfeedreader.h"

namespace FeedParser {
namespace {

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\0')
            return false;
    }
    return true;
}

/** First character that is not white space, a BOM-less junk byte being kept as is. */
char firstSignificant(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return c;
    }
    return '\0';
}

} // namespace

Result<ParsedFeed> parse(const QByteArray &data, const FeedParseOptions &options)
{
    if (data.size() > options.maxDocumentBytes)
        return Result<ParsedFeed>::failure(
            QStringLiteral("the document is larger than %1 MiB").arg(options.maxDocumentBytes / (1024 * 1024)));
    if (isBlank(data))
        return Result<ParsedFeed>::failure(QStringLiteral("not a feed: the document is empty"));

    auto decoded = FeedDecoder::toUtf8(data, options.httpCharset);
    if (!decoded)
        return Result<ParsedFeed>::failure(decoded.error());
    const QByteArray &utf8 = decoded->utf8;

    QList<EntryHtmlBases> bases;
    Result<ParsedFeed> result = Result<ParsedFeed>::failure(QString());
    if (firstSignificant(utf8) == '{') {
        result = JsonFeedReader::read(utf8, options.documentUrl, options.maxEntries, bases);
    } else {
        XmlFeedReader::Limits limits;
        limits.maxEntries = options.maxEntries;
        limits.xml.maxDepth = options.maxDepth;
        limits.xml.maxAttributeLength = options.maxAttributeLength;
        XmlFeedReader reader(utf8, options.documentUrl, limits);
        result = reader.read();
        if (result)
            bases = reader.htmlBases();
    }
    if (!result)
        return result;

    ParsedFeed &feed = result.value();
    if (decoded->repaired) {
        if (!feed.bozo)
            feed.bozoMessage = decoded->note;
        feed.bozo = true;
    }
    EntrySanitizer::sanitizeAll(feed.entries, bases);
    return result;
}

} // namespace FeedParser
