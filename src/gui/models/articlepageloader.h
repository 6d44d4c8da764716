// Reads the article list's pages on a thread of its own, with its own store connection, so that
// scrolling through 100,000 articles never makes the UI thread wait on the disk. Each request
// carries the ticket the list gave it; the answer comes back (queued) with that ticket, and the
// list ignores answers to tickets it no longer waits for (the filter changed meanwhile).
#pragma once

#include "model/article.h"
#include "store/articlequery.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

class Store;

/** One page of a list query: its rows, whether rows follow them, and how long the query took. */
struct ArticleListPage
{
    QList<Article> rows;
    bool more = false;
    double queryMs = 0;
};
Q_DECLARE_METATYPE(ArticleListPage)

class ArticlePageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePageLoader)

public:
    explicit ArticlePageLoader(const QString &databasePath, QObject *parent = nullptr);
    ~ArticlePageLoader() override;

    /** Starts reading the page `query` asks for; pageLoaded(ticket, …) follows on this object's thread. */
    void request(quint64 ticket, const ArticleQuery &query);

    /** The rows of `query` (at most query.limit) and whether more follow, timed (any thread). */
    static ArticleListPage read(const Store &store, const ArticleQuery &query);

Q_SIGNALS:
    void pageLoaded(quint64 ticket, const ArticleListPage &page);

private:
    QThreadPool m_pool;
    QString m_databasePath;
};
