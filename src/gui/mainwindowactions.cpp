#include "mainwindowactions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QWidget>

namespace {
const char *const kDefaultShortcuts = "khulasaDefaultShortcuts";

QAction *makeAction(QWidget *owner, const QString &name, const QString &text, const QIcon &icon,
                    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon, text, owner);
    action->setObjectName(name);
    action->setProperty(kDefaultShortcuts, QVariant::fromValue(shortcuts));
    MainWindowActions::setShortcuts(action, shortcuts);
    owner->addAction(action);
    return action;
}

QAction *makeAction(QWidget *owner, const QString &name, const QString &text, const QIcon &icon, const QKeySequence &shortcut)
{
    return makeAction(owner, name, text, icon, shortcut.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{shortcut});
}
} // namespace

QMenu *MainWindowActions::menuHolding(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            return menu;
    }
    return nullptr;
}

QString MainWindowActions::plainText(const QAction *action)
{
    // The '&' only marks the menu mnemonic.
    QString plain = action->text();
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
    return plain;
}

void MainWindowActions::setShortcuts(QAction *action, const QList<QKeySequence> &shortcuts)
{
    action->setShortcuts(shortcuts);
    const QString plain = plainText(action);
    action->setToolTip(shortcuts.isEmpty() ? plain
                                           : QStringLiteral("%1 (%2)").arg(plain, shortcuts.first().toString(QKeySequence::NativeText)));
}

QList<QKeySequence> MainWindowActions::defaultShortcuts(const QAction *action)
{
    return action->property(kDefaultShortcuts).value<QList<QKeySequence>>();
}

MainWindowActions MainWindowActions::create(QWidget *owner)
{
    QStyle *style = owner->style();
    MainWindowActions a{};
    a.addFeed = makeAction(owner, QStringLiteral("addFeed"), tr("&Add Feed…"), QIcon::fromTheme(QStringLiteral("list-add"), style->standardIcon(QStyle::SP_FileDialogNewFolder)), QKeySequence::New);
    a.refreshAll = makeAction(owner, QStringLiteral("refreshAll"), tr("&Refresh All"), QIcon::fromTheme(QStringLiteral("view-refresh"), style->standardIcon(QStyle::SP_BrowserReload)),
                              QList<QKeySequence>{QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::Key_R)});
    a.cancelRefresh = makeAction(owner, QStringLiteral("cancelRefresh"), tr("&Stop Refreshing"), QIcon::fromTheme(QStringLiteral("process-stop"), style->standardIcon(QStyle::SP_BrowserStop)), QKeySequence(Qt::Key_Escape));
    a.cancelRefresh->setEnabled(false);
    a.importOpml = makeAction(owner, QStringLiteral("importOpml"), tr("&Import Subscriptions (OPML)…"), QIcon::fromTheme(QStringLiteral("document-import")), QKeySequence());
    a.exportOpml = makeAction(owner, QStringLiteral("exportOpml"), tr("&Export Subscriptions (OPML)…"), QIcon::fromTheme(QStringLiteral("document-export")), QKeySequence());
    a.toggleRead = makeAction(owner, QStringLiteral("toggleRead"), tr("Mark as &Read/Unread"), QIcon::fromTheme(QStringLiteral("mail-mark-read"), style->standardIcon(QStyle::SP_DialogApplyButton)), QKeySequence(Qt::Key_M));
    a.toggleSaved = makeAction(owner, QStringLiteral("toggleSaved"), tr("&Save/Unsave"), QIcon::fromTheme(QStringLiteral("starred"), style->standardIcon(QStyle::SP_DialogSaveButton)), QKeySequence(Qt::Key_S));
    a.toggleSaved->setCheckable(true);
    a.copyLink = makeAction(owner, QStringLiteral("copyLink"), tr("&Copy Link"), QIcon::fromTheme(QStringLiteral("edit-copy")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a.openOriginal = makeAction(owner, QStringLiteral("openOriginal"), tr("&Open Original"), QIcon::fromTheme(QStringLiteral("internet-web-browser"), style->standardIcon(QStyle::SP_DirLinkIcon)),
                                QList<QKeySequence>{QKeySequence(Qt::Key_O), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    a.share = makeAction(owner, QStringLiteral("share"), tr("S&hare"), QIcon::fromTheme(QStringLiteral("emblem-shared"), QIcon::fromTheme(QStringLiteral("document-send"), style->standardIcon(QStyle::SP_ArrowForward))),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    a.quit = makeAction(owner, QStringLiteral("quit"), tr("&Quit"), QIcon::fromTheme(QStringLiteral("application-exit")), QKeySequence::Quit);
    a.settings = makeAction(owner, QStringLiteral("settings"), tr("&Settings…"), QIcon::fromTheme(QStringLiteral("preferences-system")), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a.about = makeAction(owner, QStringLiteral("about"), tr("&About Khulasa"), QIcon::fromTheme(QStringLiteral("help-about")), QKeySequence());

    a.nextArticle = makeAction(owner, QStringLiteral("nextArticle"), tr("&Next Article"), QIcon::fromTheme(QStringLiteral("go-down")), QKeySequence(Qt::Key_J));
    a.previousArticle = makeAction(owner, QStringLiteral("previousArticle"), tr("&Previous Article"), QIcon::fromTheme(QStringLiteral("go-up")), QKeySequence(Qt::Key_K));
    a.nextUnread = makeAction(owner, QStringLiteral("nextUnread"), tr("Next &Unread Article"), QIcon::fromTheme(QStringLiteral("go-next")), QKeySequence(Qt::Key_N));
    a.previousUnread = makeAction(owner, QStringLiteral("previousUnread"), tr("Previous U&nread Article"), QIcon::fromTheme(QStringLiteral("go-previous")), QKeySequence(Qt::Key_P));
    a.pageDown = makeAction(owner, QStringLiteral("pageDown"), tr("Page Down, Then Next Article"), QIcon(), QKeySequence(Qt::Key_Space));
    a.backToTop = makeAction(owner, QStringLiteral("backToTop"), tr("Back to &Top"), QIcon::fromTheme(QStringLiteral("go-top")), QKeySequence(Qt::Key_Home));
    a.zoomIn = makeAction(owner, QStringLiteral("zoomIn"), tr("Zoom &In"), QIcon::fromTheme(QStringLiteral("zoom-in")),
                          QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    a.zoomOut = makeAction(owner, QStringLiteral("zoomOut"), tr("Zoom &Out"), QIcon::fromTheme(QStringLiteral("zoom-out")), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    a.zoomReset = makeAction(owner, QStringLiteral("zoomReset"), tr("&Actual Size"), QIcon::fromTheme(QStringLiteral("zoom-original")), QKeySequence(Qt::CTRL | Qt::Key_0));
    a.print = makeAction(owner, QStringLiteral("print"), tr("&Print Article…"), QIcon::fromTheme(QStringLiteral("document-print")), QKeySequence::Print);
    a.exportPdf = makeAction(owner, QStringLiteral("exportPdf"), tr("Export Article to P&DF…"), QIcon::fromTheme(QStringLiteral("application-pdf")), QKeySequence());
    a.keyboardShortcuts = makeAction(owner, QStringLiteral("keyboardShortcuts"), tr("&Keyboard Shortcuts…"), QIcon::fromTheme(QStringLiteral("preferences-desktop-keyboard")), QKeySequence());
    a.findArticles = makeAction(owner, QStringLiteral("findArticles"), tr("&Find Articles…"), QIcon::fromTheme(QStringLiteral("edit-find")),
                                QList<QKeySequence>{QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)});
    a.toggleStory = makeAction(owner, QStringLiteral("toggleStory"), tr("Show &Other Sources of This Story"),
                               QIcon::fromTheme(QStringLiteral("view-list-tree")), QKeySequence(Qt::Key_Plus));
    a.groupStories = makeAction(owner, QStringLiteral("groupStories"), tr("&Group Same Story"), QIcon(), QKeySequence());
    return a;
}

QList<QAction *> MainWindowActions::all() const
{
    return {nextArticle, previousArticle, nextUnread, previousUnread, pageDown, backToTop, openOriginal,
            toggleRead, toggleSaved, copyLink, share, toggleStory, groupStories, findArticles, refreshAll, cancelRefresh, zoomIn, zoomOut, zoomReset,
            print, exportPdf, addFeed, importOpml, exportOpml, keyboardShortcuts, settings, about, quit};
}

void MainWindowActions::applyShortcuts(const QHash<QString, QString> &overrides) const
{
    for (QAction *action : all()) {
        const auto it = overrides.constFind(action->objectName());
        setShortcuts(action, it == overrides.cend() ? defaultShortcuts(action)
                                                    : QKeySequence::listFromString(*it, QKeySequence::PortableText));
    }
}
