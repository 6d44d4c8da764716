// The full-article flow in the main window: the feed properties dialog stores the per-feed mode,
// View → Load Full Article fetches the page from a local server, extracts and stores the story and
// shows it in place of the teaser; a page without an article leaves the teaser with a quiet status
// bar notice; a feed set to "always" gets its new articles loaded after a refresh.
#include "mainwindowtestbase.h"
#include "dialogs/feedpropertiesdialog.h"
#include "fullarticlecontroller.h"
#include "localhttpserver.h"
#include "pagefixture.h"
#include "mainwindow.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFullArticleFlow final : public MainWindowTestBase
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    qint64 m_feedId = 0;
    QHash<QString, qint64> m_ids; // path → article id

    QAction *loadAction() const { return m_window->findChild<QAction *>(u"loadFullArticle"_s); }

    bool show(const QString &path) { return showAndWait(m_ids.value(path)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/story", HttpResponse{200, "text/html; charset=utf-8", pageFixture("ar_news_clutter.html"), {}});
        m_server.route("/story2", HttpResponse{200, "text/html; charset=utf-8", pageFixture("en_split_lazy.html"), {}});
        m_server.route("/front", HttpResponse{200, "text/html; charset=utf-8", pageFixture("en_section_front.html"), {}});
        QVERIFY(openProfile());
        m_settings->setFirstRunDone(true);
        m_feedId = m_store->addFeed(m_server.url(u"/feed.xml"_s).toString(), u"Teasers"_s).value();
        QList<Article> articles;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        int i = 0;
        for (const QString &path : {u"/story"_s, u"/front"_s, u"/story2"_s}) {
            Article a;
            a.guid = path;
            a.url = m_server.url(path).toString();
            a.title = u"Teaser "_s + path;
            a.summaryHtml = u"<p>One line from the feed.</p>"_s;
            a.text = u"One line from the feed."_s;
            a.published = base.addSecs(-60 * i++);
            a.contentHash = a.guid.toUtf8();
            articles.append(a);
        }
        QVERIFY(m_store->storeArticles(m_feedId, articles));
        for (const Article &a : m_store->articles(ArticleQuery{}))
            m_ids.insert(a.guid, a.id);
        QVERIFY(openWindow());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void propertiesDialogStoresTheMode()
    {
        FeedPropertiesDialog dialog(*m_store->feed(m_feedId), *m_store, nullptr);
        auto *combo = dialog.findChild<QComboBox *>(u"fullArticlesCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentIndex(), 0); // off by default
        combo->setCurrentIndex(1);
        dialog.accept();
        QCOMPARE(m_store->feed(m_feedId)->fullArticles, FullArticleMode::OnDemand);
    }

    void actionIsInTheViewMenuAndFollowsTheFeedSetting()
    {
        QAction *action = loadAction();
        QVERIFY(action);
        auto *view = m_window->findChild<QMenu *>(u"viewMenu"_s);
        QVERIFY(view && view->actions().contains(action));
        QVERIFY(m_store->setFeedFullArticleMode(m_feedId, FullArticleMode::Off));
        QVERIFY(show(u"/story"_s));
        QVERIFY(!action->isEnabled());
        QVERIFY(m_store->setFeedFullArticleMode(m_feedId, FullArticleMode::OnDemand));
        QVERIFY(show(u"/front"_s));
        QVERIFY(action->isEnabled());
    }

    void loadsAndShowsTheFullStory()
    {
        QVERIFY(show(u"/story"_s));
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        loadAction()->trigger();
        QVERIFY(shown.wait(20000)); // shown again, now with the story
        const Article current = m_window->currentArticle().value();
        QVERIFY(current.fullText.startsWith(u"افتتحت الحكومة"_s));
        QCOMPARE(current.bodyHtml(), current.fullContentHtml);
        QCOMPARE(m_store->article(current.id)->summaryHtml, u"<p>One line from the feed.</p>"_s);
    }

    void aPageWithoutArticleLeavesTheTeaserWithANotice()
    {
        QVERIFY(show(u"/front"_s));
        loadAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Full article not loaded"_s), 20000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"No article found"_s));
        QVERIFY(m_store->article(m_ids.value(u"/front"_s))->fullContentHtml.isEmpty());
        QCOMPARE(m_window->currentArticle()->bodyHtml(), u"<p>One line from the feed.</p>"_s);
    }

    void alwaysFeedsLoadNewArticlesAfterRefresh()
    {
        QVERIFY(m_store->setFeedFullArticleMode(m_feedId, FullArticleMode::Always));
        auto *controller = m_window->findChild<FullArticleController *>();
        QVERIFY(controller);
        FeedRefreshOutcome outcome;
        outcome.feedId = m_feedId;
        outcome.status = FeedStatus::Ok;
        outcome.added = 3;
        Q_EMIT m_refresher->feedRefreshed(outcome);
        const qint64 id = m_ids.value(u"/story2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->article(id)->fullText.isEmpty(), 20000);
        QVERIFY(m_store->article(id)->fullText.startsWith(u"When the last bank branch in Hollesund closed"_s));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestFullArticleFlow)
#include "tst_fullarticleflow.moc"
