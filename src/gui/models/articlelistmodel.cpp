#include "models/articlelistmodel.h"

#include "models/roles.h"
#include "store/store.h"
#include "text/textdirection.h"

#include <QFont>
#include <QLocale>

ArticleListModel::ArticleListModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

void ArticleListModel::load(const ArticleQuery &query)
{
    beginResetModel();
    m_query = query;
    m_articles = m_store.articles(query);
    endResetModel();
}

void ArticleListModel::reload()
{
    const QList<Article> fresh = m_store.articles(m_query);
    bool sameRows = fresh.size() == m_articles.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh[i].id == m_articles[i].id;
    if (!sameRows) {
        beginResetModel();
        m_articles = fresh;
        endResetModel();
        return;
    }
    m_articles = fresh;
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
