#include "feeds/feedparser.h"

#include "feeds/entrypipeline.h"
#include "feeds/feeddecoder.h"
#include "feeds/jsonfeedreader.h"
#include "feeds/xmlfeedreader.h"

#include <QHash>

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

/** Gathers the streamed entries back into a ParsedFeed, for callers that want the whole feed. */
class CollectingSink final : public FeedSink
{
public:
    void prepare(QList<SanitizedEntry> &batch, QByteArray &) const override
    {
        for (SanitizedEntry &e : batch) { // UTF-16 conversion on the worker threads
            e.entry.summary = QString::fromUtf8(e.summaryHtml);
            e.entry.content = QString::fromUtf8(e.contentHtml);
            e.summaryHtml.clear();
            e.contentHtml.clear();
        }
    }
    void consume(QList<SanitizedEntry> &&batch, QByteArray &&) override
    {
        for (SanitizedEntry &e : batch)
            entries.append(std::move(e.entry));
    }
    QList<ParsedEntry> entries;
};

} // namespace

Result<ParsedFeed> parse(QByteArrayView data, const FeedParseOptions &options, FeedSink &sink)
{
    if (data.size() > options.maxDocumentBytes)
        return Result<ParsedFeed>::failure(
            QStringLiteral("the document is larger than %1 MiB").arg(options.maxDocumentBytes / (1024 * 1024)));
    if (isBlank(data))
        return Result<ParsedFeed>::failure(QStringLiteral("not a feed: the document is empty"));

    // Valid UTF-8 is used in place (no copy); anything else is converted once.
    auto decoded = FeedDecoder::toUtf8(QByteArray::fromRawData(data.data(), data.size()), options.httpCharset);
    if (!decoded)
        return Result<ParsedFeed>::failure(decoded.error());
    const QByteArray &utf8 = decoded->utf8;

    // A thread is worth starting only when there is a lot of HTML to share out; small feeds (and
    // a refresh is mostly small feeds, fetched in parallel anyway) stay on the calling thread.
    constexpr qsizetype ParallelFromBytes = 2 * 1024 * 1024;
    const int threads = options.sanitizerThreads >= 0 ? options.sanitizerThreads
                      : utf8.size() >= ParallelFromBytes ? -1 : 0;
    EntryPipeline pipeline(sink, threads);
    const auto onEntry = [&pipeline, &options](PendingEntry &&pending) {
        ParsedEntry &e = pending.entry;
        size_t seed = qHash(pending.content, 0);
        seed = qHash(pending.summary, seed);
        seed = qHash(e.title, seed);
        e.contentHash = quint64(qHash(e.link, seed));
        if (options.skipEntry && options.skipEntry(e))
            return;
        pipeline.add(std::move(pending));
    };
    Result<ParsedFeed> result = Result<ParsedFeed>::failure(QString());
    if (firstSignificant(utf8) == '{') {
        result = JsonFeedReader::read(utf8, options.documentUrl, options.maxEntries, onEntry);
    } else {
        XmlFeedReader::Limits limits;
        limits.maxEntries = options.maxEntries;
        limits.xml.maxDepth = options.maxDepth;
        limits.xml.maxAttributeLength = options.maxAttributeLength;
        XmlFeedReader reader(utf8, options.documentUrl, limits, onEntry);
        result = reader.read();
    }
    pipeline.finish();
    if (!result)
        return result;

    ParsedFeed &feed = result.value();
    if (decoded->repaired) {
        if (!feed.bozo)
            feed.bozoMessage = decoded->note;
        feed.bozo = true;
    }
    return result;
}

Result<ParsedFeed> parse(const QByteArray &data, const FeedParseOptions &options)
{
    CollectingSink sink;
    Result<ParsedFeed> result = parse(QByteArrayView(data), options, sink);
    if (result)
        result.value().entries = std::move(sink.entries);
    return result;
}

} // namespace FeedParser
