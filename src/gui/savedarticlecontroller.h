// Saved articles in the main window (issue 5): saving one through the list model (the "s" action)
// keeps its images for reading offline, unsaving removes them; copies left partial are completed
// after each refresh and at start; a saved article is shown from its kept images; Article → Export
// as HTML writes it as one standalone file. The work is the core's ArticleSaver; this class decides
// when, and reports in the status bar.
#pragma once

#include <QHash>
#include <QObject>

class ArticleSaver;
class MainWindow;
class QAction;
class Store;
struct Article;
struct SaveOutcome;

class SavedArticleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedArticleController)

public:
    /** Most partial copies retried after one refresh (the longest waiting first). */
    static constexpr int MaxRetriesPerRefresh = 20;

    SavedArticleController(MainWindow &window, Store &store);
    ~SavedArticleController() override;

    /** Images are kept under this profile cache folder; until it is set nothing is kept. */
    void setCacheFolder(const QString &folder);
    /** Keeps what is still missing from saved copies that are partial or were never made, and removes
     *  the copies of articles no longer saved. */
    void completeSavedCopies();
    /** Keeps images of a saved article its content shows and its copy lacks (after its story changed). */
    void keepImagesOf(qint64 articleId);
    /** URL → data: URI of the kept images of `article` (empty unless it is saved and has a copy).
     *  Reads local files only: a few megabytes at most for an ordinary article. */
    QHash<QString, QString> localImages(const Article &article) const;

    QAction *exportHtmlAction() const { return m_exportHtml; }
    ArticleSaver *saver() const { return m_saver; }

private:
    void handleStateChanged(qint64 articleId);
    void handleFinished(const SaveOutcome &outcome);
    void exportHtml();

    MainWindow &m_window;
    Store &m_store;
    ArticleSaver *m_saver = nullptr;
    QAction *m_exportHtml;
};
