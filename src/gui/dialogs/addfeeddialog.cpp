#include "dialogs/addfeeddialog.h"

#include "refresh/refresher.h"
#include "store/store.h"
#include "ui_addfeeddialog.h"

#include <QPointer>
#include <QPushButton>

AddFeedDialog::AddFeedDialog(Store &store, Refresher &refresher, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddFeedDialog>()), m_store(store), m_refresher(refresher)
{
    m_ui->setupUi(this);
    m_ui->urlEdit->setLayoutDirection(Qt::LeftToRight); // addresses read left to right in every UI
    m_ui->folderCombo->addItem(tr("(no folder)"), 0);
    for (const Folder &folder : store.folders())
        m_ui->folderCombo->addItem(folder.name, folder.id);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddFeedDialog::accept);
}

AddFeedDialog::~AddFeedDialog() = default;

void AddFeedDialog::setAddress(const QString &url) { m_ui->urlEdit->setText(url); }

void AddFeedDialog::setBusy(bool busy)
{
    m_ui->urlEdit->setEnabled(!busy);
    m_ui->folderCombo->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->statusLabel->setText(tr("Checking the address…"));
}

void AddFeedDialog::accept()
{
    QString url = m_ui->urlEdit->text().trimmed();
    if (url.isEmpty()) {
        m_ui->statusLabel->setText(tr("Enter the address of a feed."));
        return;
    }
    if (!url.contains(u"://"))
        url.prepend(u"https://");
    qint64 folderId = 0;
    const QString folderText = m_ui->folderCombo->currentText().trimmed();
    const int folderIndex = m_ui->folderCombo->findText(folderText);
    if (folderIndex > 0) {
        folderId = m_ui->folderCombo->itemData(folderIndex).toLongLong();
    } else if (folderIndex < 0 && !folderText.isEmpty()) {
        auto created = m_store.ensureFolder(folderText);
        if (!created) {
            m_ui->statusLabel->setText(created.error());
            return;
        }
        folderId = *created;
    }
    setBusy(true);
    QPointer<AddFeedDialog> self(this);
    m_refresher.subscribe(url, folderId, [self](const Result<SubscribeOutcome> &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result) {
            self->m_ui->statusLabel->setText(result.error());
            return;
        }
        self->m_addedFeedId = result->feedId;
        self->QDialog::accept();
    });
}
