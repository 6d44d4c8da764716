// Purging old articles on a real SQLite file: read ones after N days, unread ones after M, saved
// ones never, each feed's newest 20 always kept; the search index and the free pages follow.
#include "store/store.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QDateTime kNow = QDateTime::currentDateTimeUtc();

Article articleDaysOld(const QString &guid, int days)
{
    Article a;
    a.guid = guid;
    a.title = u"Article " + guid;
    // A unique word per article to look for in the index afterwards, and enough text that a purge frees pages.
    a.text = u"marker" + QString(guid).remove(u'-') + u' ' + QStringLiteral("lorem ipsum dolor ").repeated(200);
    a.published = kNow.addDays(-days);
    a.contentHash = QCryptographicHash::hash(guid.toUtf8(), QCryptographicHash::Sha1);
    return a;
}

/** Runs statements on a second connection to the file (backdating, checks). */
class Inspector final
{
public:
    explicit Inspector(const QString &path) : m_name(u"inspect-" + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Inspector() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const { return QSqlQuery(QSqlDatabase::database(m_name)).exec(sql); }

private:
    QString m_name;
};
} // namespace

class TestRetention final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void purgesByAgeAndReadStateButKeepsSavedAndNewest()
    {
        const QString path = m_dir.filePath(QStringLiteral("retention.db"));
        auto store = Store::open(path).value();
        const qint64 busy = store->addFeed(QStringLiteral("https://busy.example/feed")).value();
        const qint64 quiet = store->addFeed(QStringLiteral("https://quiet.example/feed")).value();
        // Busy feed: article i is i*10 days old; every third one unread; two old ones saved.
        QList<Article> batch;
        for (int i = 1; i <= 40; ++i)
            batch << articleDaysOld(QStringLiteral("busy-%1").arg(i), i * 10);
        QVERIFY(store->storeArticles(busy, batch).ok());
        // Quiet feed: five read articles of 500 days: the newest 20 of a feed always stay.
        QList<Article> quietBatch;
        for (int i = 1; i <= 5; ++i)
            quietBatch << articleDaysOld(QStringLiteral("quiet-%1").arg(i), 500);
        QVERIFY(store->storeArticles(quiet, quietBatch).ok());
        QHash<QString, qint64> ids;
        ArticleQuery all;
        for (const Article &a : store->articles(all))
            ids.insert(a.guid, a.id);
        for (int i = 1; i <= 40; ++i) {
            if (i % 3 != 0)
                QVERIFY(store->setRead(ids.value(QStringLiteral("busy-%1").arg(i)), true));
        }
        for (int i = 1; i <= 5; ++i)
            QVERIFY(store->setRead(ids.value(QStringLiteral("quiet-%1").arg(i)), true));
        QVERIFY(store->setSaved(ids.value(QStringLiteral("busy-40")), true)); // read, 400 days
        QVERIFY(store->setSaved(ids.value(QStringLiteral("busy-39")), true)); // unread, 390 days
        Inspector inspector(path);
        // They were downloaded back then too (age counts from the later of date and download).
        QVERIFY(inspector.exec(QStringLiteral("UPDATE articles SET fetched = sort_time")));

        RetentionPolicy policy; // read 90 days, unread 365, newest 20 per feed
        const auto purged = store->purgeOldArticles(policy);
        QVERIFY2(purged.ok(), qPrintable(purged.error()));

        QStringList expected;
        for (int i = 1; i <= 20; ++i) // the newest 20
            expected << QStringLiteral("busy-%1").arg(i);
        for (int i : {21, 24, 27, 30, 33, 36}) // unread and younger than 365 days
            expected << QStringLiteral("busy-%1").arg(i);
        expected << QStringLiteral("busy-39") << QStringLiteral("busy-40"); // saved
        for (int i = 1; i <= 5; ++i)
            expected << QStringLiteral("quiet-%1").arg(i);
        QStringList kept;
        for (const Article &a : store->articles(all))
            kept << a.guid;
        expected.sort();
        kept.sort();
        QCOMPARE(kept, expected);
        QCOMPARE(*purged, 45 - expected.size());

        // The index forgot exactly the purged articles.
        QVERIFY(store->search(QStringLiteral("markerbusy25"))->isEmpty());
        QCOMPARE(store->search(QStringLiteral("markerbusy24"))->size(), 1);
        QCOMPARE(store->search(QStringLiteral("markerbusy40"))->size(), 1);
        QCOMPARE(inspector.value(QStringLiteral("SELECT count(*) FROM article_search_docsize")).toInt(), expected.size());
        QVERIFY(inspector.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES('integrity-check')")));
        // The pages the purged articles used went back to the file system.
        QCOMPARE(inspector.value(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2);
        QCOMPARE(inspector.value(QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
        QCOMPARE(inspector.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

        // A second purge finds nothing more; "for ever" purges nothing at all.
        QCOMPARE(*store->purgeOldArticles(policy), 0);
        RetentionPolicy forever;
        forever.readDays = 0;
        forever.unreadDays = 0;
        QCOMPARE(*store->purgeOldArticles(forever), 0);
    }

    void unreadRetentionAppliesToUnreadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("unread.db"));
        auto store = Store::open(path).value();
        const qint64 feed = store->addFeed(QStringLiteral("https://u.example/feed")).value();
        QList<Article> batch;
        for (int i = 1; i <= 25; ++i)
            batch << articleDaysOld(QStringLiteral("u-%1").arg(i), 100 + i); // 101..125 days, all unread
        QVERIFY(store->storeArticles(feed, batch).ok());
        Inspector(path).exec(QStringLiteral("UPDATE articles SET fetched = sort_time"));
        RetentionPolicy policy;
        policy.unreadDays = 120; // u-21..u-25 are older, but u-1..u-20 are the newest 20 anyway
        QCOMPARE(*store->purgeOldArticles(policy), 5);
        QCOMPARE(store->articles(ArticleQuery()).size(), 20);
        // Just downloaded: an old date alone does not make an article old.
        QVERIFY(store->storeArticles(feed, {articleDaysOld(QStringLiteral("fresh"), 1000)}).ok());
        QCOMPARE(*store->purgeOldArticles(policy), 0);
        QCOMPARE(store->articles(ArticleQuery()).size(), 21);
    }

    void feedCountsFollowEveryWrite()
    {
        // The per-feed counts are kept by triggers; after any mix of writes they equal a recount.
        const QString path = m_dir.filePath(QStringLiteral("counts.db"));
        auto store = Store::open(path).value();
        const qint64 a = store->addFeed(QStringLiteral("https://a.example/feed")).value();
        const qint64 b = store->addFeed(QStringLiteral("https://b.example/feed")).value();
        QList<Article> batch;
        for (int i = 1; i <= 30; ++i)
            batch << articleDaysOld(QStringLiteral("c-%1").arg(i), i * 20);
        QVERIFY(store->storeArticles(a, batch).ok());
        QVERIFY(store->storeArticles(b, batch.mid(0, 5)).ok());
        QCOMPARE(store->feed(a)->total, 30);
        QCOMPARE(store->feed(a)->unread, 30);
        const QList<Article> listed = store->articles(ArticleQuery());
        for (const Article &article : listed) {
            if (article.feedId == a && article.guid != u"c-3")
                QVERIFY(store->setRead(article.id, true));
        }
        for (const Article &article : listed) {
            if (article.feedId == a && article.guid == u"c-1")
                QVERIFY(store->setRead(article.id, true)); // read again: the count must not move
        }
        Inspector(path).exec(QStringLiteral("UPDATE articles SET fetched = sort_time"));
        QVERIFY(store->purgeOldArticles(RetentionPolicy()).ok());
        // The same batch again (an unchanged refresh) adds nothing.
        QVERIFY(store->storeArticles(b, batch.mid(0, 5)).ok());
        Inspector inspector(path);
        for (const qint64 feed : {a, b}) {
            const auto f = store->feed(feed);
            QCOMPARE(f->total, inspector.value(QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = %1").arg(feed)).toInt());
            QCOMPARE(f->unread, inspector.value(QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = %1 AND read = 0").arg(feed)).toInt());
        }
        QCOMPARE(store->feed(a)->unread, 1);
        QCOMPARE(store->unreadCount(), 6);
        QCOMPARE(store->counts().unread, 6);
        QVERIFY(store->removeFeed(b));
        QCOMPARE(store->unreadCount(), 1);
        QCOMPARE(inspector.value(QStringLiteral("SELECT count(*) FROM feed_counts")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
