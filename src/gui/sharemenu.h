// The Share menu for the current article: copy link, copy title and link, QR code (show, copy,
// save), e-mail, WhatsApp, Telegram and X. Used from the toolbar (a button with this menu), the
// Article menu, the article list's context menu and a shortcut (Ctrl+Shift+S opens the menu).
#pragma once

#include "model/article.h"

#include <QMenu>
#include <functional>
#include <optional>

class QAbstractItemView;

class ShareMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareMenu)

public:
    using CurrentArticle = std::function<std::optional<Article>()>;

    /** `copyLink` is the window's own Copy Link action, listed first. */
    ShareMenu(CurrentArticle current, QAction *copyLink, QWidget *parent);

    /** Gives `view` a context menu: `actions`, then this menu as a submenu. */
    void attachTo(QAbstractItemView *view, const QList<QAction *> &actions);
    /** Opens the menu under `anchor` (the shortcut's way in). */
    void popUpAt(QWidget *anchor);

    /** Copies "title\nlink" to the clipboard; false when there is no article with a link. */
    bool copyTitleAndLink();
    /** Shows the article link's QR code in a dialog (copy and save from there). */
    void showQrCode();
    /** Hands the share link for `target` (a ShareLinks::Target) to the desktop. */
    bool shareTo(int target);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    /** The current article when it has a web address. */
    std::optional<Article> shareable() const;
    void updateEnabled();

    CurrentArticle m_current;
    QList<QAction *> m_needArticle;
};
