#include "mainwindow.h"

#include "articlesearchbar.h"
#include "store/searchquery.h"

#include "dialogs/addfeeddialog.h"
#include "dialogs/settingsdialog.h"
#include "feedlistmenu.h"
#include "syncactions.h"
#include "models/articlelistmodel.h"
#include "models/directionaltextdelegate.h"
#include "models/feedtreemodel.h"
#include "models/roles.h"
#include "opml/opmlsubscriptions.h"
#include "panels/contactpanel.h"
#include "panels/summarysidebar.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "readingnavigator.h"
#include "sharemenu.h"
#include "storyfolding.h"
#include "net/faviconfetcher.h"
#include "refresh/refresher.h"
#include "fullarticlecontroller.h"
#include "savedarticlecontroller.h"
#include "refresh/refreshscheduler.h"
#include "store/store.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace {
ArticleRenderer::Theme themeFromPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? ArticleRenderer::Theme::Dark : ArticleRenderer::Theme::Light;
}
} // namespace

MainWindow::MainWindow(Store &store, Refresher &refresher, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_refresher(refresher), m_settings(settings),
      m_actions(MainWindowActions::create(this)), m_feedModel(new FeedTreeModel(this)),
      m_articleModel(new ArticleListModel(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_articleModel->loadPagesInBackground(store.databasePath()); // scrolling never waits on the disk
    setWindowTitle(tr("Khulasa"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/khulasa.svg")));
    buildLayout();
    m_feedMenu = new FeedListMenu(*m_feedView, *m_feedModel, m_store, m_refresher, this);
    m_scheduler = new RefreshScheduler(m_store, m_refresher, this);
    buildMenusAndToolbar();
    connectSignals();
    // --- Reading flow (issue 6): keys, zoom, print/PDF, View menu, shortcuts dialog, mark-as-read
    //     on open or after a delay. ReadingNavigator wires itself to this window's public parts. ---
    new ReadingNavigator(*this, m_settings);
    auto *fullArticles = new FullArticleController(*this, m_store); // View → Load Full Article, "always" feeds
    connect(&m_refresher, &Refresher::feedRefreshed, fullArticles, &FullArticleController::handleFeedRefreshed);
    // Saved articles keep their images (issue 5); a copy left partial is completed after a refresh.
    m_saving = new SavedArticleController(*this, m_store);
    connect(&m_refresher, &Refresher::finished, m_saving, &SavedArticleController::completeSavedCopies);
    connect(fullArticles, &FullArticleController::articleUpdated, this, [this](qint64 id) {
        m_saving->keepImagesOf(id); // a saved article's new story may show new images
        if (m_current && m_current->id == id)
            handleArticleSelected(); // show the stored story in place of the teaser
    });
    // --- end of reading flow ---
    wireSummarySidebar(); // issue 8: key points, same story elsewhere, related articles
    reloadFeeds();
    m_feedView->setCurrentIndex(m_feedModel->indexOfKind(FeedTreeModel::NodeKind::AllView));
    restoreLayout();
    applySettings();
    updateArticleActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    auto *delegate = m_delegate = new DirectionalTextDelegate(this);
    m_feedView = new QTreeView(this);
    m_feedView->setObjectName(QStringLiteral("feedList"));
    m_feedView->setAccessibleName(tr("Feeds"));
    m_feedView->setModel(m_feedModel);
    m_feedView->setHeaderHidden(true);
    m_feedView->setItemDelegate(delegate);
    m_feedView->setUniformRowHeights(true);

    m_articleView = new QTreeView(this);
    m_articleView->setObjectName(QStringLiteral("articleList"));
    m_articleView->setAccessibleName(tr("Articles"));
    m_stories = new StoryFolding(m_store, m_settings, *m_articleModel, *m_articleView, *delegate, m_actions.toggleStory,
                                 m_actions.groupStories, this);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAllColumnsShowFocus(true);
    m_articleView->setItemDelegate(delegate);
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setAccessibleName(tr("Article columns"));
    m_articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::SourceColumn, QHeaderView::Interactive);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);

    m_reader = new ArticleView(this);
    m_reader->setObjectName(QStringLiteral("articlePane"));
    m_summary = new SummarySidebar(this);
    m_contact = new ContactPanel(m_store, this);
    m_contact->watchRefreshes(m_refresher);

    m_readingSplitter = new QSplitter(Qt::Vertical, this);
    m_readingSplitter->setObjectName(QStringLiteral("readingSplitter"));
    // The search field sits on top of the list, in the same splitter pane.
    m_searchBar = new ArticleSearchBar(this);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_searchBar);
    listLayout->addWidget(m_articleView);
    m_readingSplitter->addWidget(listPane);
    m_readingSplitter->addWidget(m_reader);
    m_readingSplitter->setStretchFactor(1, 3);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_summary);
    m_sideSplitter->addWidget(m_contact);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_feedView);
    m_mainSplitter->addWidget(m_readingSplitter);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({240, 760, 280});
    setCentralWidget(m_mainSplitter);
    // Tab walks the areas in reading order: feeds, articles, the article, then the side panels. The
    // pane takes keyboard focus through a child that WebEngine creates with its first page, so the
    // order is set again when that child appears.
    const auto orderAreas = [this] {
        QWidget *readerInput = m_reader->focusProxy() ? m_reader->focusProxy() : m_reader;
        setTabOrder(m_feedView, m_articleView);
        setTabOrder(m_articleView, readerInput);
        setTabOrder(readerInput, m_summary);
    };
    orderAreas();
    connect(m_reader, &ArticleView::inputWidgetChanged, this, orderAreas);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Refreshing %v/%m"));
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400); // refresh outcomes arrive in bursts; redraw lists once per burst
    m_reader->showMessage(tr("Khulasa"), tr("Select an article to read it here."));
    resize(1280, 800);
}

void MainWindow::buildMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions.addFeed);
    file->addAction(m_actions.refreshAll);
    file->addAction(m_actions.cancelRefresh);
    file->addSeparator();
    file->addAction(m_actions.importOpml);
    file->addAction(m_actions.exportOpml);
    file->addSeparator();
    file->addAction(m_actions.settings);
    file->addSeparator();
    file->addAction(m_actions.quit);
    QMenu *article = menuBar()->addMenu(tr("&Article"));
    for (QAction *action : {m_actions.toggleRead, m_actions.toggleSaved, m_actions.copyLink, m_actions.openOriginal,
                            m_actions.toggleStory})
        article->addAction(action);
    // --- Sharing (issue 9): the Share menu in the Article menu, the toolbar, the article list's
    //     context menu and on Ctrl+Shift+S; the contact panel's toggle with its badge. ---
    auto *share = new ShareMenu([this] { return m_current; }, m_actions.copyLink, this);
    m_actions.share->setMenu(share);
    article->addAction(m_actions.share);
    share->attachTo(m_articleView, {m_actions.toggleRead, m_actions.toggleSaved, m_actions.openOriginal, m_actions.toggleStory});
    connect(m_actions.share, &QAction::triggered, share, [this, share] { share->popUpAt(m_articleView); });
    connect(share, &ShareMenu::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 3000); });
    // --- end of sharing ---
    article->addSeparator();
    article->addAction(m_actions.findArticles);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {m_actions.addFeed, m_actions.refreshAll, m_actions.cancelRefresh})
        toolbar->addAction(action);
    toolbar->addSeparator();
    for (QAction *action : {m_actions.toggleRead, m_actions.toggleSaved, m_actions.copyLink, m_actions.share, m_actions.openOriginal})
        toolbar->addAction(action);
    if (auto *shareButton = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_actions.share)))
        shareButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addAction(m_contact->toggleAction());
}

void MainWindow::connectSignals()
{
    connect(m_actions.addFeed, &QAction::triggered, this, [this] { showAddFeedDialog(); });
    connect(m_actions.refreshAll, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_actions.cancelRefresh, &QAction::triggered, &m_refresher, &Refresher::cancel);
    connect(m_actions.toggleRead, &QAction::triggered, this, &MainWindow::toggleCurrentRead);
    connect(m_actions.toggleSaved, &QAction::triggered, this, &MainWindow::toggleCurrentSaved);
    connect(m_actions.copyLink, &QAction::triggered, m_contact, &ContactPanel::copyLink);
    connect(m_actions.openOriginal, &QAction::triggered, this, &MainWindow::openCurrentOriginal);
    connect(m_actions.importOpml, &QAction::triggered, this, &MainWindow::importOpml);
    connect(m_actions.exportOpml, &QAction::triggered, this, &MainWindow::exportOpml);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions.settings, &QAction::triggered, this, [this] { showSettings(); });
    connect(m_feedView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::handleFeedSelected);
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::handleArticleSelected);
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateArticleActions);
    connect(m_actions.findArticles, &QAction::triggered, m_searchBar, &ArticleSearchBar::focusField);
    connect(m_searchBar, &ArticleSearchBar::searchChanged, this, &MainWindow::handleFeedSelected);
    connect(m_articleModel, &ArticleListModel::articleStateChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reloadFeeds();
        m_articleModel->reload();
        updateArticleActions();
    });
    connect(&m_refresher, &Refresher::feedRefreshed, this, &MainWindow::handleFeedRefreshed);
    connect(m_feedMenu, &FeedListMenu::feedsChanged, this, [this] {
        reloadFeeds();
        handleFeedSelected();
    });
    connect(m_scheduler, &RefreshScheduler::onlineChanged, this, [this](bool online) {
        statusBar()->showMessage(online ? tr("Back online") : tr("Offline: refreshing is paused"), 5000);
    });
    connect(&m_refresher, &Refresher::progressChanged, this, &MainWindow::handleRefreshProgress);
    connect(m_contact, &ContactPanel::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 3000);
    });
    connect(m_reader, &ArticleView::linkHovered, this, [this](const QString &url) {
        statusBar()->showMessage(url); // the target is shown before a click hands it to the browser
    });
    connect(m_reader, &ArticleView::articleLoaded, this, [this](qint64 id) {
        if (m_current && m_current->id == id)
            Q_EMIT articleShown(id);
    });
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    for (QSplitter *splitter : {m_mainSplitter, m_readingSplitter, m_sideSplitter})
        splitter->restoreState(m_settings.splitterState(splitter->objectName()));
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    for (QSplitter *splitter : {m_mainSplitter, m_readingSplitter, m_sideSplitter})
        m_settings.setSplitterState(splitter->objectName(), splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadFeeds()
{
    const QList<Feed> feeds = m_store.feeds();
    const ArticleCounts counts = m_store.counts();
    m_feedModel->setFeeds(m_store.folders(), feeds, {counts.unread, counts.saved, counts.today});
    QHash<qint64, QString> titles;
    for (const Feed &feed : feeds)
        titles.insert(feed.id, feed.title.isEmpty() ? feed.url : feed.title);
    m_articleModel->setFeedTitles(titles);
    m_feedView->expandAll();
}

void MainWindow::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
    m_feedMenu->setCredentialStore(credentials);
}

void MainWindow::showSettings(int page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_store, m_credentials, m_cacheFolder, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
        connect(m_settingsDialog, &SettingsDialog::cacheCleared, this, &MainWindow::reloadFeeds);
        connect(m_settingsDialog, &SettingsDialog::languageChosen, this, &MainWindow::languageChangeRequested);
    }
    m_settingsDialog->showPage(SettingsDialog::Page(page));
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::applySettings()
{
    const int padding = m_settings.listDensity() == u"compact" ? 0 : 3;
    if (padding != m_delegate->rowPadding()) {
        m_delegate->setRowPadding(padding);
        m_feedView->doItemsLayout();
        m_articleView->doItemsLayout();
    }
    m_stories->applySettings();
    m_refresher.setConcurrency(m_settings.fetchConcurrency(), m_settings.fetchPerHost());
    m_refresher.setRetention(m_settings.retentionPolicy()); // applied by the purge after the next refresh
    m_scheduler->setDefaultIntervalMinutes(m_settings.refreshIntervalMinutes());
    // Re-render only when something the pane shows changed: a reload would also scroll back to the top.
    const QString readerLook = QStringList{m_settings.readerTheme(), m_settings.readerFontFamily(),
                                           QString::number(m_settings.readerFontSize()),
                                           QString::number(m_settings.readerJustify()),
                                           QString::number(int(m_settings.imagesPolicy())), m_settings.defaultDirection()}
                                   .join(u'|');
    if (readerLook != m_readerLook) {
        const bool first = m_readerLook.isEmpty();
        m_readerLook = readerLook;
        if (!first)
            m_reader->rerender();
    }
}

void MainWindow::setSyncRunner(SyncRunner *runner)
{
    auto *sync = new SyncActions(m_store, *runner, this);
    QMenu *file = menuBar()->actions().constFirst()->menu(); // File: the sync entries go above Import OPML
    file->insertActions(m_actions.importOpml, {sync->syncNow(), sync->accounts()});
    file->insertSeparator(m_actions.importOpml);
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar")))
        toolbar->insertAction(m_actions.cancelRefresh, sync->syncNow());
    connect(sync, &SyncActions::storeChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_articleModel, &ArticleListModel::articleStateChanged, sync,
            [sync](qint64, qint64 feedId) { sync->handleLocalChange(feedId); });
    connect(sync, &SyncActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::setCacheFolder(const QString &folder)
{
    m_cacheFolder = folder;
    m_feedModel->setIconFolder(folder);
    m_contact->setIconFolder(folder);
    m_summary->setIconFolder(folder);
    delete m_favicons;
    m_favicons = new FaviconFetcher(m_refresher.fetcher(), folder, this);
    m_saving->setCacheFolder(folder);
    reloadFeeds();
}

void MainWindow::startScheduledRefresh(int defaultMinutes)
{
    m_scheduler->setDefaultIntervalMinutes(defaultMinutes);
    m_scheduler->start();
}

void MainWindow::fetchIconIfMissing(qint64 feedId)
{
    const auto feed = m_store.feed(feedId);
    if (!m_favicons || !feed || !feed->iconFile.isEmpty())
        return;
    m_favicons->fetchFor(*feed, [this, feedId](const QString &iconFile) {
        if (!iconFile.isEmpty() && m_store.setFeedIcon(feedId, iconFile))
            m_reloadTimer->start();
    });
}

void MainWindow::refreshAll()
{
    QList<Feed> feeds;
    for (const Feed &feed : m_store.feeds()) {
        if (!feed.builtin)
            feeds.append(feed);
    }
    m_refresher.refresh(feeds);
}

void MainWindow::showAddFeedDialog(const QString &address)
{
    auto *dialog = new AddFeedDialog(m_store, m_refresher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddress(address);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 feedId = dialog->addedFeedId();
        reloadFeeds();
        m_feedView->setCurrentIndex(m_feedModel->indexOfFeed(feedId));
        statusBar()->showMessage(tr("Feed added"), 3000);
    });
    dialog->open();
}

void MainWindow::wireSummarySidebar()
{
    m_summary->setDatabasePath(m_store.databasePath());
    m_summary->setShowHijri(m_settings.showHijriDate());
    connect(m_summary, &SummarySidebar::showHijriChanged, this, [this](bool on) { m_settings.setShowHijriDate(on); });
    connect(m_summary, &SummarySidebar::articleRequested, this, [this](qint64 articleId) {
        // The list shows the current feed or view; a story from elsewhere is found in its own feed.
        if (selectArticle(articleId))
            return;
        if (const std::optional<Article> article = m_store.article(articleId)) {
            m_feedView->setCurrentIndex(m_feedModel->indexOfFeed(article->feedId));
            selectArticle(articleId);
        }
    });
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_summary->showHijriAction());
        view->addAction(m_actions.groupStories);
    }
}

bool MainWindow::selectArticle(qint64 articleId)
{
    int row = m_articleModel->rowOfArticle(articleId);
    if (row < 0) {
        m_feedView->setCurrentIndex(m_feedModel->indexOfKind(FeedTreeModel::NodeKind::AllView));
        row = m_articleModel->rowOfArticle(articleId);
    }
    if (row < 0)
        return false;
    m_articleView->setCurrentIndex(m_stories->viewIndex(row, ArticleListModel::TitleColumn));
    return true;
}

void MainWindow::loadArticleList()
{
    ArticleQuery query = m_feedModel->queryFor(m_feedView->currentIndex());
    query.search = m_searchBar->searchText();
    const auto parsed = query.search.isEmpty() ? Result<SearchQuery>::failure({}) : SearchQuery::parse(query.search);
    m_searchBar->setProblem(query.search.isEmpty() || parsed ? QString() : parsed.error());
    m_articleModel->load(query);
    m_articleModel->setHighlight(query.search);
}

void MainWindow::handleFeedSelected()
{
    loadArticleList();
    m_current.reset();
    m_summary->clear();
    m_contact->clear();
    updateArticleActions();
}

void MainWindow::handleArticleSelected()
{
    const int row = currentArticleRow();
    const Article *listed = m_articleModel->articleAt(row);
    if (!listed)
        return;
    const std::optional<Article> article = m_store.article(listed->id);
    const std::optional<Feed> feed = article ? m_store.feed(article->feedId) : std::nullopt;
    if (!article || !feed)
        return;
    m_current = article;
    ArticleRenderer::Options options;
    options.theme = themeFromPalette(palette());
    options.directionOverride = feed->direction;
    for (const ArticleEnclosure &enclosure : article->enclosures)
        options.enclosures.append({enclosure.url, enclosure.type});
    options.localImages = m_saving->localImages(*article); // a saved article reads offline
    m_reader->showArticle(*article, feed->title, options);
    m_summary->showArticle(*article, *feed);
    m_contact->showArticle(*article, *feed);
    // Marked read by ReadingNavigator once shown (on open or after the reader's delay; issue 6).
    updateArticleActions();
}

void MainWindow::handleFeedRefreshed(const FeedRefreshOutcome &outcome)
{
    if (outcome.status == FeedStatus::Error && !outcome.error.isEmpty())
        statusBar()->showMessage(outcome.error, 4000);
    if (outcome.status == FeedStatus::Ok)
        fetchIconIfMissing(outcome.feedId);
    m_reloadTimer->start();
}

void MainWindow::handleRefreshProgress(int done, int total)
{
    const bool running = total > done;
    m_progress->setVisible(running);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_actions.cancelRefresh->setEnabled(running);
    m_actions.refreshAll->setEnabled(!running);
    if (!running && total > 0)
        statusBar()->showMessage(tr("Refresh finished"), 3000);
}

int MainWindow::currentArticleRow() const
{
    return articleModelRow(m_articleView->currentIndex());
}

int MainWindow::articleModelRow(const QModelIndex &viewIndex) const
{
    return m_stories->modelRow(viewIndex);
}

void MainWindow::toggleCurrentRead()
{
    const int row = currentArticleRow();
    if (const Article *article = m_articleModel->articleAt(row))
        m_articleModel->setRead(row, !article->read);
    updateArticleActions();
}

void MainWindow::toggleCurrentSaved()
{
    const int row = currentArticleRow();
    if (const Article *article = m_articleModel->articleAt(row))
        m_articleModel->setSaved(row, !article->saved);
    updateArticleActions();
}

void MainWindow::openCurrentOriginal()
{
    if (!m_current)
        return;
    const QUrl url(m_current->url);
    if (url.scheme() == u"http" || url.scheme() == u"https")
        QDesktopServices::openUrl(url);
}

void MainWindow::updateArticleActions()
{
    const Article *article = m_articleModel->articleAt(currentArticleRow());
    for (QAction *action : {m_actions.toggleRead, m_actions.toggleSaved, m_actions.copyLink, m_actions.share, m_actions.openOriginal})
        action->setEnabled(article != nullptr);
    m_actions.toggleSaved->setChecked(article && article->saved);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Khulasa"),
                       tr("<h3>Khulasa %1</h3><p>A desktop news reader built first for Arabic readers.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Subscriptions"), QString(),
                                                      tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Subscriptions"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto imported = OpmlSubscriptions::import(m_store, file.read(64 * 1024 * 1024));
    if (!imported) {
        QMessageBox::warning(this, tr("Import Subscriptions"), imported.error());
        return;
    }
    reloadFeeds();
    statusBar()->showMessage(tr("Imported %n feed(s)", nullptr, imported->added), 5000);
    if (imported->added > 0)
        refreshAll();
}

void MainWindow::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Subscriptions"), QStringLiteral("khulasa.opml"),
                                                      tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray opml = OpmlSubscriptions::exportAll(m_store);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        QMessageBox::warning(this, tr("Export Subscriptions"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    else
        statusBar()->showMessage(tr("Subscriptions exported"), 3000);
}
