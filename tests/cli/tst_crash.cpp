// Crash safety: `khulasa-cli refresh` is killed with SIGKILL at random moments while it downloads
// and writes many feeds from a local server; after every kill the database must pass
// PRAGMA integrity_check (and the search index its own check), every article stored before the
// round must still be there, and the saved set must be unchanged.
// Rounds: KHULASA_CRASH_ROUNDS (default 10); the seed is printed and can be fixed with KHULASA_CRASH_SEED.
#include "localhttpserver.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kFeeds = 30;
constexpr int kItemsPerResponse = 4;

/** A feed that has new entries on every request (dated now, so no purge touches them). */
QByteArray feedBody(int feed, int request)
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed "
                      + QByteArray::number(feed) + "</title><link>https://crash.example/</link>";
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8();
    for (int k = 0; k < kItemsPerResponse; ++k) {
        const QByteArray id = "f" + QByteArray::number(feed) + "-r" + QByteArray::number(request) + "-" + QByteArray::number(k);
        body += "<item><title>خبر " + id + " agreement</title><guid isPermaLink=\"false\">" + id + "</guid><pubDate>" + date
              + "</pubDate><description>&lt;p&gt;" + QByteArray("نص الاتفاقية الطويل وبعض الكلمات. ").repeated(15)
              + "&lt;/p&gt;</description></item>";
    }
    return body + "</channel></rss>";
}

struct Snapshot
{
    QSet<QString> guids;
    QSet<QString> saved;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}
} // namespace

class TestCrash final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QHash<int, int> m_requests; // feed → requests served
    QTemporaryDir m_profile;

    QString databasePath() const { return m_profile.filePath(QStringLiteral("khulasa.db")); }

    /** Opens the store in this process, checks it and records what it holds; saves a few more articles. */
    Snapshot checkAndSnapshot(const Snapshot &before, QRandomGenerator &random)
    {
        Snapshot now;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(databasePath());
            [&] { QVERIFY(db.open()); }();
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            q.next();
            [&] { QCOMPARE(q.value(0).toString(), QStringLiteral("ok")); }();
            q.finish();
            const bool indexOk = q.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES('integrity-check')"));
            [&] { QVERIFY(indexOk); }();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        auto store = Store::open(databasePath());
        if (!store) {
            QTest::qFail(qPrintable(store.error()), __FILE__, __LINE__);
            return now;
        }
        ArticleQuery all;
        all.limit = 1000000;
        QList<qint64> unsaved;
        for (const Article &a : (*store)->articles(all)) {
            now.guids.insert(a.guid);
            if (a.saved)
                now.saved.insert(a.guid);
            else
                unsaved.append(a.id);
        }
        const QSet<QString> lost = before.guids - now.guids;
        if (!lost.isEmpty())
            QTest::qFail(qPrintable(QStringLiteral("%1 stored articles were lost, e.g. %2").arg(lost.size()).arg(*lost.begin())), __FILE__, __LINE__);
        if (now.saved != before.saved)
            QTest::qFail("the saved set changed", __FILE__, __LINE__);
        // Save a few more for the next round to protect.
        for (int i = 0; i < 3 && !unsaved.isEmpty(); ++i) {
            const qint64 id = unsaved.takeAt(random.bounded(int(unsaved.size())));
            (*store)->setSaved(id, true);
            now.saved.insert((*store)->article(id)->guid);
        }
        return now;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        auto store = Store::open(databasePath());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        for (int feed = 0; feed < kFeeds; ++feed) {
            const QByteArray path = "/feed" + QByteArray::number(feed) + ".xml";
            m_server.route(path, [this, feed](const HttpRequestRecord &) {
                return HttpResponse{200, "application/rss+xml; charset=utf-8", feedBody(feed, m_requests[feed]++), {}};
            });
            QVERIFY((*store)->addFeed(m_server.url(QString::fromLatin1(path)).toString()).ok());
        }
    }

    void killedRefreshesLoseNothing()
    {
        const int rounds = envInt("KHULASA_CRASH_ROUNDS", 10);
        const quint32 seed = quint32(envInt("KHULASA_CRASH_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
        qInfo("crash test: %d rounds, seed %u (KHULASA_CRASH_SEED)", rounds, seed);
        QRandomGenerator random(seed);
        Snapshot snapshot = checkAndSnapshot({}, random);
        int killed = 0;
        qint64 fullRun = 0; // how long an uninterrupted refresh took last time
        for (int round = 0; round < rounds; ++round) {
            QProcess cli;
            cli.start(QStringLiteral(KHULASA_CLI_PATH), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("refresh")});
            QVERIFY(cli.waitForStarted());
            // Every fifth run (and the first) completes, to learn how long a refresh takes as the
            // database grows; the others are killed anywhere within that time, so kills land in
            // start-up, downloading, parsing, writing and the purge alike.
            const bool complete = round % 5 == 0;
            const int killAfter = complete ? 60000 : int(random.bounded(qMax<qint64>(20, fullRun + fullRun / 5)));
            QElapsedTimer timer;
            timer.start();
            const bool ended = QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, killAfter);
            if (!ended) {
                QVERIFY(!complete);
                cli.kill(); // SIGKILL
                ++killed;
            } else {
                if (complete)
                    fullRun = timer.elapsed();
                QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
                QCOMPARE(cli.exitCode(), 0);
            }
            if (cli.state() != QProcess::NotRunning)
                QVERIFY(cli.waitForFinished(10000));
            snapshot = checkAndSnapshot(snapshot, random);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d (seed %u)", round, seed);
                return;
            }
        }
        qInfo("crash test: %d of %d refreshes killed, %lld articles, %lld saved", killed, rounds,
              qint64(snapshot.guids.size()), qint64(snapshot.saved.size()));
        QVERIFY(killed > 0);
        QVERIFY(snapshot.guids.size() > kItemsPerResponse); // some refreshes did write
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
