// Behaviours python-feedparser's test corpus pins down, as issue 3's JSON exposes them: which link
// is the alternate one, ids that are links, inline XHTML bodies, encodings named the Python way,
// EBCDIC, documents that lie about ASCII, typographic spaces. Fixtures in
// tests/data/feeds/conformance/ were written by hand; expectations are worked out from them.
#include "feeds/feedparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ParsedFeed parseFixture(const QString &name)
{
    QFile f(QStringLiteral(KHULASA_TEST_DATA "/feeds/conformance/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    auto result = FeedParser::parse(f.readAll());
    if (!result)
        qFatal("parse failed: %s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace

class TestFeedConformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alternateLinksAndIds();
    void atomLinkAddressAsText();
    void inlineXhtmlBodyAndSecondRoot();
    void pythonEncodingAlias();
    void ebcdic();
    void asciiThatIsUtf8IsBozo();
    void utf32WithoutBom();
    void typographicSpacesSurvive();
    void base64ContentIsRepaired();
    void unterminatedLastTag();
};

void TestFeedConformance::alternateLinksAndIds()
{
    const ParsedFeed f = parseFixture(u"atom10-links-ids.xml"_s);
    QVERIFY(!f.bozo);
    QCOMPARE(f.link, u"https://example.org/"_s); // the PDF alternate is not the page to read
    QCOMPARE(f.language, u"ar"_s);
    QCOMPARE(f.entries.size(), 2);
    const ParsedEntry &a = f.entries[0];
    QCOMPARE(a.id, u"https://example.org/posts/1"_s);
    QCOMPARE(a.link, a.id);          // no link, and the id is a web address
    QCOMPARE(a.comments, QString()); // rel="replies" is a thread, not RSS's comments page
    QCOMPARE(a.updated, QDateTime(QDate(2024, 2, 1), QTime(5, 0), Qt::UTC));
    QVERIFY(!a.published.isValid());
    const ParsedEntry &b = f.entries[1];
    QCOMPARE(b.id, u"urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"_s);
    QCOMPARE(b.link, QString()); // an audio alternate is not a page, and a URN is not a link
    QCOMPARE(b.enclosures.size(), 1);
    QCOMPARE(b.enclosures[0].url, u"https://example.org/posts/2.mp3"_s);
    QCOMPARE(b.enclosures[0].type, u"audio/mpeg"_s);
    QCOMPARE(b.enclosures[0].length, 2048);
}

void TestFeedConformance::atomLinkAddressAsText()
{
    const ParsedFeed f = parseFixture(u"atom10-link-text.xml"_s);
    QCOMPARE(f.entries.size(), 2);
    // Whatever the order, the alternate link is the link; the enclosure's text is not.
    QCOMPARE(f.entries[0].link, u"https://example.net/ar/1"_s);
    QCOMPARE(f.entries[1].link, u"https://example.net/ar/2"_s);
    QCOMPARE(f.entries[1].id, f.entries[1].link); // no id: the link
}

void TestFeedConformance::inlineXhtmlBodyAndSecondRoot()
{
    const ParsedFeed f = parseFixture(u"rss20-xhtml-body.xml"_s);
    QVERIFY(f.bozo); // an <html> root after the feed's
    QCOMPARE(f.format, u"rss20"_s);
    QCOMPARE(f.title, u"Inline XHTML"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].summary, u"Short &amp; sweet"_s);       // dc:description
    QCOMPARE(f.entries[0].content, u"<p>Full <b>text</b></p>"_s); // xhtml:body, prefixes dropped
}

void TestFeedConformance::pythonEncodingAlias()
{
    const ParsedFeed f = parseFixture(u"ms-arab-alias.xml"_s); // windows-1256 under Python's name
    QVERIFY(!f.bozo);
    QCOMPARE(f.title, u"أخبار"_s);
    QCOMPARE(f.subtitle, u"نشرة عربية"_s);
}

void TestFeedConformance::ebcdic()
{
    const ParsedFeed f = parseFixture(u"ebcdic-cp037.xml"_s);
    QVERIFY(!f.bozo);
    QCOMPARE(f.format, u"atom03"_s);
    QCOMPARE(f.title, u"EBCDIC Øye"_s);
}

void TestFeedConformance::asciiThatIsUtf8IsBozo()
{
    const ParsedFeed f = parseFixture(u"us-ascii-lies.xml"_s);
    QVERIFY(f.bozo);
    QCOMPARE(f.title, u"عنوان بالعربية"_s);
}

void TestFeedConformance::utf32WithoutBom()
{
    const ParsedFeed f = parseFixture(u"utf32be-nobom.xml"_s);
    QCOMPARE(f.format, u"rss20"_s);
    QCOMPARE(f.title, u"UTF-32 نص"_s);
}

void TestFeedConformance::typographicSpacesSurvive()
{
    const ParsedFeed f = parseFixture(u"typographic-spaces.xml"_s);
    // em, thin and no-break spaces are the writer's; runs of layout white space fold to one.
    QCOMPARE(f.title, u"a\u2003b\u2009c\u00A0d e f"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].title, u"testing &doesnotexist; entity"_s); // unknown: kept as written
    QVERIFY(f.bozo);
}

void TestFeedConformance::base64ContentIsRepaired()
{
    const ParsedFeed f = parseFixture(u"atom03-base64-invalid.xml"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].content, u"<p>\uFFFD?&gt;</p>"_s); // the stray 0xFF byte, replaced
}

void TestFeedConformance::unterminatedLastTag()
{
    const ParsedFeed f = parseFixture(u"rss20-unterminated-end-tag.xml"_s); // ends in "</rss"
    QVERIFY(f.bozo);
    QCOMPARE(f.title, u"آخر سطر"_s);
    QCOMPARE(f.entries.size(), 1);
    QCOMPARE(f.entries[0].link, u"https://example.org/search?q=1&page=2"_s); // &amp; decoded once
}

QTEST_GUILESS_MAIN(TestFeedConformance)
#include "tst_feedconformance.moc"
