// The system tray face of the app: an icon with the unread count, a menu (show, refresh, quit),
// one grouped notification per refresh for feeds that ask for it, and closing to the tray when
// the user chose so. Does nothing where the desktop has no tray.
#pragma once

#include <QHash>
#include <QObject>
#include <QSystemTrayIcon>

class MainWindow;
class Refresher;
class Settings;
class Store;
struct FeedRefreshOutcome;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(MainWindow &window, Store &store, Refresher &refresher, Settings &settings, QObject *parent = nullptr);

    bool isAvailable() const { return m_tray.isVisible(); }
    /** The icon with `unread` drawn on it (exposed for tests). */
    static QIcon iconWithCount(const QIcon &base, int unread);
    /** "3 new articles in BBC عربي, DW" — the grouped notification text for one refresh. */
    static QString notificationText(const QHash<QString, int> &newByFeed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void handleFeedRefreshed(const FeedRefreshOutcome &outcome);
    void notifyNewArticles();

    MainWindow &m_window;
    Store &m_store;
    Settings &m_settings;
    QSystemTrayIcon m_tray;
    QIcon m_baseIcon;
    bool m_quitting = false;
    QHash<QString, int> m_pendingNew; // feed title → new articles in the refresh under way
};
