#include "syncactions.h"

#include "dialogs/accountsdialog.h"
#include "store/store.h"
#include "sync/syncrunner.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

SyncActions::SyncActions(Store &store, SyncRunner &runner, QWidget *window)
    : QObject(window), m_store(store), m_runner(runner), m_window(window)
{
    m_syncNow = new QAction(QIcon::fromTheme(QStringLiteral("emblem-synchronizing")), tr("S&ync"), window);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Sync with your accounts (FreshRSS, Miniflux, Inoreader …)"));
    m_accounts = new QAction(tr("Sync A&ccounts…"), window);
    m_accounts->setObjectName(QStringLiteral("syncAccounts"));
    connect(m_accounts, &QAction::triggered, this, &SyncActions::showAccountsDialog);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_store.accounts().isEmpty())
            showAccountsDialog();
        else
            m_runner.syncAll();
    });
    connect(&m_runner, &SyncRunner::syncStarted, this, [this] {
        m_syncNow->setEnabled(false);
        Q_EMIT message(tr("Syncing…"));
    });
    connect(&m_runner, &SyncRunner::accountSynced, this, &SyncActions::handleAccountSynced);
    connect(&m_runner, &SyncRunner::idle, this, [this] {
        m_syncNow->setEnabled(true);
        Q_EMIT storeChanged();
    });
}

void SyncActions::showAccountsDialog()
{
    if (!m_dialog) {
        m_dialog = new AccountsDialog(m_store, m_runner, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    }
    m_dialog->reloadAccounts();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncActions::handleLocalChange(qint64 feedId)
{
    const std::optional<Feed> feed = m_store.feed(feedId);
    if (feed && feed->accountId > 0)
        m_runner.syncSoon();
}

void SyncActions::handleAccountSynced(qint64 accountId, const SyncReport &report)
{
    const std::optional<SyncAccount> account = m_store.account(accountId);
    const QString name = account ? account->user : QString::number(accountId);
    if (report.ok)
        Q_EMIT message(tr("Synced %1: %n new article(s).", nullptr, report.newItems).arg(name));
    else
        Q_EMIT message(tr("Sync of %1 failed: %2").arg(name, report.error));
}
