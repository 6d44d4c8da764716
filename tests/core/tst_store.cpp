// The SQLite store on a real temporary file: pragmas, schema version, refusal of newer or foreign
// files, de-duplication by guid, read/saved flags surviving updates, queries by view.
#include "profile/firstrun.h"
#include "store/database.h"
#include "store/searchfunctions.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
Article makeArticle(const QString &guid, const QString &title, const QDateTime &published = {})
{
    Article a;
    a.guid = guid;
    a.title = title;
    a.url = u"https://example.org/" + guid;
    a.summaryHtml = u"<p>" + title + u"</p>";
    a.text = title;
    a.published = published;
    a.contentHash = QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha1);
    return a;
}

QVariant pragma(const QString &path, const QString &name)
{
    auto db = Database::open(path);
    QSqlQuery q(db.value()->connection());
    q.exec(u"PRAGMA " + name);
    q.next();
    return q.value(0);
}
} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void opensInWalWithNormalSync()
    {
        const QString path = dbPath("wal.db");
        QVERIFY(Store::open(path).ok());
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(path, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), Database::currentSchemaVersion());
        QCOMPARE(pragma(path, QStringLiteral("foreign_keys")).toInt(), 1);
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        const QString path = dbPath("newer.db");
        QVERIFY(Store::open(path).ok());
        {
            auto db = Database::open(path);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(u"newer version"), qPrintable(store.error()));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void garbageFileIsRefusedAndUntouched()
    {
        const QString path = dbPath("garbage.db");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        file.write(garbage);
        file.close();
        const auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY(!store.error().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void feedsAreUniqueAndValidated()
    {
        auto store = Store::open(dbPath("feeds.db")).value();
        const auto id = store->addFeed(QStringLiteral("https://example.org/feed.xml"), QStringLiteral("مثال"));
        QVERIFY(id.ok());
        QVERIFY(!store->addFeed(QStringLiteral("https://example.org/feed.xml")).ok());
        QVERIFY(!store->addFeed(QStringLiteral("ftp://example.org/feed")).ok());
        QVERIFY(!store->addFeed(QStringLiteral("not a url")).ok());
        const QList<Feed> feeds = store->feeds();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.first().title, QStringLiteral("مثال"));
        QCOMPARE(feeds.first().status, FeedStatus::Never);
    }

    void secondBatchAddsOnlyNewAndKeepsFlags()
    {
        auto store = Store::open(dbPath("dedup.db")).value();
        const qint64 feed = store->addFeed(QStringLiteral("https://example.org/a.xml")).value();
        const QDateTime t = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        auto first = store->storeArticles(feed, {makeArticle(QStringLiteral("1"), QStringLiteral("أول خبر"), t),
                                                 makeArticle(QStringLiteral("2"), QStringLiteral("Second"), t.addSecs(60))});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->added, 2);
        const QList<Article> stored = store->articles({});
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first().title, QStringLiteral("Second")); // newest first
        QVERIFY(store->setRead(stored.last().id, true));
        QVERIFY(store->setSaved(stored.last().id, true));

        Article changed = makeArticle(QStringLiteral("1"), QStringLiteral("أول خبر (محدّث)"), t);
        auto second = store->storeArticles(feed, {changed, makeArticle(QStringLiteral("2"), QStringLiteral("Second"), t.addSecs(60)),
                                                  makeArticle(QStringLiteral("3"), QStringLiteral("Third"), t.addSecs(120))});
        QCOMPARE(second->added, 1);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->unchanged, 1);
        const auto updated = store->article(stored.last().id);
        QCOMPARE(updated->title, QStringLiteral("أول خبر (محدّث)"));
        QVERIFY(updated->read);
        QVERIFY(updated->saved);
        QCOMPARE(store->articles({}).size(), 3);
        QCOMPARE(store->unreadCount(feed), 2);
        QCOMPARE(store->feed(feed)->unread, 2);
        QCOMPARE(store->feed(feed)->total, 3);
    }

    void enclosuresRoundTrip()
    {
        auto store = Store::open(dbPath("enclosures.db")).value();
        const qint64 feed = store->addFeed(QStringLiteral("https://podcast.example/feed")).value();
        Article episode = makeArticle(QStringLiteral("ep1"), QStringLiteral("الحلقة الأولى"));
        episode.enclosures = {{QStringLiteral("https://podcast.example/ep1.mp3"), QStringLiteral("audio/mpeg"), 1234567},
                              {QStringLiteral("https://podcast.example/ep1.mp4"), QStringLiteral("video/mp4"), 0}};
        QVERIFY(store->storeArticles(feed, {episode}).ok());
        const auto stored = store->article(store->articles({}).first().id);
        QCOMPARE(stored->enclosures.size(), 2);
        QCOMPARE(stored->enclosures.at(0).url, QStringLiteral("https://podcast.example/ep1.mp3"));
        QCOMPARE(stored->enclosures.at(0).type, QStringLiteral("audio/mpeg"));
        QCOMPARE(stored->enclosures.at(0).length, 1234567);
        QCOMPARE(stored->enclosures.at(1).type, QStringLiteral("video/mp4"));
    }

    void viewsFilterArticles()
    {
        auto store = Store::open(dbPath("views.db")).value();
        const qint64 folder = store->ensureFolder(QStringLiteral("أخبار")).value();
        QCOMPARE(store->ensureFolder(QStringLiteral("أخبار")).value(), folder);
        const qint64 a = store->addFeed(QStringLiteral("https://a.example/feed"), {}, folder).value();
        const qint64 b = store->addFeed(QStringLiteral("https://b.example/feed")).value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        store->storeArticles(a, {makeArticle(QStringLiteral("old"), QStringLiteral("Old"), now.addDays(-3)),
                                 makeArticle(QStringLiteral("new"), QStringLiteral("New"), now.addSecs(-60))});
        store->storeArticles(b, {makeArticle(QStringLiteral("b1"), QStringLiteral("B"), now.addDays(-2))});
        ArticleQuery feedA;
        feedA.feedId = a;
        const qint64 newId = store->articles(feedA).first().id;
        store->setRead(newId, true);
        store->setSaved(newId, true);

        ArticleQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(store->articles(unread).size(), 2);
        ArticleQuery saved;
        saved.savedOnly = true;
        QCOMPARE(store->articles(saved).size(), 1);
        ArticleQuery today;
        today.todayOnly = true;
        QCOMPARE(store->articles(today).size(), 1);
        ArticleQuery inFolder;
        inFolder.folderId = folder;
        QCOMPARE(store->articles(inFolder).size(), 2);
        QCOMPARE(store->feeds().first().folderName, QStringLiteral("أخبار"));
    }

    void feedCheckKeepsValidatorsWhenAsked()
    {
        auto store = Store::open(dbPath("check.db")).value();
        const qint64 feed = store->addFeed(QStringLiteral("https://example.org/c.xml")).value();
        FeedCheck ok;
        ok.etag = QStringLiteral("\"v1\"");
        ok.lastModified = QStringLiteral("Sun, 01 Nov 2026 10:00:00 GMT");
        ok.bodyHash = "hash";
        QVERIFY(store->recordFeedCheck(feed, ok));
        const FeedCheck error = FeedCheck::failure(FeedStatus::Error, QStringLiteral("server error (500)"));
        QVERIFY(store->recordFeedCheck(feed, error));
        const Feed stored = *store->feed(feed);
        QCOMPARE(stored.status, FeedStatus::Error);
        QCOMPARE(stored.error, QStringLiteral("server error (500)"));
        QCOMPARE(stored.etag, QStringLiteral("\"v1\""));
        QCOMPARE(stored.bodyHash, QByteArray("hash"));
        QVERIFY(stored.lastChecked.isValid());
    }

    void upgradesAPopulatedDatabaseFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Database::currentSchemaVersion(); ++version)
            QTest::newRow(qPrintable(QStringLiteral("from schema %1").arg(version))) << version;
    }
    void upgradesAPopulatedDatabaseFromEveryEarlierVersion()
    {
        // Build the file exactly as that version wrote it: the shipped schema steps 1..version.
        QFETCH(int, version);
        const QString path = dbPath("upgrade") + QString::number(version) + u".db";
        const QString connection = u"old" + QString::number(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            SearchFunctions::install(db); // the steps from the search index on call them
            const QStringList steps = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
            QVERIFY(steps.size() >= Database::currentSchemaVersion());
            QSqlQuery q(db);
            for (const QString &step : steps.mid(0, version)) {
                QFile schema(u":/sql/" + step);
                QVERIFY(schema.open(QIODevice::ReadOnly));
                static const QRegularExpression separator(QStringLiteral("^;\\s*$"), QRegularExpression::MultilineOption);
                for (const QString &statement : QString::fromUtf8(schema.readAll()).split(separator)) {
                    QString sql;
                    for (const QString &line : statement.split(u'\n'))
                        if (!line.trimmed().startsWith(u"--"))
                            sql += line + u'\n';
                    if (!sql.trimmed().isEmpty())
                        QVERIFY2(q.exec(sql), qPrintable(step + u": " + q.lastError().text()));
                }
            }
            // Data in the columns every version has.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO feeds(id, url, title, added) VALUES(7, 'https://old.example/rss', 'قديم', 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles(feed_id, guid, title, text, fetched, sort_time, read, saved) "
                                          "VALUES(7, 'g1', 'خبر محفوظ', 'وقّع الوزيران الاتفاقية أمس', 1, 2, 1, 1)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles(feed_id, guid, title, text, fetched, sort_time) "
                                          "VALUES(7, 'g2', 'Trade agreements', 'Two countries signed', 1, 1)")));
            if (version >= 9) // a story extracted before search read extracted stories (migration 012)
                QVERIFY(q.exec(QStringLiteral("UPDATE articles SET full_text = 'Rangers counted a pangolin' WHERE guid = 'g2'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(0x4B484C53)));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);

        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), Database::currentSchemaVersion());
        QCOMPARE(pragma(path, QStringLiteral("auto_vacuum")).toInt(), 2); // incremental from now on
        QCOMPARE(pragma(path, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        const auto feed = (*store)->feed(7);
        QVERIFY(feed);
        QCOMPARE(feed->title, QStringLiteral("قديم"));
        QCOMPARE(feed->failures, 0);
        QCOMPARE(feed->notify, false);
        const QList<Article> articles = (*store)->articles({});
        QCOMPARE(articles.size(), 2);
        QVERIFY(articles.first().saved);
        QVERIFY(articles.first().read);
        QVERIFY(!articles.last().saved);
        QVERIFY((*store)->setFeedNotify(7, true));
        // What was there before the upgrade is searchable after it.
        const auto arabic = (*store)->search(QStringLiteral("الإتفاقيه"));
        QVERIFY2(arabic.ok(), qPrintable(arabic.error()));
        QCOMPARE(arabic->size(), 1);
        QCOMPARE(arabic->first().title, QStringLiteral("خبر محفوظ"));
        QCOMPARE((*store)->search(QStringLiteral("agreement"))->size(), 1);
        if (version >= 9)
            QCOMPARE((*store)->search(QStringLiteral("pangolin"))->size(), 1);
        // A copy of the file as it was is kept before the upgrade.
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".schema%1.bak").arg(version)));
    }

    void firstRunAddsWelcomeOnceAndDefaults()
    {
        auto store = Store::open(dbPath("first.db")).value();
        const auto first = FirstRun::populate(*store, QStringLiteral("ar"), true);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->welcomeArticleId > 0);
        QVERIFY(first->feedsAdded >= 5);
        const auto again = FirstRun::populate(*store, QStringLiteral("ar"), true);
        QCOMPARE(again->feedsAdded, 0);
        QCOMPARE(again->welcomeArticleId, first->welcomeArticleId);
        const auto welcome = store->article(first->welcomeArticleId);
        QVERIFY(welcome->contentHtml.contains(u"أهلاً بك في خلاصة"));
        QVERIFY(welcome->contentHtml.contains(u"Welcome to Khulasa"));
        int builtin = 0;
        for (const Feed &feed : store->feeds()) {
            builtin += feed.builtin ? 1 : 0;
            if (!feed.builtin) {
                QVERIFY(feed.url.startsWith(u"https://"));
                QCOMPARE(feed.folderName, QStringLiteral("أخبار"));
            }
        }
        QCOMPARE(builtin, 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
