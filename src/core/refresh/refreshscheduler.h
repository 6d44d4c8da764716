// Decides when feeds are refreshed without being asked: each feed at its own interval (the user's,
// else the default, never more often than the feed's ttl/sy:updatePeriod asks, within sane bounds),
// failing feeds after their backoff, gone feeds never; nothing while the machine is offline.
#pragma once

#include "model/feed.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Refresher;
class Store;

class RefreshScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshScheduler)

public:
    RefreshScheduler(Store &store, Refresher &refresher, QObject *parent = nullptr);

    void setDefaultIntervalMinutes(int minutes);
    int defaultIntervalMinutes() const { return m_defaultMinutes; }
    /** Starts checking once a minute (and right away when the network comes back). */
    void start();
    void stop();
    bool isOnline() const;

    /** The minutes between two refreshes of `feed` under `defaultMinutes`. */
    static int intervalMinutes(const Feed &feed, int defaultMinutes);
    /** Whether `feed` should be refreshed at `now`. */
    static bool isDue(const Feed &feed, const QDateTime &now, int defaultMinutes);

    /** Refreshes the feeds that are due now; returns how many were started. */
    int refreshDue();

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    Store &m_store;
    Refresher &m_refresher;
    QTimer m_timer;
    int m_defaultMinutes = 30;
};
