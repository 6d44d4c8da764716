// The refresh pipeline: fetch (this thread, asynchronous) → parse and sanitise (thread pool) →
// write each feed's batch in one transaction (a dedicated writer thread) → one typed signal per feed.
// The thread that owns a Refresher never parses and never writes to the database.
#pragma once

#include "model/feed.h"
#include "net/feedfetcher.h"
#include "net/httplimits.h"
#include "store/retention.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class QNetworkAccessManager;
class StoreWriter;
struct HostWait;

/** What one feed's refresh did; delivered once per feed. */
struct FeedRefreshOutcome
{
    qint64 feedId = 0;
    FeedStatus status = FeedStatus::Never;
    QString error;
    int added = 0;
    int updated = 0;
};
Q_DECLARE_METATYPE(FeedRefreshOutcome)

/** A new subscription, as stored. */
struct SubscribeOutcome
{
    qint64 feedId = 0;
    QString title;
    int articles = 0;
};

class Refresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Refresher)

public:
    /** `credentials` (may be null) supplies passwords of feeds that have a user name. */
    Refresher(const QString &databasePath, QNetworkAccessManager *network, const HttpLimits &limits,
              CredentialStore *credentials = nullptr, QObject *parent = nullptr);
    ~Refresher() override;

    /** Hosts that asked for a pause in an earlier session (from Store::hostWaits()). */
    void setHostWaits(const QHash<QString, HostWait> &waits);

    /** After each complete run, old articles are purged by this policy on the writer thread
     *  (nothing is purged until a policy is set). */
    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }

    /** Refreshes these feeds (as last read from the store). Feeds already in progress are skipped. */
    void refresh(const QList<Feed> &feeds);
    /** Downloads in flight at once and per host (the settings' "concurrency"), from now on. */
    void setConcurrency(int maxConcurrent, int maxPerHost);
    void cancel();
    bool isRunning() const { return m_total > m_done; }
    int done() const { return m_done; }
    int total() const { return m_total; }

    /** The fetcher shared by refreshes and subscriptions (one set of limits for all traffic). */
    FeedFetcher &fetcher() { return *m_fetcher; }

    /** Parses a downloaded feed off this thread and stores it as a new subscription in `folderId`.
     *  Fails with the parser's message when the body is not a feed. `done` runs on this thread. */
    void storeNewFeed(const FetchResult &fetched, qint64 folderId,
                      std::function<void(const Result<SubscribeOutcome> &)> done);

    /** Runs `work` on the parsing pool, then `then` with its result on this thread. */
    template <typename T>
    void inBackground(std::function<T()> work, std::function<void(const T &)> then);

Q_SIGNALS:
    void feedRefreshed(const FeedRefreshOutcome &outcome);
    void progressChanged(int done, int total);
    /** All requested feeds have an outcome. */
    void finished();

private:
    void dispatch();
    void fetchFeed(const Feed &feed, const QString &password);
    void handleFetched(const Feed &feed, const FetchResult &result);
    void handleStored(const FeedRefreshOutcome &outcome);
    void startInPool(std::function<void()> work);

    FeedFetcher *m_fetcher;
    CredentialStore *m_credentials;
    QThread m_writerThread;
    StoreWriter *m_writer; // lives in m_writerThread
    QSet<qint64> m_inProgress;
    QList<Feed> m_waiting;  // not started yet: at most m_maxInFlight feeds are downloaded or parsed at once,
    int m_inFlight = 0;     // so a fast network cannot pile up bodies faster than they are parsed
    int m_maxInFlight = 32;
    int m_done = 0;
    int m_total = 0;
    std::optional<RetentionPolicy> m_retention;
};

template <typename T>
void Refresher::inBackground(std::function<T()> work, std::function<void(const T &)> then)
{
    startInPool([this, work = std::move(work), then = std::move(then)] {
        T value = work();
        QMetaObject::invokeMethod(this, [then, value] { then(value); }, Qt::QueuedConnection);
    });
}
