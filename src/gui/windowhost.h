// Owns the main window and its tray icon for the app, and builds them again — in the new language,
// with the same article selected and the settings open where the user left them — when the user
// picks another interface language or digit style in the settings.
#pragma once

#include <QObject>
#include <memory>

class CredentialStore;
class MainWindow;
class QApplication;
class Refresher;
class Settings;
class Store;
class SyncRunner;
class TrayIcon;

class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    struct Parts
    {
        Store &store;
        Refresher &refresher;
        Settings &settings;
        CredentialStore *credentials = nullptr; // may be null (no keychain)
        QString cacheFolder;
        bool scheduledRefresh = true; // false with --no-refresh
        SyncRunner *sync = nullptr;   // sync accounts; may be null (no Sync menu)
    };

    WindowHost(QApplication &app, Parts parts);
    ~WindowHost() override;

    /** The current window (a new one after each language change). */
    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    /** The window was built again in the language now in use. */
    void windowRebuilt(MainWindow *window);

private:
    void build();
    void rebuildIn(const QString &language);

    QApplication &m_app;
    Parts m_parts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
};
