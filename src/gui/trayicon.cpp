#include "trayicon.h"

#include "mainwindow.h"
#include "mainwindowactions.h"
#include "models/articlelistmodel.h"
#include "profile/settings.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>

TrayIcon::TrayIcon(MainWindow &window, Store &store, Refresher &refresher, Settings &settings, QObject *parent)
    : QObject(parent), m_window(window), m_store(store), m_settings(settings),
      m_baseIcon(QStringLiteral(":/icons/khulasa.svg"))
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    auto *menu = new QMenu(&window);
    menu->addAction(tr("Show Khulasa"), &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    menu->addAction(window.actions().refreshAll);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, [this] {
        m_quitting = true;
        m_window.close(); // through the window's own close handling, which saves its layout
        QApplication::quit();
    });
    m_tray.setContextMenu(menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [&window](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger)
            return;
        window.setVisible(!window.isVisible() || window.isMinimized());
        if (window.isVisible()) {
            window.showNormal();
            window.activateWindow();
        }
    });
    connect(&refresher, &Refresher::feedRefreshed, this, &TrayIcon::handleFeedRefreshed);
    connect(&refresher, &Refresher::finished, this, &TrayIcon::notifyNewArticles);
    connect(window.articleModel(), &ArticleListModel::articleStateChanged, this, &TrayIcon::updateCount);
    window.installEventFilter(this);
    updateCount();
    m_tray.show();
}

QIcon TrayIcon::iconWithCount(const QIcon &base, int unread)
{
    QPixmap pixmap = base.pixmap(64, 64);
    if (unread <= 0)
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 999 ? QStringLiteral("999+") : QLocale().toString(unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() > 2 ? 20 : 26);
    painter.setFont(font);
    const QRect badge(28, 28, 36, 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return QIcon(pixmap);
}

QString TrayIcon::notificationText(const QHash<QString, int> &newByFeed)
{
    int total = 0;
    QStringList names;
    for (auto it = newByFeed.cbegin(); it != newByFeed.cend(); ++it) {
        total += it.value();
        names.append(it.key());
    }
    names.sort();
    if (names.size() > 3)
        names = names.mid(0, 3) << tr("and %n more", nullptr, int(newByFeed.size()) - 3);
    return tr("%n new article(s) in %1", nullptr, total).arg(QLocale().createSeparatedList(names));
}

void TrayIcon::updateCount()
{
    const int unread = m_store.counts().unread;
    m_tray.setIcon(iconWithCount(m_baseIcon, unread));
    m_tray.setToolTip(tr("Khulasa: %n unread", nullptr, unread));
}

void TrayIcon::handleFeedRefreshed(const FeedRefreshOutcome &outcome)
{
    if (outcome.added <= 0)
        return;
    const auto feed = m_store.feed(outcome.feedId);
    if (feed && feed->notify)
        m_pendingNew[feed->title.isEmpty() ? feed->url : feed->title] += outcome.added;
}

void TrayIcon::notifyNewArticles()
{
    updateCount();
    if (m_pendingNew.isEmpty())
        return;
    m_tray.showMessage(tr("New articles"), notificationText(std::exchange(m_pendingNew, {})), m_baseIcon, 8000);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && !m_quitting && m_settings.closeToTray()
        && m_tray.isVisible()) {
        m_window.hide();
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
