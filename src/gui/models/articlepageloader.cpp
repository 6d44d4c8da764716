#include "models/articlepageloader.h"

#include "store/store.h"
#include "store/threadstore.h"

#include <QElapsedTimer>

ArticlePageLoader::ArticlePageLoader(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath)
{
    // One thread that stays: pages of one list come in order, and its connection stays open.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

ArticlePageLoader::~ArticlePageLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

ArticleListPage ArticlePageLoader::read(const Store &store, const ArticleQuery &query)
{
    // One row beyond the limit tells whether another page exists.
    ArticleQuery probe = query;
    probe.limit = query.limit + 1;
    QElapsedTimer timer;
    timer.start();
    ArticleListPage page;
    page.rows = store.articles(probe);
    page.more = page.rows.size() > query.limit;
    if (page.more)
        page.rows.removeLast();
    page.queryMs = timer.nsecsElapsed() / 1e6;
    return page;
}

void ArticlePageLoader::request(quint64 ticket, const ArticleQuery &query)
{
    const QString path = m_databasePath;
    // `this` outlives the task: the destructor waits for the pool. An answer posted just before
    // the destruction is dropped with the object's queued events.
    m_pool.start([this, ticket, query, path] {
        ArticleListPage page;
        if (Store *store = ThreadStore::forPath(path))
            page = read(*store, query);
        else // an empty last page: the list ends where it is instead of asking again and again
            qWarning("ArticlePageLoader: cannot open %s", qPrintable(path));
        QMetaObject::invokeMethod(this, [this, ticket, page] { Q_EMIT pageLoaded(ticket, page); }, Qt::QueuedConnection);
    });
}
