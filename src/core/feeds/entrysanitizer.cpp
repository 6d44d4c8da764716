#include "feeds/entrysanitizer.h"

#include "html/htmlsanitizer.h"

#include <thread>

namespace EntrySanitizer {
namespace {

void sanitizeRange(ParsedEntry *entries, const EntryHtmlBases *bases, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        ParsedEntry &e = entries[i];
        const EntryHtmlBases &b = bases[i];
        if (!e.content.isEmpty())
            e.content = HtmlSanitizer::sanitize(e.content, b.content);
        if (b.summaryFromContent)
            e.summary = e.content;
        else if (!e.summary.isEmpty())
            e.summary = HtmlSanitizer::sanitize(e.summary, b.summary);
    }
}

} // namespace

void sanitizeAll(QList<ParsedEntry> &entries, const QList<EntryHtmlBases> &bases)
{
    Q_ASSERT(entries.size() == bases.size());
    const qsizetype n = qMin(entries.size(), bases.size());
    qint64 bytes = 0;
    for (qsizetype i = 0; i < n; ++i)
        bytes += entries[i].summary.size() + entries[i].content.size();
    // Raw pointers: the two threads must never call QList's detaching accessors concurrently.
    ParsedEntry *data = entries.data();
    const EntryHtmlBases *baseData = bases.constData();
    // A thread costs tens of microseconds; only worth it when there is real HTML to parse.
    if (bytes < 256 * 1024 || std::thread::hardware_concurrency() < 2) {
        sanitizeRange(data, baseData, 0, n);
        return;
    }
    // Split by bytes, not by count: a few long entries can dominate a feed.
    qint64 half = 0;
    qsizetype split = 0;
    while (split < n && half < bytes / 2) {
        half += entries[split].summary.size() + entries[split].content.size();
        ++split;
    }
    std::thread worker([data, baseData, split, n] { sanitizeRange(data, baseData, split, n); });
    sanitizeRange(data, baseData, 0, split);
    worker.join();
}

} // namespace EntrySanitizer
