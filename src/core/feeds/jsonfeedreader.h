// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a ParsedFeed.
// HTML is left unsanitised, as with the XML reader; the caller runs the HTML stage.
#pragma once

#include "feeds/entrysanitizer.h"
#include "feeds/parsedfeed.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace JsonFeedReader {
/** Fails when the bytes are not JSON or not a JSON Feed. `bases` receives one item per entry. */
Result<ParsedFeed> read(const QByteArray &utf8, const QUrl &documentUrl, int maxEntries,
                        QList<EntryHtmlBases> &bases);
}
