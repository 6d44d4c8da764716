// Feed parsing per format, namespace, encoding and recovery case. Expected values are read off
// the fixtures under tests/data/feeds by hand (dates converted to UTC by hand).
#include "feeds/feedparser.h"
#include "feeds/parsedfeedjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(KHULASA_TEST_DATA "/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

ParsedFeed parseOk(const QByteArray &data, const QUrl &url = {}, const QByteArray &charset = {})
{
    FeedParseOptions options;
    options.documentUrl = url;
    options.httpCharset = charset;
    auto result = FeedParser::parse(data, options);
    if (!result)
        qFatal("parse failed: %s", qPrintable(result.error()));
    return std::move(result).value();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestFeedParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss20Arabic();
    void atom10();
    void atom03();
    void rss10();
    void rss090();
    void rss091WithDtdEntities();
    void rssVersions_data();
    void rssVersions();
    void jsonFeed11();
    void jsonFeed10();
    void encodings_data();
    void encodings();
    void httpCharsetWins();
    void unknownEncodingFails();
    void recoversIllFormed();
    void recoversTruncated();
    void neverExpandsDtdEntities();
    void rejectsNonFeeds_data();
    void rejectsNonFeeds();
    void enforcesLimits();
    void jsonShape();
};

void TestFeedParser::rss20Arabic()
{
    const ParsedFeed f = parseOk(fixture(u"rss20-arabic.xml"_s), QUrl(u"https://news.example.ae/feed/"_s));
    QCOMPARE(f.format, u"rss20"_s);
    QVERIFY(!f.bozo);
    QCOMPARE(f.title, u"أخبار الخليج"_s);
    QCOMPARE(f.link, u"https://news.example.ae/"_s);
    QCOMPARE(f.subtitle, u"آخر الأخبار من الخليج والعالم العربي"_s);
    QCOMPARE(f.language, u"ar"_s);
    QCOMPARE(f.rights, u"© 2024 أخبار الخليج"_s);
    QCOMPARE(f.generator, u"WordPress 6.4"_s);
    QCOMPARE(f.updated, utc(2024, 1, 2, 6, 30, 0)); // 10:30 +0400
    QCOMPARE(f.image, u"https://news.example.ae/images/logo.png"_s); // relative, against the feed URL
    QCOMPARE(f.ttlMinutes, 30);
    QCOMPARE(f.entries.size(), 3);

    const ParsedEntry &a = f.entries[0];
    QCOMPARE(a.title, u"افتتاح معرض الكتاب في الشارقة"_s);
    QCOMPARE(a.link, u"https://news.example.ae/2024/01/book-fair/"_s);
    QCOMPARE(a.id, u"https://news.example.ae/?p=1201"_s);
    QCOMPARE(a.author, u"سارة المنصوري"_s);
    QCOMPARE(a.published, utc(2024, 1, 2, 4, 15, 0));
    QVERIFY(!a.updated.isValid());
    QCOMPARE(a.categories, QStringList({u"ثقافة"_s, u"الشارقة"_s}));
    QCOMPARE(a.comments, u"https://news.example.ae/2024/01/book-fair/#comments"_s);
    QCOMPARE(a.image, u"https://cdn.example.ae/fair-thumb.jpg"_s);
    QCOMPARE(a.enclosures.size(), 1);
    QCOMPARE(a.enclosures[0].url, u"https://cdn.example.ae/fair-report.mp3"_s);
    QCOMPARE(a.enclosures[0].type, u"audio/mpeg"_s);
    QCOMPARE(a.enclosures[0].length, 1048576);
    QCOMPARE(a.summary, u"<p dir=\"rtl\">انطلق معرض الكتاب بمشاركة واسعة.</p>"_s);
    QCOMPARE(a.content, u"<p dir=\"rtl\">انطلق <a href=\"https://news.example.ae/tags/books/\" rel=\"noopener noreferrer\">"
                        "معرض الكتاب</a> اليوم.</p><img src=\"https://news.example.ae/uploads/fair.jpg\" alt=\"المعرض\" />"_s);

    const ParsedEntry &b = f.entries[1];
    QCOMPARE(b.title, u"الطقس: أمطار متوقعة & رياح"_s); // escaped markup stripped, &amp;amp; → &
    QCOMPARE(b.author, u"قسم الطقس"_s);                  // "e-mail (name)" → name
    QCOMPARE(b.id, b.link);                               // no guid: id falls back to the link
    QCOMPARE(b.image, u"https://cdn.example.ae/rain.jpg"_s);
    QCOMPARE(b.summary, u"توقعات بهطول أمطار على المناطق الشمالية."_s);
    QCOMPARE(b.content, QString());

    const ParsedEntry &c = f.entries[2];
    QCOMPARE(c.link, u"https://news.example.ae/?p=1190"_s); // permalink guid becomes the link
    QCOMPARE(c.updated, utc(2023, 12, 31, 16, 0, 0));        // dc:date is the updated date
    QVERIFY(!c.published.isValid());
}

void TestFeedParser::atom10()
{
    const ParsedFeed f = parseOk(fixture(u"atom10-english.xml"_s), QUrl(u"https://elsewhere.example/feed"_s));
    QCOMPARE(f.format, u"atom10"_s);
    QVERIFY(!f.bozo);
    QCOMPARE(f.title, u"Dive into Feeds"_s);
    QCOMPARE(f.subtitle, u"Notes on syndication & the web"_s);
    QCOMPARE(f.link, u"https://blog.example.org/"_s); // xml:base beats the document URL
    QCOMPARE(f.language, u"en"_s);
    QCOMPARE(f.rights, u"Copyright 2005 Mark"_s);
    QCOMPARE(f.generator, u"Example Toolkit"_s);
    QCOMPARE(f.image, u"https://blog.example.org/logo.png"_s); // logo preferred to icon
    QCOMPARE(f.author, u"Mark Pilgrim"_s);
    QCOMPARE(f.updated, utc(2005, 7, 31, 12, 29, 29));
    QCOMPARE(f.entries.size(), 2);

    const ParsedEntry &a = f.entries[0];
    QCOMPARE(a.link, u"https://blog.example.org/archives/2005/07/atom-draft"_s); // nested xml:base
    QCOMPARE(a.id, u"tag:blog.example.org,2003:3.2397"_s);
    QCOMPARE(a.author, u"joe@example.org"_s); // no name: the e-mail
    QCOMPARE(a.published, utc(2003, 12, 13, 12, 29, 29));
    QCOMPARE(a.updated, utc(2005, 7, 31, 12, 29, 29));
    QCOMPARE(a.categories, QStringList({u"atom"_s, u"syndication"_s}));
    QCOMPARE(a.enclosures.size(), 1);
    QCOMPARE(a.enclosures[0].length, 1337);
    QCOMPARE(a.summary, u"A &lt;short&gt; summary &amp; nothing more"_s); // type=text is escaped
    // xhtml: wrapper div removed, link resolved against the content's own xml:base.
    QCOMPARE(a.content.trimmed(), u"<p><i>[Update: The Atom draft is finished.]</i> <a href=\"http://diveintomark.org/notes/\" "
                                  "rel=\"noopener noreferrer\">Notes</a></p>"_s);
    QCOMPARE(a.language, u"en"_s);

    const ParsedEntry &b = f.entries[1];
    QCOMPARE(b.title, u"مرحبا <بالعالم>"_s); // type=text title keeps its characters
    QCOMPARE(b.language, u"ar"_s);
    QCOMPARE(b.content, u"<p>نص <strong>عربي</strong></p>"_s); // iframe removed
    QCOMPARE(b.summary, b.content);                           // no summary: the content
    QCOMPARE(b.updated, utc(2024, 3, 1, 6, 0, 0));
}

void TestFeedParser::atom03()
{
    const ParsedFeed f = parseOk(fixture(u"atom03.xml"_s));
    QCOMPARE(f.format, u"atom03"_s);
    QCOMPARE(f.subtitle, u"Notes et liens"_s); // tagline
    QCOMPARE(f.rights, u"Copyright (c) 2004, Jean"_s);
    QCOMPARE(f.updated, utc(2004, 5, 1, 10, 0, 0)); // modified
    QCOMPARE(f.language, u"fr"_s);
    QCOMPARE(f.entries.size(), 2);
    QCOMPARE(f.entries[0].published, utc(2004, 5, 1, 8, 0, 0)); // issued
    QCOMPARE(f.entries[0].updated, utc(2004, 5, 1, 9, 0, 0));   // modified
    QCOMPARE(f.entries[0].summary, u"Un résumé"_s);
    QCOMPARE(f.entries[0].content, u"<p>Bonjour <b>tout le monde</b></p>"_s); // mode="escaped"
    QCOMPARE(f.entries[1].content, u"<p>Base64</p>"_s);                       // mode="base64"
    QVERIFY(!f.entries[1].published.isValid()); // only <created>: neither published nor updated
}

void TestFeedParser::rss10()
{
    const ParsedFeed f = parseOk(fixture(u"rss10-rdf.xml"_s));
    QCOMPARE(f.format, u"rss10"_s);
    QCOMPARE(f.title, u"Example RDF Site"_s);
    QCOMPARE(f.language, u"en-gb"_s);
    QCOMPARE(f.rights, u"Copyright 2004 Example Ltd"_s);
    QCOMPARE(f.updated, utc(2004, 1, 1, 19, 48, 21));
    QCOMPARE(f.ttlMinutes, 30); // hourly, twice
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].id, u"https://www.example.com/2004/01/first"_s); // rdf:about
    QCOMPARE(f.entries[0].author, u"Jane Doe"_s);
    QCOMPARE(f.entries[0].categories, QStringList{u"Announcements"_s});
    QCOMPARE(f.entries[0].updated, utc(2004, 1, 1, 15, 0, 0));
    QCOMPARE(f.entries[0].summary, u"The first item's description."_s);
}

void TestFeedParser::rss090()
{
    const ParsedFeed f = parseOk(fixture(u"rss090.xml"_s));
    QCOMPARE(f.format, u"rss090"_s);
    QCOMPARE(f.title, u"Mozilla Dot Org"_s); // not the image's title
    QCOMPARE(f.image, u"http://www.mozilla.org/images/moz.gif"_s);
    QCOMPARE(f.entries.size(), 2);
    QCOMPARE(f.entries[1].title, u"Bugzilla Reorganized"_s);
    QCOMPARE(f.entries[1].link, u"http://www.mozilla.org/bugs/"_s);
}

void TestFeedParser::rss091WithDtdEntities()
{
    const ParsedFeed f = parseOk(fixture(u"rss091.xml"_s));
    QCOMPARE(f.format, u"rss091"_s);
    QVERIFY2(!f.bozo, qPrintable(f.bozoMessage)); // the Netscape DTD declares &nbsp; and &eacute;
    QCOMPARE(f.author, u"Dishier Editor"_s);
    QCOMPARE(f.entries[0].title, u"Giving the world a pluggable Gnutella\u00A0café"_s);
}

void TestFeedParser::rssVersions_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("format");
    QTest::newRow("0.91") << QByteArray("0.91") << u"rss091"_s;
    QTest::newRow("0.92") << QByteArray("0.92") << u"rss092"_s;
    QTest::newRow("0.93") << QByteArray("0.93") << u"rss093"_s;
    QTest::newRow("0.94") << QByteArray("0.94") << u"rss094"_s;
    QTest::newRow("2.0") << QByteArray("2.0") << u"rss20"_s;
}

void TestFeedParser::rssVersions()
{
    QFETCH(QByteArray, version);
    QFETCH(QString, format);
    const ParsedFeed f = parseOk("<rss version=\"" + version + "\"><channel><title>t</title></channel></rss>");
    QCOMPARE(f.format, format);
    QCOMPARE(f.title, u"t"_s);
}

void TestFeedParser::jsonFeed11()
{
    const ParsedFeed f = parseOk(fixture(u"jsonfeed11.json"_s), QUrl(u"https://tech.example.sa/feed.json"_s));
    QCOMPARE(f.format, u"json11"_s);
    QCOMPARE(f.title, u"مدونة التقنية"_s);
    QCOMPARE(f.link, u"https://tech.example.sa/"_s);
    QCOMPARE(f.author, u"خالد العتيبي"_s);
    QCOMPARE(f.language, u"ar-SA"_s);
    QCOMPARE(f.entries.size(), 2);
    const ParsedEntry &a = f.entries[0];
    QCOMPARE(a.id, u"2"_s);
    QCOMPARE(a.content, u"<p>شرح <a href=\"https://tech.example.sa/docs\" rel=\"noopener noreferrer\">الخطوات</a></p>"_s);
    QCOMPARE(a.summary, u"ملخص قصير &lt;غير وسم&gt;"_s); // JSON Feed summaries are plain text
    QCOMPARE(a.published, utc(2024, 2, 10, 11, 30, 0));
    QCOMPARE(a.updated, utc(2024, 2, 11, 8, 0, 0));
    QCOMPARE(a.categories, QStringList({u"برمجة"_s, u"Qt"_s}));
    QCOMPARE(a.enclosures.size(), 1);
    QCOMPARE(a.enclosures[0].length, 2048);
    QCOMPARE(a.image, u"https://tech.example.sa/img/qt6.png"_s);
    QCOMPARE(f.entries[1].id, u"1"_s); // a number, as some publishers write it
    QCOMPARE(f.entries[1].content, u"Plain &amp; simple &lt;text&gt;"_s);
}

void TestFeedParser::jsonFeed10()
{
    const ParsedFeed f = parseOk(fixture(u"jsonfeed10.json"_s));
    QCOMPARE(f.format, u"json10"_s);
    QCOMPARE(f.author, u"Brent"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].published, utc(2017, 5, 17, 17, 0, 0));
}

void TestFeedParser::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("itemTitle");
    QTest::addColumn<bool>("bozo");
    QTest::newRow("windows-1256") << u"windows-1256.xml"_s << u"زيارة رسمية إلى عمّان"_s << false;
    QTest::newRow("iso-8859-6") << u"iso-8859-6.xml"_s << u"زيارة رسمية إلى عمان"_s << false;
    QTest::newRow("utf-16le with BOM") << u"utf16le-bom.xml"_s << u"زيارة رسمية إلى عمّان"_s << false;
    QTest::newRow("utf-8 that is windows-1256") << u"utf8-lies.xml"_s << u"زيارة رسمية إلى عمّان"_s << true;
}

void TestFeedParser::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, itemTitle);
    QFETCH(bool, bozo);
    const ParsedFeed f = parseOk(fixture(file));
    QCOMPARE(f.title, u"أخبار اليوم"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].title, itemTitle);
    QCOMPARE(f.entries[0].summary, u"وصل الوفد صباح اليوم"_s);
    QCOMPARE(f.bozo, bozo);
}

void TestFeedParser::httpCharsetWins()
{
    // The declaration says UTF-8, HTTP says windows-1256: HTTP is right here.
    QByteArray data = fixture(u"windows-1256.xml"_s);
    data.replace("windows-1256", "utf-8");
    const ParsedFeed f = parseOk(data, {}, "windows-1256");
    QCOMPARE(f.title, u"أخبار اليوم"_s);
    QVERIFY(!f.bozo);
}

void TestFeedParser::unknownEncodingFails()
{
    const auto r = FeedParser::parse("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"/>");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"x-no-such-charset"_s), qPrintable(r.error()));
}

void TestFeedParser::recoversIllFormed()
{
    const ParsedFeed f = parseOk(fixture(u"illformed.xml"_s));
    QVERIFY(f.bozo);
    QVERIFY(!f.bozoMessage.isEmpty());
    QCOMPARE(f.title, u"Café News & Views"_s);          // undeclared &eacute;
    QCOMPARE(f.subtitle, u"Fish & chips\u00A0daily"_s); // bare &, undeclared &nbsp;
    QCOMPARE(f.entries.size(), 2);                       // the unclosed <b> did not swallow item two
    QCOMPARE(f.entries[0].title, u"First © item"_s);
    QCOMPARE(f.entries[0].summary, u"Unclosed <b>bold</b>"_s);
    QCOMPARE(f.entries[1].title, u"Second item"_s);
    QCOMPARE(f.entries[1].summary, u"Control char: "_s); // U+000B removed
}

void TestFeedParser::recoversTruncated()
{
    const ParsedFeed f = parseOk(fixture(u"truncated.xml"_s));
    QVERIFY(f.bozo);
    QCOMPARE(f.entries.size(), 2);
    QCOMPARE(f.entries[0].title, u"Complete item"_s);
    QCOMPARE(f.entries[0].published, utc(2024, 6, 1, 12, 0, 0));
    QCOMPARE(f.entries[1].title, u"Half an item"_s);
    QVERIFY(f.entries[1].summary.startsWith(u"This text is cut in the mid"_s));
}

void TestFeedParser::neverExpandsDtdEntities()
{
    const ParsedFeed f = parseOk(fixture(u"billion-laughs.xml"_s));
    QVERIFY(f.bozo);
    QVERIFY(!f.title.contains(u"lollol"_s));
    QVERIFY(f.title.size() < 40);
    QVERIFY(!f.entries[0].title.contains(u"root:"_s)); // the external entity was never read
}

void TestFeedParser::rejectsNonFeeds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("html page") << fixture(u"not-a-feed.html"_s) << u"HTML page"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("white space") << QByteArray(" \n\t ") << u"empty"_s;
    QTest::newRow("random bytes") << QByteArray("\x8f\x01\xff\xfe\x00\x13garbage\x7f", 15) << u"not a feed"_s;
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><opml version=\"2.0\"/>") << u"<opml>"_s;
    QTest::newRow("json not feed") << QByteArray("{\"hello\": 1}") << u"JSON"_s;
    QTest::newRow("broken json") << QByteArray("{\"version\": ") << u"JSON"_s;
}

void TestFeedParser::rejectsNonFeeds()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);
    const auto r = FeedParser::parse(data);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(messagePart), qPrintable(r.error()));
}

void TestFeedParser::enforcesLimits()
{
    FeedParseOptions options;
    options.maxDocumentBytes = 100;
    QVERIFY(!FeedParser::parse(QByteArray(200, ' ') + "<rss/>", options).ok());

    QByteArray deep = "<rss version=\"2.0\"><channel><title>deep</title>";
    for (int i = 0; i < 5000; ++i)
        deep += "<x>";
    const ParsedFeed d = parseOk(deep);
    QVERIFY(d.bozo);
    QCOMPARE(d.title, u"deep"_s);

    options = {};
    options.maxEntries = 3;
    QByteArray many = "<rss version=\"2.0\"><channel>";
    for (int i = 0; i < 10; ++i)
        many += "<item><title>" + QByteArray::number(i) + "</title></item>";
    many += "</channel></rss>";
    const auto m = FeedParser::parse(many, options);
    QVERIFY(m.ok());
    QCOMPARE(m->entries.size(), 3);
    QVERIFY(m->bozo);
}

void TestFeedParser::jsonShape()
{
    const ParsedFeed f = parseOk(fixture(u"rss20-arabic.xml"_s), QUrl(u"https://news.example.ae/feed/"_s));
    const QJsonObject json = ParsedFeedJson::toJson(f);
    QCOMPARE(json.keys(), QStringList({u"bozo"_s, u"entries"_s, u"feed"_s, u"format"_s}));
    QCOMPARE(json.value(u"format"_s).toString(), u"rss20"_s);
    QCOMPARE(json.value(u"bozo"_s).toBool(true), false);
    const QJsonObject feed = json.value(u"feed"_s).toObject();
    QCOMPARE(feed.keys(), QStringList({u"author"_s, u"generator"_s, u"image"_s, u"language"_s, u"link"_s,
                                       u"rights"_s, u"subtitle"_s, u"title"_s, u"updated"_s}));
    QCOMPARE(feed.value(u"updated"_s).toString(), u"2024-01-02T06:30:00Z"_s);
    QVERIFY(feed.value(u"author"_s).isString()); // missing strings are "" not null
    QCOMPARE(feed.value(u"author"_s).toString(u"x"_s), QString());
    const QJsonArray entries = json.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject e = entries[0].toObject();
    QCOMPARE(e.keys(), QStringList({u"author"_s, u"categories"_s, u"comments"_s, u"content"_s, u"enclosures"_s,
                                    u"id"_s, u"link"_s, u"published"_s, u"summary"_s, u"title"_s, u"updated"_s}));
    QCOMPARE(e.value(u"published"_s).toString(), u"2024-01-02T04:15:00Z"_s);
    QVERIFY(e.value(u"updated"_s).isNull());
    const QJsonObject enclosure = e.value(u"enclosures"_s).toArray().first().toObject();
    QCOMPARE(enclosure.keys(), QStringList({u"length"_s, u"type"_s, u"url"_s}));
    QCOMPARE(enclosure.value(u"length"_s).toInteger(), 1048576);
    QVERIFY(entries[1].toObject().value(u"comments"_s).isString());
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
