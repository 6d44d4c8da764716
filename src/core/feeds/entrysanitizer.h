// The HTML stage of parsing: sanitises every entry's summary and content once, after the XML or
// JSON stage has collected them. Entries are independent, so large feeds use two threads.
#pragma once

#include "feeds/parsedfeed.h"

#include <QList>
#include <QUrl>

/** Where an entry's HTML must be resolved, kept beside the entry until it is sanitised. */
struct EntryHtmlBases
{
    QUrl summary;
    QUrl content;
    bool summaryFromContent = false; // no summary of its own: it repeats the content
};

namespace EntrySanitizer {
/** Sanitises summary and content of each entry in place; `bases` runs parallel to `entries`. */
void sanitizeAll(QList<ParsedEntry> &entries, const QList<EntryHtmlBases> &bases);
}
