// Entry point of feed parsing: bytes in, ParsedFeed out. Detects the format (RSS 0.9x/1.0/2.0,
// Atom 0.3/1.0, JSON Feed 1.0/1.1), decodes the text, resolves URLs and sanitises HTML.
// Pure: no I/O, no global state, safe to call from several threads at once.
#pragma once

#include "feeds/feedsink.h"
#include "feeds/parsedfeed.h"
#include "util/result.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

struct FeedParseOptions
{
    QUrl documentUrl;     // where the bytes came from; base for relative links
    QByteArray httpCharset; // charset parameter of the HTTP Content-Type, empty if none

    // Limits against hostile or broken documents; passing one is an error or sets bozo.
    qsizetype maxDocumentBytes = qsizetype(128) * 1024 * 1024; // larger: refused
    int maxEntries = 50000;          // more: the rest ignored, bozo
    int maxDepth = 256;              // deeper nesting: the rest ignored, bozo
    qsizetype maxAttributeLength = qsizetype(1) << 20; // longer attribute values dropped, bozo
    int sanitizerThreads = -1;       // worker threads for the HTML stage; -1: one per spare CPU for large documents

    /** Called on the parsing thread for each entry before its HTML is sanitised, with id, link,
     *  title and contentHash set: returning true drops the entry unsanitised. A refresh passes
     *  "the store already has this id with this hash", so an unchanged feed costs about the XML
     *  stage alone. */
    std::function<bool(const ParsedEntry &entry)> skipEntry;
};

namespace FeedParser {
/** Parses a feed document. Fails (with a message a person understands) when it is not a feed. */
Result<ParsedFeed> parse(const QByteArray &data, const FeedParseOptions &options = {});

/** Streams a feed document: entries reach `sink` in batches while the document is still being read,
 *  so a large feed never sits in memory whole. The result holds the feed's own fields, bozo and
 *  format, and no entries. On failure (not a feed) the sink has received nothing. `data` need not
 *  own its bytes (a memory-mapped file will do). */
Result<ParsedFeed> parse(QByteArrayView data, const FeedParseOptions &options, FeedSink &sink);
}
