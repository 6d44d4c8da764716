// Keeps a saved article readable with the network off: fetches every image its stored content shows
// through the fetch layer (size cap, timeouts, redirects, TLS errors never ignored), accepts only
// raster images recognised by their bytes, writes them under the profile's cache (off the calling
// thread) and records them in the store with the copy's state. Images kept before are not fetched
// again, so a later save (or a retry after a refresh) only fetches what is still missing.
// Used by the GUI's Save action and by `khulasa-cli save`.
#pragma once

#include "net/httplimits.h"
#include "store/savedcopyrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <memory>

class FeedFetcher;
class QNetworkAccessManager;
class Store;
struct FetchResult;

/** What one save did. */
struct SaveOutcome
{
    qint64 articleId = 0;
    int kept = 0;                // images the copy holds now (fetched earlier included)
    int fetched = 0;             // of those, fetched by this save
    qint64 bytes = 0;            // of all kept images
    QList<SavedImage> failures;  // images not kept, each with its reason
    QString error;               // the save as a whole failed (article gone, disk full)

    bool complete() const { return error.isEmpty() && failures.isEmpty(); }
};

class ArticleSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSaver)

public:
    static constexpr qint64 MaxImageBytes = 10 * 1024 * 1024;
    static constexpr qint64 MaxArticleBytes = 50 * 1024 * 1024;

    /** Images are fetched through `network` and kept under `savedRoot` (SavedImageFiles::rootIn);
     *  `store` must live on this object's thread and outlive it. */
    ArticleSaver(QNetworkAccessManager *network, Store *store, QString savedRoot, QObject *parent = nullptr);
    ~ArticleSaver() override;

    /** Keeps the images of a saved article that are not kept yet; finished() tells the outcome.
     *  A request for an article already being saved is ignored. */
    void save(qint64 articleId);
    bool isSaving(qint64 articleId) const { return m_runs.contains(articleId); }
    /** Removes the article's kept images and their rows (after it was unsaved). */
    bool discard(qint64 articleId);
    /** Removes image folders of articles that have no copy on record any more (their feed went). */
    int removeOrphans();

    QString savedRoot() const { return m_root; }
    static HttpLimits imageLimits();

Q_SIGNALS:
    void finished(const SaveOutcome &outcome);

private:
    struct Run;
    struct Accepted
    {
        QString url;
        QString fileName;
        QString mimeType;
        QByteArray bytes;
    };

    void handleImage(qint64 articleId, const QString &url, const FetchResult &result);
    /** Why `result` cannot be kept, or "" when it can (then `mimeType` is set). */
    QString refusal(const Run &run, const FetchResult &result, QString &mimeType) const;
    void writeFiles(qint64 articleId);
    void record(qint64 articleId, const QList<SavedImage> &written);
    void finish(SaveOutcome outcome);

    std::unique_ptr<FeedFetcher> m_fetcher;
    Store *m_store;
    QString m_root;
    QHash<qint64, std::shared_ptr<Run>> m_runs;
    QThreadPool m_writers; // files are written here; the destructor waits for it
};
