// Sync with a Google Reader API server, end to end: the real khulasa-cli against GReaderServer (real
// HTTP on 127.0.0.1, real state, token checks), a real profile (SQLite file) and a real gnome-keyring
// on a private D-Bus session (KEYCHAIN). The test reads and changes the profile's store directly with
// the same Store code the GUI uses, to make changes "here" between syncs.
#include "clirun.h"
#include "greaderserver.h"
#include "tlstestcert.h"
#include "store/store.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kUser = QStringLiteral("reader@example.org");
const QString kPassword = QStringLiteral("s3cret-API-pässword");
} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<GReaderServer> m_server;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runCli(arguments, QProcessEnvironment::systemEnvironment(), input, 90000);
    }

    QStringList profileArgs(const QStringList &words) { return QStringList{QStringLiteral("--profile"), m_profile->path()} + words; }

    CliRun addAccount(const QString &url, const QString &password = kPassword)
    {
        return cli(profileArgs({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("greader"),
                                QStringLiteral("--url"), url, QStringLiteral("--user"), kUser}),
                   password.toUtf8() + '\n');
    }

    CliRun sync() { return cli(profileArgs({QStringLiteral("sync")})); }

    QJsonArray listJson(const QStringList &words)
    {
        const CliRun run = cli(profileArgs(words + QStringList{QStringLiteral("--json")}));
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }

    std::unique_ptr<Store> openStore()
    {
        auto store = Store::open(m_profile->filePath(QStringLiteral("khulasa.db")));
        if (!store)
            qWarning() << store.error();
        return store ? std::move(store).value() : nullptr;
    }

    /** guid (long-form item id) → local article id. */
    QHash<QString, qint64> localIds(Store &store)
    {
        QHash<QString, qint64> ids;
        ArticleQuery all;
        all.limit = 1000000;
        for (const Article &article : store.articles(all))
            ids.insert(article.guid, article.id);
        return ids;
    }

    /** Neither the password nor any token the server handed out appears in any file of the profile. */
    void verifyNoSecretsInProfile()
    {
        QStringList secrets = m_server->issuedTokens();
        secrets << kPassword;
        QVERIFY(secrets.size() > 1);
        QDirIterator files(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++checked;
            for (const QString &secret : std::as_const(secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName() + u" holds a secret"));
                QVERIFY2(!bytes.contains(secret.toUtf8().toPercentEncoding()), qPrintable(file.fileName() + u" holds a secret"));
            }
        }
        QVERIFY(checked > 0);
    }

    void start(int feeds, int items)
    {
        m_server = std::make_unique<GReaderServer>(kUser, kPassword);
        QVERIFY(m_server->listen());
        m_server->populate(feeds, items);
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_profile.reset();
    }

    void wrongPasswordIsRefusedAndNothingIsRecorded()
    {
        start(2, 4);
        const CliRun added = addAccount(m_server->baseUrl(), QStringLiteral("wrong"));
        QVERIFY(added.exitCode != 0);
        QVERIFY2(added.err.contains("refused the login"), added.err.constData());
        QCOMPARE(listJson({QStringLiteral("account"), QStringLiteral("list")}).size(), 0);
        QCOMPARE(m_server->logins(), 0);
    }

    void untrustedCertificateIsRefused()
    {
        QTemporaryDir certificates;
        const TestCertificate tls = makeSelfSignedCertificate(certificates.path());
        QVERIFY2(tls.ok(), qPrintable(tls.error));
        m_server = std::make_unique<GReaderServer>(kUser, kPassword);
        QVERIFY(m_server->listenTls(tls.certificate, tls.key));
        const CliRun added = addAccount(m_server->baseUrl());
        QVERIFY(m_server->baseUrl().startsWith(u"https://"));
        QVERIFY(added.exitCode != 0);
        QVERIFY2(added.err.contains("secure connection") && added.err.contains("nothing was sent"), added.err.constData());
        QCOMPARE(m_server->logins(), 0); // the password never went out
        QCOMPARE(listJson({QStringLiteral("account"), QStringLiteral("list")}).size(), 0);
    }

    void serverWithPartOfTheApi()
    {
        start(2, 4);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        // No tag/list: folders come with the subscriptions, and the sync goes on.
        m_server->http().route("/api/greader.php/reader/api/0/tag/list", HttpResponse{404, "text/plain", "not found", {}});
        QCOMPARE(sync().exitCode, 0);
        QCOMPARE(listJson({QStringLiteral("list"), QStringLiteral("articles")}).size(), 4);
        // No stream/items/ids: the sync fails and says why, on the account.
        m_server->http().route("/api/greader.php/reader/api/0/stream/items/ids", HttpResponse{501, "text/plain", "no", {}});
        QVERIFY(sync().exitCode != 0);
        const QJsonObject account = listJson({QStringLiteral("account"), QStringLiteral("list")}).first().toObject();
        QCOMPARE(account.value(u"status").toString(), QStringLiteral("error"));
        QVERIFY2(account.value(u"error").toString().contains(u"only part of the Google Reader API"),
                 qPrintable(account.value(u"error").toString()));
    }

    void firstSyncOf500FeedsAnd10000Items()
    {
        start(500, 10000);
        const QString starredId = GReaderServer::longId(m_server->items().at(42).id);
        const QString readId = GReaderServer::longId(m_server->items().at(43).id);
        m_server->setStarred(starredId, true);
        m_server->setRead(readId, true);
        // The base address: the API behind it (…/api/greader.php) is found by logging in.
        const CliRun added = addAccount(m_server->baseUrl());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // --profile after the command words works too.
        const CliRun synced = cli({QStringLiteral("sync"), QStringLiteral("--profile"), m_profile->path()});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        const QJsonArray accounts = listJson({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.first().toObject();
        QCOMPARE(account.value(u"type").toString(), QStringLiteral("greader"));
        QCOMPARE(account.value(u"url").toString(), m_server->apiUrl());
        QCOMPARE(account.value(u"user").toString(), kUser);
        QCOMPARE(account.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(account.value(u"error").toString(), QString());
        QVERIFY(QDateTime::fromString(account.value(u"last_sync").toString(), Qt::ISODate).isValid());

        const QJsonArray feeds = listJson({QStringLiteral("list"), QStringLiteral("feeds")});
        QCOMPARE(feeds.size(), 500);
        QCOMPARE(feeds.at(6).toObject().value(u"title").toString(), QStringLiteral("Feed 7 & <Friends>"));
        QCOMPARE(feeds.at(6).toObject().value(u"folder").toString(), QStringLiteral("Folder 1"));
        const QJsonArray articles = listJson({QStringLiteral("list"), QStringLiteral("articles")});
        QCOMPARE(articles.size(), 10000);
        QCOMPARE(m_server->contentsItemsServed(), 10000);

        auto store = openStore();
        QVERIFY(store);
        const QHash<QString, qint64> ids = localIds(*store);
        QVERIFY(ids.contains(starredId));
        const std::optional<Article> starred = store->article(ids.value(starredId));
        QVERIFY(starred);
        QCOMPARE(starred->title, QStringLiteral("Item 42: 5 < 6 & \"quotes\""));
        QVERIFY(starred->saved);
        QVERIFY(!starred->read);
        QVERIFY(starred->bodyHtml().contains(u"<b>bold</b>"));
        QVERIFY(!starred->bodyHtml().contains(u"script"));
        QVERIFY(!starred->bodyHtml().contains(u"onerror"));
        QVERIFY(starred->bodyHtml().contains(u"https://news.example/img/42.png")); // resolved against the item's link
        QVERIFY(store->article(ids.value(readId))->read);
        QCOMPARE(store->counts().unread, 9999);
        QCOMPARE(store->counts().saved, 1);
        verifyNoSecretsInProfile();
    }

    void incrementalSyncFetchesOnlyWhatIsNew()
    {
        start(3, 30);
        m_server->setEmptyLastPage(true); // continuation walks that end with an empty page
        QCOMPARE(addAccount(m_server->apiUrl() + u'/').exitCode, 0); // the API address, trailing slash and all
        QCOMPARE(sync().exitCode, 0);
        QCOMPARE(m_server->contentsItemsServed(), 30);
        const QString fresh1 = m_server->addItem(1, QStringLiteral("New one"), QStringLiteral("<p>new</p>"));
        const QString fresh2 = m_server->addItem(2, QStringLiteral("New two"), QStringLiteral("<p>new</p>"));
        const QString old = GReaderServer::longId(m_server->items().at(3).id);
        m_server->setRead(old, true);
        m_server->http().clearRecords();
        const CliRun synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY(synced.out.contains("2 new articles"));
        QCOMPARE(m_server->contentsItemsServed(), 32); // only the two new items were asked for
        bool boundedByTime = false;
        for (const HttpRequestRecord &request : m_server->http().requests())
            boundedByTime |= request.path.contains("reading-list") && request.path.contains("&ot=");
        QVERIFY(boundedByTime);
        auto store = openStore();
        const QHash<QString, qint64> ids = localIds(*store);
        QCOMPARE(ids.size(), 32);
        QVERIFY(ids.contains(fresh1) && ids.contains(fresh2));
        QVERIFY(store->article(ids.value(old))->read); // read on the server, now read here
    }

    void readAndStarredChangesTravelBothWays()
    {
        start(2, 12);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        auto id = [&](int i) { return GReaderServer::longId(m_server->items().at(i).id); };
        m_server->setRead(id(5), true); // e: read everywhere before the conflict below
        QCOMPARE(sync().exitCode, 0);
        {
            auto store = openStore();
            const QHash<QString, qint64> ids = localIds(*store);
            QVERIFY(store->setRead(ids.value(id(0)), true));   // here: read
            QVERIFY(store->setSaved(ids.value(id(1)), true));  // here: starred
            // Conflict: here the user marks e unread and then read again (the newest change here),
            // while the server marks it unread. The change made here is newer than the server state
            // this profile last saw, so it wins.
            QVERIFY(store->setRead(ids.value(id(5)), false));
            QVERIFY(store->setRead(ids.value(id(5)), true));
            // The same change on both sides: nothing to send.
            QVERIFY(store->setRead(ids.value(id(6)), true));
            QCOMPARE(store->pendingChangeCount(store->accounts().first().id), 4);
        }
        m_server->setStarred(id(2), true); // there: starred
        m_server->setRead(id(3), true);    // there: read
        m_server->setRead(id(5), false);
        m_server->setRead(id(6), true);
        const int editTagsBefore = m_server->editTagCalls();
        const CliRun synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY(m_server->isRead(id(0)));
        QVERIFY(m_server->isStarred(id(1)));
        QVERIFY(m_server->isRead(id(5)));
        QCOMPARE(m_server->editTagCalls() - editTagsBefore, 2); // read {0, 5} and starred {1}: 6 agreed already
        auto store = openStore();
        const QHash<QString, qint64> ids = localIds(*store);
        QVERIFY(store->article(ids.value(id(2)))->saved);
        QVERIFY(store->article(ids.value(id(3)))->read);
        QVERIFY(store->article(ids.value(id(5)))->read);
        QVERIFY(!store->article(ids.value(id(4)))->read);
        QCOMPARE(store->pendingChangeCount(store->accounts().first().id), 0);
        // A server change with nothing queued here wins: unread there, unread here.
        m_server->setRead(id(0), false);
        QCOMPARE(sync().exitCode, 0);
        QVERIFY(!openStore()->article(ids.value(id(0)))->read);
    }

    void feedChangesReachTheServer()
    {
        start(3, 9); // item i belongs to feed i % 3
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        {
            auto store = openStore();
            QHash<QString, qint64> feedIds; // title → local id
            for (const Feed &feed : store->feeds()) {
                QCOMPARE(feed.accountId, store->accounts().first().id);
                QVERIFY(!feed.fetchedHere()); // the refresher leaves an account's feeds alone
                feedIds.insert(feed.title, feed.id);
            }
            QVERIFY(store->setFeedTitle(feedIds.value(QStringLiteral("Feed 1 & <Friends>")), QStringLiteral("Renamed + kept")));
            QVERIFY(store->removeFeed(feedIds.value(QStringLiteral("Feed 2 & <Friends>"))));
            QVERIFY(store->markFeedRead(feedIds.value(QStringLiteral("Feed 3 & <Friends>"))));
        }
        const CliRun synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(m_server->feeds().at(0).title, QStringLiteral("Renamed + kept"));
        QVERIFY(m_server->feeds().at(1).streamId.startsWith(u"removed/"));
        for (const GReaderServer::Item &item : m_server->items())
            QCOMPARE(m_server->isRead(GReaderServer::longId(item.id)), item.feed == 2);
        const QJsonArray feeds = listJson({QStringLiteral("list"), QStringLiteral("feeds")});
        QCOMPARE(feeds.size(), 2); // the unsubscribed feed did not come back with the list
        QCOMPARE(feeds.at(0).toObject().value(u"title").toString(), QStringLiteral("Renamed + kept"));
        QCOMPARE(feeds.at(1).toObject().value(u"unread").toInt(), 0);
        QCOMPARE(openStore()->pendingChangeCount(1), 0);
    }

    void tokenExpiringMidSyncLogsInAgain()
    {
        start(5, 600);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        const int loginsBefore = m_server->logins();
        m_server->expireTokensAfter(3); // every token dies after three calls
        const CliRun synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QVERIFY(m_server->logins() > loginsBefore + 1);
        QCOMPARE(localIds(*openStore()).size(), 600);
        verifyNoSecretsInProfile();
    }

    void serverGoingAwayDuringPushKeepsTheQueue()
    {
        start(2, 300);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        QStringList marked;
        {
            auto store = openStore();
            const QHash<QString, qint64> ids = localIds(*store);
            for (int i = 0; i < 250; ++i) {
                marked << GReaderServer::longId(m_server->items().at(i).id);
                QVERIFY(store->setRead(ids.value(marked.last()), true));
            }
        }
        m_server->dropEditTagAfter(m_server->editTagCalls() + 1); // one batch lands, then the server goes away
        const CliRun failed = sync();
        QVERIFY(failed.exitCode != 0);
        const QJsonObject account = listJson({QStringLiteral("account"), QStringLiteral("list")}).first().toObject();
        QCOMPARE(account.value(u"status").toString(), QStringLiteral("error"));
        QVERIFY2(account.value(u"error").toString().contains(u"cannot be reached"), qPrintable(account.value(u"error").toString()));
        const int landed = int(std::count_if(marked.cbegin(), marked.cend(), [&](const QString &id) { return m_server->isRead(id); }));
        QCOMPARE(landed, 100);
        QCOMPARE(openStore()->pendingChangeCount(account.value(u"id").toInteger()), 150);
        // The server is back; a new CLI process sends what is left of the queue.
        m_server->dropEditTagAfter(-1);
        const CliRun resumed = sync();
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        for (const QString &id : std::as_const(marked))
            QVERIFY(m_server->isRead(id));
        QCOMPARE(listJson({QStringLiteral("account"), QStringLiteral("list")}).first().toObject().value(u"status").toString(),
                 QStringLiteral("ok"));
    }

    void serverRefusingSomeItemsKeepsThemQueued()
    {
        start(1, 10);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        auto id = [&](int i) { return GReaderServer::longId(m_server->items().at(i).id); };
        m_server->refuseEditTagFor({id(3)});
        {
            auto store = openStore();
            const QHash<QString, qint64> ids = localIds(*store);
            for (int i : {2, 3, 4})
                QVERIFY(store->setRead(ids.value(id(i)), true));
        }
        const CliRun synced = sync();
        QVERIFY(synced.exitCode != 0);
        QVERIFY(m_server->isRead(id(2)));
        QVERIFY(m_server->isRead(id(4)));
        QVERIFY(!m_server->isRead(id(3)));
        const QJsonObject account = listJson({QStringLiteral("account"), QStringLiteral("list")}).first().toObject();
        QCOMPARE(account.value(u"status").toString(), QStringLiteral("error"));
        QVERIFY(account.value(u"error").toString().contains(u"refused 1 change"));
        auto store = openStore();
        QCOMPARE(store->pendingChangeCount(account.value(u"id").toInteger()), 1);
        QVERIFY(store->article(localIds(*store).value(id(3)))->read); // still read here, waiting to be sent
    }

    void removingAnAccountRemovesItsFeedsAndSecrets()
    {
        start(2, 6);
        QCOMPARE(addAccount(m_server->baseUrl()).exitCode, 0);
        QCOMPARE(sync().exitCode, 0);
        QCOMPARE(listJson({QStringLiteral("list"), QStringLiteral("feeds")}).size(), 2);
        const CliRun removed = cli(profileArgs({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("1")}));
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(listJson({QStringLiteral("account"), QStringLiteral("list")}).size(), 0);
        QCOMPARE(listJson({QStringLiteral("list"), QStringLiteral("feeds")}).size(), 0);
        QCOMPARE(listJson({QStringLiteral("list"), QStringLiteral("articles")}).size(), 0);
        // The password went with it: a sync of a re-added account needs a new login.
        QVERIFY(cli(profileArgs({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("1")})).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
