// khulasa-cli discover-contact, contact and share, end to end: the real binary, a real profile, a
// feed served on 127.0.0.1, and QR codes read back with ZXing (independent of libqrencode).
#include "clirun.h"
#include "localhttpserver.h"
#include "percentencoding.h"
#include "qrdecode.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kTitle = QStringLiteral("قمة المناخ: هل تنجح؟ #COP29 & الطاقة");
const QString kLink = QStringLiteral("https://wakala.example/a/1?id=7&lang=ar");

const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء التجريبية</title><link>https://wakala.example/</link>
<item><title>قمة المناخ: هل تنجح؟ #COP29 &amp; الطاقة</title><link>https://wakala.example/a/1?id=7&amp;lang=ar</link>
<guid isPermaLink="false">w-1</guid><description>نص الخبر</description></item>
</channel></rss>)";

} // namespace

class TestCliShare final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QTemporaryDir m_profile;
    qint64 m_feedId = 0;
    qint64 m_articleId = 0;

    CliRun run(QStringList arguments)
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(QStringLiteral("--profile"));
        return runCli(arguments);
    }

    static QJsonObject object(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.route("/feed.xml", HttpResponse{200, "application/rss+xml; charset=utf-8", kFeed, {}});
        const QString url = m_server.url(QStringLiteral("/feed.xml")).toString();
        const CliRun added = run({QStringLiteral("add"), url});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliRun listed = run({QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--json")});
        const QJsonArray articles = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(articles.size(), 1);
        m_articleId = articles.first().toObject().value(u"id").toInteger();
        m_feedId = articles.first().toObject().value(u"feed_id").toInteger();
        QVERIFY(m_articleId > 0 && m_feedId > 0);
    }

    void discoverContactReadsASavedPage()
    {
        const CliRun found = run({QStringLiteral("discover-contact"), QStringLiteral(KHULASA_TEST_DATA "/contact/joinchat.html"),
                                  QStringLiteral("--url"), QStringLiteral("https://alwaha.example/"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonObject result = object(found.out);
        QCOMPARE(result.value(u"url").toString(), QStringLiteral("https://alwaha.example/"));
        QCOMPARE(result.value(u"country").toString(), QStringLiteral("SA"));
        const QJsonArray channels = result.value(u"channels").toArray();
        QCOMPARE(channels.size(), 2);
        const QJsonObject whatsapp = channels.at(0).toObject();
        QCOMPARE(whatsapp.value(u"kind").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(whatsapp.value(u"value").toString(), QStringLiteral("966501234567"));
        QCOMPARE(whatsapp.value(u"display").toString(), QStringLiteral("+966501234567"));
        QCOMPARE(whatsapp.value(u"greeting").toString(), QStringLiteral("مرحبا 👋 أهلاً! كيف يمكننا مساعدتك؟"));
        QCOMPARE(whatsapp.value(u"label").toString(), QStringLiteral("تواصل معنا"));
        QCOMPARE(whatsapp.value(u"url").toString(), QStringLiteral("https://wa.me/966501234567"));
        QCOMPARE(channels.at(1).toObject().value(u"kind").toString(), QStringLiteral("web"));

        const CliRun none = run({QStringLiteral("discover-contact"), QStringLiteral(KHULASA_TEST_DATA "/contact/misleading.html"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(object(none.out).value(u"channels").toArray().isEmpty());
        QVERIFY(object(none.out).value(u"url").isNull());

        const CliRun missing = run({QStringLiteral("discover-contact"), QStringLiteral("/nonexistent/page.html"), QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/page.html"));
        const CliRun badUrl = run({QStringLiteral("discover-contact"), QStringLiteral(KHULASA_TEST_DATA "/contact/none.html"), QStringLiteral("--url"), QStringLiteral("relative/page")});
        QCOMPARE(badUrl.exitCode, 2);
    }

    void contactShowsAFeedsChannels()
    {
        {
            auto store = std::move(Store::open(m_profile.filePath(QStringLiteral("khulasa.db")))).value();
            ContactChannel whatsapp;
            whatsapp.kind = ContactChannel::Kind::WhatsApp;
            whatsapp.value = QStringLiteral("966501234567");
            whatsapp.greeting = QStringLiteral("أهلاً بك");
            QCOMPARE(*store->mergeDiscoveredContacts(m_feedId, {whatsapp}), 1);
            ContactChannel email;
            email.kind = ContactChannel::Kind::Email;
            email.value = QStringLiteral("desk@wakala.example");
            QVERIFY(store->addContactChannel(m_feedId, email));
            QVERIFY(store->recordChat({0, m_articleId, m_feedId, kTitle, ContactChannel::Kind::WhatsApp, whatsapp.value,
                                       QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC)}));
        }
        const CliRun shown = run({QStringLiteral("contact"), QStringLiteral("--feed"), QString::number(m_feedId), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject result = object(shown.out);
        QCOMPARE(result.value(u"feed").toObject().value(u"id").toInteger(), m_feedId);
        QCOMPARE(result.value(u"feed").toObject().value(u"title").toString(), QStringLiteral("وكالة الأنباء التجريبية"));
        QVERIFY(result.value(u"checked").isNull());
        const QJsonArray channels = result.value(u"channels").toArray();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).toObject().value(u"kind").toString(), QStringLiteral("email")); // the user's first
        QCOMPARE(channels.at(0).toObject().value(u"origin").toString(), QStringLiteral("user"));
        QCOMPARE(channels.at(0).toObject().value(u"url").toString(), QStringLiteral("mailto:desk@wakala.example"));
        QCOMPARE(channels.at(1).toObject().value(u"origin").toString(), QStringLiteral("discovered"));
        QCOMPARE(channels.at(1).toObject().value(u"greeting").toString(), QStringLiteral("أهلاً بك"));
        QVERIFY(channels.at(1).toObject().value(u"id").toInteger() > 0);
        const QJsonArray history = result.value(u"history").toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(u"article_title").toString(), kTitle);
        QCOMPARE(history.first().toObject().value(u"opened").toString(), QStringLiteral("2026-11-29T08:00:00Z"));

        QCOMPARE(run({QStringLiteral("contact"), QStringLiteral("--feed"), QStringLiteral("999"), QStringLiteral("--json")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("contact"), QStringLiteral("--json")}).exitCode, 2);
    }

    void shareLinksCarryTheArabicTitle_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        const QString message = percentEncoded(kTitle + u'\n' + kLink);
        QTest::newRow("link") << QStringLiteral("link") << kLink;
        QTest::newRow("whatsapp") << QStringLiteral("whatsapp") << u"https://wa.me/?text=" + message;
        QTest::newRow("telegram") << QStringLiteral("telegram") << u"https://t.me/share/url?url=" + percentEncoded(kLink) + u"&text=" + percentEncoded(kTitle);
        QTest::newRow("email") << QStringLiteral("email") << u"mailto:?subject=" + percentEncoded(kTitle) + u"&body=" + message;
        QTest::newRow("x") << QStringLiteral("x") << u"https://x.com/intent/tweet?text=" + percentEncoded(kTitle) + u"&url=" + percentEncoded(kLink);
    }

    void shareLinksCarryTheArabicTitle()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        const CliRun shared = run({QStringLiteral("share"), QStringLiteral("--article"), QString::number(m_articleId), QStringLiteral("--to"), target});
        QVERIFY2(shared.exitCode == 0, shared.err.constData());
        QCOMPARE(QString::fromUtf8(shared.out).trimmed(), expected);
    }

    void qrPngDecodesToTheArticleUrl()
    {
        const QString png = m_profile.filePath(QStringLiteral("code.png"));
        const CliRun shared = run({QStringLiteral("share"), QStringLiteral("--article"), QString::number(m_articleId),
                                   QStringLiteral("--to"), QStringLiteral("qr"), QStringLiteral("--out"), png});
        QVERIFY2(shared.exitCode == 0, shared.err.constData());
        QCOMPARE(QString::fromUtf8(shared.out).trimmed(), kLink);
        int side = 0;
        QCOMPARE(QrDecode::fromPng(png, &side), kLink);
        QVERIFY(side >= 200); // big enough to scan from a screen or paper

        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("--article"), QString::number(m_articleId), QStringLiteral("--to"), QStringLiteral("qr")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("--article"), QString::number(m_articleId), QStringLiteral("--to"), QStringLiteral("fax")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("--article"), QStringLiteral("424242"), QStringLiteral("--to"), QStringLiteral("link")}).exitCode, 1);
        const CliRun unwritable = run({QStringLiteral("share"), QStringLiteral("--article"), QString::number(m_articleId), QStringLiteral("--to"),
                                       QStringLiteral("qr"), QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/code.png")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains("/nonexistent/dir/code.png"));
    }
};

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_cli_share.moc"
