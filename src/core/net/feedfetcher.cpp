#include "net/feedfetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>

struct FeedFetcher::Transfer
{
    Job job;
    QString host;
    QPointer<QNetworkReply> reply;
    QTimer stallTimer;
    QTimer deadlineTimer;
    QByteArray body;
    QString abortReason; // set when we ended the transfer ourselves
    QString sslProblem;
};

namespace {
QByteArray charsetOf(const QByteArray &contentType)
{
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = charset.match(QString::fromLatin1(contentType));
    return match.hasMatch() ? match.captured(1).toLower().toLatin1() : QByteArray();
}

QString describeHttpStatus(int status)
{
    switch (status) {
    case 400: return FeedFetcher::tr("the server rejected the request (400)");
    case 401: return FeedFetcher::tr("authentication required (401)");
    case 403: return FeedFetcher::tr("access forbidden (403)");
    case 404: return FeedFetcher::tr("not found (404)");
    case 410: return FeedFetcher::tr("the feed is gone for good (410)");
    case 429: return FeedFetcher::tr("too many requests; the server asks us to wait (429)");
    case 500: return FeedFetcher::tr("server error (500)");
    case 502: return FeedFetcher::tr("bad gateway (502)");
    case 503: return FeedFetcher::tr("service unavailable (503)");
    case 504: return FeedFetcher::tr("gateway timeout (504)");
    default: break;
    }
    return status >= 500 ? FeedFetcher::tr("server error (%1)").arg(status)
                         : FeedFetcher::tr("the server answered with status %1").arg(status);
}
} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, const HttpLimits &limits, QObject *parent)
    : QObject(parent), m_network(network), m_limits(limits)
{
}

FeedFetcher::~FeedFetcher()
{
    m_queue.clear();
    for (Transfer *transfer : std::as_const(m_transfers)) {
        if (transfer->reply) {
            transfer->reply->disconnect(this);
            transfer->reply->abort();
            transfer->reply->deleteLater();
        }
        delete transfer;
    }
}

QByteArray FeedFetcher::userAgent()
{
    return QByteArrayLiteral("Khulasa/" KHULASA_VERSION " (desktop news reader; +https://github.com/khulasa/khulasa)");
}

void FeedFetcher::fetch(const FetchRequest &request, Callback done)
{
    m_queue.enqueue({request, std::move(done)});
    startQueued();
}

void FeedFetcher::cancelAll()
{
    const QQueue<Job> queued = std::exchange(m_queue, {});
    for (const Job &job : queued) {
        FetchResult result;
        result.requestedUrl = job.request.url;
        result.error = tr("cancelled");
        job.done(result);
    }
    for (Transfer *transfer : std::as_const(m_transfers)) {
        transfer->abortReason = tr("cancelled");
        if (transfer->reply)
            transfer->reply->abort();
    }
}

void FeedFetcher::startQueued()
{
    // Take the first queued job whose host has room; jobs for busy hosts wait their turn.
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_limits.maxConcurrent;) {
        const QString host = m_queue.at(i).request.url.host().toLower();
        if (m_runningPerHost.value(host) >= m_limits.maxPerHost) {
            ++i;
            continue;
        }
        start(m_queue.takeAt(i));
    }
}

void FeedFetcher::start(Job job)
{
    auto *transfer = new Transfer;
    transfer->host = job.request.url.host().toLower();
    transfer->job = std::move(job);
    m_transfers.append(transfer);
    ++m_running;
    ++m_runningPerHost[transfer->host];

    const FetchRequest &request = transfer->job.request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setDecompressedSafetyCheckThreshold(m_limits.maxBodyBytes);
    if (!request.etag.isEmpty())
        networkRequest.setRawHeader("If-None-Match", request.etag.toUtf8());
    if (!request.lastModified.isEmpty())
        networkRequest.setRawHeader("If-Modified-Since", request.lastModified.toUtf8());

    QNetworkReply *reply = m_network->get(networkRequest);
    transfer->reply = reply;

    transfer->stallTimer.setSingleShot(true);
    transfer->stallTimer.setInterval(m_limits.stallTimeoutSeconds * 1000);
    transfer->deadlineTimer.setSingleShot(true);
    transfer->deadlineTimer.setInterval(m_limits.overallTimeoutSeconds * 1000);
    auto abortWith = [transfer](const QString &reason) {
        if (transfer->abortReason.isEmpty())
            transfer->abortReason = reason;
        if (transfer->reply)
            transfer->reply->abort();
    };
    connect(&transfer->stallTimer, &QTimer::timeout, this, [this, abortWith] {
        abortWith(tr("the server stopped sending data for %1 seconds").arg(m_limits.stallTimeoutSeconds));
    });
    connect(&transfer->deadlineTimer, &QTimer::timeout, this, [this, abortWith] {
        abortWith(tr("the download took longer than %1 seconds").arg(m_limits.overallTimeoutSeconds));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, transfer, abortWith] {
        transfer->stallTimer.start();
        const QByteArray chunk = transfer->reply->readAll();
        if (transfer->body.size() + chunk.size() > m_limits.maxBodyBytes) {
            abortWith(tr("the feed is larger than %1 MB").arg(m_limits.maxBodyBytes / (1024 * 1024)));
            return;
        }
        transfer->body.append(chunk);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [transfer](const QList<QSslError> &errors) {
        // Never ignored: we only remember the first reason to tell the user.
        if (!errors.isEmpty() && transfer->sslProblem.isEmpty())
            transfer->sslProblem = errors.first().errorString();
    });
    // Queued: an abort() from a timer or readyRead handler must not delete the transfer under its feet.
    connect(reply, &QNetworkReply::finished, this, [this, transfer] { finish(transfer); }, Qt::QueuedConnection);
    transfer->stallTimer.start();
    transfer->deadlineTimer.start();
}

void FeedFetcher::finish(Transfer *transfer)
{
    QNetworkReply *reply = transfer->reply;
    transfer->stallTimer.stop();
    transfer->deadlineTimer.stop();
    if (reply->bytesAvailable() > 0 && transfer->abortReason.isEmpty())
        transfer->body.append(reply->readAll());

    FetchResult result;
    result.requestedUrl = transfer->job.request.url;
    result.finalUrl = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.charset = charsetOf(result.contentType);
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));

    if (!transfer->abortReason.isEmpty()) {
        result.error = transfer->abortReason;
    } else if (result.httpStatus == 304) {
        result.notModified = true;
    } else if (result.httpStatus >= 400) {
        result.error = describeHttpStatus(result.httpStatus);
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = describeNetworkError(reply, transfer->sslProblem);
    } else if (result.httpStatus >= 300) {
        result.error = tr("too many redirects or a redirect loop (%1)").arg(result.httpStatus);
    } else if (transfer->body.isEmpty()) {
        result.error = tr("the server sent an empty response");
    } else {
        result.body = std::move(transfer->body);
    }

    m_transfers.removeOne(transfer);
    --m_running;
    if (--m_runningPerHost[transfer->host] <= 0)
        m_runningPerHost.remove(transfer->host);
    Callback done = std::move(transfer->job.done);
    reply->deleteLater();
    delete transfer;
    done(result);
    startQueued();
}

QString FeedFetcher::describeNetworkError(QNetworkReply *reply, const QString &sslProblem)
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return sslProblem.isEmpty() ? tr("secure connection failed") : tr("certificate not trusted: %1").arg(sslProblem.toLower());
    case QNetworkReply::ConnectionRefusedError: return tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError: return tr("the server closed the connection before the feed was complete");
    case QNetworkReply::HostNotFoundError: return tr("the server's name could not be found (offline?)");
    case QNetworkReply::TimeoutError: return tr("the connection timed out");
    case QNetworkReply::TooManyRedirectsError: return tr("too many redirects");
    case QNetworkReply::InsecureRedirectError: return tr("a redirect tried to leave HTTPS");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError: return tr("the network is not available");
    case QNetworkReply::ProtocolUnknownError: return tr("only http and https addresses can be fetched");
    default: break;
    }
    if (!sslProblem.isEmpty())
        return tr("certificate not trusted: %1").arg(sslProblem.toLower());
    return reply->errorString();
}
