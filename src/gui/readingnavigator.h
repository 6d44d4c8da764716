// The reading flow of the main window: keyboard navigation through the article list (next/previous,
// next/previous unread, space to page down then advance, back to top), zoom remembered in the
// settings, print and export to PDF, the reader's View menu (theme, font, justification, images,
// when to mark as read), and Help → Keyboard Shortcuts with rebinding. MainWindow creates one.
#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QActionGroup;
class QMenu;
class QPrinter;
class QTimer;
class Settings;

class ReadingNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingNavigator)

public:
    ReadingNavigator(MainWindow &window, Settings &settings);
    ~ReadingNavigator() override;

    /** Moves the article list's selection by `step` rows (no wrap); false at either end. */
    bool selectRelative(int step);
    /** Selects the next (`step` 1) or previous (-1) unread article; false when there is none. */
    bool selectUnread(int step);
    /** The action that sets the images policy (for tests): "always", "never" or "per-feed". */
    QAction *imagesPolicyAction(const QString &name) const;

private:
    void installMenus();
    QMenu *buildViewMenu();
    void handleArticleShown(qint64 articleId);
    void markRead(qint64 articleId);
    void showShortcutsDialog();
    void printArticle();
    void exportPdf();
    void chooseFont();
    void updateImagesActions();

    MainWindow &m_window;
    Settings &m_settings;
    QTimer *m_markReadTimer;
    qint64 m_pendingRead = 0;
    QPrinter *m_printer = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_imagesGroup = nullptr;
    QActionGroup *m_markReadGroup = nullptr;
    QAction *m_justify = nullptr;
    QAction *m_feedImages = nullptr;
};
