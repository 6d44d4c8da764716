// Contact channels in a real SQLite profile: what discovery adds never overrides the user's edits
// nor brings back what the user removed; the chat history; and ContactFinder fetching a site's home
// page from a real local HTTP server, once and then not again before a week has passed.
#include "localhttpserver.h"
#include "net/feedfetcher.h"
#include "share/contactfinder.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
ContactChannel make(ContactChannel::Kind kind, const QString &value, const QString &greeting = {})
{
    ContactChannel c;
    c.kind = kind;
    c.value = value;
    c.greeting = greeting;
    return c;
}

QStringList values(const QList<ContactChannel> &channels)
{
    QStringList out;
    for (const ContactChannel &c : channels)
        out.append(ContactChannel::kindName(c.kind) + u':' + c.value + u':' + ContactChannel::originName(c.origin));
    return out;
}
} // namespace

class TestContacts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;

    std::unique_ptr<Store> openStore(const QString &name)
    {
        auto store = Store::open(m_dir.filePath(name));
        return store ? std::move(store.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QFile page(QStringLiteral(KHULASA_TEST_DATA "/contact/joinchat.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        m_server.route("/", HttpResponse{200, "text/html; charset=utf-8", page.readAll(), {}});
        m_server.route("/broken/", HttpResponse{500, "text/plain", "oops", {}});
        HttpResponse slow{200, "text/html", "<html></html>", {}};
        slow.delayMs = 3000;
        m_server.route("/slow/", slow);
    }

    void schemaHasTheContactTables()
    {
        auto store = openStore(QStringLiteral("schema.db"));
        QVERIFY(store);
        const QString connection = QStringLiteral("schema-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(store->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::currentSchemaVersion());
            for (const char *table : {"contact_channels", "contact_checks", "chat_history"}) {
                QSqlQuery t(db);
                t.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
                t.addBindValue(QLatin1String(table));
                QVERIFY(t.exec() && t.next());
                QVERIFY2(t.value(0).toInt() == 1, table);
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void discoveryNeverOverridesTheUser()
    {
        auto store = openStore(QStringLiteral("merge.db"));
        const qint64 feed = *store->addFeed(QStringLiteral("https://alwaha.example/feed"));
        using K = ContactChannel::Kind;
        const QList<ContactChannel> found = {make(K::WhatsApp, QStringLiteral("966501234567"), QStringLiteral("مرحبا")),
                                             make(K::Email, QStringLiteral("desk@alwaha.example")),
                                             make(K::Telegram, QStringLiteral("AlWahaNews"))};
        QCOMPARE(*store->mergeDiscoveredContacts(feed, found), 3);
        QCOMPARE(*store->mergeDiscoveredContacts(feed, found), 0); // nothing new the second time
        QList<ContactChannel> channels = store->contactChannels(feed);
        QCOMPARE(channels.size(), 3);
        QCOMPARE(channels.first().greeting, QStringLiteral("مرحبا"));
        QVERIFY(store->feedsWithContact().contains(feed));

        // The user edits the greeting of the WhatsApp channel, removes the e-mail, changes the Telegram name.
        ContactChannel whatsapp = channels.at(0);
        whatsapp.greeting = QStringLiteral("أهلاً من المستخدم");
        QVERIFY(store->updateContactChannel(whatsapp));
        QVERIFY(store->removeContactChannel(channels.at(1).id));
        ContactChannel telegram = channels.at(2);
        telegram.value = QStringLiteral("AlWahaOfficial");
        QVERIFY(store->updateContactChannel(telegram));
        QVERIFY(*store->addContactChannel(feed, make(K::Phone, QStringLiteral("966112345678"))) > 0);

        // Discovery runs again with a new greeting and the old values: none of the user's choices move.
        const QList<ContactChannel> again = {make(K::WhatsApp, QStringLiteral("966501234567"), QStringLiteral("تحية جديدة")),
                                             make(K::Email, QStringLiteral("desk@alwaha.example")),
                                             make(K::Telegram, QStringLiteral("AlWahaNews")),
                                             make(K::Web, QStringLiteral("https://alwaha.example/contact"))};
        QCOMPARE(*store->mergeDiscoveredContacts(feed, again), 1); // only the contact page is new
        channels = store->contactChannels(feed);
        QStringList got = values(channels);
        got.sort();
        QCOMPARE(got, QStringList({QStringLiteral("phone:966112345678:user"), QStringLiteral("telegram:AlWahaOfficial:user"),
                                   QStringLiteral("web:https://alwaha.example/contact:discovered"),
                                   QStringLiteral("whatsapp:966501234567:user")}));
        for (const ContactChannel &c : channels) {
            if (c.kind == K::WhatsApp)
                QCOMPARE(c.greeting, QStringLiteral("أهلاً من المستخدم"));
        }
        // The user's own channels are listed first.
        QCOMPARE(channels.last().origin, ContactChannel::Origin::Discovered);

        // A discovered channel that is still the discoverer's gets a newer greeting.
        QCOMPARE(*store->mergeDiscoveredContacts(feed, {make(K::Web, QStringLiteral("https://alwaha.example/contact"), QStringLiteral("نحن هنا"))}), 0);
        QCOMPARE(store->contactChannels(feed).last().greeting, QStringLiteral("نحن هنا"));

        // The user may bring back what they removed, by adding it themselves.
        QVERIFY(store->addContactChannel(feed, make(K::Email, QStringLiteral("desk@alwaha.example"))));
        QCOMPARE(store->contactChannels(feed).size(), 5);
        QVERIFY(!store->addContactChannel(feed, make(K::Email, QStringLiteral("  "))));

        // Removing the feed removes its channels.
        QVERIFY(store->removeFeed(feed));
        QVERIFY(store->contactChannels(feed).isEmpty());
        QVERIFY(!store->feedsWithContact().contains(feed));
    }

    void chatHistoryKeepsTitlesAndOrder()
    {
        auto store = openStore(QStringLiteral("history.db"));
        const qint64 feed = *store->addFeed(QStringLiteral("https://alwaha.example/feed"));
        Article article;
        article.guid = QStringLiteral("g1");
        article.title = QStringLiteral("خبر أول");
        article.url = QStringLiteral("https://alwaha.example/1");
        QVERIFY(store->storeArticles(feed, {article}));
        const qint64 articleId = store->articles({}).first().id;
        const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        QVERIFY(store->recordChat({0, articleId, feed, QStringLiteral("خبر أول"), ContactChannel::Kind::WhatsApp, QStringLiteral("966501234567"), t0}));
        QVERIFY(store->recordChat({0, articleId, feed, QStringLiteral("خبر أول"), ContactChannel::Kind::Email, QStringLiteral("desk@alwaha.example"), t0.addSecs(60)}));
        QVERIFY(store->recordChat({0, 0, 0, QStringLiteral("مشاركة"), ContactChannel::Kind::Telegram, QString(), t0.addSecs(120)}));
        const QList<ChatRecord> ofFeed = store->chatHistory(feed);
        QCOMPARE(ofFeed.size(), 2);
        QCOMPARE(ofFeed.first().kind, ContactChannel::Kind::Email); // newest first
        QCOMPARE(ofFeed.last().opened, t0);
        QCOMPARE(ofFeed.last().articleId, articleId);
        QCOMPARE(store->chatHistory().size(), 3);
        QCOMPARE(store->chatHistory(0, 1).size(), 1);
        // The history outlives the feed and its articles (titles were copied).
        QVERIFY(store->removeFeed(feed));
        const QList<ChatRecord> after = store->chatHistory();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.last().articleTitle, QStringLiteral("خبر أول"));
        QCOMPARE(after.last().articleId, 0);
    }

    void finderFetchesTheHomePageOnceAWeek()
    {
        auto store = openStore(QStringLiteral("finder.db"));
        const qint64 feedId = *store->addFeed(m_server.url(QStringLiteral("/feed.xml")).toString());
        QVERIFY(store->updateFeedMetadata(feedId, QStringLiteral("الواحة"), m_server.url(QStringLiteral("/")).toString()));
        FeedFetcher fetcher(&m_network, HttpLimits{});
        ContactFinder finder(*store, fetcher);
        QSignalSpy searched(&finder, &ContactFinder::searched);
        const Feed feed = *store->feed(feedId);
        QVERIFY(finder.isDue(feed));
        finder.checkIfDue(feed);
        finder.checkIfDue(feed); // already running: not a second request
        QVERIFY(searched.wait(20000));
        QCOMPARE(searched.first().at(1).toInt(), 2); // the WhatsApp widget and the contact page
        QCOMPARE(m_server.requestCount("/"), 1);
        const QList<ContactChannel> channels = store->contactChannels(feedId);
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.first().value, QStringLiteral("966501234567"));
        QCOMPARE(channels.first().greeting, QStringLiteral("مرحبا 👋 أهلاً! كيف يمكننا مساعدتك؟"));

        // Not due again until a week has passed.
        QVERIFY(!finder.isDue(feed));
        QVERIFY(finder.isDue(feed, QDateTime::currentDateTimeUtc().addDays(ContactFinder::kRecheckDays)));
        finder.checkIfDue(feed);
        QTest::qWait(200);
        QCOMPARE(m_server.requestCount("/"), 1);
    }

    void finderRecordsAFailureAndNeedsASite()
    {
        auto store = openStore(QStringLiteral("finder-broken.db"));
        const qint64 feedId = *store->addFeed(m_server.url(QStringLiteral("/other.xml")).toString());
        FeedFetcher fetcher(&m_network, HttpLimits{});
        ContactFinder finder(*store, fetcher);
        QVERIFY(!finder.isDue(*store->feed(feedId))); // no site link yet: nothing to search
        QVERIFY(store->updateFeedMetadata(feedId, QString(), m_server.url(QStringLiteral("/broken/")).toString()));
        QSignalSpy searched(&finder, &ContactFinder::searched);
        finder.check(*store->feed(feedId));
        QVERIFY(searched.wait(20000));
        QVERIFY(!searched.first().at(2).toString().isEmpty());
        QVERIFY(store->contactChannels(feedId).isEmpty());
        // A failed search is retried after a day, not on every refresh.
        QVERIFY(!finder.isDue(*store->feed(feedId)));
        QVERIFY(finder.isDue(*store->feed(feedId), QDateTime::currentDateTimeUtc().addDays(1)));
    }

    void finderGoneBeforeTheAnswerIsHarmless()
    {
        auto store = openStore(QStringLiteral("finder-gone.db"));
        const qint64 feedId = *store->addFeed(m_server.url(QStringLiteral("/slow.xml")).toString());
        QVERIFY(store->updateFeedMetadata(feedId, QString(), m_server.url(QStringLiteral("/slow/")).toString()));
        FeedFetcher fetcher(&m_network, HttpLimits{});
        {
            ContactFinder finder(*store, fetcher);
            finder.check(*store->feed(feedId));
            QVERIFY(finder.isBusy());
        }
        fetcher.cancelAll(); // reports "cancelled" to a finder that no longer exists
        QTest::qWait(100);
        QVERIFY(!store->contactCheckedAt(feedId).isValid());
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
