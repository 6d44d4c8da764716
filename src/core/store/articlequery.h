// Which articles a list shows: the smart views (all, unread, saved, today) and a feed or folder.
#pragma once

#include <QString>

struct ArticleQuery
{
    qint64 feedId = 0;   // 0: any feed
    qint64 folderId = 0; // 0: any folder
    bool unreadOnly = false;
    bool savedOnly = false;
    bool todayOnly = false; // articles from the last 24 hours
    QString search;         // only articles matching this search text (see SearchQuery), the newest
                            // ArticleSearch::kListWindow of them; still by date
    int limit = 500;
    int offset = 0;
    // Keyset paging: only articles after this one in the list's order (sort_time DESC, id DESC);
    // unlike an offset, the cost of a page does not grow with how far the list was scrolled.
    qint64 afterSortTime = 0;
    qint64 afterId = 0; // 0: from the top
};
