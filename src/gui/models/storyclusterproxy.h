// Folds the reports of one story from several sources into one row of the article list ("+3 sources"),
// expandable, over any list model that gives each row's article id in Roles::IdRole. The clusters come
// from the store's story index (Store::storyClusters), looked up once per list load.
//
// Hooking it in: put it between the article list model and the view (setSourceModel(articleModel),
// view->setModel(proxy)), map view rows with mapToSource(), call toggleExpanded() for the row the user
// expands (e.g. on a click on its "+N sources" text or a key), and setGrouping(settings.groupSameStory()).
#pragma once

#include "store/storyindexrows.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <functional>

class StoryClusterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryClusterProxy)

public:
    using ClusterLookup = std::function<QHash<qint64, StoryCluster>(const QList<qint64> &articleIds)>;

    /** `titleColumn` is the column whose text gains the "+N sources" note. */
    explicit StoryClusterProxy(ClusterLookup lookup, int titleColumn = 0, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setGrouping(bool on);
    bool isGrouping() const { return m_grouping; }
    /** Shows or folds again the other reports of the story of the row at `index` (a proxy index). */
    void toggleExpanded(const QModelIndex &index);
    /** How many other reports of its story the row at `index` stands for while folded (0: none). */
    int foldedReports(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuild();
    qint64 idAt(int sourceRow) const;

    ClusterLookup m_lookup;
    int m_titleColumn;
    bool m_grouping = true;
    QHash<qint64, qint64> m_clusterOf; // article id → cluster id, for stories with several reports in the list
    QHash<qint64, qint64> m_leader;    // cluster id → the article that stands for it (its first row)
    QHash<qint64, int> m_reports;      // cluster id → its reports in the list
    QSet<qint64> m_expanded;           // cluster ids shown unfolded
};
