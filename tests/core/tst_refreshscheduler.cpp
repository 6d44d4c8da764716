// When a feed is due: its own interval or the default, never more often than its ttl asks
// (within bounds), backoff after failures, never when gone or built in.
#include "refresh/refreshscheduler.h"

#include <QTest>

namespace {
Feed checkedAgo(int minutes, const QDateTime &now)
{
    Feed feed;
    feed.id = 1;
    feed.status = FeedStatus::Ok;
    feed.lastChecked = now.addSecs(-qint64(minutes) * 60);
    return feed;
}
} // namespace

class TestRefreshScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverCheckedIsDue()
    {
        Feed feed;
        QVERIFY(RefreshScheduler::isDue(feed, QDateTime::currentDateTimeUtc(), 30));
    }

    void defaultInterval()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!RefreshScheduler::isDue(checkedAgo(29, now), now, 30));
        QVERIFY(RefreshScheduler::isDue(checkedAgo(30, now), now, 30));
    }

    void feedIntervalBeatsDefault()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Feed feed = checkedAgo(20, now);
        feed.refreshMinutes = 15;
        QVERIFY(RefreshScheduler::isDue(feed, now, 30));
        feed.refreshMinutes = 120;
        QVERIFY(!RefreshScheduler::isDue(feed, now, 30));
        QCOMPARE(RefreshScheduler::intervalMinutes(feed, 30), 120);
    }

    void ttlIsRespectedWithinBounds()
    {
        Feed feed;
        feed.ttlMinutes = 180;
        QCOMPARE(RefreshScheduler::intervalMinutes(feed, 30), 180);
        feed.ttlMinutes = 100000; // a feed asking for a refresh every two months is capped at a day
        QCOMPARE(RefreshScheduler::intervalMinutes(feed, 30), 24 * 60);
        feed.ttlMinutes = 1; // never more often than the user's interval
        QCOMPARE(RefreshScheduler::intervalMinutes(feed, 30), 30);
        feed.ttlMinutes = 0;
        QCOMPARE(RefreshScheduler::intervalMinutes(feed, 1), 5); // floor
    }

    void backoffAndGoneAndBuiltin()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Feed failing = checkedAgo(120, now);
        failing.status = FeedStatus::Error;
        failing.nextAttempt = now.addSecs(600);
        QVERIFY(!RefreshScheduler::isDue(failing, now, 30));
        failing.nextAttempt = now.addSecs(-1);
        QVERIFY(RefreshScheduler::isDue(failing, now, 30));
        Feed gone = checkedAgo(10000, now);
        gone.status = FeedStatus::Gone;
        QVERIFY(!RefreshScheduler::isDue(gone, now, 30));
        Feed builtin;
        builtin.builtin = true;
        QVERIFY(!RefreshScheduler::isDue(builtin, now, 30));
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
