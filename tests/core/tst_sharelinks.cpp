// Share and chat links: exact UTF-8 percent-encoding (Arabic, emoji, & # ? + in titles), bounded
// titles, phone numbers in local and international forms, and what the user may type as a channel.
#include "share/channelvalue.h"
#include "share/phonenumber.h"
#include "share/sharelinks.h"

#include <QTest>
#include <QUrlQuery>

namespace {
const QString kArabicTitle = QStringLiteral("قمة المناخ: هل تنجح؟ #COP29 & الطاقة + 100% 👋");
const QString kArticle = QStringLiteral("https://wakala.example/a/1?id=7&lang=ar");

/** The query value of `key` in `url`, decoded the way a receiving site decodes it (%XX as UTF-8). */
QString decodedParam(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestShareLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatsAppWithNumberEncodesArabicAndEmoji()
    {
        const QUrl url = ShareLinks::whatsApp(QStringLiteral("966501234567"), QStringLiteral("مرحبا 👋"));
        // Written out by hand: UTF-8 bytes of م ر ح ب ا, a space as %20, then U+1F44B as F0 9F 91 8B.
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://wa.me/966501234567?text=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%F0%9F%91%8B"));
        QCOMPARE(decodedParam(url, QStringLiteral("text")), QStringLiteral("مرحبا 👋"));
    }

    void reservedCharactersInTitlesSurvive()
    {
        const QUrl url = ShareLinks::whatsApp({}, QStringLiteral("A&B #1? x+y=z"));
        QCOMPARE(url.toString(QUrl::FullyEncoded), QStringLiteral("https://wa.me/?text=A%26B%20%231%3F%20x%2By%3Dz"));
        QCOMPARE(decodedParam(url, QStringLiteral("text")), QStringLiteral("A&B #1? x+y=z"));
        QVERIFY(url.fragment().isEmpty()); // '#' did not end the query
    }

    void everyTargetCarriesArabicUnchanged_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("titleParam");
        QTest::addColumn<QString>("urlParam");
        QTest::newRow("whatsapp") << int(ShareLinks::Target::WhatsApp) << QStringLiteral("https://wa.me/?text=") << QStringLiteral("text") << QString();
        QTest::newRow("telegram") << int(ShareLinks::Target::Telegram) << QStringLiteral("https://t.me/share/url?url=") << QStringLiteral("text") << QStringLiteral("url");
        QTest::newRow("email") << int(ShareLinks::Target::Email) << QStringLiteral("mailto:?subject=") << QStringLiteral("subject") << QString();
        QTest::newRow("x") << int(ShareLinks::Target::X) << QStringLiteral("https://x.com/intent/tweet?text=") << QStringLiteral("text") << QStringLiteral("url");
    }

    void everyTargetCarriesArabicUnchanged()
    {
        QFETCH(int, target);
        QFETCH(QString, prefix);
        QFETCH(QString, titleParam);
        QFETCH(QString, urlParam);
        const QUrl url = ShareLinks::forArticle(ShareLinks::Target(target), kArabicTitle, kArticle);
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.startsWith(prefix), qPrintable(encoded));
        // Only ASCII leaves: every Arabic letter and the emoji are percent-encoded, spaces are %20.
        for (const QChar c : encoded)
            QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(encoded));
        QVERIFY(!encoded.contains(u'+'));
        // The receiving side decodes the title (and the link) exactly.
        QVERIFY2(decodedParam(url, titleParam).startsWith(kArabicTitle), qPrintable(decodedParam(url, titleParam)));
        if (!urlParam.isEmpty())
            QCOMPARE(decodedParam(url, urlParam), kArticle);
        else
            QVERIFY(decodedParam(url, target == int(ShareLinks::Target::Email) ? QStringLiteral("body") : titleParam).endsWith(kArticle));
        // Parsing the text again gives the same link (nothing was left ambiguous).
        QCOMPARE(QUrl::fromEncoded(encoded.toLatin1(), QUrl::StrictMode), url);
    }

    void emailBodyHasTitleAndLink()
    {
        const QUrl url = ShareLinks::forArticle(ShareLinks::Target::Email, kArabicTitle, kArticle);
        QCOMPARE(decodedParam(url, QStringLiteral("subject")), kArabicTitle);
        QCOMPARE(decodedParam(url, QStringLiteral("body")), kArabicTitle + u'\n' + kArticle);
        const QUrl toDesk = ShareLinks::email(QStringLiteral("desk@news.example"), QStringLiteral("س"), {});
        QCOMPARE(toDesk.toString(QUrl::FullyEncoded), QStringLiteral("mailto:desk@news.example?subject=%D8%B3"));
    }

    void linkTargetIsTheArticleItself()
    {
        QCOMPARE(ShareLinks::forArticle(ShareLinks::Target::Link, kArabicTitle, kArticle), QUrl(kArticle));
    }

    void veryLongTitlesAreBoundedAtAWord()
    {
        QString title;
        while (title.size() < 5000)
            title += QStringLiteral("كلمة عربية طويلة 👋🏽 ");
        const QString shortened = ShareLinks::bounded(title, ShareLinks::kMaxTitleLength);
        QVERIFY(shortened.size() <= ShareLinks::kMaxTitleLength);
        QVERIFY(shortened.size() > ShareLinks::kMaxTitleLength * 3 / 4);
        QVERIFY(shortened.endsWith(u'…'));
        QVERIFY(title.startsWith(shortened.chopped(1)));
        // Never half an emoji: no lone surrogate, and the skin tone stays with its hand.
        const QString body = shortened.chopped(1);
        QVERIFY(!body.back().isHighSurrogate());
        QCOMPARE(QString(body).toUtf8(), QString::fromUtf8(body.toUtf8()).toUtf8());
        const QUrl url = ShareLinks::forArticle(ShareLinks::Target::X, title, kArticle);
        QVERIFY(decodedParam(url, QStringLiteral("text")).size() <= ShareLinks::kMaxTweetTextLength);
        QVERIFY(url.toString(QUrl::FullyEncoded).size() < 8000);
        // Short titles are left alone (white space runs fold).
        QCOMPARE(ShareLinks::bounded(QStringLiteral("  خبر \n عاجل "), 300), QStringLiteral("خبر عاجل"));
    }

    void graphemeIsNotSplitWithoutSpaces()
    {
        const QString flags = QString(200, u'x') + QStringLiteral("🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦🇸🇦");
        for (int limit = 201; limit < 260; ++limit) {
            const QString cut = ShareLinks::bounded(flags, limit).chopped(1);
            QCOMPARE((cut.size() - 200) % 4, 0); // whole flags only (two surrogate pairs each)
        }
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        QTest::newRow("local SA") << QStringLiteral("050 123 4567") << QStringLiteral("SA") << QStringLiteral("966501234567");
        QTest::newRow("local EG dashes") << QStringLiteral("010-0123-4567") << QStringLiteral("EG") << QStringLiteral("201001234567");
        QTest::newRow("plus, spaces") << QStringLiteral("+966 50 123 4567") << QString() << QStringLiteral("966501234567");
        QTest::newRow("00 prefix") << QStringLiteral("00971 4 123 4567") << QStringLiteral("SA") << QStringLiteral("97141234567");
        QTest::newRow("parentheses, trunk (0)") << QStringLiteral("+44 (0)20 7946 0958") << QString() << QStringLiteral("442079460958");
        QTest::newRow("arabic-indic digits") << QStringLiteral("٠٥٠١٢٣٤٥٦٧") << QStringLiteral("SA") << QStringLiteral("966501234567");
        QTest::newRow("persian digits, plus") << QStringLiteral("+۹۶۶ ۵۰ ۱۲۳ ۴۵۶۷") << QString() << QStringLiteral("966501234567");
        QTest::newRow("direction marks") << QStringLiteral("\u200E+962 7 9123 4567\u200E") << QString() << QStringLiteral("962791234567");
        QTest::newRow("local without country") << QStringLiteral("050 123 4567") << QString() << QString();
        QTest::newRow("bare digits are ambiguous") << QStringLiteral("501234567") << QStringLiteral("SA") << QString();
        QTest::newRow("too short") << QStringLiteral("+966 12") << QString() << QString();
        QTest::newRow("too long") << QStringLiteral("+966 5012345678901234") << QString() << QString();
        QTest::newRow("letters") << QStringLiteral("+966 50 CALL NOW") << QString() << QString();
        QTest::newRow("date") << QStringLiteral("2026-11-29") << QStringLiteral("SA") << QString();
        QTest::newRow("price") << QStringLiteral("3,000") << QStringLiteral("SA") << QString();
    }

    void phoneNumbers()
    {
        QFETCH(QString, written);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        QCOMPARE(PhoneNumber::toE164(written, country), e164);
    }

    void countryFromLanguageOrHost()
    {
        QCOMPARE(PhoneNumber::countryFor(QStringLiteral("ar-EG"), QStringLiteral("news.example")), QStringLiteral("EG"));
        QCOMPARE(PhoneNumber::countryFor(QStringLiteral("ar_sa"), QString()), QStringLiteral("SA"));
        QCOMPARE(PhoneNumber::countryFor(QStringLiteral("ar"), QStringLiteral("www.alriyadh.com.sa")), QStringLiteral("SA"));
        QCOMPARE(PhoneNumber::countryFor(QStringLiteral("en"), QStringLiteral("example.com")), QString());
        QCOMPARE(PhoneNumber::internationalDigits(QStringLiteral("966501234567")), QStringLiteral("966501234567"));
        QCOMPARE(PhoneNumber::internationalDigits(QStringLiteral("0501234567")), QString());
    }

    void userInputBecomesStoredValues()
    {
        using K = ContactChannel::Kind;
        QCOMPARE(*ChannelValue::normalized(K::WhatsApp, QStringLiteral("050 123 4567"), QStringLiteral("SA")), QStringLiteral("966501234567"));
        QCOMPARE(*ChannelValue::normalized(K::WhatsApp, QStringLiteral("https://wa.me/966501234567")), QStringLiteral("966501234567"));
        QCOMPARE(*ChannelValue::normalized(K::WhatsApp, QStringLiteral("966501234567")), QStringLiteral("966501234567"));
        QCOMPARE(*ChannelValue::normalized(K::Telegram, QStringLiteral("@AlQudsNews")), QStringLiteral("AlQudsNews"));
        QCOMPARE(*ChannelValue::normalized(K::Telegram, QStringLiteral("https://t.me/AlQudsNews")), QStringLiteral("AlQudsNews"));
        QCOMPARE(*ChannelValue::normalized(K::Email, QStringLiteral(" Desk@News.example ")), QStringLiteral("desk@news.example"));
        QCOMPARE(*ChannelValue::normalized(K::Web, QStringLiteral("news.example/contact")), QStringLiteral("http://news.example/contact"));
        QVERIFY(!ChannelValue::normalized(K::WhatsApp, QStringLiteral("call us")));
        QVERIFY(!ChannelValue::normalized(K::Telegram, QStringLiteral("a b")));
        QVERIFY(!ChannelValue::normalized(K::Email, QStringLiteral("desk@")));
        QVERIFY(!ChannelValue::normalized(K::Web, QStringLiteral("javascript:alert(1)")));
        QVERIFY(!ChannelValue::normalized(K::Phone, QString()).error().isEmpty());
    }

    void chatUrlsOfChannels()
    {
        ContactChannel whatsapp;
        whatsapp.kind = ContactChannel::Kind::WhatsApp;
        whatsapp.value = QStringLiteral("966501234567");
        QCOMPARE(ChannelValue::chatUrl(whatsapp, QStringLiteral("خبر\nhttps://a.example/1")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://wa.me/966501234567?text=%D8%AE%D8%A8%D8%B1%0Ahttps%3A%2F%2Fa.example%2F1"));
        ContactChannel telegram;
        telegram.kind = ContactChannel::Kind::Telegram;
        telegram.value = QStringLiteral("AlQudsNews");
        QCOMPARE(ChannelValue::chatUrl(telegram).toString(), QStringLiteral("https://t.me/AlQudsNews"));
        ContactChannel phone;
        phone.kind = ContactChannel::Kind::Phone;
        phone.value = QStringLiteral("97022981234");
        QCOMPARE(ChannelValue::chatUrl(phone).toString(), QStringLiteral("tel:+97022981234"));
        QCOMPARE(ChannelValue::display(phone), QStringLiteral("+97022981234"));
    }
};

QTEST_GUILESS_MAIN(TestShareLinks)
#include "tst_sharelinks.moc"
