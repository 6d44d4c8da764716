// A feed's own settings: its name, text direction override, refresh interval, whether full articles
// are loaded from the web (off, on demand, always), and the login for
// feeds behind HTTP authentication. The password goes to the system keychain, never to a file;
// when the keychain refuses, the dialog says so and stores nothing.
#pragma once

#include "model/feed.h"

#include <QDialog>
#include <memory>

namespace Ui { class FeedPropertiesDialog; }
class CredentialStore;
class Store;

class FeedPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPropertiesDialog)

public:
    FeedPropertiesDialog(const Feed &feed, Store &store, CredentialStore *credentials, QWidget *parent = nullptr);
    ~FeedPropertiesDialog() override;

    void accept() override;

private:
    void saveSettingsAndClose();

    std::unique_ptr<Ui::FeedPropertiesDialog> m_ui;
    Feed m_feed;
    Store &m_store;
    CredentialStore *m_credentials;
};
