// The contact panel and sharing in the real main window: a local site whose home page carries a
// WhatsApp chat widget, found after the feed's refresh; selecting its article shows the greeting,
// the badge and a QR code that ZXing reads back to the chat link; "Open chat" hands the expected
// wa.me link to the desktop (captured with QDesktopServices::setUrlHandler) and lands in the
// history; the user's edits of channels; the Share menu's links.
#define ZX_USE_UTF8 1
#include "mainwindowtestbase.h"
#include "dialogs/contactchannelsdialog.h"
#include "localhttpserver.h"
#include "percentencoding.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "panels/contactpanel.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "refresh/refresher.h"
#include "sharemenu.h"
#include "store/store.h"
#include "urlcatcher.h"

#include <ZXing/ReadBarcode.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
const QString kTitle = QStringLiteral("ارتفاع أسعار النفط ٣٪ & تراجع الذهب؟ 👋");

QByteArray feedFor(const QUrl &site, const QByteArray &guid)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>صحيفة الواحة</title><link>)" + site.toEncoded() + R"(</link>
<item><title>ارتفاع أسعار النفط ٣٪ &amp; تراجع الذهب؟ 👋</title><link>https://alwaha.example/a/1?x=1&amp;y=2</link>
<guid>)" + guid + R"(</guid><description>نص</description></item></channel></rss>)";
}


QString decodeQr(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const auto result = ZXing::ReadBarcode({grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                            int(grey.bytesPerLine())}, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}
} // namespace

class TestContactPanel final : public MainWindowTestBase
{
    Q_OBJECT

private:
    LocalHttpServer m_site;    // home page with a chat widget
    LocalHttpServer m_noChat;  // home page without any contact
    UrlCatcher m_desktop;
    qint64 m_feedId = 0;
    qint64 m_plainFeedId = 0;

    ContactPanel *panel() const { return m_window->contactPanel(); }

    qint64 articleOf(qint64 feedId) const
    {
        ArticleQuery query;
        query.feedId = feedId;
        const QList<Article> articles = m_store->articles(query);
        return articles.isEmpty() ? 0 : articles.first().id;
    }

    QString expectedChatUrl() const
    {
        return u"https://wa.me/966501234567?text=" + percentEncoded(kTitle + QStringLiteral("\nhttps://alwaha.example/a/1?x=1&y=2"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile page(QStringLiteral(KHULASA_TEST_DATA "/contact/joinchat.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(m_site.listen());
        m_site.route("/", HttpResponse{200, "text/html; charset=utf-8", page.readAll(), {}});
        m_site.route("/feed.xml", HttpResponse{200, "application/rss+xml; charset=utf-8", feedFor(m_site.url(QStringLiteral("/")), "w-1"), {}});
        QVERIFY(m_noChat.listen());
        QFile none(QStringLiteral(KHULASA_TEST_DATA "/contact/none.html"));
        QVERIFY(none.open(QIODevice::ReadOnly));
        m_noChat.route("/", HttpResponse{200, "text/html; charset=utf-8", none.readAll(), {}});
        m_noChat.route("/feed.xml", HttpResponse{200, "application/rss+xml; charset=utf-8", feedFor(m_noChat.url(QStringLiteral("/")), "p-1"), {}});

        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_desktop, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_desktop, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("tel"), &m_desktop, "open");

        QVERIFY(openProfile());
        m_feedId = *m_store->addFeed(m_site.url(QStringLiteral("/feed.xml")).toString());
        m_plainFeedId = *m_store->addFeed(m_noChat.url(QStringLiteral("/feed.xml")).toString());
        QVERIFY(openWindow());

        // Refreshing learns each feed's site, and the panel's finder then reads the home pages.
        m_window->refreshAll();
        QVERIFY(QTest::qWaitFor([&] { return !m_store->contactChannels(m_feedId).isEmpty(); }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return m_store->contactCheckedAt(m_plainFeedId).isValid(); }, 30000));
        QCOMPARE(m_site.requestCount("/"), 1);
        QVERIFY(articleOf(m_feedId) > 0 && articleOf(m_plainFeedId) > 0);
        // The lists reload a moment after a refresh burst.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), 2, 10000);
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("tel"));
        m_window.reset();
    }

    void publisherWithWhatsAppShowsGreetingBadgeAndCode()
    {
        QVERIFY(m_window->selectArticle(articleOf(m_feedId)));
        QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("publisherName"))->text(), QStringLiteral("صحيفة الواحة"));
        auto *greeting = panel()->findChild<QLabel *>(QStringLiteral("greetingBubble"));
        QVERIFY(greeting->isVisible());
        QCOMPARE(greeting->text(), QStringLiteral("مرحبا 👋 أهلاً! كيف يمكننا مساعدتك؟"));
        QCOMPARE(greeting->layoutDirection(), Qt::RightToLeft);
        QVERIFY(panel()->badgeShown());
        QVERIFY(panel()->toggleAction()->toolTip() != tr("Contact panel"));
        // The button speaks the UI's language; the widget's own button text is its tip.
        auto *openChat = panel()->findChild<QPushButton *>(QStringLiteral("openChatButton"));
        QCOMPARE(openChat->text(), QStringLiteral("Open chat"));
        QVERIFY(openChat->toolTip().startsWith(QStringLiteral("تواصل معنا\n")));
        QVERIFY(openChat->toolTip().contains(QStringLiteral("+966501234567")));
        // The message is prefilled with the title and the link.
        QCOMPARE(panel()->chatUrl().toString(QUrl::FullyEncoded), expectedChatUrl());

        auto *scan = panel()->findChild<QToolButton *>(QStringLiteral("scanCodeButton"));
        scan->click();
        auto *code = panel()->findChild<QLabel *>(QStringLiteral("chatCode"));
        QVERIFY(code->isVisible());
        QVERIFY(!code->pixmap().isNull());
        // Two or more pixels a module, within the panel: a phone camera reads that from a screen.
        QVERIFY(code->pixmap().width() >= 2 * 21);
        QCOMPARE(decodeQr(panel()->codeImage()), expectedChatUrl());
        QVERIFY(panel()->findChild<QPushButton *>(QStringLiteral("saveChatCodeButton"))->isVisible());
        QTest::qWait(50); // let the layout settle before the picture
        QVERIFY(panel()->findChild<QLabel *>(QStringLiteral("chatCode"))->height() >= panel()->codeImage().height());
        QVERIFY(panel()->codeImage().width() <= panel()->width());
        QDir().mkpath(QStringLiteral(KHULASA_BUILD_DIR "/screenshots"));
        QVERIFY(m_window->grab().save(QStringLiteral(KHULASA_BUILD_DIR "/screenshots/contact-panel.png")));
    }

    void openChatHandsTheLinkToTheDesktopAndRemembersIt()
    {
        QVERIFY(m_window->selectArticle(articleOf(m_feedId)));
        m_desktop.urls.clear();
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("openChatButton")), Qt::LeftButton);
        QCOMPARE(m_desktop.urls.size(), 1);
        QCOMPARE(m_desktop.urls.first().toString(QUrl::FullyEncoded), expectedChatUrl());
        const QList<ChatRecord> history = m_store->chatHistory(m_feedId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, ContactChannel::Kind::WhatsApp);
        QCOMPARE(history.first().articleTitle, kTitle);
        auto *list = panel()->findChild<QListWidget *>(QStringLiteral("chatHistory"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(kTitle));
    }

    void publisherWithoutContactHasNoBadge()
    {
        QVERIFY(m_window->selectArticle(articleOf(m_plainFeedId)));
        QVERIFY(!panel()->badgeShown());
        QVERIFY(!panel()->findChild<QPushButton *>(QStringLiteral("openChatButton"))->isVisible());
        QVERIFY(panel()->chatUrl().isEmpty());
    }

    void userAddsAChannelThroughTheDialog()
    {
        QVERIFY(m_window->selectArticle(articleOf(m_plainFeedId)));
        panel()->editChannels();
        auto *dialog = panel()->findChild<ContactChannelsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->setText(QStringLiteral("not a number"));
        QVERIFY(!dialog->addChannel()); // refused with a message, nothing stored
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->setText(QStringLiteral("+966 ٥٠ ١٢٣ ٠٠٠٠"));
        dialog->findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->setText(QStringLiteral("أهلاً"));
        QVERIFY(dialog->addChannel());
        dialog->reject();
        QTRY_VERIFY(panel()->badgeShown());
        const QList<ContactChannel> channels = m_store->contactChannels(m_plainFeedId);
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels.first().value, QStringLiteral("966501230000"));
        QCOMPARE(channels.first().origin, ContactChannel::Origin::User);
        QCOMPARE(panel()->findChild<QLabel *>(QStringLiteral("greetingBubble"))->text(), QStringLiteral("أهلاً"));
    }

    void shareMenuBuildsTheLinks()
    {
        QVERIFY(m_window->selectArticle(articleOf(m_feedId)));
        auto *share = m_window->findChild<ShareMenu *>();
        QVERIFY(share);
        QVERIFY(m_window->actions().share->isEnabled());
        QCOMPARE(m_window->actions().share->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        m_desktop.urls.clear();
        const QString link = QStringLiteral("https://alwaha.example/a/1?x=1&y=2");
        share->findChild<QAction *>(QStringLiteral("shareTo_whatsapp"))->trigger();
        share->findChild<QAction *>(QStringLiteral("shareTo_telegram"))->trigger();
        share->findChild<QAction *>(QStringLiteral("shareTo_email"))->trigger();
        share->findChild<QAction *>(QStringLiteral("shareTo_x"))->trigger();
        QCOMPARE(m_desktop.urls.size(), 4);
        QCOMPARE(m_desktop.urls.at(0).toString(QUrl::FullyEncoded), u"https://wa.me/?text=" + percentEncoded(kTitle + u'\n' + link));
        QCOMPARE(m_desktop.urls.at(1).toString(QUrl::FullyEncoded), u"https://t.me/share/url?url=" + percentEncoded(link) + u"&text=" + percentEncoded(kTitle));
        QCOMPARE(m_desktop.urls.at(2).toString(QUrl::FullyEncoded), u"mailto:?subject=" + percentEncoded(kTitle) + u"&body=" + percentEncoded(kTitle + u'\n' + link));
        QCOMPARE(m_desktop.urls.at(3).toString(QUrl::FullyEncoded), u"https://x.com/intent/tweet?text=" + percentEncoded(kTitle) + u"&url=" + percentEncoded(link));
        QVERIFY(share->copyTitleAndLink());
        QCOMPARE(QApplication::clipboard()->text(), kTitle + u'\n' + link);
    }

    void toggleHidesAndShowsThePanel()
    {
        QAction *toggle = panel()->toggleAction();
        QVERIFY(panel()->isVisible());
        toggle->trigger();
        QVERIFY(!panel()->isVisible());
        toggle->trigger();
        QVERIFY(panel()->isVisible());
    }
};

QTEST_MAIN(TestContactPanel)
#include "tst_contactpanel.moc"
