// Items of stream/items/contents turned into the articles the store keeps: the same sanitiser and
// entry processing as a local feed's entries, with the server's long-form item id as the guid.
#pragma once

#include "model/article.h"
#include "model/syncaccount.h"

#include <QJsonObject>

struct RemoteItem
{
    Article article;   // guid = long-form item id; read/saved from the item's categories
    RemoteFeed origin; // the stream the item came from
    qint64 receivedUsec = 0; // the server's receive time (timestampUsec / crawlTimeMsec)
};

namespace GReaderItems {
/** An item of a contents answer; an item without a usable id gives an article with an empty guid. */
RemoteItem fromJson(const QJsonObject &item);
}
