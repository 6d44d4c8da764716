// The main window's actions, with their texts, icons and shortcuts in one place.
#pragma once

#include <QCoreApplication>

class QAction;
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
    QAction *quit;
    QAction *about;

    /** Creates every action as a child of `owner` (so shortcuts work while it has focus). */
    static MainWindowActions create(QWidget *owner);
};
