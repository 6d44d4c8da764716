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
        // Rows come and go with each list load; the folding follows them.
        connect(model, &QAbstractItemModel::modelReset, this, &StoryClusterProxy::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &StoryClusterProxy::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StoryClusterProxy::rebuild);
        connect(model, &QAbstractItemModel::layoutChanged, this, &StoryClusterProxy::rebuild);
    }
    rebuild();
}

qint64 StoryClusterProxy::idAt(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(Roles::IdRole).toLongLong();
}

void StoryClusterProxy::rebuild()
{
    m_clusterOf.clear();
    m_leader.clear();
    m_reports.clear();
    if (sourceModel() && m_lookup) {
        QList<qint64> ids;
        const int rows = sourceModel()->rowCount();
        ids.reserve(rows);
        for (int row = 0; row < rows; ++row)
            ids.append(idAt(row));
        const QHash<qint64, StoryCluster> clusters = m_lookup(ids);
        for (qint64 id : ids) {
            const auto it = clusters.constFind(id);
            if (it != clusters.cend() && it->size > 1)
                ++m_reports[it->clusterId];
        }
        for (qint64 id : ids) { // the list's order decides: the first report (the newest) stands for the story
            const auto it = clusters.constFind(id);
            if (it == clusters.cend() || m_reports.value(it->clusterId) < 2)
                continue;
            m_clusterOf.insert(id, it->clusterId);
            if (!m_leader.contains(it->clusterId))
                m_leader.insert(it->clusterId, id);
        }
    }
    invalidateFilter();
}

void StoryClusterProxy::setGrouping(bool on)
{
    if (m_grouping == on)
        return;
    m_grouping = on;
    invalidateFilter();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, m_titleColumn), index(rowCount() - 1, m_titleColumn), {Qt::DisplayRole});
}

void StoryClusterProxy::toggleExpanded(const QModelIndex &proxyIndex)
{
    const qint64 id = proxyIndex.data(Roles::IdRole).toLongLong();
    const auto cluster = m_clusterOf.constFind(id);
    if (cluster == m_clusterOf.cend())
        return;
    if (!m_expanded.remove(*cluster))
        m_expanded.insert(*cluster);
    invalidateFilter();
    const QModelIndex leader = proxyIndex.sibling(proxyIndex.row(), m_titleColumn);
    Q_EMIT dataChanged(leader, leader, {Qt::DisplayRole});
}

int StoryClusterProxy::foldedReports(const QModelIndex &proxyIndex) const
{
    if (!m_grouping)
        return 0;
    const qint64 id = proxyIndex.data(Roles::IdRole).toLongLong();
    const auto cluster = m_clusterOf.constFind(id);
    if (cluster == m_clusterOf.cend() || m_expanded.contains(*cluster) || m_leader.value(*cluster) != id)
        return 0;
    return m_reports.value(*cluster) - 1;
}

QVariant StoryClusterProxy::data(const QModelIndex &proxyIndex, int role) const
{
    QVariant value = QSortFilterProxyModel::data(proxyIndex, role);
    if (role == Qt::DisplayRole && proxyIndex.column() == m_titleColumn) {
        if (const int folded = foldedReports(proxyIndex); folded > 0)
            return QString(value.toString() + u"  " + tr("+%n source(s)", nullptr, folded));
    }
    return value;
}

bool StoryClusterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_grouping || sourceParent.isValid())
        return true;
    const qint64 id = idAt(sourceRow);
    const auto cluster = m_clusterOf.constFind(id);
    return cluster == m_clusterOf.cend() || m_expanded.contains(*cluster) || m_leader.value(*cluster) == id;
}
