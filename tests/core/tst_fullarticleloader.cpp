// The full-article flow in the core: a real SQLite store, article pages served on 127.0.0.1, the
// loader fetching, extracting (off the calling thread) and storing the story beside the teaser.
#include "fullarticle/fullarticleloader.h"
#include "localhttpserver.h"
#include "pagefixture.h"
#include "store/store.h"
#include "storefixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFullArticleLoader final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_feedId = 0;

    qint64 storeArticle(const QString &guid, const QString &path)
    {
        Article a;
        a.guid = guid;
        a.url = m_server.url(path).toString();
        a.title = u"Teaser "_s + guid;
        a.summaryHtml = u"<p>One sentence from the feed.</p>"_s;
        a.text = u"One sentence from the feed."_s;
        a.fetched = QDateTime::currentDateTimeUtc();
        return StoreFixture::add(*m_store, m_feedId, a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/ar/story", HttpResponse{200, "text/html; charset=utf-8", pageFixture("ar_news_clutter.html"), {}});
        m_server.route("/cp1256/story", HttpResponse{200, "text/html", pageFixture("ar_split_divs_cp1256.html"), {}});
        m_server.route("/section", HttpResponse{200, "text/html", pageFixture("en_section_front.html"), {}});
        m_server.route("/file.pdf", HttpResponse{200, "application/pdf", "%PDF-1.4", {}});
        // The same story on a site with a Join.chat widget (its settings as the plugin writes them).
        QByteArray withWidget = pageFixture("ar_news_clutter.html");
        withWidget.replace("</body>", R"(<div class="joinchat" data-settings='{"telephone":"966501234567","message_text":"مرحبا 👋 كيف يمكننا مساعدتك؟"}'></div></body>)");
        m_server.route("/widget/story", HttpResponse{200, "text/html; charset=utf-8", withWidget, {}});
        m_server.route("/gone", HttpResponse{404, "text/html", "<html><body>Not found</body></html>", {}});
        m_store = StoreFixture::openWithFeed(m_dir.filePath(u"khulasa.db"_s), m_server.url(u"/feed.xml"_s).toString(), m_feedId);
        QVERIFY(m_store);
    }

    void feedSettingIsStored()
    {
        QCOMPARE(m_store->feed(m_feedId)->fullArticles, FullArticleMode::Off);
        QVERIFY(m_store->setFeedFullArticleMode(m_feedId, FullArticleMode::Always));
        QCOMPARE(m_store->feed(m_feedId)->fullArticles, FullArticleMode::Always);
        QVERIFY(m_store->setFeedFullArticleMode(m_feedId, FullArticleMode::OnDemand));
        QCOMPARE(m_store->feed(m_feedId)->fullArticles, FullArticleMode::OnDemand);
        QCOMPARE(fullArticleModeFromName(u"nonsense"_s), FullArticleMode::Off);
    }

    void loadsExtractsAndStoresBesideTheTeaser_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("opening");
        QTest::newRow("utf-8") << u"/ar/story"_s << u"افتتحت الحكومة صباح اليوم الأحد"_s;
        QTest::newRow("windows-1256 by meta") << u"/cp1256/story"_s << u"انطلقت مساء الخميس فعاليات"_s;
    }

    void loadsExtractsAndStoresBesideTheTeaser()
    {
        QFETCH(QString, path);
        QFETCH(QString, opening);
        const qint64 id = storeArticle(path, path);
        QVERIFY(id > 0);
        FullArticleLoader loader(&m_network, m_store.get());
        QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
        QSignalSpy failed(&loader, &FullArticleLoader::failed);
        loader.load(id);
        QVERIFY(loader.isLoading(id));
        loader.load(id); // a second request while loading is ignored
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!loader.isLoading(id));
        const Article article = m_store->article(id).value();
        QVERIFY2(article.fullText.startsWith(opening), qPrintable(article.fullText.left(80)));
        QVERIFY(article.fullContentHtml.startsWith(u'<'));
        QVERIFY(!article.fullText.contains(u"واتساب"_s));
        QCOMPARE(article.summaryHtml, u"<p>One sentence from the feed.</p>"_s); // the teaser is kept
        QCOMPARE(article.text, u"One sentence from the feed."_s);
        QCOMPARE(article.bodyHtml(), article.fullContentHtml);
        QCOMPARE(article.bestText(), article.fullText);
    }

    void failuresStoreNothingAndSayWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("section front") << u"/section"_s << u"No article found"_s;
        QTest::newRow("not html") << u"/file.pdf"_s << u"not a web page"_s;
        QTest::newRow("404") << u"/gone"_s << u"404"_s;
    }

    void failuresStoreNothingAndSayWhy()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const qint64 id = storeArticle(u"fail"_s + path, path);
        QVERIFY(id > 0);
        FullArticleLoader loader(&m_network, m_store.get());
        QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
        QSignalSpy failed(&loader, &FullArticleLoader::failed);
        loader.load(id);
        QVERIFY(failed.wait(10000));
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(failed.first().at(0).toLongLong(), id);
        QVERIFY2(failed.first().at(1).toString().contains(reason), qPrintable(failed.first().at(1).toString()));
        const Article article = m_store->article(id).value();
        QVERIFY(article.fullContentHtml.isEmpty());
        QCOMPARE(article.bodyHtml(), u"<p>One sentence from the feed.</p>"_s); // the teaser still shows
    }

    void findsThePublishersChatWidgetButNotLinksInTheStory()
    {
        const qint64 id = storeArticle(u"widget"_s, u"/widget/story"_s);
        QVERIFY(id > 0);
        FullArticleLoader loader(&m_network, m_store.get());
        QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
        loader.load(id);
        QVERIFY(loaded.wait(10000));
        QStringList numbers;
        QString greeting;
        for (const ContactChannel &channel : m_store->contactChannels(m_feedId)) {
            if (channel.kind == ContactChannel::Kind::WhatsApp) {
                numbers.append(channel.value);
                greeting = channel.greeting;
            }
        }
        // The widget's number and greeting; not the wa.me link the page also carries.
        QCOMPARE(numbers, QStringList{u"966501234567"_s});
        QCOMPARE(greeting, u"مرحبا 👋 كيف يمكننا مساعدتك؟"_s);
    }

    void destroyingTheLoaderMidwayIsSafe()
    {
        const qint64 id = storeArticle(u"midway"_s, u"/ar/story"_s);
        {
            FullArticleLoader loader(&m_network, m_store.get());
            loader.load(id);
        }
        QTest::qWait(200); // nothing may call back into the destroyed loader
        QVERIFY(m_store->article(id).value().fullContentHtml.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFullArticleLoader)
#include "tst_fullarticleloader.moc"
