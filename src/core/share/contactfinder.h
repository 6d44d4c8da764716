// Discovery in the product: fetches a feed's site home page (through the shared fetcher, so its
// size cap, timeouts, TLS checks and per-host limits apply), reads it for contact channels on a
// worker thread, and merges what it found into the store. Once after subscription, then weekly.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QThreadPool>

class FeedFetcher;
class Store;
struct Feed;
struct FetchResult;

class ContactFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFinder)

public:
    /** A successful search is repeated after this long; a failed one after a day. */
    static constexpr int kRecheckDays = 7;

    ContactFinder(Store &store, FeedFetcher &fetcher, QObject *parent = nullptr);
    ~ContactFinder() override;

    /** True when the feed has a site and was never searched, or its last search is old enough. */
    bool isDue(const Feed &feed, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /** Starts a search of the feed's site when it is due and none is running for it. */
    void checkIfDue(const Feed &feed);
    /** Starts a search now (when the feed has a site and none is running for it). */
    void check(const Feed &feed);
    bool isBusy() const { return !m_running.isEmpty(); }

Q_SIGNALS:
    /** A search ended; `added` channels were new (the store was changed only when added > 0). */
    void searched(qint64 feedId, int added, const QString &error);

private:
    void handleFetched(qint64 feedId, const FetchResult &result);
    void finish(qint64 feedId, int added, const QString &error);

    Store &m_store;
    FeedFetcher &m_fetcher;
    QSet<qint64> m_running;
    QThreadPool m_parsers; // pages are parsed here, never on the caller's (UI) thread
};
