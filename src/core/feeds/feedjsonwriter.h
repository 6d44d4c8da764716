// Writes the parse JSON of issue 3 (the shape `khulasa-cli parse` prints) while the feed streams
// through: each batch of entries is serialised on the sanitiser's worker threads and written in
// document order, so neither the feed nor its JSON is ever held whole. The feed's own fields are
// only final at the end of the document, so "feed", "format" and "bozo" follow "entries"; key order
// carries no meaning in JSON. ParsedFeedJson::toJson gives the same object for a ParsedFeed.
#pragma once

#include "feeds/feedsink.h"

#include <functional>

class FeedJsonWriter final : public FeedSink
{
public:
    using Output = std::function<void(QByteArrayView)>;

    explicit FeedJsonWriter(Output output) : m_output(std::move(output)) {}

    void prepare(QList<SanitizedEntry> &batch, QByteArray &rendered) const override;
    void consume(QList<SanitizedEntry> &&batch, QByteArray &&rendered) override;
    /** Writes the rest of the object (with a final newline) once the parse has returned `head`. */
    void finish(const ParsedFeed &head);

    /** One entry object, as it appears in "entries". */
    static void appendEntry(QByteArray &out, const ParsedEntry &entry, QByteArrayView summaryHtml,
                            QByteArrayView contentHtml);
    /** The "feed" object. */
    static void appendHead(QByteArray &out, const ParsedFeed &feed);
    /** A JSON string literal of UTF-8 text. */
    static void appendString(QByteArray &out, QByteArrayView utf8);

private:
    Output m_output;
    bool m_started = false;
};
