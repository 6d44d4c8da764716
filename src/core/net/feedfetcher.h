// Downloads feed documents over an injected QNetworkAccessManager, politely and within bounds:
// a global and a per-host concurrency limit, stall and overall timeouts, a body size cap enforced
// while streaming, conditional GET, and errors described in plain words. TLS errors are never ignored.
#pragma once

#include "net/httplimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct FetchRequest
{
    QUrl url;
    QString etag;         // sent as If-None-Match when not empty
    QString lastModified; // sent as If-Modified-Since when not empty
};

struct FetchResult
{
    QUrl requestedUrl;
    QUrl finalUrl;        // after redirects
    int httpStatus = 0;   // 0 when no HTTP response arrived
    bool notModified = false;
    QByteArray body;
    QByteArray charset;   // from Content-Type, lower case, empty when not given
    QByteArray contentType;
    QString etag;
    QString lastModified;
    QString error;        // empty on success; otherwise the cause in plain words

    bool ok() const { return error.isEmpty(); }
};

class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    using Callback = std::function<void(const FetchResult &)>;

    FeedFetcher(QNetworkAccessManager *network, const HttpLimits &limits, QObject *parent = nullptr);
    ~FeedFetcher() override;

    /** Queues a download; `done` runs on this object's thread when it ends, whatever the outcome. */
    void fetch(const FetchRequest &request, Callback done);
    /** Ends every queued and running request; their callbacks report "cancelled". */
    void cancelAll();
    int pendingCount() const { return int(m_queue.size()) + m_running; }

    static QByteArray userAgent();

private:
    struct Job
    {
        FetchRequest request;
        Callback done;
    };
    struct Transfer;

    void startQueued();
    void start(Job job);
    void finish(Transfer *transfer);
    static QString describeNetworkError(QNetworkReply *reply, const QString &sslProblem);

    QNetworkAccessManager *m_network;
    HttpLimits m_limits;
    QQueue<Job> m_queue;
    QHash<QString, int> m_runningPerHost;
    QList<Transfer *> m_transfers;
    int m_running = 0;
};
