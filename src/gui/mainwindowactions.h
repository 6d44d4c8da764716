// The main window's actions, with their texts, icons and shortcuts in one place. Every action has
// a stable object name (the key of its shortcut override in the settings) and remembers its
// default shortcuts, so the shortcuts dialog can list, rebind and restore them.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QAction;
class QMenu;
class QWidget;

struct MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowActions)

public:
    QAction *addFeed;
    QAction *refreshAll;
    QAction *cancelRefresh;
    QAction *importOpml;
    QAction *exportOpml;
    QAction *toggleRead;
    QAction *toggleSaved;
    QAction *copyLink;
    QAction *openOriginal;
    QAction *share; // opens the Share menu (issue 9)
    QAction *quit;
    QAction *about;
    QAction *settings;

    // Reading flow (issue 6); wired by ReadingNavigator.
    QAction *nextArticle;
    QAction *previousArticle;
    QAction *nextUnread;
    QAction *previousUnread;
    QAction *pageDown;     // space: a page down, then the next article
    QAction *backToTop;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *print;
    QAction *exportPdf;
    QAction *keyboardShortcuts;
    QAction *findArticles; // focus the search field above the article list (issue 5)
    QAction *toggleStory;  // fold or unfold the current row's story (issue 8; wired by StoryFolding)
    QAction *groupStories; // View → Group Same Story: the setting, checkable

    /** Creates every action as a child of `owner` (so shortcuts work while it has focus). */
    static MainWindowActions create(QWidget *owner);

    /** Every action that has or may take a shortcut, in the order the shortcuts dialog lists them. */
    QList<QAction *> all() const;
    /** The shortcuts an action was created with. */
    static QList<QKeySequence> defaultShortcuts(const QAction *action);
    /** Sets the user's shortcuts (portable text by action name) over the defaults; others get their defaults back. */
    void applyShortcuts(const QHash<QString, QString> &overrides) const;
    /** Sets `shortcuts` on `action` and refreshes its tooltip. */
    static void setShortcuts(QAction *action, const QList<QKeySequence> &shortcuts);
    /** The menu an action was added to (MainWindow builds the Article and Help menus), or null. */
    static QMenu *menuHolding(const QAction *action);
    /** The action's text without the menu mnemonic '&'. */
    static QString plainText(const QAction *action);
};
