// The reading flow in the main window (ReadingNavigator and the actions): j/k and n/p move through
// the list, space pages down and then advances, marking as read follows the delay setting, shortcuts
// are listed and rebindable (and the override survives a restart), zoom is remembered, the reader's
// menus exist, and an article exports to PDF.
#include "mainwindowtestbase.h"
#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "readingnavigator.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QKeySequenceEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestReadingFlow final : public MainWindowTestBase
{
    Q_OBJECT

private:

    int currentRow() const { return m_window->articleListView()->currentIndex().row(); }
    const Article *articleAt(int row) const { return m_window->articleModel()->articleAt(row); }

    void openFocusedWindow()
    {
        QVERIFY(openWindow());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->articleListView()->setFocus();
    }

    bool pressAndWaitShown(int key)
    {
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        QTest::keyClick(m_window->articleListView(), Qt::Key(key));
        return shown.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openProfile());
        m_settings->setFirstRunDone(true);
        const qint64 feedId = m_store->addFeed(QStringLiteral("https://flow.example/feed"), QStringLiteral("Flow")).value();
        QList<Article> articles;
        const QDateTime base = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 5; ++i) {
            Article a;
            a.guid = QStringLiteral("flow-%1").arg(i);
            a.url = QStringLiteral("https://flow.example/%1").arg(i);
            a.title = QStringLiteral("خبر رقم %1").arg(i);
            a.summaryHtml = QStringLiteral("<p>نص قصير للخبر رقم %1.</p>").arg(i);
            a.text = a.title;
            a.direction = QStringLiteral("rtl");
            a.published = base.addSecs(-60 * i); // newest first: row i is article i
            a.contentHash = a.guid.toUtf8();
            articles.append(a);
        }
        QVERIFY(m_store->storeArticles(feedId, articles));
        openFocusedWindow();
        QCOMPARE(m_window->articleModel()->rowCount(), 5);
    }

    void menusListTheReaderActions()
    {
        const MainWindowActions &a = m_window->actions();
        auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        QVERIFY(view->actions().contains(a.zoomIn));
        bool inHelp = false, printInMenu = false;
        for (QObject *object : a.keyboardShortcuts->associatedObjects())
            inHelp = inHelp || (qobject_cast<QMenu *>(object) && static_cast<QMenu *>(object)->actions().contains(a.about));
        for (QObject *object : a.print->associatedObjects())
            printInMenu = printInMenu || qobject_cast<QMenu *>(object);
        QVERIFY(inHelp);
        QVERIFY(printInMenu);
        QCOMPARE(a.nextArticle->shortcut(), QKeySequence(Qt::Key_J));
        QVERIFY(a.openOriginal->shortcuts().contains(QKeySequence(Qt::Key_Return)));
        QVERIFY(a.refreshAll->shortcuts().contains(QKeySequence(Qt::Key_R)));
        QCOMPARE(a.zoomIn->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
    }

    void jAndKMoveThroughTheList()
    {
        // Focusing the list may already have made row 0 current.
        if (currentRow() < 0) {
            QVERIFY(pressAndWaitShown(Qt::Key_J));
            QCOMPARE(currentRow(), 0);
        }
        QVERIFY(pressAndWaitShown(Qt::Key_J));
        QCOMPARE(currentRow(), 1);
        QVERIFY(pressAndWaitShown(Qt::Key_K));
        QCOMPARE(currentRow(), 0);
        QVERIFY(articleAt(0)->read); // marked read on open (the default)
        QVERIFY(m_store->article(articleAt(1)->id)->read);
    }

    void nAndPSkipReadArticles()
    {
        // Rows 0 and 1 are read; 2, 3, 4 are not. Mark 3 read, then n from 0 goes to 2, then to 4.
        m_window->articleModel()->setRead(3, true);
        QVERIFY(pressAndWaitShown(Qt::Key_N));
        QCOMPARE(currentRow(), 2);
        QVERIFY(pressAndWaitShown(Qt::Key_N));
        QCOMPARE(currentRow(), 4);
        m_window->articleModel()->setRead(2, false);
        QVERIFY(pressAndWaitShown(Qt::Key_P));
        QCOMPARE(currentRow(), 2);
    }

    void spaceAtTheEndMovesToTheNextArticle()
    {
        // The articles are short: their end is in view, so space advances.
        QVERIFY(pressAndWaitShown(Qt::Key_Space));
        QCOMPARE(currentRow(), 3);
    }

    void markReadWaitsForTheDelay()
    {
        m_settings->setMarkReadDelaySeconds(1);
        m_window->articleModel()->setRead(4, false);
        QVERIFY(pressAndWaitShown(Qt::Key_J));
        QCOMPARE(currentRow(), 4);
        QVERIFY(!m_store->article(articleAt(4)->id)->read);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->article(articleAt(4)->id)->read, 5000);
        m_settings->setMarkReadDelaySeconds(0);
    }

    void zoomIsRemembered()
    {
        QTest::keyClick(m_window->articleListView(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->articlePane()->zoom(), 1.1);
        QCOMPARE(m_settings->readerZoom(), 1.1);
        QTest::keyClick(m_window->articleListView(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_settings->readerZoom(), 1.0);
        QTest::keyClick(m_window->articleListView(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_settings->readerZoom(), 0.9);
    }

    void shortcutsCanBeRebound()
    {
        m_window->actions().keyboardShortcuts->trigger();
        auto *dialog = m_window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QKeySequenceEdit *edit = dialog->editorFor(QStringLiteral("nextArticle"));
        QVERIFY(edit);
        QCOMPARE(edit->keySequence(), QKeySequence(Qt::Key_J));
        edit->setKeySequence(QKeySequence(Qt::Key_X));
        dialog->accept();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->articleListView()->setFocus();
        QCOMPARE(m_settings->shortcutOverrides().value(QStringLiteral("nextArticle")), QStringLiteral("X"));
        QCOMPARE(m_window->actions().nextArticle->shortcut(), QKeySequence(Qt::Key_X));
        QVERIFY(pressAndWaitShown(Qt::Key_K));
        const int row = currentRow();
        QVERIFY(pressAndWaitShown(Qt::Key_X));
        QCOMPARE(currentRow(), row + 1);

        // A new window (a restart) applies the override from the settings.
        m_window.reset();
        openFocusedWindow();
        QCOMPARE(m_window->actions().nextArticle->shortcut(), QKeySequence(Qt::Key_X));
        QCOMPARE(m_window->articlePane()->zoom(), 0.9);
        m_settings->setShortcutOverrides({});
    }

    void exportsToPdf()
    {
        QVERIFY(m_window->selectArticle(articleAt(0)->id));
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        QVERIFY(shown.wait(20000) || m_window->currentArticle());
        const QString pdf = m_dir.filePath(QStringLiteral("article.pdf"));
        QSignalSpy finished(m_window->articlePane()->page(), &QWebEnginePage::pdfPrintingFinished);
        m_window->articlePane()->page()->printToPdf(pdf);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestReadingFlow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_readingflow.moc"
