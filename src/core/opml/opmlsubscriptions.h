// Applies an OPML list to the store (import) and describes the store as OPML (export).
// Importing the same list twice changes nothing: known URLs are skipped.
#pragma once

#include "opml/opmldocument.h"

class Store;

struct OpmlImportOutcome
{
    int added = 0;
    int alreadySubscribed = 0;
    QStringList rejected; // "url: reason" for entries that could not be added
};

namespace OpmlSubscriptions {
Result<OpmlImportOutcome> import(Store &store, const QByteArray &opml);
QByteArray exportAll(const Store &store);
}
