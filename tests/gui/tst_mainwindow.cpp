// The main window against a real profile and a local feed server: all five areas are shown, a feed
// is added through the add-feed dialog, an Arabic article renders right to left in the WebEngine
// pane (checked in the DOM), opening marks it read, and the layout is remembered.
#include "mainwindowtestbase.h"
#include "readertesting.h"
#include "dialogs/addfeeddialog.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "panels/contactpanel.h"
#include "panels/summarysidebar.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace {
const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>الجريدة التجريبية</title><link>https://jarida.example/</link>
<item><title>انطلاق معرض الكتاب بمشاركة 120 دار نشر؟</title><link>https://jarida.example/n/1</link>
<guid>j-1</guid><pubDate>Sun, 01 Nov 2026 08:00:00 GMT</pubDate>
<description><![CDATA[<p>افتتح اليوم معرض الكتاب الدولي بمشاركة دور نشر من 30 دولة، ويستمر حتى الجمعة.</p><script>document.title='owned'</script>]]></description></item>
<item><title>Book fair opens with 120 publishers</title><link>https://jarida.example/n/2</link>
<guid>j-2</guid><pubDate>Sun, 01 Nov 2026 07:00:00 GMT</pubDate>
<description><![CDATA[<p>The international book fair opened today with publishers from 30 countries.</p>]]></description></item>
</channel></rss>)";

} // namespace

class TestMainWindow final : public MainWindowTestBase
{
    Q_OBJECT

private:
    LocalHttpServer m_server;

    qint64 articleIdByGuid(const QString &guid) const
    {
        for (const Article &a : m_store->articles({}))
            if (a.guid == guid)
                return a.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/feed.xml", HttpResponse{200, "application/rss+xml; charset=utf-8", kFeed, {}});
        QVERIFY(openProfile());
        QVERIFY(openWindow());
    }

    void showsAllFiveAreas()
    {
        for (QWidget *area : {static_cast<QWidget *>(m_window->feedView()), static_cast<QWidget *>(m_window->articleListView()),
                              static_cast<QWidget *>(m_window->articlePane()), static_cast<QWidget *>(m_window->summarySidebar()),
                              static_cast<QWidget *>(m_window->contactPanel())}) {
            QVERIFY2(area->isVisible(), qPrintable(area->objectName()));
            QVERIFY2(area->width() > 50 && area->height() > 50, qPrintable(area->objectName()));
        }
    }

    void addsFeedThroughDialog()
    {
        m_window->showAddFeedDialog(m_server.url(QStringLiteral("/feed.xml")).toString());
        auto *dialog = m_window->findChild<AddFeedDialog *>();
        QVERIFY(dialog);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        dialog->accept();
        QVERIFY(accepted.wait(20000));
        QCOMPARE(m_store->feeds().size(), 1);
        QCOMPARE(m_store->feeds().first().title, QStringLiteral("الجريدة التجريبية"));
        QCOMPARE(m_window->articleModel()->rowCount(), 2); // the new feed is selected and listed
    }

    void arabicArticleRendersRightToLeft()
    {
        const qint64 id = articleIdByGuid(QStringLiteral("j-1"));
        QVERIFY(id > 0);
        QVERIFY(showAndWait(id));
        QWebEnginePage *page = m_window->articlePane()->page();
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("rtl"));
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('.content p')).textAlign")).toString(),
                 QStringLiteral("start"));
        const QString text = ReaderTesting::evaluate(page, QStringLiteral("document.querySelector('article').innerText")).toString();
        QVERIFY2(text.contains(u"افتتح اليوم معرض الكتاب الدولي"), qPrintable(text));
        QVERIFY(text.contains(u"انطلاق معرض الكتاب بمشاركة 120 دار نشر؟"));
        // The paragraph is right-aligned: its text ends near the article's right edge.
        const double gap = ReaderTesting::evaluate(page, QStringLiteral(
            "(function(){var p=document.querySelector('.content p');var r=document.createRange();r.selectNodeContents(p);"
            "var t=r.getBoundingClientRect();var a=p.getBoundingClientRect();return a.right-t.right;})()")).toDouble();
        QVERIFY2(gap < 2.0, qPrintable(QString::number(gap)));
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("document.querySelectorAll('script').length")).toInt(), 0);
        QVERIFY(page->title() != u"owned");
        QVERIFY(m_store->article(id)->read);

        QDir().mkpath(QStringLiteral(KHULASA_BUILD_DIR "/screenshots"));
        QVERIFY(m_window->grab().save(QStringLiteral(KHULASA_BUILD_DIR "/screenshots/mainwindow-arabic-article.png")));
    }

    void englishArticleRendersLeftToRight()
    {
        const qint64 id = articleIdByGuid(QStringLiteral("j-2"));
        QVERIFY(showAndWait(id));
        QWebEnginePage *page = m_window->articlePane()->page();
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("getComputedStyle(document.querySelector('article')).direction")).toString(),
                 QStringLiteral("ltr"));
        QVERIFY(ReaderTesting::evaluate(page, QStringLiteral("document.body.innerText")).toString().contains(u"publishers from 30 countries"));
    }

    void sidebarAndContactPanelFollowTheArticle()
    {
        const qint64 id = articleIdByGuid(QStringLiteral("j-1"));
        QVERIFY(showAndWait(id));
        const QList<QLabel *> labels = m_window->summarySidebar()->findChildren<QLabel *>();
        const bool showsSource = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == u"الجريدة التجريبية"; });
        const bool showsLink = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text().contains(u"https://jarida.example/n/1"); });
        QVERIFY(showsSource);
        QVERIFY(showsLink);
        QVERIFY(m_window->contactPanel()->copyLink());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("https://jarida.example/n/1"));
    }

    void saveAndReadToggles()
    {
        const qint64 id = articleIdByGuid(QStringLiteral("j-1"));
        QVERIFY(showAndWait(id));
        m_window->actions().toggleSaved->trigger();
        QVERIFY(m_store->article(id)->saved);
        m_window->actions().toggleRead->trigger();
        QVERIFY(!m_store->article(id)->read);
        m_window->actions().toggleSaved->trigger();
        QVERIFY(!m_store->article(id)->saved);
    }

    void layoutIsRemembered()
    {
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, 600, 380});
        const QList<int> sizes = splitter->sizes();
        m_window->close();
        MainWindow reopened(*m_store, *m_refresher, *m_settings);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

int main(int argc, char **argv)
{
    // WebEngine needs contexts shared before the application object exists (as in the app).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
