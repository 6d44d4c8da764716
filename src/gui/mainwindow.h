// The main window: feed list, article list, article pane, summary sidebar and contact panel.
// Layout and wiring only; the data lives in the models, the work in the core.
#pragma once

#include "mainwindowactions.h"
#include "model/article.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class ArticleListModel;
class DirectionalTextDelegate;
class SettingsDialog;
class CredentialStore;
class FaviconFetcher;
class FeedListMenu;
class RefreshScheduler;
class SavedArticleController;
class ArticleView;
class ContactPanel;
class FeedTreeModel;
class QLabel;
class QProgressBar;
class QSplitter;
class QTimer;
class QTreeView;
class Refresher;
class ArticleSearchBar;
class Settings;
class Store;
class StoryFolding;
class SyncRunner;
class SummarySidebar;
struct FeedRefreshOutcome;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Store &store, Refresher &refresher, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Secrets for feed logins (the feed properties dialog); may stay null (no keychain). */
    void setCredentialStore(CredentialStore *credentials);
    /** The profile's cache folder: feed icons are read from and fetched into it. */
    void setCacheFolder(const QString &folder);
    /** Adds the sync controls (Sync, Sync Accounts…) working through `runner`. */
    void setSyncRunner(SyncRunner *runner);
    /** Starts refreshing due feeds on their own (every `defaultMinutes` unless a feed says otherwise). */
    void startScheduledRefresh(int defaultMinutes);

    /** Refreshes every subscribed feed (the toolbar's Refresh All). */
    void refreshAll();
    /** Opens the add-feed dialog, optionally with an address filled in. */
    void showAddFeedDialog(const QString &address = {});
    /** Selects an article by id in the current list (the All view is shown first if needed). */
    bool selectArticle(qint64 articleId);
    /** Opens the settings dialog (one at a time) on `page`. */
    void showSettings(int page = 0);
    /** Applies the settings that take effect while running: reader, list density, refresh. */
    void applySettings();
    /** Remembers geometry and splitter sizes (on close, and before the window is rebuilt). */
    void saveLayout();

    // For tests and for the app's wiring.
    QTreeView *feedView() const { return m_feedView; }
    QTreeView *articleListView() const { return m_articleView; }
    ArticleView *articlePane() const { return m_reader; }
    SummarySidebar *summarySidebar() const { return m_summary; }
    ContactPanel *contactPanel() const { return m_contact; }
    FeedTreeModel *feedModel() const { return m_feedModel; }
    ArticleListModel *articleModel() const { return m_articleModel; }
    /** The article model's row for a row of the article list view (which folds stories; -1 for none). */
    int articleModelRow(const QModelIndex &viewIndex) const;
    const MainWindowActions &actions() const { return m_actions; }
    std::optional<Article> currentArticle() const { return m_current; }

Q_SIGNALS:
    /** The article pane finished showing an article. */
    void articleShown(qint64 articleId);
    /** The user chose another interface language in the settings (saved already): rebuild the window. */
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void buildMenusAndToolbar();
    void connectSignals();
    void restoreLayout();

    void reloadFeeds();
    void handleFeedSelected();
    /** Loads the list for the selected feed or view and the search text. */
    void loadArticleList();
    void handleArticleSelected();
    void handleFeedRefreshed(const FeedRefreshOutcome &outcome);
    void fetchIconIfMissing(qint64 feedId);
    void handleRefreshProgress(int done, int total);
    void toggleCurrentRead();
    void toggleCurrentSaved();
    void openCurrentOriginal();
    void showAbout();
    void importOpml();
    void exportOpml();
    void updateArticleActions();
    int currentArticleRow() const;
    void wireSummarySidebar();

    Store &m_store;
    Refresher &m_refresher;
    Settings &m_settings;
    MainWindowActions m_actions;
    FeedTreeModel *m_feedModel;
    ArticleListModel *m_articleModel;
    StoryFolding *m_stories = nullptr; // the view shows the model through it: one row per story
    QTreeView *m_feedView = nullptr;
    QTreeView *m_articleView = nullptr;
    ArticleView *m_reader = nullptr;
    ArticleSearchBar *m_searchBar = nullptr;
    SummarySidebar *m_summary = nullptr;
    ContactPanel *m_contact = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_readingSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_reloadTimer = nullptr;
    FeedListMenu *m_feedMenu = nullptr;
    RefreshScheduler *m_scheduler = nullptr;
    FaviconFetcher *m_favicons = nullptr;
    SavedArticleController *m_saving = nullptr; // offline copies of saved articles, HTML export (issue 5)
    std::optional<Article> m_current;
    DirectionalTextDelegate *m_delegate = nullptr;
    CredentialStore *m_credentials = nullptr;
    QString m_cacheFolder;
    QString m_readerLook; // the reader settings last applied, to re-render only on a change
    QPointer<SettingsDialog> m_settingsDialog;
};
