#include "dialogs/contactchannelsdialog.h"

#include "share/channelvalue.h"
#include "share/phonenumber.h"
#include "store/store.h"
#include "ui_contactchannelsdialog.h"

#include <QPushButton>

namespace {
const QList<ContactChannel::Kind> kKinds = {ContactChannel::Kind::WhatsApp, ContactChannel::Kind::Telegram,
                                            ContactChannel::Kind::Email, ContactChannel::Kind::Phone,
                                            ContactChannel::Kind::Web};
}

ContactChannelsDialog::ContactChannelsDialog(Store &store, const Feed &feed, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContactChannelsDialog>()), m_store(store), m_feed(feed)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Contacts of %1").arg(feed.title.isEmpty() ? feed.url : feed.title));
    m_ui->kindCombo->addItem(tr("WhatsApp"), int(ContactChannel::Kind::WhatsApp));
    m_ui->kindCombo->addItem(tr("Telegram"), int(ContactChannel::Kind::Telegram));
    m_ui->kindCombo->addItem(tr("E-mail"), int(ContactChannel::Kind::Email));
    m_ui->kindCombo->addItem(tr("Phone"), int(ContactChannel::Kind::Phone));
    m_ui->kindCombo->addItem(tr("Contact page"), int(ContactChannel::Kind::Web));
    // Numbers, names and addresses read left to right even in an Arabic window.
    m_ui->valueEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->valueEdit->setPlaceholderText(tr("For example +966 50 123 4567"));
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->channelList, &QListWidget::currentRowChanged, this, &ContactChannelsDialog::showSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ContactChannelsDialog::addChannel);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ContactChannelsDialog::saveChannel);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ContactChannelsDialog::removeChannel);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

ContactChannelsDialog::~ContactChannelsDialog() = default;

void ContactChannelsDialog::reload(qint64 selectId)
{
    m_channels = m_store.contactChannels(m_feed.id);
    m_ui->channelList->clear();
    int selectRow = -1;
    for (const ContactChannel &channel : std::as_const(m_channels)) {
        const QString origin = channel.origin == ContactChannel::Origin::User ? tr("added by you") : tr("found on the site");
        const int kindRow = m_ui->kindCombo->findData(int(channel.kind));
        m_ui->channelList->addItem(QStringLiteral("%1: %2 (%3)").arg(m_ui->kindCombo->itemText(kindRow), ChannelValue::display(channel), origin));
        if (channel.id == selectId)
            selectRow = m_ui->channelList->count() - 1;
    }
    m_ui->channelList->setCurrentRow(selectRow);
    showSelected();
}

void ContactChannelsDialog::showSelected()
{
    const int row = m_ui->channelList->currentRow();
    const bool selected = row >= 0 && row < m_channels.size();
    m_ui->saveButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
    if (!selected)
        return;
    const ContactChannel &channel = m_channels.at(row);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(channel.kind)));
    m_ui->valueEdit->setText(ChannelValue::display(channel));
    m_ui->greetingEdit->setText(channel.greeting);
    m_ui->errorLabel->setVisible(false);
}

std::optional<ContactChannel> ContactChannelsDialog::formChannel()
{
    ContactChannel channel;
    channel.feedId = m_feed.id;
    channel.kind = ContactChannel::Kind(m_ui->kindCombo->currentData().toInt());
    const QString country = PhoneNumber::countryFor({}, QUrl(m_feed.siteUrl.isEmpty() ? m_feed.url : m_feed.siteUrl).host());
    const Result<QString> value = ChannelValue::normalized(channel.kind, m_ui->valueEdit->text(), country);
    if (!value) {
        showError(value.error());
        return std::nullopt;
    }
    channel.value = *value;
    channel.greeting = m_ui->greetingEdit->text().trimmed();
    return channel;
}

bool ContactChannelsDialog::addChannel()
{
    const auto channel = formChannel();
    if (!channel)
        return false;
    const Result<qint64> added = m_store.addContactChannel(m_feed.id, *channel);
    if (!added) {
        showError(added.error());
        return false;
    }
    reload(*added);
    return true;
}

bool ContactChannelsDialog::saveChannel()
{
    const int row = m_ui->channelList->currentRow();
    auto channel = row >= 0 && row < m_channels.size() ? formChannel() : std::nullopt;
    if (!channel)
        return false;
    channel->id = m_channels.at(row).id;
    channel->label = m_channels.at(row).label;
    if (const Status saved = m_store.updateContactChannel(*channel); !saved) {
        showError(saved.error());
        return false;
    }
    reload();
    return true;
}

bool ContactChannelsDialog::removeChannel()
{
    const int row = m_ui->channelList->currentRow();
    if (row < 0 || row >= m_channels.size() || !m_store.removeContactChannel(m_channels.at(row).id))
        return false;
    reload();
    return true;
}

void ContactChannelsDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
}
