// khulasa-cli refresh [--feed ID]... [--timeout SECONDS]
// Old articles are purged afterwards as the profile's retention settings say (see purge).
// Per-feed failures are recorded on the feed (see list feeds); the exit code is non-zero only
// when the refresh cannot run at all.
#include "clicontext.h"
#include "commands.h"
#include "profile/settings.h"
#include "refresh/refresher.h"
#include "secrets/keychaincredentialstore.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

int runRefresh(CliContext &context)
{
    const QStringList feedIds = context.takeOption(QStringLiteral("feed"));
    const QStringList timeouts = context.takeOption(QStringLiteral("timeout"));
    if (context.rejectUnknownOptions())
        return 2;
    HttpLimits limits;
    if (!timeouts.isEmpty()) {
        bool ok = false;
        limits.stallTimeoutSeconds = timeouts.last().toInt(&ok);
        if (!ok || limits.stallTimeoutSeconds <= 0)
            return CliContext::fail(CliContext::tr("--timeout needs a number of seconds."), 2);
        limits.overallTimeoutSeconds = qMax(limits.overallTimeoutSeconds, limits.stallTimeoutSeconds);
    }
    Store *store = context.store();
    if (!store)
        return 1;
    QList<Feed> feeds;
    if (feedIds.isEmpty()) {
        for (const Feed &feed : store->feeds()) {
            if (feed.fetchedHere())
                feeds.append(feed);
        }
    } else {
        for (const QString &word : feedIds) {
            bool ok = false;
            const auto feed = store->feed(word.toLongLong(&ok));
            if (!ok || !feed)
                return CliContext::fail(CliContext::tr("There is no feed with id %1 (see list feeds).").arg(word), 2);
            feeds.append(*feed);
        }
    }
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    Refresher refresher(store->databasePath(), &network, limits, &keychain);
    refresher.setHostWaits(store->hostWaits());
    refresher.setRetention(Settings(*context.profile()).retentionPolicy());
    int added = 0, failed = 0;
    QObject::connect(&refresher, &Refresher::feedRefreshed, &refresher, [&](const FeedRefreshOutcome &outcome) {
        added += outcome.added;
        if (outcome.status == FeedStatus::Error || outcome.status == FeedStatus::Gone)
            ++failed;
    });
    QEventLoop loop;
    QObject::connect(&refresher, &Refresher::finished, &loop, &QEventLoop::quit);
    refresher.refresh(feeds);
    if (refresher.isRunning())
        loop.exec();
    CliContext::printLine(CliContext::tr("Refreshed %1 feeds: %2 new articles, %3 failed.")
                              .arg(feeds.size()).arg(added).arg(failed));
    return 0;
}
