#include "models/storyclusterproxy.h"

#include "models/roles.h"

StoryClusterProxy::StoryClusterProxy(ClusterLookup lookup, int titleColumn, QObject *parent)
    : QSortFilterProxyModel(parent), m_lookup(std::move(lookup)), m_titleColumn(titleColumn)
{
}

void StoryClusterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // A new list folds from scratch; a page appended by fetchMore only adds its own rows.
        connect(model, &QAbstractItemModel::modelReset, this, &StoryClusterProxy::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        addRows(first, last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StoryClusterProxy::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &StoryClusterProxy::rebuild);
    }
    rebuild();
}

qint64 StoryClusterProxy::idAt(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(Roles::IdRole).toLongLong();
}

QSet<qint64> StoryClusterProxy::addReports(const QList<qint64> &ids)
{
    QSet<qint64> grown;
    if (ids.isEmpty() || !m_lookup)
        return grown;
    const QHash<qint64, StoryCluster> clusters = m_lookup(ids);
    for (qint64 id : ids) { // in list order: the first report listed (the newest) stands for the story
        const auto it = clusters.constFind(id);
        if (it == clusters.cend() || it->size < 2 || m_clusterOf.contains(id))
            continue;
        m_clusterOf.insert(id, it->clusterId);
        if (!m_leader.contains(it->clusterId))
            m_leader.insert(it->clusterId, id);
        if (++m_reports[it->clusterId] >= 2)
            grown.insert(it->clusterId);
    }
    return grown;
}

void StoryClusterProxy::rebuild()
{
    m_clusterOf.clear();
    m_leader.clear();
    m_reports.clear();
    if (sourceModel()) {
        QList<qint64> ids;
        const int rows = sourceModel()->rowCount();
        ids.reserve(rows);
        for (int row = 0; row < rows; ++row)
            ids.append(idAt(row));
        addReports(ids);
    }
    invalidateRowsFilter();
}

void StoryClusterProxy::addRows(int first, int last)
{
    if (first != sourceModel()->rowCount() - (last - first + 1)) {
        rebuild(); // rows arrived in the middle: the first report of a story may have changed
        return;
    }
    QList<qint64> ids;
    ids.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        ids.append(idAt(row));
    // The base class has already filtered the new rows, before they were known to belong to a story;
    // filter again only when a story gained a second report (usually none does).
    const QSet<qint64> grown = addReports(ids);
    if (grown.isEmpty())
        return;
    invalidateRowsFilter();
    refreshLeaders(grown);
}

QModelIndex StoryClusterProxy::rowOfArticle(qint64 id, int column) const
{
    const QModelIndex source = sourceModel()->match(sourceModel()->index(0, 0), Roles::IdRole, id, 1, Qt::MatchExactly).value(0);
    return source.isValid() ? mapFromSource(source.sibling(source.row(), column)) : QModelIndex();
}

QModelIndex StoryClusterProxy::leaderOf(const QModelIndex &proxyIndex) const
{
    if (!hasOtherReports(proxyIndex))
        return proxyIndex;
    const QModelIndex leader = rowOfArticle(m_leader.value(clusterOfRow(proxyIndex)), proxyIndex.column());
    return leader.isValid() ? leader : proxyIndex;
}

void StoryClusterProxy::refreshLeaders(const QSet<qint64> &clusters)
{
    for (qint64 cluster : clusters) {
        const QModelIndex leader = rowOfArticle(m_leader.value(cluster), m_titleColumn);
        if (leader.isValid())
            Q_EMIT dataChanged(leader, leader, {Roles::BadgeTextRole, Qt::ToolTipRole});
    }
}

void StoryClusterProxy::setGrouping(bool on)
{
    if (m_grouping == on)
        return;
    m_grouping = on;
    invalidateRowsFilter();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, m_titleColumn), index(rowCount() - 1, m_titleColumn), {Roles::BadgeTextRole, Qt::ToolTipRole});
}

qint64 StoryClusterProxy::clusterOfRow(const QModelIndex &proxyIndex) const
{
    return m_clusterOf.value(proxyIndex.data(Roles::IdRole).toLongLong(), 0);
}

bool StoryClusterProxy::hasOtherReports(const QModelIndex &proxyIndex) const
{
    const qint64 cluster = clusterOfRow(proxyIndex);
    return m_grouping && cluster != 0 && m_reports.value(cluster) > 1;
}

bool StoryClusterProxy::isExpanded(const QModelIndex &proxyIndex) const
{
    return hasOtherReports(proxyIndex) && m_expanded.contains(clusterOfRow(proxyIndex));
}

void StoryClusterProxy::toggleExpanded(const QModelIndex &proxyIndex)
{
    if (!hasOtherReports(proxyIndex))
        return;
    const qint64 cluster = clusterOfRow(proxyIndex);
    if (!m_expanded.remove(cluster))
        m_expanded.insert(cluster);
    invalidateRowsFilter();
    refreshLeaders({cluster});
}

void StoryClusterProxy::reveal(qint64 id)
{
    const qint64 cluster = m_clusterOf.value(id, 0);
    if (!m_grouping || cluster == 0 || m_expanded.contains(cluster) || m_leader.value(cluster) == id)
        return;
    m_expanded.insert(cluster);
    invalidateRowsFilter();
    refreshLeaders({cluster});
}

int StoryClusterProxy::foldedReports(const QModelIndex &proxyIndex) const
{
    if (!hasOtherReports(proxyIndex))
        return 0;
    const qint64 cluster = clusterOfRow(proxyIndex);
    if (m_expanded.contains(cluster) || m_leader.value(cluster) != proxyIndex.data(Roles::IdRole).toLongLong())
        return 0;
    return m_reports.value(cluster) - 1;
}

QVariant StoryClusterProxy::data(const QModelIndex &proxyIndex, int role) const
{
    if ((role == Roles::BadgeTextRole || role == Qt::ToolTipRole) && proxyIndex.column() == m_titleColumn) {
        if (const int folded = foldedReports(proxyIndex); folded > 0) {
            return role == Roles::BadgeTextRole
                       ? tr("+%n source(s)", nullptr, folded)
                       : tr("The same story from %n other source(s). Click the badge to show them.", nullptr, folded);
        }
    }
    return QSortFilterProxyModel::data(proxyIndex, role);
}

bool StoryClusterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_grouping || sourceParent.isValid())
        return true;
    const qint64 id = idAt(sourceRow);
    const auto cluster = m_clusterOf.constFind(id);
    if (cluster == m_clusterOf.cend() || m_reports.value(*cluster) < 2)
        return true;
    return m_expanded.contains(*cluster) || m_leader.value(*cluster) == id;
}
