// The full-article flow of the main window: the View menu's "Load Full Article" for feeds set to
// load full articles, and automatic loading after each refresh for feeds set to "always". The work
// (fetch, extraction off the UI thread, storing) is the core's FullArticleLoader; this class only
// decides when, and reports a failure quietly in the status bar while the teaser stays on screen.
#pragma once

#include <QObject>

class FullArticleLoader;
class MainWindow;
class QAction;
class QNetworkAccessManager;
class Store;
struct FeedRefreshOutcome;

class FullArticleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullArticleController)

public:
    /** Most articles loaded after one refresh of an "always" feed (the newest ones). */
    static constexpr int MaxAutomaticPerRefresh = 20;

    /** Pages are fetched through a network manager of its own, with Qt's strict TLS defaults. */
    FullArticleController(MainWindow &window, Store &store);
    ~FullArticleController() override;

    QAction *loadAction() const { return m_loadAction; }
    FullArticleLoader &loader() const { return *m_loader; }

    /** Loads the story of every article the refresh added to a feed set to "always". */
    void handleFeedRefreshed(const FeedRefreshOutcome &outcome);
    /** Enables the action for the article now shown. */
    void updateAction();

Q_SIGNALS:
    /** The article's story is stored: show it again if it is on screen. */
    void articleUpdated(qint64 articleId);

private:
    void loadCurrent();
    void handleFailed(qint64 articleId, const QString &reason);

    MainWindow &m_window;
    Store &m_store;
    FullArticleLoader *m_loader;
    QAction *m_loadAction;
};
