// Sync accounts (Google Reader API): add one (server, user, password), see each account's status,
// last sync and problem, sync now, and remove one. Every action runs on the SyncRunner's thread;
// the dialog only reads the small accounts table and shows the outcome.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui { class AccountsDialog; }
class Store;
class SyncRunner;

class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(Store &store, SyncRunner &runner, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /** Re-reads the accounts from the store. */
    void reloadAccounts();

private:
    void addAccount();
    void syncSelected();
    void removeSelected();
    void handleAccountAdded(bool ok, const QString &error);
    void handleAccountRemoved(bool ok, const QString &error);
    void showBusy(const QString &message);
    void showProblem(const QString &message);
    void updateButtons();
    qint64 selectedAccount() const;

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    Store &m_store;
    SyncRunner &m_runner;
};
