// The one thread that writes refresh results: parsing runs on the pool, and every batch funnels
// here so SQLite sees one writer and the UI's read connections never wait on a write lock for long.
#pragma once

#include "refresh/entryprocessor.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QObject>
#include <memory>

class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    explicit StoreWriter(const QString &databasePath) : m_databasePath(databasePath) {}

    /** Stores a feed's articles (prepared on the parsing pool) and its new state. Runs on the writer thread. */
    FeedRefreshOutcome writeArticles(qint64 feedId, const ProcessedFeed &feed, const FeedCheck &check);
    /** Creates the feed row and stores its first entries in one go (subscription). */
    Result<SubscribeOutcome> writeNewFeed(const QString &url, qint64 folderId, const ProcessedFeed &feed,
                                          const FeedCheck &check);
    /** Records a check that brought no entries (error, 304, unchanged body). */
    FeedRefreshOutcome writeCheck(qint64 feedId, const FeedCheck &check);
    void writeHostWait(const QString &host, const HostWait &wait);
    /** guid → raw hash of the feed's stored articles (read on the writer thread, between writes). */
    QHash<QString, quint64> rawHashes(qint64 feedId);
    /** Forgets old articles (see Store::purgeOldArticles); failures are logged, the next run retries. */
    void purge(const RetentionPolicy &policy);
    /** Closes the connection; must run on the writer thread before it stops. */
    void close() { m_store.reset(); }

private:
    // A feed rarely brings more; a first refresh of a huge feed is indexed over its next refreshes.
    static constexpr int kIndexBatchLimit = 5000;
    Store *store(QString *error);
    QString m_databasePath;
    std::unique_ptr<Store> m_store;
};
