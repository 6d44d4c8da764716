// The settings dialog: appearance, reading, refresh, storage, language and accounts. Every control
// writes its setting the moment it changes and announces it, so the window applies it at once; there
// is no OK/Cancel to forget. The form lives in ui/settingsdialog.ui.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}
class CredentialStore;
class Settings;
class Store;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Appearance, Reading, Refresh, Storage, Language, Accounts };

    /** `credentials` may be null (no keychain support built in); `cacheFolder` is the profile's cache. */
    SettingsDialog(Settings &settings, Store &store, CredentialStore *credentials, const QString &cacheFolder,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);

Q_SIGNALS:
    /** A setting other than the language changed and was saved. */
    void settingsChanged();
    /** The user chose another interface language ("" follows the system); already saved. */
    void languageChosen(const QString &code);
    /** The cache was emptied (feed icons must be fetched again). */
    void cacheCleared();

private:
    void loadValues();
    void connectControls();
    void fillChoices();
    void saved();
    void updateCacheSize();
    void clearCache();
    void probeKeychain();
    void listLogins();
    void forgetSelectedLogin();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    Store &m_store;
    CredentialStore *m_credentials;
    QString m_cacheFolder;
};
