#include "mainwindowactions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

namespace {
QAction *makeAction(QWidget *owner, const QString &text, const QIcon &icon, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon, text, owner);
    action->setShortcut(shortcut);
    // Tooltips show the plain name: the '&' only marks the menu mnemonic.
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
    action->setToolTip(shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}
} // namespace

MainWindowActions MainWindowActions::create(QWidget *owner)
{
    QStyle *style = owner->style();
    MainWindowActions a{};
    a.addFeed = makeAction(owner, tr("&Add Feed…"), QIcon::fromTheme(QStringLiteral("list-add"), style->standardIcon(QStyle::SP_FileDialogNewFolder)), QKeySequence::New);
    a.refreshAll = makeAction(owner, tr("&Refresh All"), QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload)), QKeySequence::Refresh);
    a.cancelRefresh = makeAction(owner, tr("&Stop Refreshing"), QIcon::fromTheme(QStringLiteral("process-stop"), style->standardIcon(QStyle::SP_BrowserStop)), QKeySequence(Qt::Key_Escape));
    a.cancelRefresh->setEnabled(false);
    a.importOpml = makeAction(owner, tr("&Import Subscriptions (OPML)…"), QIcon::fromTheme(QStringLiteral("document-import")), QKeySequence());
    a.exportOpml = makeAction(owner, tr("&Export Subscriptions (OPML)…"), QIcon::fromTheme(QStringLiteral("document-export")), QKeySequence());
    a.toggleRead = makeAction(owner, tr("Mark as &Read/Unread"), QIcon::fromTheme(QStringLiteral("mail-mark-read"), style->standardIcon(QStyle::SP_DialogApplyButton)), QKeySequence(Qt::Key_M));
    a.toggleSaved = makeAction(owner, tr("&Save/Unsave"), QIcon::fromTheme(QStringLiteral("starred"), style->standardIcon(QStyle::SP_DialogSaveButton)), QKeySequence(Qt::Key_S));
    a.toggleSaved->setCheckable(true);
    a.copyLink = makeAction(owner, tr("&Copy Link"), QIcon::fromTheme(QStringLiteral("edit-copy")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.openOriginal = makeAction(owner, tr("&Open Original"), QIcon::fromTheme(QStringLiteral("internet-web-browser"), style->standardIcon(QStyle::SP_DirLinkIcon)), QKeySequence(Qt::Key_O));
    a.quit = makeAction(owner, tr("&Quit"), QIcon::fromTheme(QStringLiteral("application-exit")), QKeySequence::Quit);
    a.about = makeAction(owner, tr("&About Khulasa"), QIcon::fromTheme(QStringLiteral("help-about")), QKeySequence());
    return a;
}
