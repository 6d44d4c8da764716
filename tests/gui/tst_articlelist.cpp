// The article list at scale: pages arrive by fetchMore in strict date order (keyset paging, ties on
// the date included) without gaps or repeats; reload keeps what was loaded; pages read in the
// background arrive later in the same order and a page meant for an earlier list is dropped; search
// filters the list and marks the hits in the titles; the search field settles, clears with Escape
// and reports a query with nothing to search for.
#include "articlesearchbar.h"
#include "models/articlelistmodel.h"
#include "models/roles.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
Article makeArticle(const QString &guid, const QString &title, const QDateTime &published)
{
    Article a;
    a.guid = guid;
    a.title = title;
    a.text = title;
    a.published = published;
    a.contentHash = QCryptographicHash::hash(guid.toUtf8(), QCryptographicHash::Sha1);
    return a;
}

/** Every row once, newest first, ties on the date broken by id. */
bool inDateOrderWithoutRepeats(const ArticleListModel &model)
{
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Article *a = model.articleAt(row);
        if (seen.contains(a->id))
            return false;
        seen.insert(a->id);
        const Article *before = row > 0 ? model.articleAt(row - 1) : nullptr;
        if (before && !(before->sortTime > a->sortTime || (before->sortTime == a->sortTime && before->id > a->id)))
            return false;
    }
    return true;
}
} // namespace

class TestArticleList final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr int kArticles = 650;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = Store::open(m_dir.filePath(QStringLiteral("list.db"))).value();
        const qint64 feed = m_store->addFeed(QStringLiteral("https://list.example/feed")).value();
        // Groups of ten share one date, so page boundaries fall inside runs of equal dates.
        const QDateTime base(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QList<Article> batch;
        for (int i = 0; i < kArticles; ++i)
            batch << makeArticle(QStringLiteral("a%1").arg(i), QStringLiteral("Story %1").arg(i), base.addSecs(-60 * (i / 10)));
        batch << makeArticle(QStringLiteral("ar"), QStringLiteral("توقيع الاتفاقية في الرياض"), base.addDays(-30));
        QVERIFY(m_store->storeArticles(feed, batch).ok());
    }

    void pagesArriveInOrderWithoutGapsOrRepeats()
    {
        ArticleListModel model(*m_store);
        model.load(ArticleQuery());
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kArticles + 1);
        QVERIFY(inDateOrderWithoutRepeats(model));
        QVERIFY(model.longestQueryMs() > 0);
        // A reload keeps every loaded row, not just the first page, and sees changed flags.
        QVERIFY(m_store->setRead(model.articleAt(3)->id, true));
        model.reload();
        QCOMPARE(model.rowCount(), kArticles + 1);
        QVERIFY(model.articleAt(3)->read);
        QVERIFY(!model.canFetchMore({}));
    }

    void backgroundPagesArriveLaterInTheSameOrder()
    {
        ArticleListModel model(*m_store);
        model.loadPagesInBackground(m_store->databasePath());
        model.load(ArticleQuery());
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
        model.fetchMore({});
        // fetchMore returned without reading: the page is on its way, the rows are not there yet.
        QVERIFY(model.isPageLoading());
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
        model.fetchMore({}); // the view asking again meanwhile asks for nothing more
        QTRY_VERIFY(!model.isPageLoading());
        QCOMPARE(model.rowCount(), 2 * ArticleListModel::kPageSize);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isPageLoading());
        }
        QCOMPARE(model.rowCount(), kArticles + 1);
        QVERIFY(inDateOrderWithoutRepeats(model));
        QVERIFY(model.longestBackgroundQueryMs() > 0);
        // A reload is read in the background too, then keeps every loaded row and sees changed flags.
        const qint64 changed = model.articleAt(5)->id;
        QVERIFY(m_store->setRead(changed, true));
        model.reload();
        QVERIFY(!model.articleAt(5)->read); // not yet: the answer is on its way
        QTRY_VERIFY(model.articleAt(5)->read);
        QCOMPARE(model.articleAt(5)->id, changed);
        QCOMPARE(model.rowCount(), kArticles + 1);
        QVERIFY(m_store->setRead(changed, false));
    }

    void searchFilterFirstPageComesFromTheBackground()
    {
        ArticleListModel model(*m_store);
        model.loadPagesInBackground(m_store->databasePath());
        ArticleQuery query;
        query.search = QStringLiteral("stories");
        model.load(query);
        QVERIFY(model.isPageLoading()); // the full-text query does not run on the UI thread
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.longestQueryMs(), 0.0);
        QTRY_COMPARE(model.rowCount(), ArticleListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(inDateOrderWithoutRepeats(model));
        // A view without search text loads its first page at once.
        model.load(ArticleQuery());
        QVERIFY(!model.isPageLoading());
        QCOMPARE(model.rowCount(), ArticleListModel::kPageSize);
    }

    void pageForAnEarlierListIsDropped_data()
    {
        QTest::addColumn<QString>("newSearch");
        QTest::addColumn<int>("newRows");
        // The same view loaded anew (after a refresh, say): the old page would repeat rows.
        QTest::newRow("same view again") << QString() << int(ArticleListModel::kPageSize);
        QTest::newRow("search typed meanwhile") << QStringLiteral("الاتفاقية") << 1;
    }
    void pageForAnEarlierListIsDropped()
    {
        QFETCH(QString, newSearch);
        QFETCH(int, newRows);
        ArticleListModel model(*m_store);
        model.loadPagesInBackground(m_store->databasePath());
        auto *loader = model.findChild<ArticlePageLoader *>();
        QVERIFY(loader);
        QSignalSpy arrived(loader, &ArticlePageLoader::pageLoaded);
        model.load(ArticleQuery());
        model.fetchMore({}); // a page of the whole list is on its way…
        ArticleQuery changed;
        changed.search = newSearch;
        model.load(changed); // …when the list changes (a search's first page is asked for too)
        QTRY_VERIFY(arrived.count() >= 1 && !model.isPageLoading());
        QCOMPARE(arrived.first().at(1).value<ArticleListPage>().rows.size(), ArticleListModel::kPageSize); // it did come…
        QCOMPARE(model.rowCount(), newRows); // …and was not added
        QVERIFY(inDateOrderWithoutRepeats(model));
        // The new list goes on paging normally.
        if (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isPageLoading());
            QCOMPARE(model.rowCount(), newRows + ArticleListModel::kPageSize);
            QVERIFY(inDateOrderWithoutRepeats(model));
        }
    }

    void searchFiltersAndMarksHitsInTitles()
    {
        ArticleListModel model(*m_store);
        ArticleQuery query;
        query.search = QStringLiteral("الإتفاقيه");
        model.load(query);
        model.setHighlight(query.search);
        QCOMPARE(model.rowCount(), 1);
        const QString title = QStringLiteral("توقيع الاتفاقية في الرياض");
        QCOMPARE(model.articleAt(0)->title, title);
        const QList<int> hits = model.index(0, ArticleListModel::TitleColumn).data(Roles::HighlightRangesRole).value<QList<int>>();
        QCOMPARE(hits, (QList<int>{int(title.indexOf(u"الاتفاقية")), 9}));
        QVERIFY(model.index(0, ArticleListModel::DateColumn).data(Roles::HighlightRangesRole).isNull());
        model.setHighlight(QString());
        QVERIFY(model.index(0, ArticleListModel::TitleColumn).data(Roles::HighlightRangesRole).isNull());
        // English: the plural finds the singular's stem, the hit is the word as written.
        query.search = QStringLiteral("stories");
        model.load(query);
        model.setHighlight(query.search);
        QVERIFY(model.rowCount() == ArticleListModel::kPageSize && model.canFetchMore({}));
        QCOMPARE(model.index(0, 0).data(Roles::HighlightRangesRole).value<QList<int>>(), (QList<int>{0, 5}));
    }

    void searchFieldSettlesAndClears()
    {
        ArticleSearchBar bar;
        QSignalSpy changed(&bar, &ArticleSearchBar::searchChanged);
        QTest::keyClicks(bar.field(), QStringLiteral("clim"));
        QCOMPARE(changed.count(), 0); // not on every keystroke
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("clim"));
        QTest::keyClick(bar.field(), Qt::Key_Escape);
        QCOMPARE(bar.field()->text(), QString());
        QCOMPARE(changed.last().at(0).toString(), QString()); // clearing is immediate
    }
};

QTEST_MAIN(TestArticleList)
#include "tst_articlelist.moc"
