// An entry between the two stages of parsing: its small fields final, its summary and content
// still raw UTF-8 HTML with the base each must be resolved against. The HTML stage (EntryPipeline)
// turns it into a SanitizedEntry, possibly on another thread.
#pragma once

#include "feeds/parsedfeed.h"

#include <QByteArray>
#include <QUrl>

struct PendingEntry
{
    ParsedEntry entry;  // summary and content left empty
    QByteArray summary; // raw HTML, UTF-8
    QByteArray content; // raw HTML, UTF-8
    QUrl summaryBase;
    QUrl contentBase;
    bool summaryFromContent = false; // no summary of its own: it repeats the content
};
