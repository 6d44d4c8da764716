// The article list: titles (with their own direction), source and date, newest first.
// Views change read/saved state only through this model, which writes it to the store.
// Rows arrive a page at a time as the view scrolls (fetchMore), each page one indexed keyset query
// on (sort_time, id), so a view of 100,000 articles costs no more to open or scroll than one of 200.
// With loadPagesInBackground() the pages after the first are read on a worker thread
// (ArticlePageLoader) and inserted when they arrive, and so are reloads and a search filter's first
// page; the UI thread then only runs a plain view's first page (one indexed query of kPageSize rows).
#pragma once

#include "model/article.h"
#include "models/articlepageloader.h"
#include "store/articlequery.h"
#include "store/searchquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

class Store;

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };

    ArticleListModel(Store &store, QObject *parent = nullptr);

    /** Rows fetched per page. */
    static constexpr int kPageSize = 200;
    /** reload() refreshes at most this many rows from the top (a bounded query after each refresh). */
    static constexpr int kReloadRows = 1000;

    /** Loads the first page of a view, feed or folder (and its search text, if any); with a search
     *  text and loadPagesInBackground(), the page arrives later (isPageLoading()). */
    void load(const ArticleQuery &query);
    /** From now on fetchMore() asks a worker thread with its own connection to `databasePath`
     *  for the next page and returns at once; the rows are inserted when they arrive. */
    void loadPagesInBackground(const QString &databasePath);
    /** True while a page asked for in the background has not arrived yet. */
    bool isPageLoading() const { return m_pageTicket != 0; }
    /** True while a reload asked for in the background has not arrived yet. */
    bool isReloading() const { return m_reloadTicket != 0; }
    /** Loads the top of the same query again (see kReloadRows), keeping rows that did not change;
     *  in the background (see loadPagesInBackground), the rows change when the answer arrives. */
    void reload();
    const ArticleQuery &query() const { return m_query; }
    /** The search text whose words are marked in the titles (Roles::HighlightRangesRole); "" for none. */
    void setHighlight(const QString &searchText);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** The longest store query this model ran on the thread it lives on, in milliseconds. */
    double longestQueryMs() const { return m_longestQueryMs; }
    /** The time of the latest store query, in milliseconds. */
    double lastQueryMs() const { return m_lastQueryMs; }
    /** The longest page query run in the background, in milliseconds. */
    double longestBackgroundQueryMs() const { return m_longestBackgroundQueryMs; }
    void resetQueryTimes() { m_longestQueryMs = m_lastQueryMs = m_longestBackgroundQueryMs = 0; }
    void setFeedTitles(const QHash<qint64, QString> &titles);

    const Article *articleAt(int row) const;
    int rowOfArticle(qint64 articleId) const;
    bool setRead(int row, bool read);
    bool setSaved(int row, bool saved);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /** Read or saved state changed for an article (so counts elsewhere can follow). */
    void articleStateChanged(qint64 articleId, qint64 feedId);

private:
    void emitRowChanged(int row);
    void handlePageLoaded(quint64 ticket, const ArticleListPage &page);
    void appendPage(const QList<Article> &page);
    /** Takes the top `limit` rows read anew: in place when they are the same articles, else a reset. */
    void applyReload(const QList<Article> &fresh, bool more, int limit);
    /** The rows of `query` (at most query.limit); `more` tells whether rows follow them. */
    QList<Article> timedQuery(const ArticleQuery &query, bool *more);

    Store &m_store;
    ArticleQuery m_query;
    QList<Article> m_articles;
    QHash<qint64, QString> m_feedTitles;
    std::optional<SearchQuery> m_highlight;
    bool m_hasMore = false;
    double m_longestQueryMs = 0;
    double m_lastQueryMs = 0;
    double m_longestBackgroundQueryMs = 0;
    ArticlePageLoader *m_pageLoader = nullptr;
    quint64 m_lastTicket = 0;
    quint64 m_pageTicket = 0;   // the background page awaited; 0: none
    quint64 m_reloadTicket = 0; // the background reload awaited; 0: none
    int m_reloadLimit = 0;
};
