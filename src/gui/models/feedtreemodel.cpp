#include "models/feedtreemodel.h"

#include "models/roles.h"
#include "text/textdirection.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

struct FeedTreeModel::Node
{
    NodeKind kind = NodeKind::Feed;
    qint64 id = 0;
    Feed feed;        // for Feed nodes
    QString title;    // for Folder nodes
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

FeedTreeModel::FeedTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    rebuild({}, {});
}

FeedTreeModel::~FeedTreeModel() = default;

void FeedTreeModel::setFeeds(const QList<Folder> &folders, const QList<Feed> &feeds, const ViewCounts &counts)
{
    m_counts = counts;
    if (!sameStructure(folders, feeds)) {
        beginResetModel();
        rebuild(folders, feeds);
        endResetModel();
        return;
    }
    // Same rows: refresh their values and tell the views, so selection and expansion stay put.
    QHash<qint64, Feed> byId;
    for (const Feed &feed : feeds)
        byId.insert(feed.id, feed);
    std::function<void(Node *)> update = [&](Node *node) {
        if (node->kind == NodeKind::Feed && node != m_root.get())
            node->feed = byId.value(node->id);
        for (auto &child : node->children)
            update(child.get());
    };
    update(m_root.get());
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex parentIndex = index(row, 0);
        if (rowCount(parentIndex) > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(rowCount(parentIndex) - 1, 0, parentIndex));
    }
}

bool FeedTreeModel::sameStructure(const QList<Folder> &folders, const QList<Feed> &feeds) const
{
    QList<QPair<qint64, qint64>> current, wanted; // (folder id, feed id)
    std::function<void(const Node *)> collect = [&](const Node *node) {
        if (node->kind == NodeKind::Feed && node != m_root.get())
            current.append({node->parent->kind == NodeKind::Folder ? node->parent->id : 0, node->id});
        if (node->kind == NodeKind::Folder && node->children.empty())
            current.append({node->id, 0});
        for (const auto &child : node->children)
            collect(child.get());
    };
    collect(m_root.get());
    for (const Folder &folder : folders) {
        bool empty = true;
        for (const Feed &feed : feeds) {
            if (feed.folderId == folder.id) {
                wanted.append({folder.id, feed.id});
                empty = false;
            }
        }
        if (empty)
            wanted.append({folder.id, 0});
    }
    for (const Feed &feed : feeds) {
        if (feed.folderId == 0)
            wanted.append({0, feed.id});
    }
    return current == wanted;
}

void FeedTreeModel::rebuild(const QList<Folder> &folders, const QList<Feed> &feeds)
{
    m_root = std::make_unique<Node>();
    for (NodeKind kind : {NodeKind::AllView, NodeKind::UnreadView, NodeKind::SavedView, NodeKind::TodayView}) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        m_root->add(std::move(node));
    }
    for (const Folder &folder : folders) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Folder;
        node->id = folder.id;
        node->title = folder.name;
        Node *folderNode = m_root->add(std::move(node));
        for (const Feed &feed : feeds) {
            if (feed.folderId != folder.id)
                continue;
            auto child = std::make_unique<Node>();
            child->id = feed.id;
            child->feed = feed;
            folderNode->add(std::move(child));
        }
    }
    for (const Feed &feed : feeds) {
        if (feed.folderId != 0)
            continue;
        auto child = std::make_unique<Node>();
        child->id = feed.id;
        child->feed = feed;
        m_root->add(std::move(child));
    }
}

QString FeedTreeModel::viewTitle(NodeKind kind) const
{
    switch (kind) {
    case NodeKind::AllView: return tr("All articles");
    case NodeKind::UnreadView: return tr("Unread");
    case NodeKind::SavedView: return tr("Saved");
    case NodeKind::TodayView: return tr("Today");
    default: return {};
    }
}

FeedTreeModel::Node *FeedTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FeedTreeModel::indexOf(const Node *node) const
{
    return node && node != m_root.get() ? createIndex(node->row(), 0, const_cast<Node *>(node)) : QModelIndex();
}

QModelIndex FeedTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeAt(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[size_t(row)].get());
}

QModelIndex FeedTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    return node && node->parent ? indexOf(node->parent) : QModelIndex();
}

int FeedTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int FeedTreeModel::columnCount(const QModelIndex &) const { return 1; }

QVariant FeedTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!index.isValid() || !node)
        return {};
    const bool isFeed = node->kind == NodeKind::Feed;
    const QString title = isFeed ? (node->feed.title.isEmpty() ? node->feed.url : node->feed.title)
                          : node->kind == NodeKind::Folder ? node->title
                                                           : viewTitle(node->kind);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title;
    case Qt::ToolTipRole:
        if (isFeed) {
            QString tip = node->feed.url;
            if (node->feed.status == FeedStatus::Error || node->feed.status == FeedStatus::Gone)
                tip += u'\n' + tr("Last refresh failed: %1").arg(node->feed.error);
            else if (node->feed.lastChecked.isValid())
                tip += u'\n' + tr("Last checked: %1").arg(QLocale().toString(node->feed.lastChecked.toLocalTime(), QLocale::ShortFormat));
            return tip;
        }
        return title;
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        if (isFeed && (node->feed.status == FeedStatus::Error || node->feed.status == FeedStatus::Gone))
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (node->kind) {
        case NodeKind::Folder: return style->standardIcon(QStyle::SP_DirIcon);
        case NodeKind::SavedView: return QIcon::fromTheme(QStringLiteral("starred"), style->standardIcon(QStyle::SP_DialogSaveButton));
        case NodeKind::Feed: return feedIcon(node->feed);
        default: return QIcon::fromTheme(QStringLiteral("mail-folder-inbox"), style->standardIcon(QStyle::SP_FileDialogListView));
        }
    }
    case Roles::TextDirectionRole:
        return TextDirection::isRightToLeft(title) ? Qt::RightToLeft : Qt::LeftToRight;
    case Roles::UnreadCountRole: {
        switch (node->kind) {
        case NodeKind::Feed: return node->feed.unread;
        case NodeKind::AllView:
        case NodeKind::UnreadView: return m_counts.unread;
        case NodeKind::SavedView: return m_counts.saved;
        case NodeKind::TodayView: return m_counts.today;
        case NodeKind::Folder: {
            int sum = 0;
            for (const auto &child : node->children)
                sum += child->feed.unread;
            return sum;
        }
        }
        return 0;
    }
    case Roles::NodeKindRole:
        return QVariant::fromValue(node->kind);
    case Roles::IdRole:
        return node->id;
    default:
        return {};
    }
}

ArticleQuery FeedTreeModel::queryFor(const QModelIndex &index) const
{
    ArticleQuery query;
    const Node *node = nodeAt(index);
    if (!index.isValid() || !node)
        return query;
    switch (node->kind) {
    case NodeKind::Feed: query.feedId = node->id; break;
    case NodeKind::Folder: query.folderId = node->id; break;
    case NodeKind::UnreadView: query.unreadOnly = true; break;
    case NodeKind::SavedView: query.savedOnly = true; break;
    case NodeKind::TodayView: query.todayOnly = true; break;
    case NodeKind::AllView: break;
    }
    return query;
}

QModelIndex FeedTreeModel::indexOfFeed(qint64 feedId) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        if (node->kind == NodeKind::Feed && node->id == feedId && node != m_root.get())
            return node;
        for (const auto &child : node->children) {
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

QModelIndex FeedTreeModel::indexOfKind(NodeKind kind) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == kind)
            return indexOf(child.get());
    }
    return {};
}

std::optional<Feed> FeedTreeModel::feedAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!index.isValid() || !node || node->kind != NodeKind::Feed)
        return std::nullopt;
    return node->feed;
}

void FeedTreeModel::setIconFolder(const QString &folder)
{
    m_iconFolder = folder;
    m_iconCache.clear();
}

QIcon FeedTreeModel::feedIcon(const Feed &feed) const
{
    if (!feed.iconFile.isEmpty() && !m_iconFolder.isEmpty()) {
        auto it = m_iconCache.find(feed.iconFile);
        if (it == m_iconCache.end()) {
            const QIcon icon(m_iconFolder + u'/' + feed.iconFile);
            it = m_iconCache.insert(feed.iconFile, icon.availableSizes().isEmpty() ? QIcon() : icon);
        }
        if (!it->isNull())
            return *it;
    }
    return QIcon::fromTheme(QStringLiteral("application-rss+xml"), QApplication::style()->standardIcon(QStyle::SP_FileIcon));
}
