// The store facade: the whole public API of the SQLite cache. Everything else in store/ is detail.
// A Store works on the thread that opened it; other threads open their own on the same file
// (WAL lets readers run beside the one writer).
#pragma once

#include "model/article.h"
#include "model/feed.h"
#include "store/articlequery.h"
#include "store/storyindexrows.h"
#include "text/summarizer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>
#include <optional>

class Database;

/** What one feed's refresh changed in the store. */
struct BatchOutcome
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

/** The HTTP validators and outcome recorded after a feed was contacted. */
struct FeedCheck
{
    FeedStatus status = FeedStatus::Ok;
    QString error;
    QString etag;
    QString lastModified;
    QByteArray bodyHash;
    bool keepValidators = false; // a 304 or an error leaves the stored validators as they were
    QString movedTo;             // a permanent redirect's target: the feed's new address
    int ttlMinutes = -1;         // from the document; -1 leaves the stored value

    /** A check that failed: the stored validators stay, so the next refresh asks afresh. */
    static FeedCheck failure(FeedStatus status, const QString &error)
    {
        FeedCheck check;
        check.status = status;
        check.error = error;
        check.keepValidators = true;
        return check;
    }
};

/** A host that asked us (429/503 with Retry-After) not to come back before `until`. */
struct HostWait
{
    QDateTime until;
    QString reason;
};

/** Article totals for the smart views. */
struct ArticleCounts
{
    int unread = 0;
    int saved = 0;
    int today = 0; // from the last 24 hours
};

class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static Result<std::unique_ptr<Store>> open(const QString &databasePath);
    ~Store();

    // Folders and feeds
    QList<Folder> folders() const;
    Result<qint64> ensureFolder(const QString &name);
    /** Adds a subscription; fails with a message when the URL is invalid or already subscribed. */
    Result<qint64> addFeed(const QString &url, const QString &title = {}, qint64 folderId = 0);
    /** A feed of shipped content (never fetched), identified by `key`; created on first use. */
    Result<qint64> ensureBuiltinFeed(const QString &key, const QString &title);
    bool removeFeed(qint64 feedId);
    QList<Feed> feeds() const;
    std::optional<Feed> feed(qint64 feedId) const;
    std::optional<qint64> feedIdByUrl(const QString &url) const;
    /** Title and site link learned from the feed document; a title the user set is kept. */
    bool updateFeedMetadata(qint64 feedId, const QString &title, const QString &siteUrl);
    /** Records a refresh outcome: status, error, validators, failure count and backoff, new address. */
    bool recordFeedCheck(qint64 feedId, const FeedCheck &check);
    bool setFeedCredentialsUser(qint64 feedId, const QString &user);
    bool setFeedIcon(qint64 feedId, const QString &iconFile);
    bool setFeedRefreshMinutes(qint64 feedId, int minutes);
    bool setFeedNotify(qint64 feedId, bool notify);
    /** The user's name for the feed (an empty title falls back to the feed's own on next refresh). */
    bool setFeedTitle(qint64 feedId, const QString &title);
    /** "auto", "rtl" or "ltr"; anything else is refused. */
    bool setFeedDirection(qint64 feedId, const QString &direction);

    // Hosts that asked for a pause (persisted so that a new process honours them too)
    QHash<QString, HostWait> hostWaits() const;
    bool setHostWait(const QString &host, const HostWait &wait);

    // Articles
    /** Inserts new entries and updates changed ones in one transaction; read/saved flags survive. */
    Result<BatchOutcome> storeArticles(qint64 feedId, const QList<Article> &articles);
    /** Articles without their HTML bodies (for lists), newest first. */
    QList<Article> articles(const ArticleQuery &query) const;
    /** One article with its bodies. */
    std::optional<Article> article(qint64 articleId) const;
    bool setRead(qint64 articleId, bool read);
    bool setSaved(qint64 articleId, bool saved);
    int unreadCount(qint64 feedId = 0) const;
    /** guid → the parser's raw hash of each stored article of a feed (to skip unchanged entries). */
    QHash<QString, quint64> rawHashes(qint64 feedId) const;
    ArticleCounts counts() const;

    QString databasePath() const;

    // ---- Story index: similarity signatures, LSH bands, story clusters, key points (storestoryindex.cpp).
    //      Filled by StoryIndex after the refresh writes a batch; read by the sidebar and the CLI. ----
    /** Articles (of `feedId`, 0: all) without a signature or changed since theirs was computed. */
    QList<ArticleToIndex> articlesToIndex(qint64 feedId, int limit) const;
    /** How many indexed articles hold each of `terms` (terms not seen are left out). */
    DocumentFrequencies documentFrequencies(const QStringList &terms) const;
    /** Writes a batch's signatures and bands and counts new articles into the corpus, in one transaction.
     *  A new signature starts in a cluster of its own. */
    Status writeSignatures(const QList<IndexedArticle> &batch);
    QList<StoredSignature> signatures(const QList<qint64> &articleIds) const;
    /** Articles sharing at least one band hash with `bands`, those sharing most first; `limit` at most. */
    QList<qint64> bandNeighbours(const QList<qint64> &bands, qint64 excludeArticleId, int limit) const;
    /** Every pair (batch article, other article) that shares a band: the candidates for clustering. */
    QList<std::pair<qint64, qint64>> bandPairs(const QList<qint64> &articleIds) const;
    /** Sets cluster ids (article → cluster) and moves whole clusters (old id → new id), in one transaction. */
    Status writeClusters(const QHash<qint64, qint64> &articleClusters, const QHash<qint64, qint64> &mergedClusters);
    /** Article → its story cluster (size 1 for a story told once; absent: not indexed yet). */
    QHash<qint64, StoryCluster> storyClusters(const QList<qint64> &articleIds) const;
    /** The other articles of an article's story cluster, newest first. */
    QList<qint64> clusterMembers(qint64 articleId) const;
    /** Key points cached for this content (nullopt when there are none or the content changed). */
    std::optional<QStringList> cachedKeyPoints(qint64 articleId, const QByteArray &contentHash) const;
    bool cacheKeyPoints(qint64 articleId, const QByteArray &contentHash, const QStringList &points);

private:
    explicit Store(std::shared_ptr<Database> database);
    /** UPDATE table SET column = value WHERE id = id; true when exactly one row changed. */
    bool setColumn(const char *table, const char *column, qint64 id, const QVariant &value);
    std::shared_ptr<Database> m_database;
};
