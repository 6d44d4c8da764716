// The Store's sync part (issue 11): accounts, the feeds they deliver, the server's read/starred state
// and the durable queue of changes made here. Declared in store.h's "Sync accounts" section.
#include "store/store.h"

#include "store/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QDateTime timeFromColumn(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nonNullText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

const char *kindName(SyncChange::Kind kind)
{
    switch (kind) {
    case SyncChange::Kind::Read: return "read";
    case SyncChange::Kind::Saved: return "saved";
    case SyncChange::Kind::Unsubscribe: return "unsubscribe";
    case SyncChange::Kind::Rename: return "rename";
    case SyncChange::Kind::MarkAllRead: return "mark_all_read";
    }
    return "read";
}

SyncChange::Kind kindFromName(const QString &name)
{
    for (auto kind : {SyncChange::Kind::Saved, SyncChange::Kind::Unsubscribe, SyncChange::Kind::Rename,
                      SyncChange::Kind::MarkAllRead}) {
        if (name == QLatin1StringView(kindName(kind)))
            return kind;
    }
    return SyncChange::Kind::Read;
}

const QString kAccountColumns =
    QStringLiteral("id, type, url, user, status, error, last_sync, state_synced, items_cursor FROM accounts");

SyncAccount accountFromRow(const QSqlQuery &q)
{
    SyncAccount account;
    account.id = q.value(0).toLongLong();
    account.type = q.value(1).toString();
    account.url = q.value(2).toString();
    account.user = q.value(3).toString();
    const QString status = q.value(4).toString();
    account.status = status == u"ok" ? AccountStatus::Ok : status == u"error" ? AccountStatus::Error : AccountStatus::Never;
    account.error = q.value(5).toString();
    account.lastSync = timeFromColumn(q.value(6));
    account.stateSynced = timeFromColumn(q.value(7));
    account.itemsCursor = q.value(8).toLongLong();
    return account;
}

// Runs `sql` with positional values; false (and the reason in `error`) when it fails.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error = nullptr)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// A server state column compared with what a temp table of ids says; see applyRemoteState.
struct StateField
{
    const char *column;       // articles.read / articles.saved
    const char *remoteColumn; // what the server had when last seen
    const char *kind;         // sync_changes.kind
    const char *serverValue;  // SQL for the server's value of article `a`
};
} // namespace

Result<qint64> Store::addAccount(const QString &type, const QString &url, const QString &user)
{
    QSqlQuery q(m_database->connection());
    if (!run(q, QStringLiteral("SELECT id FROM accounts WHERE type = ? AND url = ? AND user = ?"), {type, url, user}))
        return Result<qint64>::failure(q.lastError().text());
    if (q.next())
        return Result<qint64>::failure(tr("There is already an account for %1 on %2 (id %3).").arg(user, url).arg(q.value(0).toLongLong()));
    QString error;
    if (!run(q, QStringLiteral("INSERT INTO accounts(type, url, user, added) VALUES(?, ?, ?, ?)"),
             {type, url, user, QDateTime::currentMSecsSinceEpoch()}, &error))
        return Result<qint64>::failure(tr("Cannot add the account: %1").arg(error));
    return q.lastInsertId().toLongLong();
}

QList<SyncAccount> Store::accounts() const
{
    QList<SyncAccount> result;
    QSqlQuery q(m_database->connection());
    if (q.exec(u"SELECT " + kAccountColumns + u" ORDER BY id")) {
        while (q.next())
            result.append(accountFromRow(q));
    }
    return result;
}

std::optional<SyncAccount> Store::account(qint64 accountId) const
{
    QSqlQuery q(m_database->connection());
    if (!run(q, u"SELECT " + kAccountColumns + u" WHERE id = ?", {accountId}) || !q.next())
        return std::nullopt;
    return accountFromRow(q);
}

bool Store::removeAccount(qint64 accountId)
{
    // feeds → articles and sync_changes go with it (ON DELETE CASCADE).
    QSqlQuery q(m_database->connection());
    return run(q, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {accountId}) && q.numRowsAffected() == 1;
}

bool Store::recordAccountSync(qint64 accountId, AccountStatus status, const QString &error)
{
    QSqlQuery q(m_database->connection());
    return run(q, QStringLiteral("UPDATE accounts SET status = ?, error = ?, last_sync = ? WHERE id = ?"),
               {accountStatusName(status), nonNullText(error), QDateTime::currentMSecsSinceEpoch(), accountId});
}

bool Store::setAccountCursor(qint64 accountId, qint64 itemsCursor)
{
    return setColumn("accounts", "items_cursor", accountId, itemsCursor);
}

Result<qint64> Store::ensureAccountFeed(qint64 accountId, const RemoteFeed &feed)
{
    using R = Result<qint64>;
    QSqlQuery q(m_database->connection());
    QString error;
    qint64 folderId = 0;
    if (!feed.folder.trimmed().isEmpty()) {
        auto folder = ensureFolder(feed.folder);
        if (!folder)
            return R::failure(folder.error());
        folderId = *folder;
    }
    const QVariant folder = folderId > 0 ? QVariant(folderId) : QVariant(QMetaType(QMetaType::LongLong));
    if (!run(q, QStringLiteral("SELECT id FROM feeds WHERE account_id = ? AND remote_id = ?"), {accountId, feed.streamId}, &error))
        return R::failure(error);
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        // A rename made here and not yet confirmed keeps its title until the server has it.
        if (!run(q, QStringLiteral("UPDATE feeds SET folder_id = ?, site_url = ?, title = CASE WHEN EXISTS "
                                   "(SELECT 1 FROM sync_changes WHERE account_id = ? AND kind = 'rename' AND target = ?) "
                                   "THEN title ELSE ? END WHERE id = ? AND NOT (folder_id IS ? AND site_url = ? AND title = ?)"),
                 {folder, nonNullText(feed.siteUrl), accountId, feed.streamId, nonNullText(feed.title), id, folder,
                  nonNullText(feed.siteUrl), nonNullText(feed.title)}, &error))
            return R::failure(error);
        return id;
    }
    // feeds.url is unique: a feed also subscribed locally (or by another account) gets a marked copy.
    QString url = feed.url.isEmpty() ? feed.streamId : feed.url;
    if (feedIdByUrl(url))
        url += QStringLiteral("#account-%1").arg(accountId);
    if (!run(q, QStringLiteral("INSERT INTO feeds(url, title, site_url, folder_id, status, added, account_id, remote_id) "
                               "VALUES(?, ?, ?, ?, 'ok', ?, ?, ?)"),
             {url, nonNullText(feed.title), nonNullText(feed.siteUrl), folder, QDateTime::currentMSecsSinceEpoch(),
              accountId, feed.streamId}, &error))
        return R::failure(tr("Cannot add the feed %1: %2").arg(feed.title, error));
    return q.lastInsertId().toLongLong();
}

Result<QHash<QString, qint64>> Store::replaceAccountFeeds(qint64 accountId, const QList<RemoteFeed> &feeds)
{
    using R = Result<QHash<QString, qint64>>;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return R::failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    QHash<QString, qint64> ids;
    for (const RemoteFeed &feed : feeds) {
        auto id = ensureAccountFeed(accountId, feed);
        if (!id) {
            db.rollback();
            return R::failure(id.error());
        }
        ids.insert(feed.streamId, *id);
    }
    QSqlQuery existing(db);
    QList<qint64> gone;
    if (run(existing, QStringLiteral("SELECT id, remote_id FROM feeds f WHERE account_id = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM articles a WHERE a.feed_id = f.id AND a.saved = 1)"), {accountId})) {
        while (existing.next()) {
            if (!ids.contains(existing.value(1).toString()))
                gone.append(existing.value(0).toLongLong());
        }
    }
    QSqlQuery remove(db);
    for (qint64 id : std::as_const(gone))
        run(remove, QStringLiteral("DELETE FROM feeds WHERE id = ?"), {id}); // not removeFeed: nothing to queue
    if (!db.commit())
        return R::failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    return ids;
}

QSet<QString> Store::accountItemIds(qint64 accountId) const
{
    QSet<QString> ids;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (run(q, QStringLiteral("SELECT a.guid FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.account_id = ?"), {accountId})) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

Result<BatchOutcome> Store::storeAccountArticles(const QHash<qint64, QList<Article>> &articlesByFeed)
{
    // One transaction per feed (storeArticles): the engine collects many items per feed before writing.
    BatchOutcome total;
    for (auto it = articlesByFeed.cbegin(); it != articlesByFeed.cend(); ++it) {
        auto stored = storeArticles(it.key(), it.value());
        if (!stored)
            return stored;
        total.added += stored->added;
        total.updated += stored->updated;
        total.unchanged += stored->unchanged;
    }
    return total;
}

Status Store::applyRemoteState(qint64 accountId, const RemoteState &state, const QDateTime &observedAt)
{
    using R = Status;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return R::failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    QString error;
    auto fail = [&] {
        db.rollback();
        return R::failure(tr("Cannot store the server's read and starred state: %1").arg(error));
    };
    // The server's ids go into temp tables so the whole rule runs as a few set-based statements.
    auto loadIds = [&](const char *table, const QStringList &ids) {
        const QString name = QLatin1StringView(table);
        if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS " + name + u"(id TEXT PRIMARY KEY)") || !q.exec(u"DELETE FROM " + name)) {
            error = q.lastError().text();
            return false;
        }
        q.prepare(u"INSERT OR IGNORE INTO " + name + u"(id) VALUES(?)");
        q.addBindValue(QVariantList(ids.cbegin(), ids.cend()));
        if (!q.execBatch()) {
            error = q.lastError().text();
            return false;
        }
        return true;
    };
    const QString accountArticles = QStringLiteral("feed_id IN (SELECT id FROM feeds WHERE account_id = %1)").arg(accountId);
    const StateField fields[] = {
        {"read", "remote_read", "read", "(a.guid NOT IN (SELECT id FROM temp.sync_unread))"},
        {"saved", "remote_saved", "saved", "(a.guid IN (SELECT id FROM temp.sync_starred))"},
    };
    for (const StateField &field : fields) {
        const bool isRead = QLatin1StringView(field.kind) == u"read";
        if (!(isRead ? state.unreadComplete : state.starredComplete))
            continue; // a partial list would wrongly flip everything it misses
        if (!loadIds(isRead ? "sync_unread" : "sync_starred", isRead ? state.unreadIds : state.starredIds))
            return fail();
        const QString kind = QLatin1StringView(field.kind);
        const QString server = QLatin1StringView(field.serverValue);
        const QString remote = QLatin1StringView(field.remoteColumn);
        const QString column = QLatin1StringView(field.column);
        const QString changeOf = QStringLiteral("(SELECT 1 FROM articles a JOIN feeds f ON f.id = a.feed_id "
                                                "WHERE f.account_id = c.account_id AND a.guid = c.target AND ");
        // 1. Nothing to send: the server already has what the change asks for.
        if (!run(q, u"DELETE FROM sync_changes AS c WHERE account_id = ? AND kind = ? AND EXISTS " + changeOf
                        + server + u" = c.value)", {accountId, kind}, &error))
            return fail();
        // 2. Every other article takes the server's state; all remember what the server has now.
        // Only rows that change are written: an incremental sync touches next to nothing.
        const QString wanted = u"CASE WHEN EXISTS (SELECT 1 FROM sync_changes c WHERE c.account_id = " + QString::number(accountId)
                               + u" AND c.kind = '" + kind + u"' AND c.target = a.guid) THEN a." + column + u" ELSE " + server + u" END";
        if (!run(q, u"UPDATE articles AS a SET " + remote + u" = " + server + u", " + column + u" = " + wanted + u" WHERE a."
                        + accountArticles + u" AND (a." + remote + u" IS NOT " + server + u" OR a." + column + u" <> " + wanted + u")",
                 {}, &error))
            return fail();
    }
    if (!run(q, QStringLiteral("UPDATE accounts SET state_synced = ? WHERE id = ?"), {observedAt.toMSecsSinceEpoch(), accountId}, &error))
        return fail();
    if (!db.commit())
        return R::failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    return {};
}

QList<SyncChange> Store::pendingChanges(qint64 accountId, int limit) const
{
    QList<SyncChange> changes;
    QSqlQuery q(m_database->connection());
    if (!run(q, QStringLiteral("SELECT id, kind, target, value, argument, changed, attempts FROM sync_changes "
                               "WHERE account_id = ? AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY id LIMIT ?"),
             {accountId, QDateTime::currentMSecsSinceEpoch(), limit}))
        return changes;
    while (q.next()) {
        SyncChange change;
        change.id = q.value(0).toLongLong();
        change.kind = kindFromName(q.value(1).toString());
        change.target = q.value(2).toString();
        change.value = q.value(3).toBool();
        change.argument = q.value(4).toString();
        change.changed = timeFromColumn(q.value(5));
        change.attempts = q.value(6).toInt();
        changes.append(change);
    }
    return changes;
}

int Store::pendingChangeCount(qint64 accountId) const
{
    QSqlQuery q(m_database->connection());
    return run(q, QStringLiteral("SELECT count(*) FROM sync_changes WHERE account_id = ?"), {accountId}) && q.next()
               ? q.value(0).toInt() : 0;
}

bool Store::confirmChanges(qint64 accountId, const QList<SyncChange> &changes)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return false;
    QSqlQuery remove(db), remember(db);
    for (const SyncChange &change : changes) {
        // A change made again while this one was on its way has a newer time and stays queued.
        run(remove, QStringLiteral("DELETE FROM sync_changes WHERE id = ? AND changed = ?"),
            {change.id, change.changed.toMSecsSinceEpoch()});
        if (change.kind == SyncChange::Kind::Read || change.kind == SyncChange::Kind::Saved) {
            const QString column = change.kind == SyncChange::Kind::Read ? QStringLiteral("remote_read") : QStringLiteral("remote_saved");
            run(remember, u"UPDATE articles SET " + column + u" = ? WHERE guid = ? AND feed_id IN "
                              u"(SELECT id FROM feeds WHERE account_id = ?)", {change.value ? 1 : 0, change.target, accountId});
        }
    }
    return db.commit();
}

bool Store::deferChanges(const QList<SyncChange> &changes, const QString &error)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const SyncChange &change : changes) {
        // Back-off: a minute after the first refusal, doubling, at most six hours.
        const qint64 wait = qMin<qint64>(6 * 3600 * 1000, 60000LL << qMin(change.attempts, 10));
        run(q, QStringLiteral("UPDATE sync_changes SET attempts = attempts + 1, next_attempt = ?, error = ? WHERE id = ?"),
            {now + wait, nonNullText(error), change.id});
    }
    return db.commit();
}

bool Store::markFeedRead(qint64 feedId)
{
    const std::optional<Feed> target = feed(feedId);
    if (!target)
        return false;
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    bool ok = run(q, QStringLiteral("UPDATE articles SET read = 1 WHERE feed_id = ? AND read = 0"), {feedId});
    if (ok && target->accountId > 0) {
        // The server marks everything it received up to now; single queued read changes become moot.
        const qint64 nowUsec = QDateTime::currentMSecsSinceEpoch() * 1000;
        ok = queueFeedChange(feedId, "mark_all_read", QString::number(nowUsec));
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Store::setArticleFlag(const char *column, qint64 articleId, bool value)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return false;
    if (!setColumn("articles", column, articleId, value ? 1 : 0)) {
        db.rollback();
        return false;
    }
    // Only an account's article queues a change; for a local one the SELECT finds nothing.
    QSqlQuery q(db);
    const bool queued = run(q, QStringLiteral(
        "INSERT INTO sync_changes(account_id, kind, target, value, changed) "
        "SELECT f.account_id, ?, a.guid, ?, ? FROM articles a JOIN feeds f ON f.id = a.feed_id "
        "WHERE a.id = ? AND f.account_id IS NOT NULL "
        "ON CONFLICT(account_id, kind, target) DO UPDATE SET value = excluded.value, changed = excluded.changed, "
        "attempts = 0, next_attempt = NULL, error = ''"),
        {QString::fromLatin1(column), value ? 1 : 0, QDateTime::currentMSecsSinceEpoch(), articleId});
    if (!queued) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Store::queueFeedChange(qint64 feedId, const char *kind, const QString &argument)
{
    QSqlQuery q(m_database->connection());
    return run(q, QStringLiteral(
        "INSERT INTO sync_changes(account_id, kind, target, argument, changed) "
        "SELECT account_id, ?, remote_id, ?, ? FROM feeds WHERE id = ? AND account_id IS NOT NULL "
        "ON CONFLICT(account_id, kind, target) DO UPDATE SET argument = excluded.argument, changed = excluded.changed, "
        "attempts = 0, next_attempt = NULL, error = ''"),
        {QString::fromLatin1(kind), nonNullText(argument), QDateTime::currentMSecsSinceEpoch(), feedId});
}
