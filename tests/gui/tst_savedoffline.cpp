// A saved article renders completely with the network off (issue 5): the article's images are served
// on 127.0.0.1, the user saves it with the Save action, the server is stopped, and the article shown
// again has every image loaded in the pane (from the kept copies, inlined as data: URIs). Unsaving
// removes the kept files, saves and unsaves made elsewhere (a sync) are caught up with, and the
// Article menu offers Export as HTML beside Export to PDF.
#include "mainwindowtestbase.h"
#include "localhttpserver.h"
#include "readertesting.h"
#include "reader/articleview.h"
#include "savedarticlecontroller.h"
#include "savedimagesfixture.h"
#include "saving/articlesaver.h"
#include "saving/savedimagefiles.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using ReaderTesting::evaluate;

class TestSavedOffline final : public MainWindowTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<LocalHttpServer> m_server = std::make_unique<LocalHttpServer>();
    qint64 m_savedId = 0;
    qint64 m_otherId = 0;

    SavedArticleController *controller() const { return m_window->findChild<SavedArticleController *>(); }

    /** The pane's images: how many, and how many have loaded with real pixels from a data: URI. */
    QPair<int, int> paneImages() const
    {
        const QString script = u"(function(){var all=Array.from(document.images);"
                               u"return all.length+','+all.filter(function(i){return i.complete&&i.naturalWidth>0"
                               u"&&i.currentSrc.indexOf('data:image/')===0;}).length;})()"_s;
        const QStringList counts = evaluate(m_window->articlePane()->page(), script).toString().split(u',');
        return counts.size() == 2 ? qMakePair(counts[0].toInt(), counts[1].toInt()) : qMakePair(-1, -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server->listen());
        SavedImagesFixture::serveImages(*m_server);
        QVERIFY(openProfile());
        m_settings->setFirstRunDone(true);
        const qint64 feedId = m_store->addFeed(m_server->url(u"/feed.xml"_s).toString(), u"Pictures"_s).value();
        auto url = [&](const char *path) { return m_server->url(QString::fromLatin1(path)).toString(); };
        Article saved;
        saved.guid = u"saved"_s;
        saved.url = url("/story");
        saved.title = u"مقال مصوّر"_s;
        saved.direction = u"rtl"_s;
        saved.published = QDateTime::currentDateTimeUtc();
        // Only images that can be kept: each of them must show once the server is gone.
        saved.contentHtml = HtmlSanitizer::sanitize(
            u"<p>قبل الصورة.</p><p><img src=\""_s + url("/img/photo.png") + u"\" alt=\"photo\"></p>"
            u"<p><img src=\"" + url("/img/small.jpg") + u"\" srcset=\"" + url("/img/small.jpg") + u" 300w, "
            + url("/img/large.jpg") + u" 1200w\" alt=\"plasma\"></p>"
            u"<p style=\"background-image: url('" + url("/img/back.png") + u"')\">خلفية</p>"
            u"<p>مرة أخرى <img src=\"" + url("/img/photo.png") + u"\" alt=\"again\"></p>",
            m_server->url(u"/"_s));
        Article other;
        other.guid = u"other"_s;
        other.url = url("/other");
        other.title = u"Another article"_s;
        other.summaryHtml = u"<p>Words only.</p>"_s;
        other.published = saved.published.addSecs(-60);
        QVERIFY(m_store->storeArticles(feedId, {saved, other}));
        for (const Article &a : m_store->articles(ArticleQuery{}))
            (a.guid == u"saved" ? m_savedId : m_otherId) = a.id;
        QVERIFY(m_savedId > 0 && m_otherId > 0);
        QVERIFY(openWindow());
        m_window->setCacheFolder(m_profile->cacheDir());
        QVERIFY(controller() && controller()->saver());
    }

    void exportHtmlSitsBesideExportPdf()
    {
        QAction *exportHtml = m_window->findChild<QAction *>(u"exportHtml"_s);
        QVERIFY(exportHtml);
        QMenu *menu = MainWindowActions::menuHolding(m_window->actions().exportPdf);
        QVERIFY(menu);
        const QList<QAction *> items = menu->actions();
        QCOMPARE(items.indexOf(exportHtml), items.indexOf(m_window->actions().exportPdf) + 1);
    }

    void catchesUpWithSavesMadeElsewhere()
    {
        // A sync (or another process) saves and unsaves articles without the list model.
        QSignalSpy finished(controller()->saver(), &ArticleSaver::finished);
        QVERIFY(m_store->setSaved(m_savedId, true));
        controller()->completeSavedCopies();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_store->savedCopy(m_savedId)->images.size(), 3);
        QVERIFY(m_store->setSaved(m_savedId, false));
        controller()->completeSavedCopies();
        QVERIFY(!m_store->savedCopy(m_savedId));
        QVERIFY(!QDir(SavedImageFiles::folderFor(controller()->saver()->savedRoot(), m_savedId)).exists());
    }

    void savedArticleRendersWithItsImagesOffline()
    {
        QVERIFY(showAndWait(m_savedId));
        QSignalSpy finished(controller()->saver(), &ArticleSaver::finished);
        m_window->actions().toggleSaved->trigger();
        QVERIFY(m_store->article(m_savedId)->saved);
        QVERIFY(finished.wait(20000));
        const SaveOutcome outcome = finished.first().first().value<SaveOutcome>();
        QVERIFY2(outcome.complete(), qPrintable(outcome.error + (outcome.failures.isEmpty() ? QString() : outcome.failures.first().error)));
        QCOMPARE(outcome.kept, 3);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Saved for reading offline"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        m_server.reset(); // the network is off from here on
        QVERIFY(showAndWait(m_otherId));
        QVERIFY(showAndWait(m_savedId));
        QPair<int, int> images;
        QTRY_VERIFY_WITH_TIMEOUT((images = paneImages()).second == 3, 10000);
        QCOMPARE(images.first, 3);
        const QString background = evaluate(m_window->articlePane()->page(),
                                            u"(function(){var p=Array.from(document.querySelectorAll('.content p')).filter(function(e){"
                                              u"return getComputedStyle(e).backgroundImage!=='none';});"
                                              u"return p.length===1?getComputedStyle(p[0]).backgroundImage:String(p.length);})()"_s).toString();
        QVERIFY2(background.startsWith(u"url(\"data:image/png;base64,"_s), qPrintable(background.left(80)));
    }

    void unsavingRemovesTheKeptImages()
    {
        QVERIFY(showAndWait(m_savedId));
        const QString folder = SavedImageFiles::folderFor(controller()->saver()->savedRoot(), m_savedId);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        m_window->actions().toggleSaved->trigger();
        QVERIFY(!m_store->article(m_savedId)->saved);
        QVERIFY(!QDir(folder).exists());
        QVERIFY(!m_store->savedCopy(m_savedId));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSavedOffline)
#include "tst_savedoffline.moc"
