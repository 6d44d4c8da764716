#include "dialogs/accountsdialog.h"

#include "displayformat.h"
#include "store/store.h"
#include "sync/syncrunner.h"
#include "ui_accountsdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace {
enum Column { UserColumn, ServerColumn, StatusColumn, LastSyncColumn, ProblemColumn, ColumnCount };

QString statusText(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Ok: return AccountsDialog::tr("Synced");
    case AccountStatus::Error: return AccountsDialog::tr("Failed");
    case AccountStatus::Never: break;
    }
    return AccountsDialog::tr("Not synced yet");
}
} // namespace

AccountsDialog::AccountsDialog(Store &store, SyncRunner &runner, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_store(store), m_runner(runner)
{
    m_ui->setupUi(this);
    m_ui->accountsTable->setColumnCount(ColumnCount);
    m_ui->accountsTable->setHorizontalHeaderLabels({tr("User"), tr("Server"), tr("Status"), tr("Last Sync"), tr("Problem")});
    // Addresses and user names are Latin text: keep them left to right in an Arabic window too.
    for (QWidget *latin : {static_cast<QWidget *>(m_ui->serverEdit), static_cast<QWidget *>(m_ui->userEdit),
                           static_cast<QWidget *>(m_ui->passwordEdit)})
        latin->setLayoutDirection(Qt::LeftToRight);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_ui->syncButton, &QPushButton::clicked, this, &AccountsDialog::syncSelected);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->accountsTable, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->userEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountsDialog::updateButtons);
    connect(&m_runner, &SyncRunner::accountAdded, this, &AccountsDialog::handleAccountAdded);
    connect(&m_runner, &SyncRunner::accountRemoved, this, &AccountsDialog::handleAccountRemoved);
    connect(&m_runner, &SyncRunner::syncStarted, this, [this] { showBusy(tr("Syncing…")); });
    connect(&m_runner, &SyncRunner::accountSynced, this, [this] { reloadAccounts(); });
    connect(&m_runner, &SyncRunner::idle, this, [this] {
        if (!m_ui->statusLabel->property("problem").toBool())
            m_ui->statusLabel->clear();
        reloadAccounts();
        updateButtons();
    });
    reloadAccounts();
    if (m_runner.isBusy())
        showBusy(tr("Syncing…"));
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadAccounts()
{
    const qint64 selected = selectedAccount();
    const QList<SyncAccount> accounts = m_store.accounts();
    QTableWidget *table = m_ui->accountsTable;
    table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const SyncAccount &account = accounts.at(row);
        const QStringList cells = {account.user, account.url, statusText(account.status),
                                   account.lastSync.isValid() ? DisplayFormat::dateTime(account.lastSync, locale()) : tr("Never"),
                                   account.error};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, account.id);
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
        if (account.id == selected)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    updateButtons();
}

qint64 AccountsDialog::selectedAccount() const
{
    const QList<QTableWidgetItem *> items = m_ui->accountsTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void AccountsDialog::updateButtons()
{
    const bool busy = m_runner.isBusy();
    m_ui->addButton->setEnabled(!busy && !m_ui->serverEdit->text().trimmed().isEmpty()
                                && !m_ui->userEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty());
    m_ui->syncButton->setEnabled(!busy && m_ui->accountsTable->rowCount() > 0);
    m_ui->removeButton->setEnabled(!busy && selectedAccount() > 0);
}

void AccountsDialog::showBusy(const QString &message)
{
    m_ui->statusLabel->setProperty("problem", false);
    m_ui->statusLabel->setText(message);
    updateButtons();
}

void AccountsDialog::showProblem(const QString &message)
{
    m_ui->statusLabel->setProperty("problem", true);
    m_ui->statusLabel->setText(message);
    updateButtons();
}

void AccountsDialog::addAccount()
{
    showBusy(tr("Logging in…"));
    m_runner.addAccount(m_ui->serverEdit->text().trimmed(), m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text());
    updateButtons();
}

void AccountsDialog::handleAccountAdded(bool ok, const QString &error)
{
    if (!ok) {
        showProblem(error);
        return;
    }
    m_ui->passwordEdit->clear();
    m_ui->serverEdit->clear();
    m_ui->userEdit->clear();
    reloadAccounts();
    m_runner.syncAll(); // a new account is only useful once its articles are here
}

void AccountsDialog::syncSelected()
{
    const qint64 account = selectedAccount();
    account > 0 ? m_runner.syncAccount(account) : m_runner.syncAll();
}

void AccountsDialog::removeSelected()
{
    const qint64 account = selectedAccount();
    if (account <= 0)
        return;
    const QString user = m_ui->accountsTable->item(m_ui->accountsTable->currentRow(), UserColumn)->text();
    const auto answer = QMessageBox::question(this, tr("Remove Account"),
        tr("Remove the account %1 with its feeds and articles from Khulasa? The server keeps everything.").arg(user));
    if (answer != QMessageBox::Yes)
        return;
    showBusy(tr("Removing…"));
    m_runner.removeAccount(account);
}

void AccountsDialog::handleAccountRemoved(bool ok, const QString &error)
{
    if (!ok)
        showProblem(error);
    reloadAccounts();
}
