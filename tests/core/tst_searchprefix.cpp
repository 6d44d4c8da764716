// Prefix queries asked as the indexed words they start (ArticleSearch::matchExpression): the same
// articles as FTS5's own prefix query, in Arabic and English, for the list filter too; short
// prefixes and prefixes starting too many words stay FTS5 prefix queries; nothing an indexed word
// holds reaches FTS5 as syntax.
#include "store/articlesearch.h"
#include "store/store.h"
#include "storefixture.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSearchPrefix final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db; // a second connection to the same file, to ask FTS5 directly

    /** The articles FTS5's own prefix query finds (the query as parsed, nothing expanded). */
    QSet<qint64> fts5Finds(const SearchQuery &query)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ?"));
        q.addBindValue(query.matchExpression());
        QSet<qint64> ids;
        if (q.exec())
            while (q.next())
                ids.insert(q.value(0).toLongLong());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = Store::open(m_dir.filePath(QStringLiteral("prefix.db"))).value();
        const qint64 feed = m_store->addFeed(QStringLiteral("https://prefix.example/feed")).value();
        QStringList manyWords; // more words starting "zeta" than are ever listed
        for (int i = 0; i < ArticleSearch::kMaxExpandedWords + 8; ++i)
            manyWords << QStringLiteral("zeta%1").arg(QChar(u'a' + i % 26)) + QString::number(i);
        QVERIFY(m_store->storeArticles(feed, {
            StoreFixture::article(QStringLiteral("1"), QStringLiteral("Refugees cross the border"), QStringLiteral("Aid for refugee camps")),
            StoreFixture::article(QStringLiteral("2"), QStringLiteral("A refuge in the hills"), QStringLiteral("Quiet weather")),
            StoreFixture::article(QStringLiteral("3"), QStringLiteral("Refunds for travellers"), QStringLiteral("Airlines pay back")),
            StoreFixture::article(QStringLiteral("4"), QStringLiteral("تراجع الاقتصاد"), QStringLiteral("السياسات الاقتصادية الجديدة")),
            StoreFixture::article(QStringLiteral("5"), QStringLiteral("اقتصاديون يحذرون"), QStringLiteral("والاقتصاد العالمي")),
            StoreFixture::article(QStringLiteral("6"), QStringLiteral("Many zeta words"), manyWords.join(u' ')),
            StoreFixture::article(QStringLiteral("7"), QStringLiteral("Quotes \"refugium\" and (refugia)"), QStringLiteral("NEAR AND OR refugio*")),
        }).ok());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        m_db.setDatabaseName(m_store->databasePath());
        QVERIFY(m_db.open());
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }

    void expandedPrefixesFindWhatFts5Finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("english") << QStringLiteral("refug*") << 3;    // refugees, refuge, refugium…: not refunds
        QTest::newRow("arabic") << QStringLiteral("اقتصا*") << 2;     // الاقتصاد, اقتصاديون, والاقتصاد
        QTest::newRow("with a word") << QStringLiteral("border refug*") << 1;
        QTest::newRow("too many words") << QStringLiteral("zeta*") << 1;
        QTest::newRow("short") << QStringLiteral("ref*") << 4;
        QTest::newRow("none") << QStringLiteral("refugx*") << 0;
    }
    void expandedPrefixesFindWhatFts5Finds()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto hits = m_store->search(text, 100);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QSet<qint64> found;
        for (const SearchHit &hit : *hits)
            found.insert(hit.id);
        QCOMPARE(found.size(), expected);
        QCOMPARE(found, fts5Finds(*SearchQuery::parse(text)));
        // The list filter asks the same.
        ArticleQuery filter;
        filter.search = text;
        QSet<qint64> listed;
        for (const Article &article : m_store->articles(filter))
            listed.insert(article.id);
        QCOMPARE(listed, found);
    }

    void expressionNamesTheWordsOnlyWhenWorthIt()
    {
        const SearchQuery refug = *SearchQuery::parse(QStringLiteral("refug*"));
        // Every indexed word starting with the prefix, each quoted: the quotes and brackets that
        // came with the text never got into a word, and the words are strings, not syntax. The list
        // holds the stems of the other columns too ("refug"): they start with the prefix as well.
        QCOMPARE(ArticleSearch::matchExpression(m_db, refug),
                 QStringLiteral("{title_words body_words} : (\"refug\" OR \"refuge\" OR \"refugee\" OR \"refugees\" OR \"refugia\" OR \"refugio\" OR \"refugium\")"));
        const SearchQuery zeta = *SearchQuery::parse(QStringLiteral("zeta*"));
        QCOMPARE(ArticleSearch::matchExpression(m_db, zeta), zeta.matchExpression());
        const SearchQuery shortPrefix = *SearchQuery::parse(QStringLiteral("ref*"));
        QCOMPARE(ArticleSearch::matchExpression(m_db, shortPrefix), shortPrefix.matchExpression());
        QCOMPARE(shortPrefix.matchExpression(), QStringLiteral("{title_words body_words} : \"ref\" *"));
    }
};

QTEST_GUILESS_MAIN(TestSearchPrefix)
#include "tst_searchprefix.moc"
