// The article pane, rendered through the same path as `khulasa --render` (HeadlessRender: core parser,
// EntryProcessor, ArticleRenderer, ArticlePage, request interceptor, the profile's settings):
// direction and alignment in the DOM for Arabic, English and mixed articles, typography and zoom
// from the settings, the images setting at the interceptor, links handed to QDesktopServices,
// hostile content against a canary server, and screenshots of every theme in Arabic and English.
#include "localhttpserver.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/articlepage.h"
#include "reader/articlerequestinterceptor.h"
#include "reader/articleschemehandler.h"
#include "reader/articleview.h"
#include "reader/headlessrender.h"
#include "readertesting.h"
#include "urlcatcher.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ReaderTesting::evaluate;

namespace {
/** Direction, text-align and where the first character sits inside the element (px from each edge). */
const QString kBlockProbe = QStringLiteral(
    "(function(e){var s=getComputedStyle(e);var t=e.firstChild;"
    "var r=document.createRange();r.setStart(t,0);r.setEnd(t,1);var c=r.getBoundingClientRect();"
    "var b=e.getBoundingClientRect();return JSON.stringify({dir:s.direction,align:s.textAlign,"
    "left:c.left-b.left,right:b.right-c.right});})(%1)");

/** The x of the first character of `needle` inside element `%1` (a JavaScript expression). */
const QString kCharX = QStringLiteral(
    "(function(e,n){var t=e.firstChild;var i=t.data.indexOf(n);if(i<0)return -1;"
    "var r=document.createRange();r.setStart(t,i);r.setEnd(t,i+1);return r.getBoundingClientRect().left;})(%1,'%2')");

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestArticlePane final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;
    std::unique_ptr<Settings> m_settings;
    LocalHttpServer m_canary;
    QString m_articles;
    QString m_hostile;
    UrlCatcher m_catcher;

    std::unique_ptr<HeadlessRender> render(const QString &file, int entry,
                                           std::optional<ArticleRenderer::Theme> theme = std::nullopt)
    {
        auto renderer = std::make_unique<HeadlessRender>(*m_settings);
        const Status status = renderer->render({file, entry, QString(), theme, 900, 5000});
        if (!status) {
            qWarning("%s", qPrintable(status.error()));
            return nullptr;
        }
        return renderer;
    }

    /** `element` is a JavaScript expression (the sanitiser drops id attributes). */
    QJsonObject probe(ArticleView *view, const QString &element)
    {
        return QJsonDocument::fromJson(evaluate(view->page(), kBlockProbe.arg(element)).toString().toUtf8()).object();
    }

    QList<QByteArray> canaryPaths() const
    {
        QList<QByteArray> paths;
        for (const HttpRequestRecord &request : m_canary.requests())
            paths.append(request.path);
        return paths;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = Profile::inFolder(m_dir.filePath(QStringLiteral("profile"))).value();
        m_settings = std::make_unique<Settings>(*m_profile);
        QVERIFY(m_canary.listen());
        const QByteArray png = pngBytes();
        for (const char *path : {"/allowed/img.png", "/allowed/srcset.png", "/allowed/srcset2.png", "/allowed/picture.png",
                                 "/allowed/picture-img.png", "/allowed/inline-bg.png", "/img.png"})
            m_canary.route(path, HttpResponse{200, "image/png", png, {}});
        m_articles = m_dir.filePath(QStringLiteral("articles.xml"));
        m_hostile = m_dir.filePath(QStringLiteral("hostile.xml"));
        QVERIFY(ReaderTesting::writeFixture(QStringLiteral("articles.xml"), m_articles));
        QVERIFY(ReaderTesting::writeFixture(QStringLiteral("hostile.xml"), m_hostile, m_canary.authority().prepend("http://")));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void arabicArticleReadsRightToLeft()
    {
        auto r = render(m_articles, 0);
        QVERIFY(r);
        QWebEnginePage *page = r->view()->page();
        QCOMPARE(evaluate(page, QStringLiteral("document.documentElement.dir")).toString(), QStringLiteral("rtl"));
        QCOMPARE(evaluate(page, QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("ar"));
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("rtl"));
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('h1')).direction")).toString(),
                 QStringLiteral("rtl"));
        const QJsonObject p = probe(r->view(), QStringLiteral("document.querySelectorAll('.content p')[0]"));
        QCOMPARE(p[u"dir"].toString(), QStringLiteral("rtl"));
        QCOMPARE(p[u"align"].toString(), QStringLiteral("start"));
        QVERIFY2(p[u"right"].toDouble() < 2.0, QJsonDocument(p).toJson(QJsonDocument::Compact).constData()); // starts at the right edge
        const QJsonObject li = probe(r->view(), QStringLiteral("document.querySelectorAll('.content li')[0]"));
        QCOMPARE(li[u"dir"].toString(), QStringLiteral("rtl"));
        QVERIFY2(li[u"right"].toDouble() < 2.0, QJsonDocument(li).toJson(QJsonDocument::Compact).constData());
        // The Arabic fonts are used (Naskh first) with a taller line.
        const QString family = evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('.content p')).fontFamily")).toString();
        QVERIFY2(family.startsWith(u"\"Noto Naskh Arabic\""), qPrintable(family));
        const double lineHeight = evaluate(page, QStringLiteral("parseFloat(getComputedStyle(document.querySelector('.content p')).lineHeight)"
                                                                "/parseFloat(getComputedStyle(document.querySelector('.content p')).fontSize)")).toDouble();
        QVERIFY2(lineHeight >= 1.8, qPrintable(QString::number(lineHeight)));
    }

    void englishParagraphInArabicArticleReadsLeftToRight()
    {
        auto r = render(m_articles, 0);
        QVERIFY(r);
        const QJsonObject p = probe(r->view(), QStringLiteral("document.querySelectorAll('.content p')[1]"));
        QCOMPARE(p[u"dir"].toString(), QStringLiteral("ltr"));
        QCOMPARE(p[u"align"].toString(), QStringLiteral("start"));
        QVERIFY2(p[u"left"].toDouble() < 2.0, QJsonDocument(p).toJson(QJsonDocument::Compact).constData()); // starts at the left edge
        const QJsonObject li = probe(r->view(), QStringLiteral("document.querySelectorAll('.content li')[1]"));
        QCOMPARE(li[u"dir"].toString(), QStringLiteral("ltr"));
        QVERIFY2(li[u"left"].toDouble() < 2.0, QJsonDocument(li).toJson(QJsonDocument::Compact).constData());
    }

    void englishArticleReadsLeftToRight()
    {
        auto r = render(m_articles, 1);
        QVERIFY(r);
        QWebEnginePage *page = r->view()->page();
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("ltr"));
        const QJsonObject en = probe(r->view(), QStringLiteral("document.querySelectorAll('.content p')[0]"));
        QCOMPARE(en[u"dir"].toString(), QStringLiteral("ltr"));
        QVERIFY2(en[u"left"].toDouble() < 2.0, QJsonDocument(en).toJson(QJsonDocument::Compact).constData());
        const QJsonObject ar = probe(r->view(), QStringLiteral("document.querySelectorAll('.content p')[1]"));
        QCOMPARE(ar[u"dir"].toString(), QStringLiteral("rtl"));
        QVERIFY2(ar[u"right"].toDouble() < 2.0, QJsonDocument(ar).toJson(QJsonDocument::Compact).constData());
    }

    void latinWordsKeepTheirOrderInArabicText()
    {
        auto r = render(m_articles, 2);
        QVERIFY(r);
        QWebEnginePage *page = r->view()->page();
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("rtl"));
        // "… مثل ChatGPT و Claude …": read right to left, ChatGPT comes first, so it is further right;
        // inside each Latin word the letters run left to right.
        const double chat = evaluate(page, kCharX.arg(QStringLiteral("document.querySelector('.content p')"), QStringLiteral("ChatGPT"))).toDouble();
        const double claude = evaluate(page, kCharX.arg(QStringLiteral("document.querySelector('.content p')"), QStringLiteral("Claude"))).toDouble();
        const double gpt = evaluate(page, kCharX.arg(QStringLiteral("document.querySelector('.content p')"), QStringLiteral("GPT"))).toDouble();
        QVERIFY(chat > 0 && claude > 0);
        QVERIFY2(chat > claude, qPrintable(QStringLiteral("%1 %2").arg(chat).arg(claude)));
        QVERIFY(gpt > chat);
        // "60%" begins the sentence: at the right end of the first line, before the Arabic words.
        const double sixty = evaluate(page, kCharX.arg(QStringLiteral("document.querySelector('.content p')"), QStringLiteral("60"))).toDouble();
        QVERIFY2(sixty > chat, qPrintable(QStringLiteral("%1 %2").arg(sixty).arg(chat)));
    }

    void typographyAndZoomFollowTheSettings()
    {
        m_settings->setReaderFontSize(24);
        m_settings->setReaderFontFamily(QStringLiteral("Amiri"));
        m_settings->setReaderJustify(true);
        m_settings->setReaderZoom(1.5);
        auto r = render(m_articles, 0);
        m_settings->setReaderFontSize(18);
        m_settings->setReaderFontFamily(QString());
        m_settings->setReaderJustify(false);
        m_settings->setReaderZoom(1.0);
        QVERIFY(r);
        QWebEnginePage *page = r->view()->page();
        const QString family = evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('.content p')).fontFamily")).toString();
        QVERIFY2(family.startsWith(u"Amiri") || family.startsWith(u"\"Amiri\""), qPrintable(family));
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).fontSize")).toString(),
                 QStringLiteral("25px")); // Arabic: one pixel above the base size
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('.content p')).textAlign")).toString(),
                 QStringLiteral("justify"));
        QCOMPARE(r->view()->zoom(), 1.5);
        QCOMPARE(page->zoomFactor(), 1.5);
    }

    void linksAndEnclosuresOpenOutside()
    {
        auto r = render(m_articles, 0);
        QVERIFY(r);
        QWebEnginePage *page = r->view()->page();
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('a.enclosure').href")).toString(),
                 QStringLiteral("https://akhbar.example/podcast/cop29.mp3"));
        const QUrl before = page->url();
        m_catcher.urls.clear();
        evaluate(page, QStringLiteral("document.querySelector('a.enclosure').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 1, 5000);
        QCOMPARE(m_catcher.urls.first(), QUrl(QStringLiteral("https://akhbar.example/podcast/cop29.mp3")));
        evaluate(page, QStringLiteral("document.querySelector('h1 a').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 2, 5000);
        QCOMPARE(m_catcher.urls.last(), QUrl(QStringLiteral("https://akhbar.example/ar/1")));
        QTest::qWait(300);
        QCOMPARE(page->url(), before); // the pane itself never navigated
        QVERIFY(evaluate(page, QStringLiteral("document.body.innerText")).toString().contains(u"باكو"));
    }

    void interceptorFollowsTheImagesSetting()
    {
        // The interceptor alone: the page's CSP allows images here, so only the interceptor decides.
        ArticleView view;
        view.resize(600, 400);
        view.show();
        const QString html = QStringLiteral("<!DOCTYPE html><p>x</p><img src=\"%1\">").arg(m_canary.url(QStringLiteral("/img.png")).toString());
        for (bool allowed : {false, true}) {
            m_canary.clearRecords();
            QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
            view.requestInterceptor()->setImagesAllowed(allowed);
            view.articlePage()->showHtml(html);
            QVERIFY(loaded.wait(20000));
            if (allowed)
                QTRY_COMPARE_WITH_TIMEOUT(m_canary.requestCount("/img.png"), 1, 5000);
            else
                QTest::qWait(500);
            QCOMPARE(m_canary.requestCount("/img.png"), allowed ? 1 : 0);
        }
    }

    void articleOverTwoMegabytesRendersWhole()
    {
        // setHtml() shows nothing once its data: URL passes 2 MB; the pane's own scheme has no such limit.
        Article article;
        article.title = QStringLiteral("تقرير طويل جدا");
        article.direction = QStringLiteral("rtl");
        article.language = QStringLiteral("ar");
        const QString paragraph = QStringLiteral("<p dir=\"auto\">%1 فقرة طويلة من تقرير مفصل عن الاتفاقية الجديدة ونتائجها على المنطقة.</p>");
        const int paragraphs = 30000;
        for (int i = 0; i < paragraphs; ++i)
            article.contentHtml += paragraph.arg(i);
        article.contentHtml += QStringLiteral("<p dir=\"auto\">نهاية التقرير</p>");
        QVERIFY(article.contentHtml.toUtf8().size() > 3 * 1024 * 1024);

        ArticleView view;
        view.resize(600, 400);
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showArticle(article, QStringLiteral("Source"), {});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QWebEnginePage *page = view.page();
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('.content p').length")).toInt(), paragraphs + 1);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('.content p:last-child').textContent")).toString(),
                 QStringLiteral("نهاية التقرير"));
        QCOMPARE(evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("rtl"));
        // The policy still holds on a served document: the template's CSP is in force.
        QVERIFY(evaluate(page, QStringLiteral("document.querySelector('meta[http-equiv]').content")).toString().contains(u"script-src 'none'"));
        QCOMPARE(page->url().scheme(), QString::fromLatin1(ArticleSchemeHandler::schemeName()));
    }

    void pageLoadsOnlyWhatItPublished()
    {
        // Replacing the document works, and a page navigates to no document it did not publish itself.
        ArticleView first;
        ArticleView second;
        QSignalSpy firstLoaded(&first, &QWebEngineView::loadFinished);
        first.articlePage()->showHtml(QStringLiteral("<!DOCTYPE html><p>one</p>"));
        QVERIFY(firstLoaded.wait(20000));
        const QUrl firstUrl = first.page()->url();
        first.articlePage()->showHtml(QStringLiteral("<!DOCTYPE html><p>two</p>"));
        QVERIFY(firstLoaded.wait(20000));
        QCOMPARE(evaluate(first.page(), QStringLiteral("document.body.textContent")).toString(), QStringLiteral("two"));
        QSignalSpy secondLoaded(&second, &QWebEngineView::loadFinished);
        second.page()->load(firstUrl); // not through showHtml: the page refuses a navigation it did not publish
        QTest::qWait(500);
        QVERIFY(evaluate(second.page(), QStringLiteral("document.body ? document.body.textContent : ''")).toString().isEmpty());
    }

    void imagesSettingControlsWhatLoads_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<bool>("feedAllowed");
        QTest::addColumn<bool>("expectImages");
        QTest::newRow("always") << int(Settings::ImagesPolicy::Always) << false << true;
        QTest::newRow("never") << int(Settings::ImagesPolicy::Never) << true << false;
        QTest::newRow("per-feed, not chosen") << int(Settings::ImagesPolicy::PerFeed) << false << false;
        QTest::newRow("per-feed, chosen") << int(Settings::ImagesPolicy::PerFeed) << true << true;
    }

    void imagesSettingControlsWhatLoads()
    {
        QFETCH(int, policy);
        QFETCH(bool, feedAllowed);
        QFETCH(bool, expectImages);
        m_settings->setImagesPolicy(Settings::ImagesPolicy(policy));
        m_settings->setImagesAllowedForFeed(0, feedAllowed); // a headless render's article has no feed: id 0
        m_canary.clearRecords();
        auto r = render(m_hostile, 0);
        m_settings->setImagesPolicy(Settings::ImagesPolicy::Always);
        m_settings->setImagesAllowedForFeed(0, false);
        QVERIFY(r);
        QTest::qWait(300);
        if (expectImages) {
            QCOMPARE(m_canary.requestCount("/allowed/img.png"), 1);
        } else {
            QVERIFY2(m_canary.requests().isEmpty(), canaryPaths().join(' ').constData());
            QCOMPARE(evaluate(r->view()->page(), QStringLiteral("document.querySelector('meta[http-equiv]').content"))
                         .toString().contains(u"img-src 'none'"), true);
        }
    }

    void interceptorDecisions()
    {
        using RI = QWebEngineUrlRequestInfo;
        const auto allows = [](const char *url, RI::ResourceType type, bool images = true) {
            return ArticleRequestInterceptor::allows(QUrl(QString::fromLatin1(url)), type, images);
        };
        QVERIFY(allows("khulasa-article:1", RI::ResourceTypeMainFrame));
        QVERIFY(!allows("data:text/html;charset=UTF-8,x", RI::ResourceTypeMainFrame));
        QVERIFY(!allows("https://example.com/", RI::ResourceTypeMainFrame));
        QVERIFY(!allows("file:///etc/passwd", RI::ResourceTypeMainFrame));
        QVERIFY(allows("https://example.com/a.jpg", RI::ResourceTypeImage));
        QVERIFY(allows("http://example.com/a.jpg", RI::ResourceTypeImage));
        QVERIFY(allows("data:image/png;base64,AAAA", RI::ResourceTypeImage));
        QVERIFY(!allows("data:text/html,<b>", RI::ResourceTypeImage));
        QVERIFY(!allows("https://example.com/a.jpg", RI::ResourceTypeImage, false));
        QVERIFY(!allows("file:///home/user/a.png", RI::ResourceTypeImage));
        QVERIFY(!allows("ftp://example.com/a.png", RI::ResourceTypeImage));
        for (auto type : {RI::ResourceTypeScript, RI::ResourceTypeStylesheet, RI::ResourceTypeFontResource, RI::ResourceTypeSubFrame,
                          RI::ResourceTypeMedia, RI::ResourceTypeObject, RI::ResourceTypeXhr, RI::ResourceTypePing,
                          RI::ResourceTypePrefetch, RI::ResourceTypeFavicon, RI::ResourceTypeCspReport, RI::ResourceTypeUnknown})
            QVERIFY(!allows("https://example.com/x", type));
        QVERIFY(!allows("https://www.google-analytics.com/collect?v=1", RI::ResourceTypeImage));
        QVERIFY(!allows("https://stats.g.doubleclick.net/r/collect", RI::ResourceTypeImage));
        QVERIFY(!allows("https://pixel.wp.com/g.gif?blog=1", RI::ResourceTypeImage));
        QVERIFY(!allows("https://feeds.feedburner.com/~r/example/~4/abc", RI::ResourceTypeImage));
        QVERIFY(!allows("https://www.facebook.com/tr?id=1&ev=PageView", RI::ResourceTypeImage));
        QVERIFY(!allows("https://news.example/track/open/123.gif", RI::ResourceTypeImage));
        QVERIFY(allows("https://notdoubleclick.net.example/a.png", RI::ResourceTypeImage));
        QVERIFY(allows("https://images.example/photos/trip.png", RI::ResourceTypeImage));
    }

    void hostileContentReachesNothing()
    {
        const Result<HeadlessRender::Entry> first = HeadlessRender::loadEntry(m_hostile, 0);
        QVERIFY2(first, qPrintable(first.error()));
        int entries = 0;
        while (HeadlessRender::loadEntry(m_hostile, entries))
            ++entries;
        QVERIFY(entries >= 12);
        m_canary.clearRecords();
        for (int entry = 0; entry < entries; ++entry) {
            auto r = render(m_hostile, entry);
            QVERIFY2(r, qPrintable(QString::number(entry)));
            QWebEnginePage *page = r->view()->page();
            const QUrl shown = page->url();
            QTest::qWait(400); // a meta refresh or a late beacon would have fired by now
            QCOMPARE(page->url(), shown); // nothing navigated the pane
            // Nothing active survived into the DOM either.
            QCOMPARE(evaluate(page, QStringLiteral(
                                        "document.querySelectorAll('script,iframe,frame,object,embed,applet,form,input,button,"
                                        "meta[http-equiv=refresh],base,link,audio,video,source,track,portal,svg,math,style:not(head style)').length"))
                         .toInt(),
                     0);
            QCOMPARE(evaluate(page, QStringLiteral(
                                        "Array.prototype.filter.call(document.querySelectorAll('*'),function(e){return Array.prototype.some.call("
                                        "e.attributes,function(a){return /^on/i.test(a.name)||/^\\s*(javascript|vbscript|data):/i.test(a.value)&&a.name!='src';});}).length"))
                         .toInt(),
                     0);
            QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('article').length")).toInt(), 1);
        }
        QList<QByteArray> forbidden;
        for (const QByteArray &path : canaryPaths()) {
            if (!path.startsWith("/allowed/"))
                forbidden.append(path);
        }
        QVERIFY2(forbidden.isEmpty(), forbidden.join(' ').constData());
        QVERIFY2(m_canary.requestCount("/allowed/img.png") >= 1, "the canary must be reachable for the test to mean anything");
    }

    void screenshotsOfEveryTheme()
    {
        const QString folder = QStringLiteral(KHULASA_BUILD_DIR "/screenshots");
        QDir().mkpath(folder);
        struct Case { ArticleRenderer::Theme theme; QRgb background; };
        for (const Case &c : {Case{ArticleRenderer::Theme::Light, qRgb(0xff, 0xff, 0xff)}, Case{ArticleRenderer::Theme::Dark, qRgb(0x1e, 0x1f, 0x22)},
                              Case{ArticleRenderer::Theme::Sepia, qRgb(0xf4, 0xec, 0xd8)}}) {
            for (const auto &[language, entry] : {std::pair{QStringLiteral("ar"), 0}, std::pair{QStringLiteral("en"), 1}}) {
                auto r = render(m_articles, entry, c.theme);
                QVERIFY(r);
                const QString path = QStringLiteral("%1/reader-%2-%3.png").arg(folder, ArticleRenderer::themeName(c.theme), language);
                const Status saved = r->saveScreenshot(path);
                QVERIFY2(saved, qPrintable(saved.error()));
                const QImage image(path);
                QVERIFY(!image.isNull());
                QCOMPARE(image.width(), 900);
                QCOMPARE(QColor(image.pixel(3, 3)).rgb(), QColor(c.background).rgb());
            }
        }
    }
};

int main(int argc, char **argv)
{
    // WebEngine needs contexts shared before the application object exists (as in the app).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestArticlePane test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_articlepane.moc"
