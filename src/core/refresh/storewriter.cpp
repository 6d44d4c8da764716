#include "refresh/storewriter.h"

#include "story/storyindex.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcStoryIndex, "khulasa.storyindex")
}


Store *StoreWriter::store(QString *error)
{
    if (!m_store) {
        auto opened = Store::open(m_databasePath);
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

FeedRefreshOutcome StoreWriter::writeArticles(qint64 feedId, const ProcessedFeed &feed, const FeedCheck &check)
{
    FeedRefreshOutcome outcome{feedId, check.status, check.error, 0, 0};
    QString error;
    Store *target = store(&error);
    if (!target) {
        outcome.status = FeedStatus::Error;
        outcome.error = error;
        return outcome;
    }
    auto written = target->storeArticles(feedId, feed.articles);
    if (!written) {
        // Nothing of the batch landed; keep the old validators so the next refresh downloads it again.
        const FeedCheck failed = FeedCheck::failure(FeedStatus::Error, written.error());
        target->recordFeedCheck(feedId, failed);
        outcome.status = FeedStatus::Error;
        outcome.error = written.error();
        return outcome;
    }
    target->updateFeedMetadata(feedId, feed.title, feed.siteUrl);
    target->recordFeedCheck(feedId, check);
    outcome.added = written->added;
    outcome.updated = written->updated;
    if (outcome.added + outcome.updated > 0) {
        // Signatures and story clusters of what just landed, still on this writer thread. A failure here
        // leaves the articles stored and unindexed; the next batch of the feed retries them.
        const auto indexed = StoryIndex(*target).indexPending(feedId, kIndexBatchLimit);
        if (!indexed)
            qCWarning(lcStoryIndex, "Story index of feed %lld: %s", feedId, qPrintable(indexed.error()));
    }
    return outcome;
}

FeedRefreshOutcome StoreWriter::writeCheck(qint64 feedId, const FeedCheck &check)
{
    FeedRefreshOutcome outcome{feedId, check.status, check.error, 0, 0};
    QString error;
    if (Store *target = store(&error)) {
        target->recordFeedCheck(feedId, check);
    } else {
        outcome.status = FeedStatus::Error;
        outcome.error = error;
    }
    return outcome;
}

Result<SubscribeOutcome> StoreWriter::writeNewFeed(const QString &url, qint64 folderId, const ProcessedFeed &feed,
                                                   const FeedCheck &check)
{
    using R = Result<SubscribeOutcome>;
    QString error;
    Store *target = store(&error);
    if (!target)
        return R::failure(error);
    auto feedId = target->addFeed(url, feed.title, folderId);
    if (!feedId)
        return R::failure(feedId.error());
    const FeedRefreshOutcome written = writeArticles(*feedId, feed, check);
    if (written.status == FeedStatus::Error) {
        target->removeFeed(*feedId); // nothing half-made stays behind
        return R::failure(written.error);
    }
    return SubscribeOutcome{*feedId, feed.title, written.added};
}

void StoreWriter::writeHostWait(const QString &host, const HostWait &wait)
{
    QString error;
    if (Store *target = store(&error))
        target->setHostWait(host, wait);
}

QHash<QString, quint64> StoreWriter::rawHashes(qint64 feedId)
{
    QString error;
    Store *target = store(&error);
    return target ? target->rawHashes(feedId) : QHash<QString, quint64>();
}

void StoreWriter::purge(const RetentionPolicy &policy)
{
    QString error;
    Store *target = store(&error);
    const auto purged = target ? target->purgeOldArticles(policy) : Result<int>::failure(error);
    if (!purged)
        qWarning("Cannot purge old articles: %s", qPrintable(purged.error()));
}
