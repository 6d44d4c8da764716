// The main window's sync controls: "Sync" (every account now; the Accounts dialog when there is
// none yet) and "Sync Accounts…" (the dialog). The work runs on the SyncRunner's thread; when it is
// done the window is told that the store changed, and failures are reported in one line.
#pragma once

#include <QObject>

class AccountsDialog;
class QAction;
class QWidget;
class Store;
class SyncRunner;
struct SyncReport;

class SyncActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncActions)

public:
    SyncActions(Store &store, SyncRunner &runner, QWidget *window);

    QAction *syncNow() const { return m_syncNow; }
    QAction *accounts() const { return m_accounts; }
    void showAccountsDialog();
    /** A read/saved change was made here: send it within a minute when it belongs to an account. */
    void handleLocalChange(qint64 feedId);

Q_SIGNALS:
    /** A sync or an account change ended: feeds and articles may have changed. */
    void storeChanged();
    /** One line for the status bar. */
    void message(const QString &text);

private:
    void handleAccountSynced(qint64 accountId, const SyncReport &report);

    Store &m_store;
    SyncRunner &m_runner;
    QWidget *m_window;
    QAction *m_syncNow;
    QAction *m_accounts;
    AccountsDialog *m_dialog = nullptr;
};
