// The store facade: the whole public API of the SQLite cache. Everything else in store/ is detail.
// A Store works on the thread that opened it; other threads open their own on the same file
// (WAL lets readers run beside the one writer).
#pragma once

#include "model/article.h"
#include "model/contactchannel.h"
#include "model/feed.h"
#include "model/syncaccount.h"
#include "store/articlequery.h"
#include "store/articlesearch.h"
#include "store/retention.h"
#include "store/savedcopyrows.h"
#include "store/storyindexrows.h"
#include "text/summarizer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
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
    /** Forgets every feed's icon file (after the cache was emptied), so the icons are fetched again. */
    bool clearFeedIcons();
    bool setFeedRefreshMinutes(qint64 feedId, int minutes);
    bool setFeedNotify(qint64 feedId, bool notify);
    bool setFeedFullArticleMode(qint64 feedId, FullArticleMode mode);
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
    /** Stores the story extracted from the article's page beside the feed's teaser (kept as it is). */
    bool setFullArticle(qint64 articleId, const QString &html, const QString &text);
    bool setRead(qint64 articleId, bool read);
    bool setSaved(qint64 articleId, bool saved);
    int unreadCount(qint64 feedId = 0) const;
    /** guid → the parser's raw hash of each stored article of a feed (to skip unchanged entries). */
    QHash<QString, quint64> rawHashes(qint64 feedId) const;
    ArticleCounts counts() const;

    // --- Publisher contact channels and chat history (issue 9; in storecontacts.cpp) ---
    /** The feed's channels the user has not removed: the user's own first, then discovered ones. */
    QList<ContactChannel> contactChannels(qint64 feedId) const;
    /** Ids of the feeds that have at least one channel (one query for badges). */
    QSet<qint64> feedsWithContact() const;
    /** Adds what discovery found and refreshes greetings of discovered channels; channels the user
     *  added, edited or removed are left as they are (a removed one never comes back). New ones count. */
    Result<int> mergeDiscoveredContacts(qint64 feedId, const QList<ContactChannel> &found);
    /** The user's own channel (brings back one they removed before); fails for an empty value. */
    Result<qint64> addContactChannel(qint64 feedId, const ContactChannel &channel);
    /** The user's edit of channel `channel.id`; a discovered channel becomes the user's, and an old
     *  discovered value stays hidden so that discovery does not add it again. */
    Status updateContactChannel(const ContactChannel &channel);
    /** Hides the channel for good (discovery will not re-add it). */
    bool removeContactChannel(qint64 channelId);
    /** When discovery last searched the feed's site; invalid when never. */
    QDateTime contactCheckedAt(qint64 feedId) const;
    bool setContactChecked(qint64 feedId, const QDateTime &when, const QString &error = {});
    /** Adds a chat or share opened from Khulasa to the local history. */
    Result<qint64> recordChat(const ChatRecord &record);
    /** The newest chats first, of one feed or (0) of all. */
    QList<ChatRecord> chatHistory(qint64 feedId = 0, int limit = 50) const;
    // --- end of contact channels ---
    /** Forgets old articles as the policy says (saved ones never), then returns the freed pages to
     *  the file system. Returns how many articles went. Can take a while: never on the UI thread. */
    Result<int> purgeOldArticles(const RetentionPolicy &policy);

    // --- Offline copies of saved articles (issue 5; in storesavedcopies.cpp) ---
    /** The copy's state and images; nullopt when no copy was ever made. */
    std::optional<SavedCopy> savedCopy(qint64 articleId) const;
    /** Makes `images` the copy's rows (kept and failed) and sets its state from them, in one transaction. */
    Status recordSavedCopy(qint64 articleId, const QList<SavedImage> &images);
    /** Forgets the copy's rows (its files are the caller's). */
    bool forgetSavedCopy(qint64 articleId);
    /** Saved articles whose copy is missing or partial, the longest waiting first. */
    QList<qint64> savedArticlesToComplete(int limit) const;
    /** Every article that has a copy on record (to find folders left without one). */
    QSet<qint64> articlesWithSavedCopies() const;
    /** Articles that still have a copy but are no longer saved (unstarred on a sync server). */
    QList<qint64> unsavedArticlesWithCopies() const;
    // --- end of offline copies ---

    // Search
    /** The articles matching `text` (words, "phrases", prefix*), best first; fails with a message
     *  when the text holds nothing to search for. */
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    QString databasePath() const;

    // ---- Sync accounts (Google Reader API; issue 11) — implemented in storesync.cpp ----
    // Read/saved changes, unsubscribes and renames of an account's feeds made through the methods
    // above are queued in sync_changes in the same transaction, for the SyncEngine to push.
    Result<qint64> addAccount(const QString &type, const QString &url, const QString &user);
    QList<SyncAccount> accounts() const;
    std::optional<SyncAccount> account(qint64 accountId) const;
    /** Removes the account with its feeds, their articles and its queued changes. */
    bool removeAccount(qint64 accountId);
    /** Records a sync's outcome and its time. */
    bool recordAccountSync(qint64 accountId, AccountStatus status, const QString &error);
    bool setAccountCursor(qint64 accountId, qint64 itemsCursor);
    /** Makes the account's feeds and folders what the server lists (stream id → local feed id). Feeds the
     *  server no longer lists go, unless they hold saved articles. */
    Result<QHash<QString, qint64>> replaceAccountFeeds(qint64 accountId, const QList<RemoteFeed> &feeds);
    /** A feed for items whose stream the subscription list did not name (e.g. starred items of a feed
     *  unsubscribed elsewhere). */
    Result<qint64> ensureAccountFeed(qint64 accountId, const RemoteFeed &feed);
    /** Long-form ids of the account's stored items. */
    QSet<QString> accountItemIds(qint64 accountId) const;
    /** Stores items of several feeds (feed id → articles), one transaction per feed. */
    Result<BatchOutcome> storeAccountArticles(const QHash<qint64, QList<Article>> &articlesByFeed);
    /** Takes the server's read/starred state seen at `observedAt`. Conflict rule: a queued local change
     *  wins over the server's state (every queued change is newer than the state last seen, or it
     *  would have been sent or found agreed); a change the server already agrees with is dropped;
     *  everything else takes the server's state. */
    Status applyRemoteState(qint64 accountId, const RemoteState &state, const QDateTime &observedAt);
    /** Queued changes that are due (not backing off), oldest first. */
    QList<SyncChange> pendingChanges(qint64 accountId, int limit = 5000) const;
    int pendingChangeCount(qint64 accountId) const;
    /** The server took these: drop them (unless changed again meanwhile) and remember its new state. */
    bool confirmChanges(qint64 accountId, const QList<SyncChange> &changes);
    /** The server refused these: keep them, back off, remember why. */
    bool deferChanges(const QList<SyncChange> &changes, const QString &error);
    /** Marks a synced feed's articles read here and queues mark-all-as-read for the server. */
    bool markFeedRead(qint64 feedId);
    // ---- Story index: similarity signatures, LSH bands, story clusters, key points (storestoryindex.cpp).
    //      Filled by StoryIndex after the refresh writes a batch; read by the sidebar and the CLI. ----
    /** Articles (of `feedId`, 0: all) without a signature or changed since theirs was computed; their
     *  text cut at `maxTextLength` characters (the index reads the top of a story only). */
    QList<ArticleToIndex> articlesToIndex(qint64 feedId, int limit, int maxTextLength = 1 << 30) const;
    /** How many indexed articles hold each of `terms` (terms not seen are left out). */
    DocumentFrequencies documentFrequencies(const QStringList &terms) const;
    /** Writes a batch's signatures and bands and counts new articles into the corpus, in one transaction.
     *  A new signature starts in a cluster of its own. */
    Status writeSignatures(const QList<IndexedArticle> &batch, const CorpusIncrement &corpus);
    QList<StoredSignature> signatures(const QList<qint64> &articleIds) const;
    /** The same without the article's feed, title and date: what clustering compares. */
    QList<StoredSignature> clusterSignatures(const QList<qint64> &articleIds) const;
    /** Articles sharing at least one band hash with `bands`, those sharing most first; `limit` at most. */
    QList<qint64> bandNeighbours(const QList<qint64> &bands, qint64 excludeArticleId, int limit) const;
    /** Every pair (batch article, other article) that shares a band, through buckets small enough to
     *  hold the reports of one story: the candidates for clustering, sorted. */
    QList<std::pair<qint64, qint64>> bandPairs(const QList<IndexedArticle> &batch) const;
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
    /** Sets articles.read/saved and, for an account's article, queues the change (one transaction). */
    bool setArticleFlag(const char *column, qint64 articleId, bool value);
    /** Queues unsubscribe/rename of an account's feed; a local feed queues nothing. */
    bool queueFeedChange(qint64 feedId, const char *kind, const QString &argument);
    // ---- end of sync accounts ----

    explicit Store(std::shared_ptr<Database> database);
    /** UPDATE table SET column = value WHERE id = id; true when exactly one row changed. */
    bool setColumn(const char *table, const char *column, qint64 id, const QVariant &value);
    std::shared_ptr<Database> m_database;
};
