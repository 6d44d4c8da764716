// The streaming side of the parser: the JSON written while entries stream through must be the very
// object ParsedFeedJson gives for the collected feed; worker threads must not change entries or
// their order; a failure must deliver nothing; the vector UTF-8 check must agree with the plain one.
#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"
#include "feeds/parsedfeedjson.h"
#include "feeds/utf8validator.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray streamedJson(const QByteArray &data, int threads, bool *ok)
{
    QByteArray json;
    FeedJsonWriter writer([&json](QByteArrayView bytes) { json.append(bytes); });
    FeedParseOptions options;
    options.sanitizerThreads = threads;
    const auto parsed = FeedParser::parse(QByteArrayView(data), options, writer);
    *ok = parsed.ok();
    if (parsed)
        writer.finish(parsed.value());
    return json;
}

/** A feed long enough to be split in many batches, mixing markup the fast path takes and markup
 *  only gumbo can read. */
QByteArray longFeed(int items)
{
    QByteArray xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                     "<title>long</title>";
    for (int i = 0; i < items; ++i) {
        xml += "<item><title>item " + QByteArray::number(i) + "</title><guid>g" + QByteArray::number(i) + "</guid>";
        xml += "<description>&lt;p&gt;summary " + QByteArray::number(i) + " &amp;amp; more&lt;/p&gt;</description>";
        xml += "<content:encoded><![CDATA[";
        for (int k = 0; k < 20; ++k)
            xml += (i + k) % 7 == 0 ? "<p>one<p>implied <table><td>cell</table>"
                                    : "<p>نص <a href=\"/x\">رابط</a> &eacute;</p>";
        xml += "]]></content:encoded></item>";
    }
    xml += "</channel></rss>";
    return xml;
}

} // namespace

class TestFeedStreaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedJsonMatchesCollected();
    void threadsKeepEntriesAndOrder();
    void failureWritesNothing();
    void skipsUnchangedEntries();
    void jsonEscapes();
    void utf8VectorPathAgrees();
};

void TestFeedStreaming::streamedJsonMatchesCollected()
{
    QDirIterator it(QStringLiteral(KHULASA_TEST_DATA "/feeds"), QDir::Files, QDirIterator::Subdirectories);
    int compared = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        bool ok = false;
        const QByteArray json = streamedJson(data, 0, &ok);
        const auto collected = FeedParser::parse(data);
        QCOMPARE(ok, collected.ok());
        if (!ok)
            continue;
        QJsonParseError error;
        const QJsonObject streamed = QJsonDocument::fromJson(json, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(path));
        QVERIFY2(json.endsWith("}\n"), qPrintable(path));
        QCOMPARE(streamed, ParsedFeedJson::toJson(collected.value()));
        ++compared;
    }
    QVERIFY(compared >= 15);
}

void TestFeedStreaming::threadsKeepEntriesAndOrder()
{
    const QByteArray xml = longFeed(1500);
    bool ok1 = false, ok2 = false;
    const QByteArray single = streamedJson(xml, 0, &ok1);
    const QByteArray threaded = streamedJson(xml, 2, &ok2);
    QVERIFY(ok1 && ok2);
    QCOMPARE(threaded, single); // byte for byte: same entries, same order
    const QJsonObject o = QJsonDocument::fromJson(single).object();
    QCOMPARE(o.value(u"entries"_s).toArray().size(), 1500);
    QCOMPARE(o.value(u"entries"_s).toArray().last().toObject().value(u"id"_s).toString(), u"g1499"_s);
}

void TestFeedStreaming::failureWritesNothing()
{
    bool ok = true;
    QCOMPARE(streamedJson("<html><body>not a feed</body></html>", 0, &ok), QByteArray());
    QVERIFY(!ok);
}

void TestFeedStreaming::skipsUnchangedEntries()
{
    const QByteArray before = "<rss version=\"2.0\"><channel><item><guid>a</guid><description>one</description></item>"
                              "<item><guid>b</guid><description>two</description></item></channel></rss>";
    const QByteArray after = "<rss version=\"2.0\"><channel><item><guid>a</guid><description>one</description></item>"
                             "<item><guid>b</guid><description>two, edited</description></item></channel></rss>";
    const ParsedFeed first = FeedParser::parse(before).value();
    QCOMPARE(first.entries.size(), 2);
    QVERIFY(first.entries[0].contentHash != first.entries[1].contentHash);
    // A refresh that already stored both: only the edited entry comes back.
    QHash<QString, quint64> stored;
    for (const ParsedEntry &e : first.entries)
        stored.insert(e.id, e.contentHash);
    FeedParseOptions options;
    options.skipEntry = [&stored](const ParsedEntry &e) { return stored.value(e.id) == e.contentHash; };
    const ParsedFeed second = FeedParser::parse(after, options).value();
    QCOMPARE(second.entries.size(), 1);
    QCOMPARE(second.entries[0].id, u"b"_s);
    QCOMPARE(second.entries[0].summary, u"two, edited"_s);
}

void TestFeedStreaming::jsonEscapes()
{
    QByteArray out;
    FeedJsonWriter::appendString(out, "q\"b\\s/n\nt\tc\x01 ع");
    QCOMPARE(out, QByteArray("\"q\\\"b\\\\s/n\\nt\\tc\\u0001 ع\""));
}

void TestFeedStreaming::utf8VectorPathAgrees()
{
    // Valid pieces of every length, and the classic errors: stray continuation, overlong forms,
    // surrogates, beyond U+10FFFF, truncated sequences.
    static const char *const Valid[] = {"a",
                                        "\xC3\xA9",
                                        "\xD8\xB9",
                                        "\xE2\x82\xAC",
                                        "\xF0\x9F\x98\x80",
                                        "\xED\x9F\xBF",
                                        "\xEF\xBF\xBF",
                                        "\xF4\x8F\xBF\xBF",
                                        " "};
    static const char *const Broken[] = {
        "\x80",         "\xC0\x80",         "\xC1\xBF",         "\xE0\x80\x80",     "\xE0\x9F\xBF",
        "\xED\xA0\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF",
        "\xC3",         "\xE2\x82",         "\xF0\x9F\x98"};
    QRandomGenerator rng(20240601);
    for (int iteration = 0; iteration < 20000; ++iteration) {
        QByteArray s;
        const int pieces = int(rng.bounded(48));
        for (int k = 0; k < pieces; ++k)
            s.append(Valid[rng.bounded(int(std::size(Valid)))]);
        const bool broken = rng.bounded(2) == 1;
        if (broken)
            s.insert(rng.bounded(s.size() + 1), Broken[rng.bounded(int(std::size(Broken)))]);
        QCOMPARE(Utf8Validator::isValid(s), !broken);
        QCOMPARE(Utf8Validator::isValidScalar(s), !broken);
    }
}

QTEST_GUILESS_MAIN(TestFeedStreaming)
#include "tst_feedstreaming.moc"
