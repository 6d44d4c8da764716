// Downloads feed documents over an injected QNetworkAccessManager, politely and within bounds:
// a global and a per-host concurrency limit, stall and overall timeouts, a body size cap enforced
// while streaming (after decompression), redirects followed by hand (at most five, loops detected,
// credentials dropped across origins, permanent moves reported), conditional GET, HTTP Basic/Digest
// with credentials supplied by the caller, Retry-After honoured per host, and every failure described
// in plain words. TLS errors are never ignored.
#pragma once

#include "net/httplimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>
#include <functional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

struct FetchRequest
{
    QUrl url;
    QString etag;         // sent as If-None-Match when not empty
    QString lastModified; // sent as If-Modified-Since when not empty
    QString user;         // HTTP Basic/Digest, answered only when the server asks
    QString password;
};

struct FetchResult
{
    QUrl requestedUrl;
    QUrl finalUrl;        // after redirects
    QUrl movedTo;         // set when every redirect on the way was permanent (301/308)
    int httpStatus = 0;   // 0 when no HTTP response arrived
    bool notModified = false;
    QByteArray body;
    QByteArray charset;   // from Content-Type, lower case, empty when not given
    QByteArray contentType;
    QString etag;
    QString lastModified;
    QDateTime retryAfter; // a 429/503 asked us to wait until then
    QString error;        // empty on success; otherwise the cause in plain words
    bool cancelled = false; // ended by cancelAll(): says nothing about the feed itself

    bool ok() const { return error.isEmpty(); }
};

class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    using Callback = std::function<void(const FetchResult &)>;

    /** Requests go through `network`. Qt 6.4 opens at most six connections per host and manager, so
     *  when `limits.maxPerHost` asks for more the fetcher adds managers configured like `network`. */
    FeedFetcher(QNetworkAccessManager *network, const HttpLimits &limits, QObject *parent = nullptr);
    ~FeedFetcher() override;

    /** Queues a download; `done` runs on this object's thread when it ends, whatever the outcome. */
    void fetch(const FetchRequest &request, Callback done);
    /** Ends every queued and running request; their callbacks report "cancelled". */
    void cancelAll();
    int pendingCount() const { return int(m_queue.size()) + m_running; }
    /** New bounds for requests in flight, overall and per host; requests already running finish as they are. */
    void setConcurrency(int maxConcurrent, int maxPerHost);

    /** Hosts that must not be contacted before a time (loaded from and saved to the store by the caller). */
    void setHostWait(const QString &host, const QDateTime &until);
    QDateTime hostWait(const QString &host) const;

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
    void send(Transfer *transfer, const QUrl &url);
    void handleFinished(Transfer *transfer);
    bool followRedirect(Transfer *transfer, int status);
    void complete(Transfer *transfer, FetchResult result);
    void handleAuthentication(QNetworkReply *reply, QAuthenticator *authenticator);
    static QString describeNetworkError(QNetworkReply *reply, const QString &sslProblem);

    QNetworkAccessManager *managerFor(const QUrl &url, const QString &user);
    QNetworkAccessManager *makeManagerLike(QNetworkAccessManager *model);
    /** Adds managers until `maxPerHost` connections to one host fit (six per manager). */
    void addLanesFor(int maxPerHost);
    QString tooLarge() const;

    QList<QNetworkAccessManager *> m_lanes; // m_lanes[0] is the injected manager
    QHash<QString, int> m_nextLane;
    QHash<QString, QNetworkAccessManager *> m_loginManagers; // "user@origin" → its own manager
    HttpLimits m_limits;
    QQueue<Job> m_queue;
    QHash<QString, int> m_runningPerHost;
    QHash<QString, QDateTime> m_hostWaits;
    QList<Transfer *> m_transfers;
    int m_running = 0;
};
