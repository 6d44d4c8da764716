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
    QString search;         // only articles matching this search text (see SearchQuery); still by date
    int limit = 500;
    int offset = 0;
};
