#include "refresh/refreshscheduler.h"

#include "refresh/refresher.h"
#include "store/store.h"

#include <QNetworkInformation>

namespace {
constexpr int kMinimumMinutes = 5;
constexpr int kMaximumTtlMinutes = 24 * 60; // a feed may ask for at most a daily refresh
}

RefreshScheduler::RefreshScheduler(Store &store, Refresher &refresher, QObject *parent)
    : QObject(parent), m_store(store), m_refresher(refresher)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::refreshDue);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] {
            const bool online = isOnline();
            Q_EMIT onlineChanged(online);
            if (online && m_timer.isActive())
                refreshDue(); // catch up as soon as the network is back
        });
    }
}

void RefreshScheduler::setDefaultIntervalMinutes(int minutes) { m_defaultMinutes = qBound(kMinimumMinutes, minutes, 7 * 24 * 60); }

void RefreshScheduler::start() { m_timer.start(); }
void RefreshScheduler::stop() { m_timer.stop(); }

bool RefreshScheduler::isOnline() const
{
    // Without a backend (some containers) we cannot tell: assume online rather than never refreshing.
    const QNetworkInformation *info = QNetworkInformation::instance();
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

int RefreshScheduler::intervalMinutes(const Feed &feed, int defaultMinutes)
{
    const int chosen = feed.refreshMinutes > 0 ? feed.refreshMinutes : defaultMinutes;
    const int asked = qBound(0, feed.ttlMinutes, kMaximumTtlMinutes);
    return qMax(kMinimumMinutes, qMax(chosen, asked));
}

bool RefreshScheduler::isDue(const Feed &feed, const QDateTime &now, int defaultMinutes)
{
    if (!feed.fetchedHere() || feed.status == FeedStatus::Gone)
        return false;
    if (feed.nextAttempt.isValid() && feed.nextAttempt > now)
        return false; // backing off after failures
    if (!feed.lastChecked.isValid())
        return true;
    return feed.lastChecked.addSecs(qint64(intervalMinutes(feed, defaultMinutes)) * 60) <= now;
}

int RefreshScheduler::refreshDue()
{
    if (!isOnline())
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Feed> due;
    for (const Feed &feed : m_store.feeds()) {
        if (isDue(feed, now, m_defaultMinutes))
            due.append(feed);
    }
    if (!due.isEmpty())
        m_refresher.refresh(due);
    return int(due.size());
}
