// The refresh pipeline against a real HTTP server on 127.0.0.1: subscribe, refresh, conditional GET,
// errors recorded per feed while good feeds still update, non-feeds refused without creating anything.
#include "localhttpserver.h"
#include "refresh/refresher.h"
#include "refresh/subscriber.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray arabicFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>أخبار الاختبار</title><link>https://akhbar.example/</link><language>ar</language>";
    for (int i = 1; i <= items; ++i) {
        xml += "<item><title>خبر رقم " + QByteArray::number(i) + " عن COP29 في 2026؟</title>"
               "<link>https://akhbar.example/news/" + QByteArray::number(i) + "</link>"
               "<guid>akhbar-" + QByteArray::number(i) + "</guid>"
               "<pubDate>Sun, 01 Nov 2026 1" + QByteArray::number(i % 10) + ":00:00 +0300</pubDate>"
               "<description>&lt;p&gt;نص الخبر " + QByteArray::number(i) + "&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

HttpResponse feedResponse(const QByteArray &body)
{
    HttpResponse r;
    r.body = body;
    r.headers = {{"ETag", "\"v1\""}, {"Last-Modified", "Sun, 01 Nov 2026 12:00:00 GMT"}};
    return r;
}
} // namespace

class TestRefresher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    LocalHttpServer m_noFeeds; // a site with pages but no feed anywhere (autodiscovery finds nothing)
    QNetworkAccessManager m_network;
    int m_items = 3;

    static Result<SubscribeOutcome> subscribe(Store &store, Refresher &refresher, const QUrl &url)
    {
        Subscriber subscriber(store, refresher);
        std::optional<SubscribeReply> reply;
        subscriber.subscribe(url.toString(), 0, true, [&](const SubscribeReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000))
            return Result<SubscribeOutcome>::failure(QStringLiteral("timed out"));
        if (!reply->added)
            return Result<SubscribeOutcome>::failure(reply->error);
        return *reply->added;
    }

    void refreshAll(Refresher &refresher, Store &store)
    {
        QSignalSpy finished(&refresher, &Refresher::finished);
        refresher.refresh(store.feeds());
        QVERIFY(finished.count() > 0 || finished.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/feed.xml", [this](const HttpRequestRecord &request) {
            if (request.headers.value("if-none-match") == "\"v1\"" && m_items == 3) {
                HttpResponse notModified;
                notModified.status = 304;
                return notModified;
            }
            HttpResponse r = feedResponse(arabicFeed(m_items));
            if (m_items != 3)
                r.headers = {{"ETag", "\"v2\""}};
            return r;
        });
        m_server.route("/page.html", HttpResponse{200, "text/html", "<html><body><p>Not a feed</p></body></html>", {}});
        QVERIFY(m_noFeeds.listen());
        m_noFeeds.route("/page.html", HttpResponse{200, "text/html", "<html><body><p>Not a feed</p></body></html>", {}});
        m_noFeeds.route("/broken.xml", HttpResponse{500, "text/plain", "oops", {}});
        m_noFeeds.route("/empty.xml", HttpResponse{200, "application/rss+xml", "", {}});
        m_server.route("/broken.xml", HttpResponse{500, "text/plain", "oops", {}});
        m_server.route("/empty.xml", HttpResponse{200, "application/rss+xml", "", {}});
    }

    void subscribeRefreshAndConditionalGet()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("a.db"))).value();
        Refresher refresher(store->databasePath(), &m_network, HttpLimits{});
        const auto added = subscribe(*store, refresher, m_server.url(QStringLiteral("/feed.xml")));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->title, QStringLiteral("أخبار الاختبار"));
        QCOMPARE(added->articles, 3);
        // The writer indexed the stored batch for the summary sidebar (signatures, clusters) right away.
        QVERIFY(store->articlesToIndex(0, 100).isEmpty());
        QCOMPARE(store->signatures({store->articles({}).first().id}).size(), 1);

        const Feed feed = *store->feed(added->feedId);
        QCOMPARE(feed.siteUrl, QStringLiteral("https://akhbar.example/"));
        QCOMPARE(feed.etag, QStringLiteral("\"v1\""));
        QCOMPARE(feed.status, FeedStatus::Ok);
        const QList<Article> articles = store->articles({});
        QCOMPARE(articles.size(), 3);
        for (const Article &a : articles) {
            QVERIFY(a.title.startsWith(u"خبر رقم "));
            QCOMPARE(a.direction, QStringLiteral("rtl"));
        }

        // Unchanged: the server sees both validators and answers 304; nothing is added.
        refreshAll(refresher, *store);
        const HttpRequestRecord last = m_server.requests().last();
        QCOMPARE(last.headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(last.headers.value("if-modified-since"), QByteArray("Sun, 01 Nov 2026 12:00:00 GMT"));
        QVERIFY(last.headers.value("user-agent").startsWith("Khulasa/"));
        QCOMPARE(store->feed(added->feedId)->status, FeedStatus::NotModified);
        QCOMPARE(store->articles({}).size(), 3);

        // Two new entries: only they are added, read flags survive.
        store->setRead(articles.first().id, true);
        m_items = 5;
        refreshAll(refresher, *store);
        QCOMPARE(store->articles({}).size(), 5);
        QVERIFY(store->articlesToIndex(0, 100).isEmpty());
        QCOMPARE(store->feed(added->feedId)->status, FeedStatus::Ok);
        QVERIFY(store->article(articles.first().id)->read);
        m_items = 3;
    }

    void unchangedEntriesAreSkippedBeforeSanitising()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("skip.db"))).value();
        QByteArray body = arabicFeed(3);
        m_server.route("/skip.xml", [&body](const HttpRequestRecord &) { return feedResponse(body); });
        Refresher refresher(store->databasePath(), &m_network, HttpLimits{});
        const auto added = subscribe(*store, refresher, m_server.url(QStringLiteral("/skip.xml")));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        // Mark the stored copy of entry 1 and spoil its content hash: an entry that reached the store
        // would be rewritten (clearing the mark); a skipped one is never looked at.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mark"));
            db.setDatabaseName(store->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE articles SET author = 'marked', content_hash = x'00' WHERE guid = 'akhbar-1'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mark"));
        // Entry 2 changes; the document's bytes change with it, so the body hash does not short-cut.
        body.replace("نص الخبر 2", "نص الخبر 2 بعد التعديل");
        QSignalSpy outcomes(&refresher, &Refresher::feedRefreshed);
        refreshAll(refresher, *store);
        QCOMPARE(outcomes.count(), 1);
        const auto outcome = outcomes.first().first().value<FeedRefreshOutcome>();
        QCOMPARE(outcome.status, FeedStatus::Ok);
        QCOMPARE(outcome.added, 0);
        QCOMPARE(outcome.updated, 1);
        for (const Article &a : store->articles({})) {
            if (a.guid == u"akhbar-1")
                QCOMPARE(a.author, QStringLiteral("marked")); // skipped: untouched
            if (a.guid == u"akhbar-2")
                QVERIFY(store->article(a.id)->text.contains(u"بعد التعديل"));
        }
    }

    void nonFeedsAreRefusedAndCreateNothing()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("b.db"))).value();
        Refresher refresher(store->databasePath(), &m_network, HttpLimits{});
        for (const char *path : {"/page.html", "/broken.xml", "/empty.xml", "/missing.xml"}) {
            const auto added = subscribe(*store, refresher, m_noFeeds.url(QString::fromLatin1(path)));
            QVERIFY2(!added.ok(), path);
            QVERIFY(!added.error().isEmpty());
        }
        QVERIFY(store->feeds().isEmpty());
        QVERIFY(!subscribe(*store, refresher, QUrl(QStringLiteral("file:///etc/passwd"))).ok());
    }

    void failingFeedsDoNotStopGoodOnes()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("c.db"))).value();
        const qint64 good = store->addFeed(m_server.url(QStringLiteral("/feed.xml")).toString()).value();
        const qint64 broken = store->addFeed(m_server.url(QStringLiteral("/broken.xml")).toString()).value();
        const qint64 page = store->addFeed(m_server.url(QStringLiteral("/page.html")).toString()).value();
        const qint64 empty = store->addFeed(m_server.url(QStringLiteral("/empty.xml")).toString()).value();
        const qint64 refused = store->addFeed(QStringLiteral("http://127.0.0.1:1/closed.xml")).value();
        Refresher refresher(store->databasePath(), &m_network, HttpLimits{});
        QSignalSpy outcomes(&refresher, &Refresher::feedRefreshed);
        refreshAll(refresher, *store);
        QCOMPARE(outcomes.count(), 5);
        QCOMPARE(store->feed(good)->status, FeedStatus::Ok);
        QCOMPARE(store->feed(good)->total, 3);
        QCOMPARE(store->feed(broken)->status, FeedStatus::Error);
        QCOMPARE(store->feed(broken)->error, QStringLiteral("server error (500)"));
        QCOMPARE(store->feed(page)->status, FeedStatus::Error);
        QCOMPARE(store->feed(empty)->status, FeedStatus::Error);
        QCOMPARE(store->feed(empty)->error, QStringLiteral("the server sent an empty response"));
        QCOMPARE(store->feed(refused)->status, FeedStatus::Error);
        QVERIFY(!store->feed(refused)->error.isEmpty());
        for (qint64 id : {broken, page, empty, refused})
            QCOMPARE(store->feed(id)->total, 0);
    }

    void stalledServerEndsWithinTheStallTimeout()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto store = Store::open(m_dir.filePath(QStringLiteral("d.db"))).value();
        const qint64 id = store->addFeed(QStringLiteral("http://127.0.0.1:%1/slow.xml").arg(silent.serverPort())).value();
        HttpLimits limits;
        limits.stallTimeoutSeconds = 1;
        Refresher refresher(store->databasePath(), &m_network, limits);
        QElapsedTimer timer;
        timer.start();
        refreshAll(refresher, *store);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(store->feed(id)->status, FeedStatus::Error);
        QVERIFY(store->feed(id)->error.contains(u"stopped sending"));
    }
};

QTEST_GUILESS_MAIN(TestRefresher)
#include "tst_refresher.moc"
