// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a ParsedFeed.
// HTML is left unsanitised, as with the XML reader; the caller runs the HTML stage.
#pragma once

#include "feeds/parsedfeed.h"
#include "feeds/pendingentry.h"
#include "util/result.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace JsonFeedReader {
/** Fails (before any entry) when the bytes are not JSON or not a JSON Feed. Entries go to
 *  `onEntry` in order; the result holds the feed's own fields. */
Result<ParsedFeed> read(const QByteArray &utf8, const QUrl &documentUrl, int maxEntries,
                        const std::function<void(PendingEntry &&)> &onEntry);
}
