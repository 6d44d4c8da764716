// Adds, edits and removes a publisher's contact channels (the form is ui/contactchannelsdialog.ui).
// Values are checked and normalised by the core (ChannelValue); edits are the user's from then on.
#pragma once

#include "model/contactchannel.h"
#include "model/feed.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui { class ContactChannelsDialog; }
class Store;

class ContactChannelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactChannelsDialog)

public:
    ContactChannelsDialog(Store &store, const Feed &feed, QWidget *parent = nullptr);
    ~ContactChannelsDialog() override;

    /** The form's actions, public for tests: each reports failures in the dialog and returns false. */
    bool addChannel();
    bool saveChannel();
    bool removeChannel();

private:
    void reload(qint64 selectId = 0);
    void showSelected();
    /** The form's channel, normalised; nothing (and a message shown) when the value is not valid. */
    std::optional<ContactChannel> formChannel();
    void showError(const QString &message);

    std::unique_ptr<Ui::ContactChannelsDialog> m_ui;
    Store &m_store;
    Feed m_feed;
    QList<ContactChannel> m_channels;
};
