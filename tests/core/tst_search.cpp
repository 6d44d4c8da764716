// Full-text search on a real SQLite file through the Store: Arabic spellings meeting through the
// normaliser and stemmer, English plurals, prefixes, phrases, bm25 ranking, snippets cut from the
// stored text with the hits marked, hostile queries, and the index following every write.
#include "store/store.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList titlesOf(const Result<QList<SearchHit>> &hits)
{
    QStringList titles;
    if (hits)
        for (const SearchHit &hit : *hits)
            titles << hit.title;
    return titles;
}
} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_feed = 0;

    QStringList search(const QString &text) { return titlesOf(m_store->search(text)); }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("search.db")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
        m_feed = m_store->addFeed(QStringLiteral("https://news.example/feed")).value();
        const QList<Article> articles = {
            StoreFixture::article(QStringLiteral("ar1"), QStringLiteral("توقيع الاتفاقية في الرياض"), QStringLiteral("وقّع الوزيران على نص الاتفاقية الجديدة أمس.")),
            StoreFixture::article(QStringLiteral("ar2"), QStringLiteral("نص اتفاقية التجارة"), QStringLiteral("تنشر الصحيفة بنود اتفاقية التجارة الحرة.")),
            StoreFixture::article(QStringLiteral("ar3"), QStringLiteral("تعليق على الإتفاقيه"), QStringLiteral("كتب المحلل عن الإتفاقيه مقالاً طويلاً.")),
            StoreFixture::article(QStringLiteral("ar4"), QStringLiteral("بيان رسمي"), QStringLiteral("وَالاتِّفاقِيَّةُ تَدخُلُ حَيِّزَ التَّنفيذِ غداً.")),
            StoreFixture::article(QStringLiteral("ar5"), QStringLiteral("أسعار النفط"), QStringLiteral("ارتفعت أسعار خام برنت ٣٪ يوم الأحد.")),
            StoreFixture::article(QStringLiteral("en1"), QStringLiteral("Trade agreement signed"), QStringLiteral("The two countries signed a trade agreement on Monday.")),
            StoreFixture::article(QStringLiteral("en2"), QStringLiteral("Markets today"), QStringLiteral("Analysts discussed several agreements and the climate of the markets.")),
            StoreFixture::article(QStringLiteral("en3"), QStringLiteral("Climate summit ends"), QStringLiteral("The climate summit closed in Baku after twelve days.")),
            StoreFixture::article(QStringLiteral("en4"), QStringLiteral("Summit of the mountain"), QStringLiteral("Climbers reached the summit; the climate there is harsh.")),
            StoreFixture::article(QStringLiteral("en5"), QStringLiteral("Escaping"), QStringLiteral("A literal <b>tag</b> & an ampersand near the word escaping.")),
        };
        QVERIFY(m_store->storeArticles(m_feed, articles).ok());
    }

    void arabicSpellingsFindOneAnother_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("with article") << QStringLiteral("الاتفاقية");
        QTest::newRow("bare") << QStringLiteral("اتفاقية");
        QTest::newRow("hamza and ha") << QStringLiteral("الإتفاقيه");
        QTest::newRow("conjunction and tashkeel") << QStringLiteral("وَالاتِّفاقِيَّةُ");
    }
    void arabicSpellingsFindOneAnother()
    {
        QFETCH(QString, query);
        QStringList found = search(query);
        found.sort();
        QStringList expected = {QStringLiteral("توقيع الاتفاقية في الرياض"), QStringLiteral("نص اتفاقية التجارة"),
                                QStringLiteral("تعليق على الإتفاقيه"), QStringLiteral("بيان رسمي")};
        expected.sort();
        QCOMPARE(found, expected);
    }

    void arabicIndicDigitsMatchLatin()
    {
        QCOMPARE(search(QStringLiteral("برنت 3")), QStringList{QStringLiteral("أسعار النفط")});
    }

    void englishPluralsAndSingularsMeet()
    {
        QCOMPARE(search(QStringLiteral("agreements")).size(), 2);
        QCOMPARE(search(QStringLiteral("agreement")).size(), 2);
        QVERIFY(search(QStringLiteral("Agreement")).contains(QStringLiteral("Markets today")));
    }

    void prefixQueries()
    {
        QStringList arabic = search(QStringLiteral("اتفا*"));
        QCOMPARE(arabic.size(), 4); // الاتفاقية and والاتفاقية too: the article does not hide the word
        QCOMPARE(search(QStringLiteral("agree*")).size(), 2);
        QCOMPARE(search(QStringLiteral("clim*")).size(), 3);
        QVERIFY(search(QStringLiteral("zzq*")).isEmpty());
    }

    void phraseQueriesNeedTheWordsTogether()
    {
        const QStringList together = search(QStringLiteral("\"climate summit\""));
        QCOMPARE(together, QStringList{QStringLiteral("Climate summit ends")});
        // Without quotes both words anywhere will do.
        QCOMPARE(search(QStringLiteral("climate summit")).size(), 2);
        QCOMPARE(search(QStringLiteral("\"اتفاقية التجارة\"")), QStringList{QStringLiteral("نص اتفاقية التجارة")});
    }

    void titleMatchesRankFirst()
    {
        // "climate" is in one title and in three texts: the article with it in its title comes first.
        const QStringList ranked = search(QStringLiteral("climate"));
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.first(), QStringLiteral("Climate summit ends"));
        const auto hits = m_store->search(QStringLiteral("climate"));
        QVERIFY(hits->at(0).score <= hits->at(1).score);
    }

    void snippetsShowTheStoredTextWithHitsMarked()
    {
        const auto hits = m_store->search(QStringLiteral("الاتفاقية"));
        QVERIFY(hits.ok());
        bool sawDiacritics = false;
        for (const SearchHit &hit : *hits) {
            QVERIFY2(hit.snippetHtml.contains(u"<b>"), qPrintable(hit.snippetHtml));
            if (hit.title == u"بيان رسمي") {
                // The original spelling, tashkeel and all, is what is shown and marked.
                QCOMPARE(hit.snippetHtml, QStringLiteral("<b>وَالاتِّفاقِيَّةُ</b> تَدخُلُ حَيِّزَ التَّنفيذِ غداً."));
                sawDiacritics = true;
            }
        }
        QVERIFY(sawDiacritics);
        const auto escaped = m_store->search(QStringLiteral("escaping"));
        QCOMPARE(escaped->size(), 1);
        QCOMPARE(escaped->first().snippetHtml,
                 QStringLiteral("A literal &lt;b&gt;tag&lt;/b&gt; &amp; an ampersand near the word <b>escaping</b>."));
        QCOMPARE(escaped->first().titleHtml, QStringLiteral("<b>Escaping</b>"));
    }

    void longTextsGiveAWindowAroundTheHit()
    {
        QString text;
        for (int i = 0; i < 500; ++i)
            text += QStringLiteral("filler%1 ").arg(i);
        text += QStringLiteral("needle ");
        for (int i = 0; i < 500; ++i)
            text += QStringLiteral("tail%1 ").arg(i);
        QVERIFY(m_store->storeArticles(m_feed, {StoreFixture::article(QStringLiteral("long"), QStringLiteral("Long"), text)}).ok());
        const auto hits = m_store->search(QStringLiteral("needle"));
        QCOMPARE(hits->size(), 1);
        const QString snippet = hits->first().snippetHtml;
        QVERIFY(snippet.startsWith(u"…"));
        QVERIFY(snippet.endsWith(u"…"));
        QVERIFY(snippet.contains(u"<b>needle</b>"));
        QVERIFY(snippet.split(u' ').size() <= 32);
    }

    void hostileQueriesNeverReachFts5AsSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // titles found
        const QStringList none;
        QTest::newRow("open quote") << QStringLiteral("\"climate summit") << QStringList{QStringLiteral("Climate summit ends")};
        QTest::newRow("parentheses") << QStringLiteral("(climate") << search(QStringLiteral("climate"));
        QTest::newRow("operators are words") << QStringLiteral("climate OR zzzz") << none;
        QTest::newRow("NOT") << QStringLiteral("NOT climate") << none;
        QTest::newRow("NEAR") << QStringLiteral("NEAR(climate summit, 2)") << none;
        QTest::newRow("column filter") << QStringLiteral("title:escaping") << none;
        QTest::newRow("brace filter") << QStringLiteral("{body}: escaping") << none;
        QTest::newRow("caret and minus") << QStringLiteral("^escaping -escaping") << QStringList{QStringLiteral("Escaping")};
        QTest::newRow("star alone") << QStringLiteral("* escaping") << QStringList{QStringLiteral("Escaping")};
        QTest::newRow("doubled quotes") << QStringLiteral("\"\"escaping\"\"") << QStringList{QStringLiteral("Escaping")};
    }
    void hostileQueriesNeverReachFts5AsSyntax()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const auto hits = m_store->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(titlesOf(hits), expected);
    }

    void emptyOrHugeQueries()
    {
        for (const QString &query : {QString(), QStringLiteral("   "), QStringLiteral("\"\" () * ^ : {} -"), QStringLiteral("؟!،")}) {
            const auto hits = m_store->search(query);
            QVERIFY(!hits.ok());
            QVERIFY(!hits.error().isEmpty());
        }
        QString huge;
        for (int i = 0; i < 2000; ++i)
            huge += QStringLiteral("\"(OR ^");
        QVERIFY(huge.size() >= 10000);
        const auto hostile = m_store->search(huge);
        QVERIFY(hostile.ok());
        QVERIFY(hostile->isEmpty());
        const auto longWords = m_store->search(QString(10000, u'x') + u" climate");
        QVERIFY(longWords.ok());
    }

    void listFilterUsesTheSameSearch()
    {
        ArticleQuery query;
        query.search = QStringLiteral("الإتفاقيه");
        QCOMPARE(m_store->articles(query).size(), 4);
        query.search = QStringLiteral("\"(");
        QVERIFY(m_store->articles(query).isEmpty());
    }

    void indexFollowsUpdatesAndDeletes()
    {
        const qint64 feed = m_store->addFeed(QStringLiteral("https://other.example/feed")).value();
        QVERIFY(m_store->storeArticles(feed, {StoreFixture::article(QStringLiteral("u1"), QStringLiteral("Original heading"), QStringLiteral("quokka"))}).ok());
        QCOMPARE(search(QStringLiteral("quokka")).size(), 1);
        // The feed corrects the entry: the old words leave the index, the new ones enter it.
        QVERIFY(m_store->storeArticles(feed, {StoreFixture::article(QStringLiteral("u1"), QStringLiteral("Corrected heading"), QStringLiteral("wombat"))}).ok());
        QVERIFY(search(QStringLiteral("quokka")).isEmpty());
        QVERIFY(search(QStringLiteral("original")).isEmpty());
        QCOMPARE(search(QStringLiteral("wombat")), QStringList{QStringLiteral("Corrected heading")});
        // Marking read or saved does not touch the index.
        const qint64 id = m_store->search(QStringLiteral("wombat"))->first().id;
        QVERIFY(m_store->setRead(id, true));
        QVERIFY(m_store->setSaved(id, true));
        QCOMPARE(search(QStringLiteral("wombat")).size(), 1);
        // Removing the feed removes its articles (by cascade) and their index rows.
        QVERIFY(m_store->removeFeed(feed));
        QVERIFY(search(QStringLiteral("wombat")).isEmpty());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_store->databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_search_docsize)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES('integrity-check')")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void extractedStoriesAreSearched()
    {
        // A teaser feed: the story's words are only in the page extracted later (issue 7).
        const qint64 feed = m_store->addFeed(QStringLiteral("https://teaser.example/feed")).value();
        QVERIFY(m_store->storeArticles(feed, {StoreFixture::article(QStringLiteral("t1"), QStringLiteral("Short teaser"), QStringLiteral("Read more on our site."))}).ok());
        QVERIFY(search(QStringLiteral("pangolin")).isEmpty());
        const qint64 id = m_store->search(QStringLiteral("teaser"))->first().id;
        QVERIFY(m_store->setFullArticle(id, QStringLiteral("<p>Rangers counted a pangolin near the river.</p>"),
                                        QStringLiteral("Rangers counted a pangolin near the river.")));
        const auto hits = m_store->search(QStringLiteral("pangolins")); // stemmed like any text
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, id);
        QVERIFY2(hits->first().snippetHtml.contains(u"<b>pangolin</b>"), qPrintable(hits->first().snippetHtml));
        // The index follows a new extraction, and forgets the article with its feed.
        QVERIFY(m_store->setFullArticle(id, QStringLiteral("<p>An armadillo this time.</p>"), QStringLiteral("An armadillo this time.")));
        QVERIFY(search(QStringLiteral("pangolin")).isEmpty());
        QCOMPARE(search(QStringLiteral("armadillo")), QStringList{QStringLiteral("Short teaser")});
        QVERIFY(m_store->removeFeed(feed));
        QVERIFY(search(QStringLiteral("armadillo")).isEmpty());
    }

    void indexBuiltWithAnotherStemmerIsRebuiltOnOpen()
    {
        // As if a libstemmer upgrade changed the stems: the stored index no longer matches. Opening
        // the store rebuilds it (here it was emptied too, so only a rebuild can find anything).
        const QString path = m_dir.filePath(QStringLiteral("stale.db"));
        {
            auto store = Store::open(path).value();
            const qint64 feed = store->addFeed(QStringLiteral("https://stale.example/feed")).value();
            QVERIFY(store->storeArticles(feed, {StoreFixture::article(QStringLiteral("s1"), QStringLiteral("الاتفاقية"), QStringLiteral("Agreements"))}).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO article_search(article_search) VALUES('delete-all')")));
            QVERIFY(q.exec(QStringLiteral("UPDATE search_state SET version = 'older-stemmer'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stale"));
        auto store = Store::open(path).value();
        QCOMPARE(titlesOf(store->search(QStringLiteral("الإتفاقيه"))), QStringList{QStringLiteral("الاتفاقية")});
        QCOMPARE(titlesOf(store->search(QStringLiteral("agreement"))), QStringList{QStringLiteral("الاتفاقية")});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
