#include "saving/articlesaver.h"

#include "net/feedfetcher.h"
#include "saving/articleimages.h"
#include "saving/imagesniffer.h"
#include "saving/savedimagefiles.h"
#include "store/store.h"

#include <QDir>
#include <QSet>

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ArticleSaver)
};

qint64 megabytes(qint64 bytes)
{
    return bytes / (1024 * 1024);
}
} // namespace

/** One article's save in progress. */
struct ArticleSaver::Run
{
    QList<SavedImage> present;   // kept before and still on disk
    QList<SavedImage> failures;
    QList<Accepted> accepted;    // fetched, recognised, waiting to be written
    qint64 bytes = 0;            // present + accepted
    int pending = 0;             // fetches not answered yet
};

ArticleSaver::ArticleSaver(QNetworkAccessManager *network, Store *store, QString savedRoot, QObject *parent)
    : QObject(parent), m_fetcher(std::make_unique<FeedFetcher>(network, imageLimits())), m_store(store),
      m_root(std::move(savedRoot))
{
    m_writers.setMaxThreadCount(1);
}

ArticleSaver::~ArticleSaver()
{
    m_fetcher->cancelAll();
    m_writers.waitForDone(); // a writer posts back to this object: it must not outlive it
}

HttpLimits ArticleSaver::imageLimits()
{
    HttpLimits limits;
    limits.maxConcurrent = 6;
    limits.maxPerHost = 3;
    limits.stallTimeoutSeconds = 20;
    limits.overallTimeoutSeconds = 60;
    limits.maxBodyBytes = MaxImageBytes;
    return limits;
}

void ArticleSaver::save(qint64 articleId)
{
    if (m_runs.contains(articleId))
        return;
    const std::optional<Article> article = m_store->article(articleId);
    if (!article || !article->saved) {
        SaveOutcome outcome;
        outcome.articleId = articleId;
        outcome.error = article ? Messages::tr("Article %1 is not saved.").arg(articleId)
                                : Messages::tr("There is no article with id %1.").arg(articleId);
        // Queued, so that every outcome arrives after save() returned, as a fetched one would.
        QMetaObject::invokeMethod(this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    auto run = std::make_shared<Run>();
    QHash<QString, SavedImage> earlier;
    if (const std::optional<SavedCopy> copy = m_store->savedCopy(articleId)) {
        for (const SavedImage &image : copy->images)
            earlier.insert(image.url, image);
    }
    QStringList missing;
    for (const QString &url : ArticleImages::references(article->bodyHtml())) {
        const SavedImage image = earlier.value(url);
        if (SavedImageFiles::isPresent(m_root, articleId, image)) {
            run->present.append(image);
            run->bytes += image.size;
        } else {
            missing.append(url);
        }
    }
    m_runs.insert(articleId, run);
    run->pending = int(missing.size());
    if (missing.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, articleId] { writeFiles(articleId); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &url : std::as_const(missing)) {
        m_fetcher->fetch(FetchRequest{QUrl(url), {}, {}, {}, {}},
                         [this, articleId, url](const FetchResult &result) { handleImage(articleId, url, result); });
    }
}

void ArticleSaver::handleImage(qint64 articleId, const QString &url, const FetchResult &result)
{
    const std::shared_ptr<Run> run = m_runs.value(articleId);
    if (!run)
        return;
    if (result.cancelled) {
        m_runs.remove(articleId); // the saver is going away; the next save starts afresh
        return;
    }
    QString mimeType;
    const QString why = refusal(*run, result, mimeType);
    if (why.isEmpty()) {
        run->accepted.append({url, SavedImageFiles::fileNameFor(url, mimeType), mimeType, result.body});
        run->bytes += result.body.size();
    } else {
        SavedImage failure;
        failure.url = url;
        failure.error = why;
        run->failures.append(failure);
    }
    if (--run->pending == 0)
        writeFiles(articleId);
}

QString ArticleSaver::refusal(const Run &run, const FetchResult &result, QString &mimeType) const
{
    if (!result.ok())
        return result.error;
    if (result.httpStatus != 200)
        return Messages::tr("The server answered %1.").arg(result.httpStatus);
    mimeType = ImageSniffer::rasterMimeType(result.body);
    if (mimeType.isEmpty()) {
        const QString claimed = QString::fromLatin1(result.contentType).section(u';', 0, 0).trimmed();
        return claimed.isEmpty() ? Messages::tr("It is not a picture.")
                                 : Messages::tr("It is not a picture (the server called it %1).").arg(claimed);
    }
    if (run.bytes + result.body.size() > MaxArticleBytes)
        return Messages::tr("The article's images would take more than %1 MB.").arg(megabytes(MaxArticleBytes));
    return {};
}

void ArticleSaver::writeFiles(qint64 articleId)
{
    const std::shared_ptr<Run> run = m_runs.value(articleId);
    if (!run)
        return;
    const QList<Accepted> accepted = std::exchange(run->accepted, {});
    m_writers.start([this, articleId, accepted, root = m_root] {
        QList<SavedImage> written;
        for (const Accepted &image : accepted) {
            SavedImage row{image.url, image.fileName, image.mimeType, qint64(image.bytes.size()), {}};
            if (const Status status = SavedImageFiles::write(root, articleId, image.fileName, image.bytes); !status)
                row = SavedImage{image.url, {}, {}, 0, status.error()};
            written.append(row);
        }
        QMetaObject::invokeMethod(this, [this, articleId, written] { record(articleId, written); }, Qt::QueuedConnection);
    });
}

void ArticleSaver::record(qint64 articleId, const QList<SavedImage> &written)
{
    const std::shared_ptr<Run> run = m_runs.take(articleId);
    if (!run)
        return;
    SaveOutcome outcome;
    outcome.articleId = articleId;
    const std::optional<Article> article = m_store->article(articleId);
    if (!article || !article->saved) {
        // Unsaved (or removed) while its images were on their way: keep nothing.
        discard(articleId);
        outcome.error = Messages::tr("The article was unsaved before its images were kept.");
        return finish(outcome);
    }
    QList<SavedImage> rows = run->present;
    for (const SavedImage &image : written) {
        rows.append(image);
        if (image.kept())
            ++outcome.fetched;
        else
            outcome.failures.append(image);
    }
    rows += run->failures;
    outcome.failures += run->failures;
    for (const SavedImage &image : std::as_const(rows)) {
        if (image.kept()) {
            ++outcome.kept;
            outcome.bytes += image.size;
        }
    }
    if (const Status recorded = m_store->recordSavedCopy(articleId, rows); !recorded) {
        outcome.error = recorded.error();
        return finish(outcome);
    }
    // Files of images the content no longer shows (it was updated since) go.
    QSet<QString> keep;
    for (const SavedImage &image : std::as_const(rows))
        keep.insert(image.fileName);
    QDir folder(SavedImageFiles::folderFor(m_root, articleId));
    for (const QString &name : folder.entryList(QDir::Files)) {
        if (!keep.contains(name))
            folder.remove(name);
    }
    finish(outcome);
}

void ArticleSaver::finish(SaveOutcome outcome)
{
    Q_EMIT finished(outcome);
}

bool ArticleSaver::discard(qint64 articleId)
{
    const bool rowsGone = m_store->forgetSavedCopy(articleId);
    return SavedImageFiles::removeFolder(m_root, articleId) && rowsGone;
}

int ArticleSaver::removeOrphans()
{
    return SavedImageFiles::removeOrphans(m_root, m_store->articlesWithSavedCopies());
}
