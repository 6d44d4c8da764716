// Folds the reports of one story from several sources into one row of the article list ("+3 sources"),
// expandable, over any list model that gives each row's article id in Roles::IdRole. The clusters come
//
// from the store's story index (Store::storyClusters), looked up for the rows the list loads, page by page.
// The row standing for a folded story carries its "+N sources" note in Roles::BadgeTextRole (drawn by
// DirectionalTextDelegate as a badge, so the title's own bidi order stays untouched).
// MainWindow puts it between the article list model and the view, and maps rows with mapToSource().
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

    /** `titleColumn` is the column that carries the "+N sources" badge. */
    explicit StoryClusterProxy(ClusterLookup lookup, int titleColumn = 0, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setGrouping(bool on);
    bool isGrouping() const { return m_grouping; }
    /** Shows or folds again the other reports of the story of the row at `index` (a proxy index). */
    void toggleExpanded(const QModelIndex &index);
    /** How many other reports of its story the row at `index` stands for while folded (0: none). */
    int foldedReports(const QModelIndex &index) const;
    /** Whether the row's story has other reports in the list (so toggleExpanded() does something). */
    bool hasOtherReports(const QModelIndex &index) const;
    bool isExpanded(const QModelIndex &index) const;
    /** The row that stands for the story of the row at `index` (itself when it has no other reports). */
    QModelIndex leaderOf(const QModelIndex &index) const;
    /** Unfolds the story of the article `id` if it is folded away, so that a row for it exists. */
    void reveal(qint64 id);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuild();
    void addRows(int first, int last);
    /** Adds the rows' ids to their clusters; returns the clusters that now have several reports listed. */
    QSet<qint64> addReports(const QList<qint64> &ids);
    void refreshLeaders(const QSet<qint64> &clusters);
    qint64 idAt(int sourceRow) const;
    qint64 clusterOfRow(const QModelIndex &index) const;
    QModelIndex rowOfArticle(qint64 id, int column) const;

    ClusterLookup m_lookup;
    int m_titleColumn;
    bool m_grouping = true;
    QHash<qint64, qint64> m_clusterOf; // article id → cluster id, for listed articles whose story has other reports
    QHash<qint64, qint64> m_leader;    // cluster id → the article that stands for it (its first row)
    QHash<qint64, int> m_reports;      // cluster id → its reports in the list
    QSet<qint64> m_expanded;           // cluster ids shown unfolded
};
