// UI-thread queries of the article list at scale: opens a profile database (e.g. the one
// khulasa_bench_store built), then, for each view the GUI offers, loads the list and scrolls it
// to the end the way the view does (fetchMore, one keyset page at a time), and times every store
// query the model runs on the UI thread; also the feed list's and the badges' queries. The first
// page's figure includes showing the view (painting); the query figures are the store calls alone.
// Pages after the first are read in the background, as in the app: reported apart.
//   QT_QPA_PLATFORM=offscreen khulasa_bench_articlelist DATABASE
#include "models/articlelistmodel.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTextStream>
#include <QTreeView>

namespace {
void print(const QString &line) { QTextStream(stdout) << line << Qt::endl; }

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        print(QStringLiteral("usage: khulasa_bench_articlelist DATABASE"));
        return 2;
    }
    auto store = Store::open(QString::fromLocal8Bit(argv[1]));
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    double longest = 0;      // a step: a query and what the view does with its rows
    double longestQuery = 0; // a store query alone
    auto note = [&](const QString &what, double ms) {
        longest = qMax(longest, ms);
        print(QStringLiteral("%1\t%2 ms").arg(what).arg(ms, 0, 'f', 2));
    };
    auto noteQuery = [&](const QString &what, double ms) {
        longestQuery = qMax(longestQuery, ms);
        note(what, ms);
    };
    noteQuery(QStringLiteral("feed list (feeds with counts)"), timed([&] { (*store)->feeds(); }));
    noteQuery(QStringLiteral("smart view counts"), timed([&] { (*store)->counts(); }));

    struct View { QString name; ArticleQuery query; };
    QList<View> views;
    views << View{QStringLiteral("all"), {}};
    ArticleQuery unread; unread.unreadOnly = true; views << View{QStringLiteral("unread"), unread};
    ArticleQuery today; today.todayOnly = true; views << View{QStringLiteral("today"), today};
    ArticleQuery feed; feed.feedId = 7; views << View{QStringLiteral("one feed"), feed};
    ArticleQuery arabic; arabic.search = QStringLiteral("الحكومة"); views << View{QStringLiteral("search الحكومة"), arabic};
    ArticleQuery english; english.search = QStringLiteral("climate"); views << View{QStringLiteral("search climate"), english};

    double longestBackground = 0;
    // One model and one view for every list, as in the main window (its background connection
    // stays open from one list to the next).
    ArticleListModel model(**store);
    model.loadPagesInBackground((*store)->databasePath());
    QTreeView list; // a real view on the model, scrolled like a user dragging the scroll bar to the end
    list.setUniformRowHeights(true);
    list.resize(900, 700);
    list.setModel(&model);
    list.show();
    for (const View &view : views) {
        model.resetQueryTimes(); // the figures are per list
        const double first = timed([&] { model.load(view.query); app.processEvents(); });
        while (model.isPageLoading()) // a search's first page comes from the background
            app.processEvents(QEventLoop::WaitForMoreEvents);
        QElapsedTimer scroll;
        scroll.start();
        int pages = 0;
        double longestStep = 0; // the longest the event loop was busy at once while scrolling
        while (model.canFetchMore({})) {
            longestStep = qMax(longestStep, timed([&] {
                list.verticalScrollBar()->setValue(list.verticalScrollBar()->maximum());
                app.processEvents(); // the view asks for more itself when its end comes into sight
            }));
            // The page is read in the background: wait for it as a user would, the UI idle meanwhile.
            for (QElapsedTimer waited; model.isPageLoading();) {
                if (!waited.isValid())
                    waited.start();
                longestStep = qMax(longestStep, timed([&] { app.processEvents(QEventLoop::WaitForMoreEvents); }));
                if (waited.elapsed() > 10000)
                    qFatal("a page did not arrive within 10 s");
            }
            if (++pages > 1000)
                break;
        }
        const double scrolled = scroll.nsecsElapsed() / 1e6;
        note(QStringLiteral("%1: first page shown").arg(view.name), first);
        print(QStringLiteral("%1: scrolled to row %2 in %3 pages, %4 ms in all; longest UI-thread store query %5 ms, "
                             "longest background page query %6 ms, longest event-loop step %7 ms")
                  .arg(view.name).arg(model.rowCount()).arg(pages).arg(scrolled, 0, 'f', 0).arg(model.longestQueryMs(), 0, 'f', 2)
                  .arg(model.longestBackgroundQueryMs(), 0, 'f', 2).arg(longestStep, 0, 'f', 2));
        longestBackground = qMax(longestBackground, model.longestBackgroundQueryMs());
        const double reload = timed([&] {
            model.reload(); // in the background: the UI thread only asks
            while (model.isReloading())
                app.processEvents(QEventLoop::WaitForMoreEvents);
        });
        print(QStringLiteral("%1: reload (after a refresh, %2 rows loaded) answered in %3 ms")
                  .arg(view.name).arg(model.rowCount()).arg(reload, 0, 'f', 2));
        longestQuery = qMax(longestQuery, model.longestQueryMs());
    }
    print(QStringLiteral("longest UI-thread store query (first pages, feed list, counts; pages and reloads run in the background): %1 ms")
              .arg(longestQuery, 0, 'f', 2));
    print(QStringLiteral("longest UI-thread step (a query with the view's painting): %1 ms").arg(longest, 0, 'f', 2));
    print(QStringLiteral("longest page or reload query in the background (not on the UI thread): %1 ms").arg(longestBackground, 0, 'f', 2));
    return 0;
}
