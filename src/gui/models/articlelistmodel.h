// The article list: titles (with their own direction), source and date, newest first.
// Views change read/saved state only through this model, which writes it to the store.
#pragma once

#include "model/article.h"
#include "store/articlequery.h"

#include <QAbstractTableModel>
#include <QHash>

class Store;

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };

    ArticleListModel(Store &store, QObject *parent = nullptr);

    /** Loads the articles of a view, feed or folder. */
    void load(const ArticleQuery &query);
    /** Loads the same query again, keeping rows that did not change. */
    void reload();
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

    Store &m_store;
    ArticleQuery m_query;
    QList<Article> m_articles;
    QHash<qint64, QString> m_feedTitles;
};
