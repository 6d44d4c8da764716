// JSON shapes printed by the CLI. They are public contracts: fields may be added, never renamed or dropped.
#pragma once

#include "model/article.h"
#include "model/feed.h"
#include "model/syncaccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace JsonFormat {
/** "2004-01-01T19:48:21Z", or null for an invalid time. */
QJsonValue time(const QDateTime &time);
QJsonObject feed(const Feed &feed);
QJsonObject articleSummary(const Article &article);
/** {id, type, url, user, status: "ok"|"error"|"never", error, last_sync} */
QJsonObject account(const SyncAccount &account);
/** The summary fields plus the bodies: content_html (the richest sanitised HTML), summary_html, text
 *  and enclosures. */
QJsonObject articleFull(const Article &article);
}
