// The feed list's context menu: refresh a feed or a folder, edit a feed's properties, unsubscribe.
// Changes go through the store; the main window reloads its models on `feedsChanged`.
#pragma once

#include <QObject>

class CredentialStore;
class FeedTreeModel;
class QTreeView;
class Refresher;
class Store;

class FeedListMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedListMenu)

public:
    FeedListMenu(QTreeView &view, FeedTreeModel &model, Store &store, Refresher &refresher, QObject *parent = nullptr);

    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }

    /** Refreshes what the current row stands for: a feed, a folder's feeds, or everything. */
    void refreshCurrent();
    void editCurrentFeed();
    void removeCurrentFeed();
    /** Marks every article of the feed read (an account's feed: on its server too, with the next sync). */
    void markCurrentFeedRead();

Q_SIGNALS:
    void feedsChanged();

private:
    void showMenu(const QPoint &position);

    QTreeView &m_view;
    FeedTreeModel &m_model;
    Store &m_store;
    Refresher &m_refresher;
    CredentialStore *m_credentials = nullptr;
};
