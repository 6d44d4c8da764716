#include "savedarticlecontroller.h"

#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "saving/articlesaver.h"
#include "saving/savedimagefiles.h"
#include "saving/standalonearticle.h"
#include "store/store.h"

#include <QAction>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStatusBar>

SavedArticleController::SavedArticleController(MainWindow &window, Store &store)
    : QObject(&window), m_window(window), m_store(store), m_exportHtml(new QAction(tr("Export as &HTML…"), this))
{
    m_exportHtml->setObjectName(QStringLiteral("exportHtml"));
    m_exportHtml->setStatusTip(tr("Write the article as one HTML file with its saved images inside"));
    const MainWindowActions &a = window.actions();
    // Right after Export to PDF in the Article menu (ReadingNavigator put that one there).
    if (QMenu *article = MainWindowActions::menuHolding(a.exportPdf)) {
        const QList<QAction *> items = article->actions();
        const qsizetype next = items.indexOf(a.exportPdf) + 1;
        article->insertAction(next < items.size() ? items.at(next) : nullptr, m_exportHtml);
    } else {
        window.addAction(m_exportHtml);
    }
    connect(m_exportHtml, &QAction::triggered, this, &SavedArticleController::exportHtml);
    connect(&window, &MainWindow::articleShown, this, [this] { m_exportHtml->setEnabled(m_window.currentArticle().has_value()); });
    m_exportHtml->setEnabled(false);
    connect(window.articleModel(), &ArticleListModel::articleStateChanged, this,
            [this](qint64 articleId, qint64) { handleStateChanged(articleId); });
}

SavedArticleController::~SavedArticleController() = default;

void SavedArticleController::setCacheFolder(const QString &folder)
{
    delete m_saver;
    // A network manager of its own, with Qt's strict TLS defaults; it goes with the saver.
    auto *network = new QNetworkAccessManager(this);
    m_saver = new ArticleSaver(network, &m_store, SavedImageFiles::rootIn(folder), this);
    network->setParent(m_saver);
    connect(m_saver, &ArticleSaver::finished, this, &SavedArticleController::handleFinished);
    m_saver->removeOrphans(); // folders of articles that went with their feed
    completeSavedCopies();
}

void SavedArticleController::completeSavedCopies()
{
    if (!m_saver)
        return;
    // A sync can save and unsave articles without the list model: catch up with both.
    for (qint64 id : m_store.unsavedArticlesWithCopies()) {
        if (!m_saver->isSaving(id))
            m_saver->discard(id);
    }
    for (qint64 id : m_store.savedArticlesToComplete(MaxRetriesPerRefresh))
        m_saver->save(id);
}

void SavedArticleController::keepImagesOf(qint64 articleId)
{
    const std::optional<Article> article = m_store.article(articleId);
    if (m_saver && article && article->saved)
        m_saver->save(articleId);
}

QHash<QString, QString> SavedArticleController::localImages(const Article &article) const
{
    if (!m_saver || !article.saved)
        return {};
    const std::optional<SavedCopy> copy = m_store.savedCopy(article.id);
    return copy ? SavedImageFiles::dataUris(m_saver->savedRoot(), article.id, copy->images, ArticleSaver::MaxArticleBytes)
                : QHash<QString, QString>();
}

void SavedArticleController::handleStateChanged(qint64 articleId)
{
    if (!m_saver)
        return;
    const std::optional<Article> article = m_store.article(articleId);
    if (!article)
        return;
    // Read/unread changes come this way too: only a change of "saved" starts or ends a copy.
    if (article->saved && !m_store.savedCopy(articleId)) {
        m_window.statusBar()->showMessage(tr("Keeping the article's images for reading offline…"), 10000);
        m_saver->save(articleId);
    } else if (!article->saved && m_store.savedCopy(articleId)) {
        if (!m_saver->discard(articleId))
            m_window.statusBar()->showMessage(tr("Some of the article's saved images could not be removed."), 10000);
    }
}

void SavedArticleController::handleFinished(const SaveOutcome &outcome)
{
    // Copies completed in the background stay quiet; the article on screen gets a word.
    const std::optional<Article> current = m_window.currentArticle();
    if (!current || current->id != outcome.articleId)
        return;
    QString message;
    if (!outcome.error.isEmpty()) {
        message = tr("Saved, but its images were not kept: %1").arg(outcome.error);
    } else if (outcome.failures.isEmpty()) {
        message = tr("Saved for reading offline with %n image(s) (%1).", nullptr, outcome.kept)
                      .arg(QLocale().formattedDataSize(outcome.bytes));
    } else {
        message = tr("Saved, but %n image(s) could not be kept (retried later): %1", nullptr, int(outcome.failures.size()))
                      .arg(outcome.failures.first().error);
    }
    m_window.statusBar()->showMessage(message, 10000);
}

void SavedArticleController::exportHtml()
{
    const std::optional<Article> article = m_window.currentArticle();
    if (!article)
        return;
    QString name = article->title.left(60);
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Article as HTML"), name + u".html",
                                                      tr("Web pages (*.html *.htm)"));
    if (path.isEmpty())
        return;
    const std::optional<Article> stored = m_store.article(article->id);
    if (!stored)
        return;
    const std::optional<Feed> feed = m_store.feed(stored->feedId);
    const QByteArray html = StandaloneArticle::html(*stored, feed ? feed->title : QString(), localImages(*stored)).toUtf8();
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(html) == html.size() && file.commit();
    m_window.statusBar()->showMessage(written ? tr("Article exported to %1").arg(path)
                                              : tr("Cannot write %1: %2").arg(path, file.errorString()),
                                      5000);
}
