#include "dialogs/feedpropertiesdialog.h"

#include "secrets/credentialstore.h"
#include "store/store.h"
#include "ui_feedpropertiesdialog.h"

#include <QPointer>
#include <QPushButton>

FeedPropertiesDialog::FeedPropertiesDialog(const Feed &feed, Store &store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FeedPropertiesDialog>()), m_feed(feed), m_store(store),
      m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->titleEdit->setText(feed.title);
    m_ui->addressEdit->setText(feed.url);
    m_ui->addressEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->directionCombo->addItem(tr("Automatic (from the text)"), QStringLiteral("auto"));
    m_ui->directionCombo->addItem(tr("Right to left"), QStringLiteral("rtl"));
    m_ui->directionCombo->addItem(tr("Left to right"), QStringLiteral("ltr"));
    m_ui->directionCombo->setCurrentIndex(qMax(0, m_ui->directionCombo->findData(feed.direction)));
    m_ui->intervalSpin->setSpecialValueText(tr("Default"));
    m_ui->intervalSpin->setSuffix(tr(" min"));
    m_ui->intervalSpin->setValue(feed.refreshMinutes);
    m_ui->notifyCheck->setChecked(feed.notify);
    m_ui->fullArticlesCombo->addItem(tr("Never (show what the feed sends)"), int(FullArticleMode::Off));
    m_ui->fullArticlesCombo->addItem(tr("When I ask (View menu)"), int(FullArticleMode::OnDemand));
    m_ui->fullArticlesCombo->addItem(tr("Always, after each refresh"), int(FullArticleMode::Always));
    m_ui->fullArticlesCombo->setCurrentIndex(qMax(0, m_ui->fullArticlesCombo->findData(int(feed.fullArticles))));
    m_ui->userEdit->setText(feed.authUser);
    m_ui->userEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->passwordEdit->setPlaceholderText(feed.authUser.isEmpty() ? QString() : tr("(unchanged)"));
    m_ui->keychainLabel->setText(m_credentials ? tr("The password is kept in the system keychain, never in a file.")
                                               : tr("No system keychain is available: passwords cannot be stored."));
    m_ui->passwordEdit->setEnabled(m_credentials != nullptr);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FeedPropertiesDialog::accept);
}

FeedPropertiesDialog::~FeedPropertiesDialog() = default;

void FeedPropertiesDialog::accept()
{
    const QString user = m_ui->userEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (!m_credentials || (password.isEmpty() && user == m_feed.authUser)) {
        saveSettingsAndClose();
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    QPointer<FeedPropertiesDialog> self(this);
    auto finish = [self](const CredentialResult &result) {
        if (!self)
            return;
        self->m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!result.ok() && result.error != CredentialError::NotFound) {
            self->m_ui->statusLabel->setText(result.message); // nothing was stored anywhere else
            return;
        }
        self->saveSettingsAndClose();
    };
    if (!m_feed.authUser.isEmpty() && user != m_feed.authUser)
        m_credentials->remove(CredentialStore::keyFor(m_feed.url, m_feed.authUser), [](const CredentialResult &) {});
    if (user.isEmpty())
        finish({});
    else if (password.isEmpty())
        finish({CredentialError::Other, tr("Enter the password for %1.").arg(user), {}});
    else
        m_credentials->store(CredentialStore::keyFor(m_feed.url, user), password, finish);
}

void FeedPropertiesDialog::saveSettingsAndClose()
{
    m_store.setFeedTitle(m_feed.id, m_ui->titleEdit->text());
    m_store.setFeedDirection(m_feed.id, m_ui->directionCombo->currentData().toString());
    m_store.setFeedRefreshMinutes(m_feed.id, m_ui->intervalSpin->value());
    m_store.setFeedNotify(m_feed.id, m_ui->notifyCheck->isChecked());
    m_store.setFeedFullArticleMode(m_feed.id, FullArticleMode(m_ui->fullArticlesCombo->currentData().toInt()));
    m_store.setFeedCredentialsUser(m_feed.id, m_ui->userEdit->text().trimmed());
    QDialog::accept();
}
