// khulasa-cli end to end: a local Arabic RSS feed served on 127.0.0.1, driven through
// add → refresh → list, in a temporary profile given by --profile (anywhere) or KHULASA_PROFILE.
#include "clirun.h"
#include "localhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>وكالة الأنباء التجريبية</title><link>https://wakala.example/</link><language>ar</language>
<item><title>قمة المناخ COP29 تختتم أعمالها في باكو؟</title><link>https://wakala.example/a/1</link>
<guid isPermaLink="false">wakala-1</guid><pubDate>Sun, 01 Nov 2026 08:30:00 +0300</pubDate>
<description><![CDATA[<p>اختتمت القمة أعمالها بعد 12 يوماً من المفاوضات.</p>]]></description></item>
<item><title>ارتفاع أسعار النفط ٣٪ في تعاملات الأحد</title><link>https://wakala.example/a/2</link>
<guid isPermaLink="false">wakala-2</guid><pubDate>Sun, 01 Nov 2026 09:00:00 +0300</pubDate>
<description>&lt;p&gt;ارتفعت أسعار خام برنت.&lt;/p&gt;</description></item>
</channel></rss>)";
QString readFixture(const QString &relative)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/summary/") + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestCliEndToEnd final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    LocalHttpServer m_noFeeds; // a site without any feed, so autodiscovery has nothing to find

    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QByteArray &input = {})
    {
        return runCli(arguments, environment, input);
    }

    /** The feed with an ETag, answering 304 to a request that presents it. */
    void serveFeed()
    {
        m_server.route("/feed.xml", [](const HttpRequestRecord &request) {
            HttpResponse response{200, "application/rss+xml; charset=utf-8", kFeed, {{"ETag", "\"e1\""}}};
            if (request.headers.value("if-none-match") == "\"e1\"") {
                response.status = 304;
                response.body.clear();
            }
            return response;
        });
    }

    static QJsonArray jsonArray(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        return error.error == QJsonParseError::NoError ? document.array() : QJsonArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        serveFeed();
        QVERIFY(m_noFeeds.listen());
        m_noFeeds.route("/index.html", HttpResponse{200, "text/html", "<html><body>no feed here</body></html>", {}});
    }

    void addRefreshListKeepsArabicTitles()
    {
        QTemporaryDir profile;
        const QString url = m_server.url(QStringLiteral("/feed.xml")).toString();
        const CliRun added = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("add"), url});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(QFileInfo::exists(profile.filePath(QStringLiteral("khulasa.db"))));

        // --profile after the command words works too.
        const CliRun refreshed = run({QStringLiteral("refresh"), QStringLiteral("--profile"), profile.path()});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());

        const CliRun feeds = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("feeds"), QStringLiteral("--json")});
        QCOMPARE(feeds.exitCode, 0);
        const QJsonArray feedArray = jsonArray(feeds.out);
        QCOMPARE(feedArray.size(), 1);
        const QJsonObject feed = feedArray.first().toObject();
        QCOMPARE(feed.value(u"title").toString(), QStringLiteral("وكالة الأنباء التجريبية"));
        QCOMPARE(feed.value(u"url").toString(), url);
        QCOMPARE(feed.value(u"site_url").toString(), QStringLiteral("https://wakala.example/"));
        QCOMPARE(feed.value(u"total").toInt(), 2);
        QCOMPARE(feed.value(u"unread").toInt(), 2);
        QCOMPARE(feed.value(u"status").toString(), QStringLiteral("not_modified"));
        QVERIFY(feed.value(u"last_checked").isString());
        for (const char *key : {"id", "folder", "error"})
            QVERIFY2(feed.contains(QLatin1String(key)), key);

        const CliRun articles = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--json")});
        QCOMPARE(articles.exitCode, 0);
        const QJsonArray list = jsonArray(articles.out);
        QCOMPARE(list.size(), 2);
        const QJsonObject newest = list.at(0).toObject();
        QCOMPARE(newest.value(u"title").toString(), QStringLiteral("ارتفاع أسعار النفط ٣٪ في تعاملات الأحد"));
        QCOMPARE(newest.value(u"published").toString(), QStringLiteral("2026-11-01T06:00:00Z"));
        QCOMPARE(newest.value(u"guid").toString(), QStringLiteral("wakala-2"));
        QCOMPARE(newest.value(u"direction").toString(), QStringLiteral("rtl"));
        QCOMPARE(newest.value(u"read").toBool(), false);
        QCOMPARE(list.at(1).toObject().value(u"title").toString(), QStringLiteral("قمة المناخ COP29 تختتم أعمالها في باكو؟"));
        QCOMPARE(list.at(1).toObject().value(u"url").toString(), QStringLiteral("https://wakala.example/a/1"));
        QCOMPARE(newest.value(u"feed_id").toInteger(), feed.value(u"id").toInteger());

        const CliRun byFeed = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("articles"),
                                   QStringLiteral("--feed"), QString::number(feed.value(u"id").toInteger()), QStringLiteral("--json")});
        QCOMPARE(jsonArray(byFeed.out).size(), 2);
    }

    void searchShowAndMarkArticles()
    {
        QTemporaryDir profile;
        const QStringList p = {QStringLiteral("--profile"), profile.path()};
        QCOMPARE(run(p + QStringList{QStringLiteral("add"), m_server.url(QStringLiteral("/feed.xml")).toString()}).exitCode, 0);

        // The text says أعمالها; the query is written with the article and a hamza-less alef.
        const CliRun found = run(p + QStringList{QStringLiteral("search"), QStringLiteral("الاعمال"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonArray hits = jsonArray(found.out);
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(u"title").toString(), QStringLiteral("قمة المناخ COP29 تختتم أعمالها في باكو؟"));
        QCOMPARE(hit.value(u"snippet").toString(), QStringLiteral("اختتمت القمة <b>أعمالها</b> بعد 12 يوماً من المفاوضات."));
        for (const char *key : {"id", "feed_id", "published", "score", "title_html"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);
        const QString id = QString::number(hit.value(u"id").toInteger());

        const CliRun shown = run(p + QStringList{QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject article = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(article.value(u"id").toString(), QString()); // a number, not a string
        QCOMPARE(QString::number(article.value(u"id").toInteger()), id);
        QVERIFY(article.value(u"content_html").toString().contains(u"<p>"));
        QCOMPARE(article.value(u"text").toString(), QStringLiteral("اختتمت القمة أعمالها بعد 12 يوماً من المفاوضات."));
        for (const char *key : {"feed_id", "guid", "title", "url", "author", "published", "read", "saved", "direction"})
            QVERIFY2(article.contains(QLatin1String(key)), key);

        auto listed = [&](const QString &flag) {
            return jsonArray(run(p + QStringList{QStringLiteral("list"), QStringLiteral("articles"), flag, QStringLiteral("--json")}).out).size();
        };
        QCOMPARE(run(p + QStringList{QStringLiteral("save"), id}).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("--saved")), 1);
        QCOMPARE(run(p + QStringList{QStringLiteral("read"), id}).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("--unread")), 1);
        QCOMPARE(run(p + QStringList{QStringLiteral("unread"), id}).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("--unread")), 2);
        QCOMPARE(run(p + QStringList{QStringLiteral("unsave"), id}).exitCode, 0);
        QCOMPARE(listed(QStringLiteral("--saved")), 0);

        for (const QString &command : {QStringLiteral("show"), QStringLiteral("save"), QStringLiteral("read")}) {
            const CliRun unknown = run(p + QStringList{command, QStringLiteral("999")});
            QCOMPARE(unknown.exitCode, 1);
            QVERIFY(unknown.err.contains("999"));
        }
        QCOMPARE(run(p + QStringList{QStringLiteral("save")}).exitCode, 2);
        const CliRun nothing = run(p + QStringList{QStringLiteral("search"), QStringLiteral("\"()*"), QStringLiteral("--json")});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(!nothing.err.isEmpty());
        const CliRun purged = run(p + QStringList{QStringLiteral("purge"), QStringLiteral("--json")});
        QCOMPARE(purged.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(purged.out).object().value(u"purged").toInt(), 0); // the newest 20 stay
    }

    void profileFromEnvironment()
    {
        QTemporaryDir profile;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KHULASA_PROFILE"), profile.path());
        QCOMPARE(run({QStringLiteral("add"), m_server.url(QStringLiteral("/feed.xml")).toString()}, environment).exitCode, 0);
        QVERIFY(QFileInfo::exists(profile.filePath(QStringLiteral("khulasa.db"))));
        QCOMPARE(jsonArray(run({QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--json")}, environment).out).size(), 2);
    }

    void addingAPageWithoutFeedFailsAndCreatesNothing()
    {
        QTemporaryDir profile;
        const CliRun added = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("add"), m_noFeeds.url(QStringLiteral("/index.html")).toString()});
        QVERIFY(added.exitCode != 0);
        QVERIFY(!added.err.trimmed().isEmpty());
        const CliRun feeds = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("feeds"), QStringLiteral("--json")});
        QCOMPARE(feeds.exitCode, 0);
        QCOMPARE(jsonArray(feeds.out).size(), 0);
    }

    void refreshOfUnreachableFeedRecordsErrorButExitsZero()
    {
        QTemporaryDir profile;
        QVERIFY(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("add"), m_server.url(QStringLiteral("/feed.xml")).toString()}).exitCode == 0);
        m_server.route("/feed.xml", HttpResponse{503, "text/plain", "busy", {}});
        const CliRun refreshed = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("refresh")});
        serveFeed();
        QCOMPARE(refreshed.exitCode, 0);
        const QJsonObject feed = jsonArray(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("feeds"), QStringLiteral("--json")}).out).first().toObject();
        QCOMPARE(feed.value(u"status").toString(), QStringLiteral("error"));
        QVERIFY(feed.value(u"error").toString().contains(u"503"));
        QCOMPARE(feed.value(u"total").toInt(), 2); // nothing already stored was lost
    }

    void parsePrintsJsonAndRejectsNonFeeds()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("feed.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kFeed);
        file.close();
        const CliRun parsed = run({QStringLiteral("parse"), file.fileName()});
        QCOMPARE(parsed.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(parsed.out).object();
        QCOMPARE(object.value(u"format").toString(), QStringLiteral("rss20"));
        QCOMPARE(object.value(u"feed").toObject().value(u"title").toString(), QStringLiteral("وكالة الأنباء التجريبية"));
        QCOMPARE(object.value(u"entries").toArray().size(), 2);
        QCOMPARE(object.value(u"entries").toArray().first().toObject().value(u"id").toString(), QStringLiteral("wakala-1"));

        QFile page(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html><body><p>hello</p></body></html>");
        page.close();
        const CliRun rejected = run({QStringLiteral("parse"), page.fileName()});
        QVERIFY(rejected.exitCode != 0);
        QVERIFY(!rejected.err.isEmpty());
        QVERIFY(rejected.out.isEmpty());
    }

    void extractPrintsTheArticleFromFileOrStdin()
    {
        const QString page = QStringLiteral(KHULASA_TEST_DATA "/pages/ar_news_clutter.html");
        const QString url = QStringLiteral("https://alwaha.example/mahaliyat/2026/11/15/tahliya");
        const CliRun fromFile = run({QStringLiteral("extract"), page, QStringLiteral("--url"), url});
        QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
        const QJsonObject article = QJsonDocument::fromJson(fromFile.out).object();
        for (const char *key : {"title", "byline", "published", "image", "site_name", "dir", "content_html", "text"})
            QVERIFY2(article.contains(QLatin1String(key)), key);
        QCOMPARE(article.value(u"title").toString(), QStringLiteral("افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة"));
        QCOMPARE(article.value(u"byline").toString(), QStringLiteral("سارة العتيبي"));
        QCOMPARE(article.value(u"published").toString(), QStringLiteral("2026-11-15T07:30:00Z"));
        QCOMPARE(article.value(u"image").toString(), QStringLiteral("https://cdn.alwaha.example/img/2026/11/tahliya-main.jpg"));
        QCOMPARE(article.value(u"site_name").toString(), QStringLiteral("صحيفة الواحة"));
        QCOMPARE(article.value(u"dir").toString(), QStringLiteral("rtl"));
        QVERIFY(article.value(u"content_html").toString().startsWith(u'<'));
        QVERIFY(article.value(u"text").toString().startsWith(QStringLiteral("افتتحت الحكومة صباح اليوم الأحد")));
        QVERIFY(!article.value(u"text").toString().contains(QStringLiteral("واتساب")));

        // "-" reads the page from standard input: the same article comes out.
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CliRun fromStdin = run({QStringLiteral("extract"), QStringLiteral("-"), QStringLiteral("--url"), url},
                                     QProcessEnvironment::systemEnvironment(), file.readAll());
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
        QCOMPARE(QJsonDocument::fromJson(fromStdin.out).object(), article);

        // Without --url the page's own links stay relative to nothing and are dropped, the text remains.
        const CliRun noUrl = run({QStringLiteral("extract"), page});
        QCOMPARE(noUrl.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(noUrl.out).object().value(u"text"), article.value(u"text"));
    }

    void extractRefusesPagesWithoutArticleAndUnreadableFiles()
    {
        const CliRun front = run({QStringLiteral("extract"), QStringLiteral(KHULASA_TEST_DATA "/pages/en_section_front.html"),
                                  QStringLiteral("--url"), QStringLiteral("https://herald.example/news")});
        QCOMPARE(front.exitCode, 1);
        QVERIFY(front.out.isEmpty());
        QVERIFY2(front.err.contains("No article found"), front.err.constData());

        const CliRun missing = run({QStringLiteral("extract"), QStringLiteral("/nonexistent/page.html")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains("Cannot read"), missing.err.constData());

        QCOMPARE(run({QStringLiteral("extract")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("extract"), QStringLiteral("a.html"), QStringLiteral("--url"), QStringLiteral("not a url")}).exitCode, 2);
    }

    void unknownCommandsAndOptionsAreRefused()
    {
        QTemporaryDir profile;
        QVERIFY(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("frobnicate")}).exitCode != 0);
        QVERIFY(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"), QStringLiteral("feeds"), QStringLiteral("--bogus")}).exitCode != 0);
        QCOMPARE(run({QStringLiteral("--version")}).exitCode, 0);
    }

    void summarizeHtmlAndTextFiles()
    {
        QTemporaryDir dir;
        const QString article = readFixture(QStringLiteral("articles/en-flood.txt"));
        const QStringList paragraphs = article.section(u'\n', 1).split(u'\n', Qt::SkipEmptyParts);
        QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(article.section(u'\n', 0, 0).toHtmlEscaped());
        for (const QString &p : paragraphs)
            html += u"<p>" + p.toHtmlEscaped() + u"</p>\n";
        html += u"</body></html>";
        const QString htmlPath = dir.filePath(QStringLiteral("story.html"));
        const QString textPath = dir.filePath(QStringLiteral("story.txt"));
        QVERIFY(writeFile(htmlPath, html.toUtf8()) && writeFile(textPath, paragraphs.join(u'\n').toUtf8()));

        const CliRun two = run({QStringLiteral("summarize"), htmlPath, QStringLiteral("--sentences"), QStringLiteral("2")});
        QVERIFY2(two.exitCode == 0, two.err.constData());
        const QStringList lines = QString::fromUtf8(two.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString body = paragraphs.join(u'\n');
        QVERIFY(body.contains(lines.at(0)) && body.contains(lines.at(1)));
        QVERIFY(body.indexOf(lines.at(0)) < body.indexOf(lines.at(1))); // in document order
        QVERIFY(!lines.join(u' ').contains(u'<'));                      // text, not markup

        const CliRun adaptive = run({QStringLiteral("summarize"), textPath});
        QVERIFY2(adaptive.exitCode == 0, adaptive.err.constData());
        const qsizetype count = QString::fromUtf8(adaptive.out).split(u'\n', Qt::SkipEmptyParts).size();
        QVERIFY(count >= 3 && count <= 5);

        QCOMPARE(run({QStringLiteral("summarize"), textPath, QStringLiteral("--sentences"), QStringLiteral("zero")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("summarize")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("summarize"), dir.filePath(QStringLiteral("missing.txt"))}).exitCode, 1);
    }

    void relatedFindsTheSameStoryFromOtherFeeds()
    {
        // Three sites carry the same wire story in their own words, with one unrelated story each.
        const QList<QStringList> sites = {{QStringLiteral("rates-wire"), QStringLiteral("highway-metro")},
                                          {QStringLiteral("rates-paper"), QStringLiteral("rates-inflation-data")},
                                          {QStringLiteral("rates-broadcaster"), QStringLiteral("highway-accident")}};
        QTemporaryDir profile;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            QByteArray rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Site "
                           + QByteArray::number(i) + "</title><link>https://site.example/</link>";
            for (const QString &story : sites.at(i)) {
                const QString text = readFixture(u"stories/" + story + u".txt");
                QString description;
                for (const QString &p : text.section(u'\n', 2).split(u'\n', Qt::SkipEmptyParts))
                    description += u"<p>" + p.toHtmlEscaped() + u"</p>";
                rss += "<item><title>" + text.section(u'\n', 1, 1).toHtmlEscaped().toUtf8() + "</title><guid>" + story.toUtf8()
                     + "</guid><description>" + description.toHtmlEscaped().toUtf8() + "</description></item>";
            }
            rss += "</channel></rss>";
            const QByteArray path = "/site" + QByteArray::number(i) + ".xml";
            m_server.route(path, HttpResponse{200, "application/rss+xml; charset=utf-8", rss, {}});
            const CliRun added = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("add"),
                                      m_server.url(QString::fromLatin1(path)).toString()});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        const QJsonArray articles = jsonArray(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("list"),
                                                   QStringLiteral("articles"), QStringLiteral("--json")}).out);
        QCOMPARE(articles.size(), 6);
        QHash<QString, qint64> ids;
        for (const QJsonValue &a : articles)
            ids.insert(a.toObject().value(u"guid").toString(), a.toObject().value(u"id").toInteger());

        const CliRun related = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("related"), QStringLiteral("--article"),
                                    QString::number(ids.value(u"rates-paper"_qs)), QStringLiteral("--json")});
        QVERIFY2(related.exitCode == 0, related.err.constData());
        const QJsonArray list = jsonArray(related.out);
        QSet<qint64> sameStory;
        for (const QJsonValue &value : list) {
            const QJsonObject r = value.toObject();
            QCOMPARE(r.keys(), (QStringList{u"feed_id"_qs, u"id"_qs, u"same_story"_qs, u"score"_qs, u"title"_qs}));
            QVERIFY(r.value(u"score").toDouble() > 0);
            QVERIFY(r.value(u"id").toInteger() != ids.value(u"rates-paper"_qs));
            if (r.value(u"same_story").toBool())
                sameStory.insert(r.value(u"id").toInteger());
        }
        QCOMPARE(sameStory, (QSet<qint64>{ids.value(u"rates-wire"_qs), ids.value(u"rates-broadcaster"_qs)}));

        QCOMPARE(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("related"), QStringLiteral("--article"),
                      QStringLiteral("999999"), QStringLiteral("--json")}).exitCode, 1);

        // A stored article summarises too: its first (lead) sentence leads, the count is respected.
        const CliRun summary = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("summarize"), QStringLiteral("--article"),
                                    QString::number(ids.value(u"rates-wire"_qs)), QStringLiteral("--sentences"), QStringLiteral("2")});
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        const QStringList points = QString::fromUtf8(summary.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(points.size(), 2);
        QVERIFY(readFixture(QStringLiteral("stories/rates-wire.txt")).section(u'\n', 2, 2).startsWith(points.first()));
        QCOMPARE(run({QStringLiteral("--profile"), profile.path(), QStringLiteral("related")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_e2e.moc"
