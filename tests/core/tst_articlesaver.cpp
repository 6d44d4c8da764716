// Offline copies of saved articles in the core: a real SQLite store, an article's images served on
// 127.0.0.1, the saver fetching, sniffing, writing files under the profile's cache and recording them;
// unsaving removes them; the standalone export inlines exactly the kept bytes.
#include "localhttpserver.h"
#include "savedimagesfixture.h"
#include "saving/articleimages.h"
#include "saving/articlesaver.h"
#include "saving/imagesniffer.h"
#include "saving/savedimagefiles.h"
#include "saving/standalonearticle.h"
#include "store/database.h"
#include "store/store.h"
#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArticleSaver final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_feedId = 0;
    int m_articles = 0;

    QString root() const { return SavedImageFiles::rootIn(m_dir.filePath(u"cache"_s)); }
    QString url(const char *path) const { return m_server.url(QString::fromLatin1(path)).toString(); }

    qint64 storeArticle(const QString &html, bool saved = true)
    {
        Article a;
        a.guid = u"entry-%1"_s.arg(++m_articles);
        a.url = m_server.url(u"/story/"_s + a.guid).toString();
        a.title = u"خبر مع صور "_s + a.guid;
        a.author = u"Lina"_s;
        a.published = QDateTime(QDate(2024, 5, 1), QTime(8, 30), Qt::UTC);
        a.fetched = QDateTime::currentDateTimeUtc();
        a.contentHtml = html;
        a.direction = u"rtl"_s;
        a.language = u"ar"_s;
        const qint64 id = StoreFixture::add(*m_store, m_feedId, a);
        return saved && !m_store->setSaved(id, true) ? 0 : id;
    }

    /** Saves and waits for the outcome. */
    SaveOutcome save(ArticleSaver &saver, qint64 id)
    {
        QSignalSpy finished(&saver, &ArticleSaver::finished);
        saver.save(id);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<SaveOutcome>();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList failedUrls(const SaveOutcome &outcome)
    {
        QStringList urls;
        for (const SavedImage &image : outcome.failures) {
            if (image.error.isEmpty())
                return {u"a failure without a reason"_s};
            urls << image.url;
        }
        urls.sort();
        return urls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        SavedImagesFixture::serveImages(m_server);
        QVERIFY(!SavedImagesFixture::png().isEmpty() && !SavedImagesFixture::jpeg().isEmpty());
        m_store = StoreFixture::openWithFeed(m_dir.filePath(u"khulasa.db"_s), m_server.url(u"/feed.xml"_s).toString(), m_feedId);
        QVERIFY(m_store);
    }

    void sniffsRasterImagesOnly()
    {
        QCOMPARE(ImageSniffer::rasterMimeType(SavedImagesFixture::png()), u"image/png"_s);
        QCOMPARE(ImageSniffer::rasterMimeType(SavedImagesFixture::jpeg()), u"image/jpeg"_s);
        QCOMPARE(ImageSniffer::rasterMimeType(QByteArray("GIF89a\x01\x00\x01\x00", 10)), u"image/gif"_s);
        QCOMPARE(ImageSniffer::rasterMimeType(QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)), u"image/webp"_s);
        QVERIFY(ImageSniffer::rasterMimeType("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>").isEmpty());
        QVERIFY(ImageSniffer::rasterMimeType("<!DOCTYPE html><html>").isEmpty());
        QVERIFY(ImageSniffer::rasterMimeType({}).isEmpty());
    }

    void choosesOneSrcsetCandidate_data()
    {
        QTest::addColumn<QString>("srcset");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("widest up to 1600w") << u"a.jpg 320w, b.jpg 1024w, c.jpg 1600w, d.jpg 3200w"_s << u"c.jpg"_s;
        QTest::newRow("all too wide: smallest") << u"a.jpg 2400w, b.jpg 2000w"_s << u"b.jpg"_s;
        QTest::newRow("densities up to 2x") << u"a.jpg, b.jpg 2x, c.jpg 3x"_s << u"b.jpg"_s;
        QTest::newRow("one plain candidate") << u"only.jpg"_s << u"only.jpg"_s;
        QTest::newRow("nothing usable") << u" , "_s << QString();
    }

    void choosesOneSrcsetCandidate()
    {
        QFETCH(QString, srcset);
        QFETCH(QString, chosen);
        QCOMPARE(ArticleImages::chooseFromSrcset(srcset), chosen);
    }

    void findsEveryImageOnce()
    {
        const QStringList found = ArticleImages::references(SavedImagesFixture::content(m_server));
        const QStringList expected = {url("/img/photo.png"), url("/img/large.jpg"), url("/img/back.png"),
                                      url("/img/fake.png"), url("/img/missing.png"), url("/img/huge.png")};
        QCOMPARE(found, expected);
        QVERIFY(ArticleImages::references(u"<p>no pictures</p><img src=\"data:image/png;base64,AAAA\">"_s).isEmpty());
    }

    void keepsTheImagesAndReportsWhatFailed()
    {
        m_server.clearRecords();
        const qint64 id = storeArticle(SavedImagesFixture::content(m_server));
        QVERIFY(id > 0);
        ArticleSaver saver(&m_network, m_store.get(), root());
        const SaveOutcome outcome = save(saver, id);
        QCOMPARE(outcome.articleId, id);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.kept, 3);
        QCOMPARE(outcome.fetched, 3);
        QCOMPARE(outcome.bytes, 2 * SavedImagesFixture::png().size() + SavedImagesFixture::jpeg().size());
        QCOMPARE(failedUrls(outcome), QStringList({url("/img/fake.png"), url("/img/huge.png"), url("/img/missing.png")}));
        QVERIFY(!outcome.complete());

        // Fetched once each although shown twice; the srcset's other candidates never.
        QCOMPARE(m_server.requestCount("/img/photo.png"), 1);
        QCOMPARE(m_server.requestCount("/img/small.jpg"), 0);
        QCOMPARE(m_server.requestCount("/img/giant.jpg"), 0);

        const std::optional<SavedCopy> copy = m_store->savedCopy(id);
        QVERIFY(copy);
        QCOMPARE(copy->state, SavedCopy::State::Partial);
        QCOMPARE(copy->images.size(), 6);
        QHash<QString, QByteArray> served = {{url("/img/photo.png"), SavedImagesFixture::png()},
                                             {url("/img/large.jpg"), SavedImagesFixture::jpeg()},
                                             {url("/img/back.png"), SavedImagesFixture::png()}};
        const QDir folder(root() + u'/' + QString::number(id));
        for (const SavedImage &image : copy->images) {
            if (!served.contains(image.url)) {
                QVERIFY2(!image.kept() && !image.error.isEmpty(), qPrintable(image.url));
                continue;
            }
            QVERIFY2(image.kept(), qPrintable(image.url + u": "_s + image.error));
            QCOMPARE(image.mimeType, image.url.endsWith(u".jpg") ? u"image/jpeg"_s : u"image/png"_s);
            QCOMPARE(image.size, served.value(image.url).size());
            QCOMPARE(fileBytes(folder.filePath(image.fileName)), served.value(image.url));
        }
        QCOMPARE(folder.entryList(QDir::Files).size(), 3);
        const auto reason = [&](const char *path) {
            for (const SavedImage &image : copy->images) {
                if (image.url == url(path))
                    return image.error;
            }
            return QString();
        };
        QVERIFY2(reason("/img/fake.png").contains(u"not a picture"), qPrintable(reason("/img/fake.png")));
        QVERIFY2(reason("/img/missing.png").contains(u"404"), qPrintable(reason("/img/missing.png")));
        QVERIFY(!reason("/img/huge.png").isEmpty());
    }

    void aLaterSaveFetchesOnlyWhatIsMissing()
    {
        m_server.clearRecords();
        const qint64 id = storeArticle(SavedImagesFixture::content(m_server));
        ArticleSaver saver(&m_network, m_store.get(), root());
        QCOMPARE(save(saver, id).kept, 3);
        // The server mends two of the three; the oversized one stays too big.
        m_server.route("/img/missing.png", HttpResponse{200, "image/png", SavedImagesFixture::png(), {}});
        m_server.route("/img/fake.png", HttpResponse{200, "image/jpeg", SavedImagesFixture::jpeg(), {}});
        const SaveOutcome again = save(saver, id);
        QCOMPARE(again.kept, 5);
        QCOMPARE(again.fetched, 2);
        QCOMPARE(failedUrls(again), QStringList{url("/img/huge.png")});
        QCOMPARE(m_server.requestCount("/img/photo.png"), 1);
        QCOMPARE(m_server.requestCount("/img/missing.png"), 2);
        QCOMPARE(m_store->savedCopy(id)->state, SavedCopy::State::Partial);

        m_server.route("/img/huge.png", HttpResponse{200, "image/png", SavedImagesFixture::png(), {}});
        const SaveOutcome complete = save(saver, id);
        QVERIFY(complete.complete());
        QCOMPARE(complete.kept, 6);
        QCOMPARE(m_store->savedCopy(id)->state, SavedCopy::State::Complete);
        QVERIFY(m_store->savedArticlesToComplete(100).contains(id) == false);
        SavedImagesFixture::serveImages(m_server); // back to the failing routes for the other tests
    }

    void unsavingRemovesFilesAndRows()
    {
        const qint64 id = storeArticle(SavedImagesFixture::content(m_server));
        ArticleSaver saver(&m_network, m_store.get(), root());
        QCOMPARE(save(saver, id).kept, 3);
        const QString folder = SavedImageFiles::folderFor(root(), id);
        QVERIFY(QDir(folder).exists());
        QVERIFY(m_store->setSaved(id, false));
        QVERIFY(m_store->unsavedArticlesWithCopies().contains(id));
        QVERIFY(saver.discard(id));
        QVERIFY(!m_store->unsavedArticlesWithCopies().contains(id));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(!m_store->savedCopy(id));
        QVERIFY(m_store->article(id)); // the article itself stays, unsaved
    }

    void unsavedWhileFetchingKeepsNothing()
    {
        const qint64 id = storeArticle(u"<p><img src=\"%1\"></p>"_s.arg(url("/slow/photo.png")));
        HttpResponse slow{200, "image/png", SavedImagesFixture::png(), {}};
        slow.delayMs = 300;
        m_server.route("/slow/photo.png", slow);
        ArticleSaver saver(&m_network, m_store.get(), root());
        QSignalSpy finished(&saver, &ArticleSaver::finished);
        saver.save(id);
        QVERIFY(saver.isSaving(id));
        QVERIFY(m_store->setSaved(id, false));
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().first().value<SaveOutcome>().error.isEmpty());
        QVERIFY(!QDir(SavedImageFiles::folderFor(root(), id)).exists());
        QVERIFY(!m_store->savedCopy(id));
    }

    void refusesUnknownAndUnsavedArticles()
    {
        ArticleSaver saver(&m_network, m_store.get(), root());
        QVERIFY(!save(saver, 987654).error.isEmpty());
        const qint64 unsaved = storeArticle(u"<p>plain</p>"_s, false);
        QVERIFY(!save(saver, unsaved).error.isEmpty());
        QVERIFY(!m_store->savedCopy(unsaved));
    }

    void anArticleWithoutImagesIsComplete()
    {
        const qint64 id = storeArticle(u"<p>Text only.</p>"_s);
        ArticleSaver saver(&m_network, m_store.get(), root());
        const SaveOutcome outcome = save(saver, id);
        QVERIFY(outcome.complete());
        QCOMPARE(outcome.kept, 0);
        QCOMPARE(m_store->savedCopy(id)->state, SavedCopy::State::Complete);
    }

    void exportInlinesTheKeptBytes()
    {
        const qint64 id = storeArticle(SavedImagesFixture::content(m_server));
        ArticleSaver saver(&m_network, m_store.get(), root());
        QCOMPARE(save(saver, id).kept, 3);
        const Article article = *m_store->article(id);
        const QHash<QString, QString> local =
            SavedImageFiles::dataUris(root(), id, m_store->savedCopy(id)->images, ArticleSaver::MaxArticleBytes);
        QCOMPARE(local.size(), 3);
        const QString html = StandaloneArticle::html(article, u"Local News"_s, local);

        QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(html.contains(u"<html lang=\"ar\" dir=\"rtl\">"));
        QVERIFY(html.contains(article.title.toHtmlEscaped()));
        QVERIFY(html.contains(u"Local News"));
        QVERIFY(html.contains(u"Lina"));
        QVERIFY(html.contains(u"datetime=\"2024-05-01T08:30:00Z\""));
        QVERIFY(html.contains(u"href=\"" + article.url.toHtmlEscaped() + u'"'));
        QVERIFY(html.contains(u"script-src") == false); // default-src 'none' forbids scripts already
        QVERIFY(html.contains(u"default-src 'none'"));

        // Every img: a data: URI holding the served bytes, or (not kept) its original address.
        static const QRegularExpression img(u"<img [^>]*src=\"([^\"]+)\"[^>]*>"_s);
        QStringList dataImages;
        QStringList remote;
        for (auto it = img.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(!match.captured(0).contains(u"srcset"), qPrintable(match.captured(0).left(200)));
            const QString src = match.captured(1);
            if (!src.startsWith(u"data:")) {
                remote << src;
                continue;
            }
            const qsizetype comma = src.indexOf(u',');
            const QByteArray bytes = QByteArray::fromBase64(src.mid(comma + 1).toLatin1());
            const QString type = src.mid(5, comma - 5);
            QCOMPARE(bytes, type == u"image/jpeg;base64" ? SavedImagesFixture::jpeg() : SavedImagesFixture::png());
            dataImages << type;
        }
        QCOMPARE(dataImages, QStringList({u"image/png;base64"_s, u"image/jpeg;base64"_s, u"image/png;base64"_s}));
        QCOMPARE(remote, QStringList({url("/img/fake.png"), url("/img/missing.png"), url("/img/huge.png")}));
        // The inline style's background too.
        static const QRegularExpression background(u"url\\(&quot;data:image/png;base64,([^&]+)&quot;\\)"_s);
        const auto match = background.match(html);
        QVERIFY(match.hasMatch());
        QCOMPARE(QByteArray::fromBase64(match.captured(1).toLatin1()), SavedImagesFixture::png());
    }

    void purgeAndOrphansSpareSavedCopies()
    {
        const qint64 id = storeArticle(SavedImagesFixture::content(m_server));
        const qint64 unsaved = storeArticle(u"<p>Old news.</p>"_s, false);
        ArticleSaver saver(&m_network, m_store.get(), root());
        QCOMPARE(save(saver, id).kept, 3);
        RetentionPolicy everything;
        everything.readDays = 1;
        everything.unreadDays = 1;
        everything.keepPerFeed = 0;
        QVERIFY(m_store->setRead(id, true));
        QVERIFY(m_store->setRead(unsaved, true));
        {
            // The store records when it first saw an article; make both as old as their date.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspector"_s);
            db.setDatabaseName(m_store->databasePath());
            QVERIFY(db.open());
            QSqlQuery age(db);
            QVERIFY(age.exec(u"UPDATE articles SET fetched = sort_time WHERE id IN (%1, %2)"_s.arg(id).arg(unsaved)));
            QCOMPARE(age.numRowsAffected(), 2);
        }
        QSqlDatabase::removeDatabase(u"inspector"_s);
        QVERIFY(m_store->purgeOldArticles(everything));
        QVERIFY(!m_store->article(unsaved)); // the purge did run
        QVERIFY(m_store->article(id));
        QCOMPARE(m_store->savedCopy(id)->images.size(), 6);
        // A folder without a copy on record (its article went with its feed) is removed; this one stays.
        QVERIFY(QDir().mkpath(SavedImageFiles::folderFor(root(), 999999)));
        QCOMPARE(saver.removeOrphans(), 1);
        QVERIFY(QDir(SavedImageFiles::folderFor(root(), id)).exists());
        QVERIFY(!QDir(SavedImageFiles::folderFor(root(), 999999)).exists());
    }
};

QTEST_GUILESS_MAIN(TestArticleSaver)
#include "tst_articlesaver.moc"
