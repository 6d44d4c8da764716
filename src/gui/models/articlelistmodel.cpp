#include "models/articlelistmodel.h"

#include "models/roles.h"
#include "store/store.h"
#include "text/textdirection.h"

#include <algorithm>
#include <QFont>
#include <QLoggingCategory>
#include <QLocale>

ArticleListModel::ArticleListModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

// Off by default; QT_LOGGING_RULES="khulasa.ui.query.debug=true" logs every list query and its time.
Q_LOGGING_CATEGORY(lcListQuery, "khulasa.ui.query", QtWarningMsg)

QList<Article> ArticleListModel::timedQuery(const ArticleQuery &query, bool *more)
{
    const ArticleListPage page = ArticlePageLoader::read(m_store, query);
    *more = page.more;
    m_lastQueryMs = page.queryMs;
    m_longestQueryMs = qMax(m_longestQueryMs, page.queryMs);
    qCDebug(lcListQuery, "article list query: %d rows in %.2f ms", int(page.rows.size()), page.queryMs);
    return page.rows;
}

void ArticleListModel::loadPagesInBackground(const QString &databasePath)
{
    delete m_pageLoader;
    m_pageTicket = 0;
    m_pageLoader = new ArticlePageLoader(databasePath, this);
    connect(m_pageLoader, &ArticlePageLoader::pageLoaded, this, &ArticleListModel::handlePageLoaded);
}

void ArticleListModel::load(const ArticleQuery &query)
{
    m_pageTicket = 0; // a page or a reload still on its way belongs to the old list
    m_reloadTicket = 0;
    beginResetModel();
    m_query = query;
    m_query.limit = kPageSize;
    m_query.offset = 0;
    m_query.afterId = 0;
    // A search filter's first page runs the full-text query and sorts its matches by date: measured
    // above a frame at 100,000 articles, so it is read in the background like the later pages (the
    // list shows empty until it arrives). A plain view's first page is one short indexed read.
    const bool searching = m_pageLoader && !m_query.search.trimmed().isEmpty();
    m_articles = searching ? QList<Article>() : timedQuery(m_query, &m_hasMore);
    if (searching)
        m_hasMore = false;
    endResetModel();
    if (searching) {
        m_pageTicket = ++m_lastTicket;
        m_pageLoader->request(m_pageTicket, m_query);
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_hasMore; }

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_articles.isEmpty() || isPageLoading())
        return;
    ArticleQuery next = m_query;
    next.afterSortTime = m_articles.last().sortTime;
    next.afterId = m_articles.last().id;
    if (m_pageLoader) {
        m_pageTicket = ++m_lastTicket;
        m_pageLoader->request(m_pageTicket, next);
        return;
    }
    appendPage(timedQuery(next, &m_hasMore));
}

void ArticleListModel::handlePageLoaded(quint64 ticket, const ArticleListPage &page)
{
    if (ticket != 0 && ticket == m_reloadTicket) {
        m_reloadTicket = 0;
        m_longestBackgroundQueryMs = qMax(m_longestBackgroundQueryMs, page.queryMs);
        applyReload(page.rows, page.more, m_reloadLimit);
        return;
    }
    if (ticket != m_pageTicket) {
        qCDebug(lcListQuery, "article list: a page for an earlier list was dropped");
        return;
    }
    m_pageTicket = 0;
    m_longestBackgroundQueryMs = qMax(m_longestBackgroundQueryMs, page.queryMs);
    qCDebug(lcListQuery, "article list page (background): %d rows in %.2f ms", int(page.rows.size()), page.queryMs);
    m_hasMore = page.more;
    appendPage(page.rows);
}

void ArticleListModel::appendPage(const QList<Article> &page)
{
    if (page.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(page.size()) - 1);
    m_articles += page;
    endInsertRows();
}

void ArticleListModel::setHighlight(const QString &searchText)
{
    auto parsed = SearchQuery::parse(searchText);
    if (parsed)
        m_highlight = std::move(parsed).value();
    else
        m_highlight.reset();
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

void ArticleListModel::reload()
{
    // Reloading is bounded too: at most kReloadRows from the top, where new articles arrive and
    // where the reader mostly is. Rows below keep their loaded state until the list is loaded anew.
    ArticleQuery top = m_query;
    top.limit = qBound(kPageSize, int(m_articles.size()), kReloadRows);
    if (m_pageLoader) {
        m_reloadTicket = ++m_lastTicket;
        m_reloadLimit = top.limit;
        m_pageLoader->request(m_reloadTicket, top);
        return;
    }
    bool more = false;
    const QList<Article> fresh = timedQuery(top, &more);
    applyReload(fresh, more, top.limit);
}

void ArticleListModel::applyReload(const QList<Article> &fresh, bool more, int limit)
{
    const qsizetype overlap = qMin(fresh.size(), m_articles.size());
    bool sameRows = fresh.size() == qMin<qsizetype>(m_articles.size(), limit);
    for (qsizetype i = 0; sameRows && i < overlap; ++i)
        sameRows = fresh[i].id == m_articles[i].id;
    if (!sameRows) {
        m_pageTicket = 0; // a page on its way would follow rows that are gone
        beginResetModel();
        m_articles = fresh;
        m_hasMore = more;
        endResetModel();
        return;
    }
    std::copy(fresh.cbegin(), fresh.cend(), m_articles.begin());
    if (m_articles.size() <= limit)
        m_hasMore = more;
    if (!fresh.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(fresh.size()) - 1, ColumnCount - 1));
}

void ArticleListModel::setFeedTitles(const QHash<qint64, QString> &titles)
{
    m_feedTitles = titles;
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn));
}

const Article *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles[row] : nullptr;
}

int ArticleListModel::rowOfArticle(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].id == articleId)
            return int(i);
    }
    return -1;
}

bool ArticleListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_articles.size() || m_articles[row].read == read)
        return false;
    if (!m_store.setRead(m_articles[row].id, read))
        return false;
    m_articles[row].read = read;
    emitRowChanged(row);
    Q_EMIT articleStateChanged(m_articles[row].id, m_articles[row].feedId);
    return true;
}

bool ArticleListModel::setSaved(int row, bool saved)
{
    if (row < 0 || row >= m_articles.size() || m_articles[row].saved == saved)
        return false;
    if (!m_store.setSaved(m_articles[row].id, saved))
        return false;
    m_articles[row].saved = saved;
    emitRowChanged(row);
    Q_EMIT articleStateChanged(m_articles[row].id, m_articles[row].feedId);
    return true;
}

void ArticleListModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    const Article *article = articleAt(index.row());
    if (!article || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return article->title.isEmpty() ? tr("(untitled)") : article->title;
        case SourceColumn: return m_feedTitles.value(article->feedId);
        case DateColumn: return QLocale().toString(article->displayTime().toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::FontRole:
        if (!article->read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Roles::TextDirectionRole:
        if (index.column() == TitleColumn) // the title's own letters decide; the body breaks ties
            return TextDirection::detect(article->title, article->direction) == u"rtl" ? Qt::RightToLeft : Qt::LeftToRight;
        return TextDirection::isRightToLeft(data(index, Qt::DisplayRole).toString()) ? Qt::RightToLeft : Qt::LeftToRight;
    case Roles::HighlightRangesRole:
        if (index.column() == TitleColumn && m_highlight) {
            QList<int> flat;
            for (const auto &[start, length] : m_highlight->matchRanges(article->title))
                flat << int(start) << int(length);
            return QVariant::fromValue(flat);
        }
        return {};
    case Roles::IdRole: return article->id;
    case Roles::ReadRole: return article->read;
    case Roles::SavedRole: return article->saved;
    default: break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case SourceColumn: return tr("Source");
    case DateColumn: return tr("Date");
    }
    return {};
}
