// Which articles the cache forgets: read ones after a while, unread ones after longer, saved ones
// never, and never the newest few of a feed (so a quiet feed does not go empty and a feed that keeps
// listing old entries does not bring them back as new ones right after a purge).
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

struct RetentionPolicy
{
    int readDays = 90;    // read articles older than this go; 0 keeps them for ever
    int unreadDays = 365; // unread articles older than this go; 0 keeps them for ever
    int keepPerFeed = 20; // the newest articles of each feed always stay
};

namespace Retention {
/** Deletes what the policy lets go (in one transaction; the search index follows by trigger) and
 *  returns how many articles went. An article's age counts from the later of its date and the
 *  time it was downloaded. */
Result<int> purge(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &now);
}
