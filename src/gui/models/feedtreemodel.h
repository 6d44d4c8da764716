// The feed list: smart views (All, Unread, Saved, Today), then folders with their feeds, then feeds
// outside any folder. Each row carries its unread count, its status and its title's own direction.
#pragma once

#include "model/feed.h"
#include "store/articlequery.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <memory>
#include <vector>

class FeedTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedTreeModel)

public:
    enum class NodeKind { AllView, UnreadView, SavedView, TodayView, Folder, Feed };
    Q_ENUM(NodeKind)

    struct ViewCounts
    {
        int unread = 0;
        int saved = 0;
        int today = 0;
    };

    explicit FeedTreeModel(QObject *parent = nullptr);
    ~FeedTreeModel() override;

    /** Where feed icons (Feed::iconFile) are found: the profile's cache folder. */
    void setIconFolder(const QString &folder);

    /** Rebuilds the tree when folders or feeds were added or removed; otherwise updates rows in place. */
    void setFeeds(const QList<Folder> &folders, const QList<Feed> &feeds, const ViewCounts &counts);

    /** The article list query for a row (a view, a folder or a feed). */
    ArticleQuery queryFor(const QModelIndex &index) const;
    QModelIndex indexOfFeed(qint64 feedId) const;
    QModelIndex indexOfKind(NodeKind kind) const;
    std::optional<Feed> feedAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void rebuild(const QList<Folder> &folders, const QList<Feed> &feeds);
    bool sameStructure(const QList<Folder> &folders, const QList<Feed> &feeds) const;
    QString viewTitle(NodeKind kind) const;

    QIcon feedIcon(const Feed &feed) const;

    std::unique_ptr<Node> m_root;
    QString m_iconFolder;
    mutable QHash<QString, QIcon> m_iconCache; // decoded once, not on every paint
    ViewCounts m_counts;
};
