// The refresh pipeline: fetch (this thread, asynchronous) → parse and sanitise (thread pool) →
// write each feed's batch in one transaction (a dedicated writer thread) → one typed signal per feed.
// The thread that owns a Refresher never parses and never writes to the database.
#pragma once

#include "model/feed.h"
#include "net/httplimits.h"
#include "util/result.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <functional>
#include <memory>

class FeedFetcher;
class QNetworkAccessManager;
class StoreWriter;
struct FetchResult;

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
    Refresher(const QString &databasePath, QNetworkAccessManager *network, const HttpLimits &limits,
              QObject *parent = nullptr);
    ~Refresher() override;

    /** Refreshes these feeds (as last read from the store). Feeds already in progress are skipped. */
    void refresh(const QList<Feed> &feeds);
    /** Adds a subscription: fetches `url`, checks that it is a feed, then stores the feed and its
     *  entries. Nothing is created when the address holds no feed. `done` runs on this thread. */
    void subscribe(const QString &url, qint64 folderId,
                   std::function<void(const Result<SubscribeOutcome> &)> done);
    void cancel();
    bool isRunning() const { return m_total > m_done; }
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    void feedRefreshed(const FeedRefreshOutcome &outcome);
    void progressChanged(int done, int total);
    /** All requested feeds have an outcome. */
    void finished();

private:
    void handleFetched(const Feed &feed, const FetchResult &result);
    void handleStored(const FeedRefreshOutcome &outcome);

    FeedFetcher *m_fetcher;
    QThread m_writerThread;
    StoreWriter *m_writer; // lives in m_writerThread
    QSet<qint64> m_inProgress;
    int m_done = 0;
    int m_total = 0;
};
