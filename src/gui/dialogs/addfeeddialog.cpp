#include "dialogs/addfeeddialog.h"

#include "refresh/subscriber.h"
#include "store/store.h"
#include "ui_addfeeddialog.h"

#include <QPushButton>

AddFeedDialog::AddFeedDialog(Store &store, Refresher &refresher, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddFeedDialog>()), m_store(store),
      m_subscriber(new Subscriber(store, refresher, this))
{
    m_ui->setupUi(this);
    m_ui->urlEdit->setLayoutDirection(Qt::LeftToRight); // addresses read left to right in every UI
    m_ui->folderCombo->addItem(tr("(no folder)"), 0);
    for (const Folder &folder : store.folders())
        m_ui->folderCombo->addItem(folder.name, folder.id);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddFeedDialog::accept);
    connect(m_ui->choiceList, &QListWidget::itemDoubleClicked, this, &AddFeedDialog::accept);
}

AddFeedDialog::~AddFeedDialog() = default;

void AddFeedDialog::setAddress(const QString &url) { m_ui->urlEdit->setText(url); }

void AddFeedDialog::setBusy(bool busy)
{
    m_ui->urlEdit->setEnabled(!busy);
    m_ui->folderCombo->setEnabled(!busy);
    m_ui->choiceList->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->statusLabel->setText(tr("Checking the address…"));
}

Result<qint64> AddFeedDialog::chosenFolder()
{
    const QString folderText = m_ui->folderCombo->currentText().trimmed();
    const int folderIndex = m_ui->folderCombo->findText(folderText);
    if (folderIndex >= 0)
        return m_ui->folderCombo->itemData(folderIndex).toLongLong();
    if (folderText.isEmpty())
        return qint64(0);
    return m_store.ensureFolder(folderText);
}

void AddFeedDialog::accept()
{
    // With a list of choices on screen, the chosen feed is what gets added.
    QString address = m_ui->urlEdit->text().trimmed();
    if (m_ui->choiceList->isVisible() && m_ui->choiceList->currentItem())
        address = m_ui->choiceList->currentItem()->data(Qt::UserRole).toString();
    if (address.isEmpty()) {
        m_ui->statusLabel->setText(tr("Enter the address of a feed or of a web site."));
        return;
    }
    const auto folder = chosenFolder();
    if (!folder) {
        m_ui->statusLabel->setText(folder.error());
        return;
    }
    setBusy(true);
    m_subscriber->subscribe(address, *folder, false, [this](const SubscribeReply &reply) { handleReply(reply); });
}

void AddFeedDialog::handleReply(const SubscribeReply &reply)
{
    setBusy(false);
    if (reply.added) {
        m_addedFeedId = reply.added->feedId;
        QDialog::accept();
        return;
    }
    if (!reply.choices.isEmpty()) {
        m_ui->choiceList->clear();
        for (const FeedCandidate &candidate : reply.choices) {
            auto *item = new QListWidgetItem(candidate.title.isEmpty() ? candidate.url.toString()
                                                                       : candidate.title + u" — " + candidate.url.toString());
            item->setData(Qt::UserRole, candidate.url.toString());
            m_ui->choiceList->addItem(item);
        }
        m_ui->choiceList->setCurrentRow(0);
        m_ui->choicesLabel->setVisible(true);
        m_ui->choiceList->setVisible(true);
        m_ui->statusLabel->clear();
        m_ui->choiceList->setFocus();
        return;
    }
    m_ui->statusLabel->setText(reply.error);
}
