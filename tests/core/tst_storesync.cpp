// The Store's sync part on a real SQLite file: which changes are queued (only an account's articles,
// one row per target, the newest time kept), how the server's read/starred state is taken (queued
// changes win, agreed ones go, a partial list changes nothing), confirmation and back-off of queued
// changes, and removing an account with everything it brought.
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

class TestStoreSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    qint64 m_syncedFeed = 0;
    qint64 m_localFeed = 0;
    QHash<QString, qint64> m_ids; // guid → article id

    static QString item(int n) { return QStringLiteral("tag:google.com,2005:reader/item/%1").arg(n, 16, 16, QLatin1Char('0')); }

    static QList<Article> articles(const QStringList &guids)
    {
        QList<Article> list;
        for (const QString &guid : guids) {
            Article article;
            article.guid = guid;
            article.title = guid.right(4);
            article.contentHash = guid.toUtf8();
            list.append(article);
        }
        return list;
    }

    bool isRead(const QString &guid) const { return m_store->article(m_ids.value(guid))->read; }
    bool isSaved(const QString &guid) const { return m_store->article(m_ids.value(guid))->saved; }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("sync.db")));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("sync.db")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_store = std::move(opened).value();
        auto account = m_store->addAccount(QStringLiteral("greader"), QStringLiteral("https://rss.example/api/greader.php"), QStringLiteral("me"));
        QVERIFY(account);
        m_account = *account;
        QVERIFY(!m_store->addAccount(QStringLiteral("greader"), QStringLiteral("https://rss.example/api/greader.php"), QStringLiteral("me")));
        // The same feed locally and on the account: both exist, each in its own place.
        auto local = m_store->addFeed(QStringLiteral("https://feeds.example/news.xml"));
        QVERIFY(local);
        m_localFeed = *local;
        auto feeds = m_store->replaceAccountFeeds(m_account, {{QStringLiteral("feed/1"), QStringLiteral("News"),
                                                                QStringLiteral("https://feeds.example/news.xml"), QString(), QStringLiteral("World")}});
        QVERIFY2(feeds, qPrintable(feeds.error()));
        m_syncedFeed = feeds->value(QStringLiteral("feed/1"));
        QVERIFY(m_syncedFeed > 0 && m_syncedFeed != m_localFeed);
        QCOMPARE(m_store->feed(m_syncedFeed)->accountId, m_account);
        QCOMPARE(m_store->feed(m_syncedFeed)->folderName, QStringLiteral("World"));
        QCOMPARE(m_store->feed(m_localFeed)->accountId, 0);
        QVERIFY(m_store->storeAccountArticles({{m_syncedFeed, articles({item(1), item(2), item(3), item(4)})}}));
        QVERIFY(m_store->storeArticles(m_localFeed, articles({QStringLiteral("local-1")})));
        m_ids.clear();
        ArticleQuery all;
        for (const Article &a : m_store->articles(all))
            m_ids.insert(a.guid, a.id);
        QCOMPARE(m_store->accountItemIds(m_account), QSet<QString>({item(1), item(2), item(3), item(4)}));
    }

    void onlyAnAccountsArticlesQueueChanges()
    {
        QVERIFY(m_store->setRead(m_ids.value(QStringLiteral("local-1")), true));
        QCOMPARE(m_store->pendingChangeCount(m_account), 0);
        QVERIFY(m_store->setRead(m_ids.value(item(1)), true));
        QVERIFY(m_store->setRead(m_ids.value(item(1)), false)); // the same target: one row, the newest value
        QVERIFY(m_store->setSaved(m_ids.value(item(1)), true));
        const QList<SyncChange> changes = m_store->pendingChanges(m_account);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).kind, SyncChange::Kind::Read);
        QCOMPARE(changes.at(0).target, item(1));
        QCOMPARE(changes.at(0).value, false);
        QVERIFY(changes.at(0).changed.isValid());
        QCOMPARE(changes.at(1).kind, SyncChange::Kind::Saved);
        QVERIFY(!m_store->setRead(987654, true)); // no such article: nothing queued either
        QCOMPARE(m_store->pendingChangeCount(m_account), 2);
    }

    void serverStateRule()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // First look: the server says 1 and 2 unread, 3 and 4 read, 4 starred.
        RemoteState state{true, {item(1), item(2)}, true, {item(4)}};
        QVERIFY(m_store->applyRemoteState(m_account, state, now));
        QVERIFY(!isRead(item(1)) && !isRead(item(2)) && isRead(item(3)) && isRead(item(4)));
        QVERIFY(isSaved(item(4)) && !isSaved(item(1)));
        QCOMPARE(m_store->account(m_account)->stateSynced, QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC));

        // Here: 1 read (the server still has it unread: ours wins), 2 read (the server read it too: agreed).
        QVERIFY(m_store->setRead(m_ids.value(item(1)), true));
        QVERIFY(m_store->setRead(m_ids.value(item(2)), true));
        // There: 2 read, 3 unread again, 4 unstarred.
        state = {true, {item(1), item(3)}, true, {}};
        QVERIFY(m_store->applyRemoteState(m_account, state, now.addSecs(60)));
        QVERIFY(isRead(item(1)));  // queued here: kept, to be sent
        QVERIFY(isRead(item(2)));
        QVERIFY(!isRead(item(3))); // the server's change
        QVERIFY(!isSaved(item(4)));
        const QList<SyncChange> left = m_store->pendingChanges(m_account);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().target, item(1));

        // A list the client could not read whole changes nothing.
        state = {false, {}, false, {}};
        QVERIFY(m_store->applyRemoteState(m_account, state, now.addSecs(120)));
        QVERIFY(!isRead(item(3)));

        // Confirmed: gone from the queue; the server's state is remembered, so the next look agrees.
        QVERIFY(m_store->confirmChanges(m_account, left));
        QCOMPARE(m_store->pendingChangeCount(m_account), 0);
        state = {true, {item(3)}, true, {}};
        QVERIFY(m_store->applyRemoteState(m_account, state, now.addSecs(180)));
        QVERIFY(isRead(item(1)));
    }

    void changedAgainWhileSendingStaysQueued()
    {
        QVERIFY(m_store->setRead(m_ids.value(item(1)), true));
        const QList<SyncChange> sent = m_store->pendingChanges(m_account);
        QTest::qWait(5); // a later change has a later time
        QVERIFY(m_store->setRead(m_ids.value(item(1)), false));
        QVERIFY(m_store->confirmChanges(m_account, sent));
        const QList<SyncChange> left = m_store->pendingChanges(m_account);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value, false);
    }

    void refusedChangesBackOff()
    {
        QVERIFY(m_store->setSaved(m_ids.value(item(2)), true));
        QVERIFY(m_store->deferChanges(m_store->pendingChanges(m_account), QStringLiteral("HTTP 400")));
        QCOMPARE(m_store->pendingChanges(m_account).size(), 0); // waiting
        QCOMPARE(m_store->pendingChangeCount(m_account), 1);    // but kept
    }

    void feedChangesAndMarkAllRead()
    {
        QVERIFY(m_store->setFeedTitle(m_syncedFeed, QStringLiteral("Renamed")));
        QVERIFY(m_store->setFeedTitle(m_localFeed, QStringLiteral("Local name")));
        QVERIFY(m_store->markFeedRead(m_syncedFeed));
        QCOMPARE(m_store->unreadCount(m_syncedFeed), 0);
        QList<SyncChange> changes = m_store->pendingChanges(m_account);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).kind, SyncChange::Kind::Rename);
        QCOMPARE(changes.at(0).argument, QStringLiteral("Renamed"));
        QCOMPARE(changes.at(1).kind, SyncChange::Kind::MarkAllRead);
        QVERIFY(changes.at(1).argument.toLongLong() > 0);
        // The server's list still has the old title: the rename waiting to be sent keeps ours.
        QVERIFY(m_store->replaceAccountFeeds(m_account, {{QStringLiteral("feed/1"), QStringLiteral("News"),
                                                          QStringLiteral("https://feeds.example/news.xml"), QString(), QString()}}));
        QCOMPARE(m_store->feed(m_syncedFeed)->title, QStringLiteral("Renamed"));
        QVERIFY(m_store->removeFeed(m_syncedFeed));
        changes = m_store->pendingChanges(m_account);
        QCOMPARE(changes.last().kind, SyncChange::Kind::Unsubscribe);
        QCOMPARE(changes.last().target, QStringLiteral("feed/1"));
    }

    void feedsTheServerDropsGoUnlessTheyHoldSavedArticles()
    {
        auto second = m_store->ensureAccountFeed(m_account, {QStringLiteral("feed/2"), QStringLiteral("Two"), QString(), QString(), QString()});
        QVERIFY(second);
        QVERIFY(m_store->storeArticles(*second, articles({item(9)})));
        ArticleQuery query;
        query.feedId = *second;
        QVERIFY(m_store->setSaved(m_store->articles(query).first().id, true));
        QVERIFY(m_store->replaceAccountFeeds(m_account, {}));
        QVERIFY(!m_store->feed(m_syncedFeed));
        QVERIFY(m_store->feed(*second)); // holds a saved article
        QVERIFY(m_store->feed(m_localFeed));
    }

    void removingTheAccountTakesItsFeedsArticlesAndQueue()
    {
        QVERIFY(m_store->setRead(m_ids.value(item(1)), true));
        QVERIFY(m_store->removeAccount(m_account));
        QVERIFY(!m_store->account(m_account));
        QVERIFY(!m_store->feed(m_syncedFeed));
        QCOMPARE(m_store->pendingChangeCount(m_account), 0);
        ArticleQuery all;
        QCOMPARE(m_store->articles(all).size(), 1); // the local feed's article stays
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
