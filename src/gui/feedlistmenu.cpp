#include "feedlistmenu.h"

#include "dialogs/feedpropertiesdialog.h"
#include "models/feedtreemodel.h"
#include "models/roles.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

FeedListMenu::FeedListMenu(QTreeView &view, FeedTreeModel &model, Store &store, Refresher &refresher, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_store(store), m_refresher(refresher)
{
    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this, &FeedListMenu::showMenu);
}

void FeedListMenu::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view.indexAt(position);
    if (!index.isValid())
        return;
    m_view.setCurrentIndex(index);
    const bool isFeed = m_model.feedAt(index).has_value();
    QMenu menu(&m_view);
    menu.addAction(isFeed ? tr("&Refresh This Feed") : tr("&Refresh"), this, &FeedListMenu::refreshCurrent);
    if (isFeed) {
        menu.addAction(tr("&Mark All as Read"), this, &FeedListMenu::markCurrentFeedRead);
        menu.addSeparator();
        menu.addAction(tr("&Properties…"), this, &FeedListMenu::editCurrentFeed);
        menu.addAction(tr("&Unsubscribe…"), this, &FeedListMenu::removeCurrentFeed);
    }
    menu.exec(m_view.viewport()->mapToGlobal(position));
}

void FeedListMenu::refreshCurrent()
{
    const QModelIndex index = m_view.currentIndex();
    QList<Feed> feeds;
    if (const auto feed = m_model.feedAt(index)) {
        feeds.append(*feed);
    } else {
        const auto kind = index.data(Roles::NodeKindRole).value<FeedTreeModel::NodeKind>();
        const qint64 folderId = kind == FeedTreeModel::NodeKind::Folder ? index.data(Roles::IdRole).toLongLong() : 0;
        for (const Feed &feed : m_store.feeds()) {
            if (!feed.builtin && (folderId == 0 || feed.folderId == folderId))
                feeds.append(feed);
        }
    }
    m_refresher.refresh(feeds);
}

void FeedListMenu::editCurrentFeed()
{
    const auto feed = m_model.feedAt(m_view.currentIndex());
    if (!feed)
        return;
    auto *dialog = new FeedPropertiesDialog(*m_store.feed(feed->id), m_store, m_credentials, m_view.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &FeedListMenu::feedsChanged);
    dialog->open();
}

void FeedListMenu::removeCurrentFeed()
{
    const auto feed = m_model.feedAt(m_view.currentIndex());
    if (!feed)
        return;
    const QString name = feed->title.isEmpty() ? feed->url : feed->title;
    const QString question = feed->accountId > 0
        ? tr("Unsubscribe from “%1” here and on its sync server? Its articles are removed, saved ones included.")
        : tr("Unsubscribe from “%1”? Its articles are removed, saved ones included.");
    const auto answer = QMessageBox::question(m_view.window(), tr("Unsubscribe"), question.arg(name));
    if (answer == QMessageBox::Yes && m_store.removeFeed(feed->id))
        Q_EMIT feedsChanged();
}

void FeedListMenu::markCurrentFeedRead()
{
    const auto feed = m_model.feedAt(m_view.currentIndex());
    if (feed && m_store.markFeedRead(feed->id))
        Q_EMIT feedsChanged();
}
