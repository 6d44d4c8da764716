#include "fullarticlecontroller.h"

#include "fullarticle/fullarticleloader.h"
#include "mainwindow.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QAction>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QStatusBar>

FullArticleController::FullArticleController(MainWindow &window, Store &store)
    : QObject(&window), m_window(window), m_store(store),
      m_loader(new FullArticleLoader(new QNetworkAccessManager(this), &store, this)),
      m_loadAction(new QAction(tr("Load &Full Article"), this))
{
    m_loadAction->setObjectName(QStringLiteral("loadFullArticle"));
    m_loadAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    m_loadAction->setStatusTip(tr("Fetch the article's web page and show the whole story instead of the feed's teaser"));
    if (auto *view = m_window.findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_loadAction);
    } else {
        m_window.addAction(m_loadAction);
    }
    connect(m_loadAction, &QAction::triggered, this, &FullArticleController::loadCurrent);
    connect(m_loader, &FullArticleLoader::loaded, this, [this](qint64 id) {
        Q_EMIT articleUpdated(id);
        updateAction();
    });
    connect(m_loader, &FullArticleLoader::failed, this, &FullArticleController::handleFailed);
    connect(&m_window, &MainWindow::articleShown, this, &FullArticleController::updateAction);
    updateAction();
}

FullArticleController::~FullArticleController() = default;

void FullArticleController::updateAction()
{
    const std::optional<Article> article = m_window.currentArticle();
    const std::optional<Feed> feed = article ? m_store.feed(article->feedId) : std::nullopt;
    const bool allowed = feed && feed->fullArticles != FullArticleMode::Off;
    m_loadAction->setEnabled(allowed && !article->url.isEmpty() && !m_loader->isLoading(article->id));
    m_loadAction->setToolTip(feed && !allowed ? tr("Turn on “Load full articles” in the feed's properties first")
                                              : m_loadAction->statusTip());
}

void FullArticleController::loadCurrent()
{
    const std::optional<Article> article = m_window.currentArticle();
    if (!article)
        return;
    m_window.statusBar()->showMessage(tr("Loading the full article…"), 10000);
    m_loader->load(article->id);
    updateAction();
}

void FullArticleController::handleFeedRefreshed(const FeedRefreshOutcome &outcome)
{
    if (outcome.added <= 0)
        return;
    const std::optional<Feed> feed = m_store.feed(outcome.feedId);
    if (!feed || feed->fullArticles != FullArticleMode::Always)
        return;
    ArticleQuery query;
    query.feedId = outcome.feedId;
    query.limit = qMin(outcome.added, MaxAutomaticPerRefresh);
    for (const Article &article : m_store.articles(query))
        m_loader->load(article.id);
}

void FullArticleController::handleFailed(qint64 articleId, const QString &reason)
{
    // Quiet: only the article on screen gets a notice; the teaser simply stays.
    const std::optional<Article> current = m_window.currentArticle();
    if (current && current->id == articleId)
        m_window.statusBar()->showMessage(tr("Full article not loaded: %1").arg(reason), 8000);
    updateAction();
}
