// Loads the full story of stored articles: fetches each article's web page through the fetch
// layer (size cap, timeouts, redirects, TLS errors never ignored), extracts the article on a worker
// thread, and stores it beside the feed's teaser. The UI thread never parses and never waits.
// Used for "Load full article" in the reader and, for feeds set to "always", after each refresh.
#pragma once

#include "model/contactchannel.h"

#include "net/httplimits.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

class FeedFetcher;
class QNetworkAccessManager;
class Store;
struct FetchResult;

class FullArticleLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullArticleLoader)

public:
    /** Pages are fetched through `network`; articles are read from and written to `store`, which
     *  must live on this object's thread and outlive it. */
    FullArticleLoader(QNetworkAccessManager *network, Store *store, QObject *parent = nullptr);
    ~FullArticleLoader() override;

    /** Starts loading; a request for an article already on its way is ignored. */
    void load(qint64 articleId);
    bool isLoading(qint64 articleId) const { return m_loading.contains(articleId); }

    /** The limits used for article pages: a page is at most ArticleExtractor::MaxPageBytes. */
    static HttpLimits pageLimits();

Q_SIGNALS:
    /** The story was extracted and stored: read the article again to show it. */
    void loaded(qint64 articleId);
    /** Nothing was stored; `reason` says why in plain words (the teaser remains what is shown). */
    void failed(qint64 articleId, const QString &reason);

private:
    void handlePage(qint64 articleId, qint64 feedId, const FetchResult &page);
    /** The WhatsApp chat widget of the publisher's page (its settings only, never links in the story). */
    static QList<ContactChannel> chatWidgets(const QByteArray &body, const QByteArray &charset, const QUrl &url);
    void handleExtracted(qint64 articleId, bool ok, const QString &html, const QString &text, const QString &error);
    void fail(qint64 articleId, const QString &reason);

    std::unique_ptr<FeedFetcher> m_fetcher;
    Store *m_store;
    QSet<qint64> m_loading;
    QThreadPool m_workers; // extraction runs here; the destructor waits for it
};
