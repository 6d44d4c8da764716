// Where a streaming parse delivers its entries: in document order, in batches, already sanitised,
// with summary and content as UTF-8 so that a writer (the CLI's JSON) needs no UTF-16 round trip
// and the whole feed never has to sit in memory at once.
#pragma once

#include "feeds/parsedfeed.h"

#include <QByteArray>
#include <QList>

struct SanitizedEntry
{
    ParsedEntry entry;      // summary and content are empty here; see the two below
    QByteArray summaryHtml; // sanitised HTML, UTF-8
    QByteArray contentHtml; // sanitised HTML, UTF-8
};

class FeedSink
{
public:
    virtual ~FeedSink() = default;
    /** Runs on a worker thread right after a batch is sanitised, batches concurrently: a place to do
     *  per-entry work in parallel (serialising, converting). Must touch nothing but its arguments. */
    virtual void prepare(QList<SanitizedEntry> &batch, QByteArray &rendered) const
    {
        Q_UNUSED(batch);
        Q_UNUSED(rendered);
    }
    /** Runs on the parsing thread, once per batch, in document order. */
    virtual void consume(QList<SanitizedEntry> &&batch, QByteArray &&rendered) = 0;
};
