#include "store/store.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace {
QVariant toColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QString enclosuresToJson(const QList<ArticleEnclosure> &enclosures)
{
    if (enclosures.isEmpty())
        return QStringLiteral("");
    QJsonArray array;
    for (const ArticleEnclosure &e : enclosures)
        array.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("type"), e.type},
                                 {QStringLiteral("length"), e.length}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ArticleEnclosure> enclosuresFromJson(const QString &json)
{
    QList<ArticleEnclosure> enclosures;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        enclosures.append({o.value(u"url").toString(), o.value(u"type").toString(),
                           qint64(o.value(u"length").toDouble())});
    }
    return enclosures;
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDateTime fromColumn(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString kFeedColumns = QStringLiteral(
    "f.id, f.folder_id, coalesce(fo.name, ''), f.url, f.title, f.site_url, f.direction, f.status, f.error, "
    "f.last_checked, f.etag, f.last_modified, f.body_hash, "
    "coalesce(fc.unread, 0), coalesce(fc.total, 0), f.kind, f.auth_user, f.failures, f.next_attempt, "
    "f.refresh_minutes, f.ttl_minutes, f.icon_file, f.notify, coalesce(f.account_id, 0), f.full_article_mode");

// Counts come from feed_counts, which triggers keep (resources/sql/006_search.sql).
const QString kFeedFrom = QStringLiteral(
    " FROM feeds f LEFT JOIN folders fo ON fo.id = f.folder_id LEFT JOIN feed_counts fc ON fc.feed_id = f.id");

Feed feedFromRow(const QSqlQuery &q)
{
    Feed feed;
    feed.id = q.value(0).toLongLong();
    feed.folderId = q.value(1).toLongLong();
    feed.folderName = q.value(2).toString();
    feed.url = q.value(3).toString();
    feed.title = q.value(4).toString();
    feed.siteUrl = q.value(5).toString();
    feed.direction = q.value(6).toString();
    feed.status = feedStatusFromName(q.value(7).toString());
    feed.error = q.value(8).toString();
    feed.lastChecked = fromColumn(q.value(9));
    feed.etag = q.value(10).toString();
    feed.lastModified = q.value(11).toString();
    feed.bodyHash = q.value(12).toByteArray();
    feed.unread = q.value(13).toInt();
    feed.total = q.value(14).toInt();
    feed.builtin = q.value(15).toString() == u"builtin";
    feed.authUser = q.value(16).toString();
    feed.failures = q.value(17).toInt();
    feed.nextAttempt = fromColumn(q.value(18));
    feed.refreshMinutes = q.value(19).toInt();
    feed.ttlMinutes = q.value(20).toInt();
    feed.iconFile = q.value(21).toString();
    feed.notify = q.value(22).toBool();
    feed.accountId = q.value(23).toLongLong();
    feed.fullArticles = fullArticleModeFromName(q.value(24).toString());
    return feed;
}

const QString kArticleListColumns = QStringLiteral(
    "id, feed_id, guid, url, title, author, published, updated, fetched, image_url, language, direction, "
    "read, saved, sort_time");

Article articleFromRow(const QSqlQuery &q)
{
    Article article;
    article.id = q.value(0).toLongLong();
    article.feedId = q.value(1).toLongLong();
    article.guid = q.value(2).toString();
    article.url = q.value(3).toString();
    article.title = q.value(4).toString();
    article.author = q.value(5).toString();
    article.published = fromColumn(q.value(6));
    article.updated = fromColumn(q.value(7));
    article.fetched = fromColumn(q.value(8));
    article.imageUrl = q.value(9).toString();
    article.language = q.value(10).toString();
    article.direction = q.value(11).toString();
    article.read = q.value(12).toBool();
    article.saved = q.value(13).toBool();
    article.sortTime = q.value(14).toLongLong();
    return article;
}
} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &databasePath)
{
    auto database = Database::open(databasePath);
    if (!database)
        return Result<std::unique_ptr<Store>>::failure(database.error());
    return std::unique_ptr<Store>(new Store(std::move(database).value()));
}

Store::Store(std::shared_ptr<Database> database) : m_database(std::move(database)) {}
Store::~Store() = default;

QString Store::databasePath() const { return m_database->path(); }

QList<Folder> Store::folders() const
{
    QList<Folder> result;
    QSqlQuery q(m_database->connection());
    q.exec(QStringLiteral("SELECT id, name FROM folders ORDER BY position, name"));
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

Result<qint64> Store::ensureFolder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result<qint64>::failure(tr("A folder needs a name."));
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO folders(name) VALUES(?) ON CONFLICT(name) DO NOTHING"));
    q.addBindValue(trimmed);
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    q.prepare(QStringLiteral("SELECT id FROM folders WHERE name = ?"));
    q.addBindValue(trimmed);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(q.lastError().text());
    return q.value(0).toLongLong();
}

Result<qint64> Store::addFeed(const QString &url, const QString &title, qint64 folderId)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Result<qint64>::failure(tr("“%1” is not a web address (it must start with http:// or https://).").arg(url));
    const QString normalised = parsed.toString(QUrl::FullyEncoded);
    if (feedIdByUrl(normalised))
        return Result<qint64>::failure(tr("You are already subscribed to %1.").arg(normalised));
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO feeds(url, title, folder_id, added) VALUES(?, ?, ?, ?)"));
    q.addBindValue(normalised);
    q.addBindValue(text(title));
    q.addBindValue(folderId > 0 ? QVariant(folderId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot add the feed: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Result<qint64> Store::ensureBuiltinFeed(const QString &key, const QString &title)
{
    const QString url = u"khulasa:" + key;
    if (const auto existing = feedIdByUrl(url))
        return *existing;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO feeds(url, kind, title, status, added) VALUES(?, 'builtin', ?, 'ok', ?)"));
    q.addBindValue(url);
    q.addBindValue(text(title));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot add the feed: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

bool Store::removeFeed(qint64 feedId)
{
    queueFeedChange(feedId, "unsubscribe", {}); // an account's feed: tell its server too
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    q.addBindValue(feedId);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<Feed> Store::feeds() const
{
    QList<Feed> result;
    QSqlQuery q(m_database->connection());
    q.exec(u"SELECT " + kFeedColumns + kFeedFrom + u" ORDER BY f.position, f.id");
    while (q.next())
        result.append(feedFromRow(q));
    return result;
}

std::optional<Feed> Store::feed(qint64 feedId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT " + kFeedColumns + kFeedFrom + u" WHERE f.id = ?");
    q.addBindValue(feedId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return feedFromRow(q);
}

std::optional<qint64> Store::feedIdByUrl(const QString &url) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool Store::updateFeedMetadata(qint64 feedId, const QString &title, const QString &siteUrl)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE feeds SET title = CASE WHEN title = '' THEN ? ELSE title END, "
                             "site_url = CASE WHEN ? <> '' THEN ? ELSE site_url END WHERE id = ?"));
    q.addBindValue(text(title));
    q.addBindValue(text(siteUrl));
    q.addBindValue(text(siteUrl));
    q.addBindValue(feedId);
    return q.exec();
}

bool Store::recordFeedCheck(qint64 feedId, const FeedCheck &check)
{
    const bool failed = check.status == FeedStatus::Error || check.status == FeedStatus::Gone;
    QSqlQuery q(m_database->connection());
    QString sql = QStringLiteral("UPDATE feeds SET status = ?, error = ?, last_checked = ?, "
                                 "failures = CASE WHEN ? THEN failures + 1 ELSE 0 END");
    if (!check.keepValidators)
        sql += QStringLiteral(", etag = ?, last_modified = ?, body_hash = ?");
    if (check.ttlMinutes >= 0)
        sql += QStringLiteral(", ttl_minutes = ?");
    q.prepare(sql + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(feedStatusName(check.status));
    q.addBindValue(text(check.error));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(failed);
    if (!check.keepValidators) {
        q.addBindValue(text(check.etag));
        q.addBindValue(text(check.lastModified));
        q.addBindValue(check.bodyHash);
    }
    if (check.ttlMinutes >= 0)
        q.addBindValue(check.ttlMinutes);
    q.addBindValue(feedId);
    if (!q.exec())
        return false;

    // Backoff: 15 minutes after the first failure, doubling, at most a day.
    QSqlQuery backoff(m_database->connection());
    backoff.prepare(QStringLiteral("UPDATE feeds SET next_attempt = CASE WHEN failures = 0 THEN NULL "
                                   "ELSE ? + min(86400000, 900000 * (1 << min(failures - 1, 7))) END WHERE id = ?"));
    backoff.addBindValue(QDateTime::currentMSecsSinceEpoch());
    backoff.addBindValue(feedId);
    backoff.exec();

    if (!check.movedTo.isEmpty() && !feedIdByUrl(check.movedTo)) {
        QSqlQuery moved(m_database->connection());
        moved.prepare(QStringLiteral("UPDATE feeds SET url = ? WHERE id = ?"));
        moved.addBindValue(check.movedTo);
        moved.addBindValue(feedId);
        moved.exec();
    }
    return true;
}

bool Store::setColumn(const char *table, const char *column, qint64 id, const QVariant &value)
{
    // Table and column names come from the call sites above, never from input.
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(QLatin1StringView(table), QLatin1StringView(column)));
    q.addBindValue(value);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Store::setFeedCredentialsUser(qint64 feedId, const QString &user)
{
    return setColumn("feeds", "auth_user", feedId, text(user));
}

bool Store::setFeedIcon(qint64 feedId, const QString &iconFile)
{
    return setColumn("feeds", "icon_file", feedId, text(iconFile));
}

bool Store::clearFeedIcons()
{
    QSqlQuery q(m_database->connection());
    return q.exec(QStringLiteral("UPDATE feeds SET icon_file = '' WHERE icon_file <> ''"));
}

bool Store::setFeedRefreshMinutes(qint64 feedId, int minutes)
{
    return setColumn("feeds", "refresh_minutes", feedId, qBound(0, minutes, 7 * 24 * 60));
}

bool Store::setFeedFullArticleMode(qint64 feedId, FullArticleMode mode)
{
    return setColumn("feeds", "full_article_mode", feedId, fullArticleModeName(mode));
}

bool Store::setFullArticle(qint64 articleId, const QString &html, const QString &text)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE articles SET full_content_html = ?, full_text = ? WHERE id = ?"));
    q.addBindValue(html);
    q.addBindValue(text);
    q.addBindValue(articleId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Store::setFeedNotify(qint64 feedId, bool notify)
{
    return setColumn("feeds", "notify", feedId, notify ? 1 : 0);
}

bool Store::setFeedTitle(qint64 feedId, const QString &title)
{
    if (!title.trimmed().isEmpty())
        queueFeedChange(feedId, "rename", title.trimmed());
    return setColumn("feeds", "title", feedId, text(title.trimmed()));
}

bool Store::setFeedDirection(qint64 feedId, const QString &direction)
{
    if (direction != u"auto" && direction != u"rtl" && direction != u"ltr")
        return false;
    return setColumn("feeds", "direction", feedId, direction);
}

QHash<QString, HostWait> Store::hostWaits() const
{
    QHash<QString, HostWait> waits;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT host, until, reason FROM host_waits WHERE until > ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec()) {
        while (q.next())
            waits.insert(q.value(0).toString(), {fromColumn(q.value(1)), q.value(2).toString()});
    }
    return waits;
}

bool Store::setHostWait(const QString &host, const HostWait &wait)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO host_waits(host, until, reason) VALUES(?, ?, ?) "
                             "ON CONFLICT(host) DO UPDATE SET until = excluded.until, reason = excluded.reason"));
    q.addBindValue(host);
    q.addBindValue(wait.until.toMSecsSinceEpoch());
    q.addBindValue(text(wait.reason));
    return q.exec();
}

Result<BatchOutcome> Store::storeArticles(qint64 feedId, const QList<Article> &articles)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return Result<BatchOutcome>::failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    QSqlQuery find(db), insert(db), update(db);
    find.prepare(QStringLiteral("SELECT id, content_hash FROM articles WHERE feed_id = ? AND guid = ?"));
    insert.prepare(QStringLiteral(
        "INSERT INTO articles(feed_id, guid, url, title, author, published, updated, fetched, sort_time, "
        "summary_html, content_html, text, image_url, language, direction, content_hash, raw_hash, enclosures) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    update.prepare(QStringLiteral(
        "UPDATE articles SET url = ?, title = ?, author = ?, published = ?, updated = ?, summary_html = ?, "
        "content_html = ?, text = ?, image_url = ?, language = ?, direction = ?, content_hash = ?, raw_hash = ?, "
        "enclosures = ? WHERE id = ?"));
    BatchOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto fail = [&](const QSqlQuery &q) {
        const QString error = q.lastError().text();
        db.rollback();
        return Result<BatchOutcome>::failure(tr("Cannot store the articles: %1").arg(error));
    };
    for (const Article &a : articles) {
        find.addBindValue(feedId);
        find.addBindValue(a.guid);
        if (!find.exec())
            return fail(find);
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            const bool same = find.value(1).toByteArray() == a.contentHash;
            find.finish();
            if (same) {
                ++outcome.unchanged;
                continue;
            }
            for (const QVariant &v : {text(a.url), text(a.title), text(a.author), toColumn(a.published),
                                      toColumn(a.updated), text(a.summaryHtml), text(a.contentHtml),
                                      text(a.text), text(a.imageUrl), text(a.language),
                                      text(a.direction), QVariant(a.contentHash), QVariant(qint64(a.rawHash)),
                                      QVariant(enclosuresToJson(a.enclosures)), QVariant(id)})
                update.addBindValue(v);
            if (!update.exec())
                return fail(update);
            ++outcome.updated;
            continue;
        }
        find.finish();
        Article stored = a;
        stored.fetched = now;
        for (const QVariant &v : {QVariant(feedId), text(a.guid), text(a.url), text(a.title),
                                  text(a.author), toColumn(a.published), toColumn(a.updated), toColumn(now),
                                  QVariant(stored.displayTime().toMSecsSinceEpoch()), text(a.summaryHtml),
                                  text(a.contentHtml), text(a.text), text(a.imageUrl),
                                  text(a.language), text(a.direction), QVariant(a.contentHash),
                                  QVariant(qint64(a.rawHash)), QVariant(enclosuresToJson(a.enclosures))})
            insert.addBindValue(v);
        if (!insert.exec())
            return fail(insert);
        ++outcome.added;
    }
    if (!db.commit())
        return Result<BatchOutcome>::failure(tr("Cannot store the articles: %1").arg(db.lastError().text()));
    return outcome;
}

QList<Article> Store::articles(const ArticleQuery &query) const
{
    QStringList where;
    QVariantList binds;
    if (query.feedId > 0) {
        where << QStringLiteral("feed_id = ?");
        binds << query.feedId;
    }
    if (query.folderId > 0) {
        where << QStringLiteral("feed_id IN (SELECT id FROM feeds WHERE folder_id = ?)");
        binds << query.folderId;
    }
    if (query.unreadOnly)
        where << QStringLiteral("read = 0");
    if (query.savedOnly)
        where << QStringLiteral("saved = 1");
    if (query.todayOnly) {
        where << QStringLiteral("sort_time >= ?");
        binds << QDateTime::currentDateTimeUtc().addDays(-1).toMSecsSinceEpoch();
    }
    if (query.afterId > 0) {
        where << QStringLiteral("(sort_time, id) < (?, ?)");
        binds << query.afterSortTime << query.afterId;
    }
    if (!query.search.trimmed().isEmpty()) {
        const auto parsed = SearchQuery::parse(query.search);
        if (!parsed)
            return {};
        // The newest matches by arrival (cheap: the index's own order), then shown by date.
        where << QStringLiteral("id IN (SELECT rowid FROM article_search WHERE article_search MATCH ? "
                                "ORDER BY rowid DESC LIMIT %1)").arg(ArticleSearch::kListWindow);
        binds << ArticleSearch::matchExpression(m_database->connection(), *parsed);
    }
    // The page's ids are chosen first from the indexes and sort_time alone; only the rows of the page
    // are then read whole. read, saved and direction sit behind the text columns, so reading them
    // walks each article's overflow pages: doing that for every candidate (a search filter sorts up
    // to kListWindow of them by date) instead of for the page's rows made filtered pages several
    // times slower.
    const QString order = QStringLiteral(" ORDER BY sort_time DESC, id DESC");
    QString page = QStringLiteral("SELECT id FROM articles");
    if (!where.isEmpty())
        page += u" WHERE " + where.join(u" AND ");
    page += order + QStringLiteral(" LIMIT %1 OFFSET %2").arg(qBound(1, query.limit, 1000000)).arg(qMax(0, query.offset));
    const QString sql = u"SELECT " + kArticleListColumns + u" FROM articles WHERE id IN (" + page + u")" + order;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<Article> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(articleFromRow(q));
    return result;
}

std::optional<Article> Store::article(qint64 articleId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT " + kArticleListColumns + u", summary_html, content_html, text, content_hash, enclosures, full_content_html, full_text FROM articles WHERE id = ?");
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article article = articleFromRow(q);
    article.summaryHtml = q.value(15).toString();
    article.contentHtml = q.value(16).toString();
    article.text = q.value(17).toString();
    article.contentHash = q.value(18).toByteArray();
    article.enclosures = enclosuresFromJson(q.value(19).toString());
    article.fullContentHtml = q.value(20).toString();
    article.fullText = q.value(21).toString();
    return article;
}

bool Store::setRead(qint64 articleId, bool read)
{
    return setArticleFlag("read", articleId, read); // queues the change for an account's article
}

bool Store::setSaved(qint64 articleId, bool saved)
{
    return setArticleFlag("saved", articleId, saved);
}

int Store::unreadCount(qint64 feedId) const
{
    QSqlQuery q(m_database->connection());
    // feed_counts is kept by triggers (resources/sql/006_search.sql): no scan of the articles.
    if (feedId > 0) {
        q.prepare(QStringLiteral("SELECT coalesce(sum(unread), 0) FROM feed_counts WHERE feed_id = ?"));
        q.addBindValue(feedId);
    } else {
        q.prepare(QStringLiteral("SELECT coalesce(sum(unread), 0) FROM feed_counts"));
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, quint64> Store::rawHashes(qint64 feedId) const
{
    QHash<QString, quint64> hashes;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT guid, raw_hash FROM articles WHERE feed_id = ? AND raw_hash IS NOT NULL"));
    q.addBindValue(feedId);
    if (q.exec()) {
        while (q.next())
            hashes.insert(q.value(0).toString(), quint64(q.value(1).toLongLong()));
    }
    return hashes;
}

ArticleCounts Store::counts() const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT (SELECT coalesce(sum(unread), 0) FROM feed_counts), "
                             "(SELECT count(*) FROM articles WHERE saved = 1), "
                             "(SELECT count(*) FROM articles WHERE sort_time >= ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-1).toMSecsSinceEpoch());
    ArticleCounts counts;
    if (q.exec() && q.next()) {
        counts.unread = q.value(0).toInt();
        counts.saved = q.value(1).toInt();
        counts.today = q.value(2).toInt();
    }
    return counts;
}

Result<QList<SearchHit>> Store::search(const QString &text, int limit) const
{
    const auto query = SearchQuery::parse(text);
    if (!query)
        return Result<QList<SearchHit>>::failure(query.error());
    return ArticleSearch::run(m_database->connection(), *query, limit);
}

Result<int> Store::purgeOldArticles(const RetentionPolicy &policy)
{
    auto purged = Retention::purge(m_database->connection(), policy, QDateTime::currentDateTimeUtc());
    if (purged && *purged > 0)
        m_database->reclaimFreePages();
    return purged;
}
