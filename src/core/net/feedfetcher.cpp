#include "net/feedfetcher.h"

#include "net/httpwords.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslError>
#include <QTimer>

struct FeedFetcher::Transfer
{
    Job job;
    QString host;              // the host whose slot this transfer holds (the first one asked)
    QPointer<QNetworkReply> reply;
    QTimer stallTimer;
    QTimer deadlineTimer;
    QByteArray body;
    QString abortReason;       // set when we ended the transfer ourselves
    QString sslProblem;
    QSet<QUrl> visited;        // for redirect loop detection
    int redirects = 0;
    bool allPermanent = true;  // every redirect so far was 301/308
    bool credentialsOffered = false;
    bool cancelled = false;
    qint64 receivedBytes = 0;
    qint64 expectedBytes = -1; // Content-Length, -1 when the server did not say
};

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}
} // namespace

namespace {
constexpr int kConnectionsPerManager = 6; // fixed inside Qt 6.4's HTTP/1 implementation
}

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, const HttpLimits &limits, QObject *parent)
    : QObject(parent), m_limits(limits)
{
    m_lanes.append(network);
    connect(network, &QNetworkAccessManager::authenticationRequired, this, &FeedFetcher::handleAuthentication);
    addLanesFor(limits.maxPerHost);
}

void FeedFetcher::addLanesFor(int maxPerHost)
{
    const int lanes = (qMax(1, maxPerHost) + kConnectionsPerManager - 1) / kConnectionsPerManager;
    while (m_lanes.size() < lanes)
        m_lanes.append(makeManagerLike(m_lanes.first()));
}

void FeedFetcher::setConcurrency(int maxConcurrent, int maxPerHost)
{
    m_limits.maxConcurrent = qMax(1, maxConcurrent);
    m_limits.maxPerHost = qMax(1, maxPerHost);
    addLanesFor(m_limits.maxPerHost);
    startQueued(); // a higher bound lets queued requests start now
}

QNetworkAccessManager *FeedFetcher::makeManagerLike(QNetworkAccessManager *model)
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(model->proxy());
    manager->setStrictTransportSecurityEnabled(model->isStrictTransportSecurityEnabled());
    manager->setTransferTimeout(model->transferTimeout());
    connect(manager, &QNetworkAccessManager::authenticationRequired, this, &FeedFetcher::handleAuthentication);
    return manager;
}

QString FeedFetcher::tooLarge() const
{
    return tr("the feed is larger than %1 MB").arg(m_limits.maxBodyBytes / (1024 * 1024));
}

QNetworkAccessManager *FeedFetcher::managerFor(const QUrl &url, const QString &user)
{
    // A manager remembers the credentials it was given and offers them again to its host, so every
    // login gets a manager of its own: one feed's password never reaches another feed's request.
    if (!user.isEmpty()) {
        const QString key = user + u'@' + url.scheme() + u"://" + url.host().toLower() + u':' + QString::number(url.port());
        QNetworkAccessManager *&manager = m_loginManagers[key];
        if (!manager)
            manager = makeManagerLike(m_lanes.first());
        return manager;
    }
    // Round robin per host, so one host's requests spread over every lane's connections.
    int &next = m_nextLane[url.host().toLower()];
    QNetworkAccessManager *lane = m_lanes.at(next % m_lanes.size());
    next = (next + 1) % int(m_lanes.size());
    return lane;
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

void FeedFetcher::setHostWait(const QString &host, const QDateTime &until) { m_hostWaits.insert(host.toLower(), until); }

QDateTime FeedFetcher::hostWait(const QString &host) const
{
    const QDateTime until = m_hostWaits.value(host.toLower());
    return until > QDateTime::currentDateTimeUtc() ? until : QDateTime();
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
        result.cancelled = true;
        job.done(result);
    }
    for (Transfer *transfer : std::as_const(m_transfers)) {
        transfer->abortReason = tr("cancelled");
        transfer->cancelled = true;
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

    const QUrl url = transfer->job.request.url;
    if (const QDateTime until = hostWait(url.host()); until.isValid()) {
        FetchResult result;
        result.requestedUrl = url;
        result.retryAfter = until;
        result.error = tr("the server asked us to wait until %1 before asking again")
                           .arg(until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        // Answered later, never from inside fetch(): callers may not expect re-entrancy.
        QTimer::singleShot(0, this, [this, transfer, result] { complete(transfer, result); });
        return;
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        FetchResult result;
        result.requestedUrl = url;
        result.error = tr("only http and https addresses can be fetched");
        QTimer::singleShot(0, this, [this, transfer, result] { complete(transfer, result); });
        return;
    }

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
    transfer->deadlineTimer.start(); // one deadline for the request and all its redirects
    send(transfer, url);
}

void FeedFetcher::send(Transfer *transfer, const QUrl &url)
{
    transfer->visited.insert(url.adjusted(QUrl::RemoveFragment));
    transfer->body.clear();
    transfer->receivedBytes = 0;
    transfer->expectedBytes = -1;
    const FetchRequest &request = transfer->job.request;
    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    // Redirects are followed by hand: loops, credential scope and permanent moves need our eyes.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setDecompressedSafetyCheckThreshold(m_limits.maxBodyBytes);
    if (transfer->redirects == 0) { // validators belong to the address they were issued for
        if (!request.etag.isEmpty())
            networkRequest.setRawHeader("If-None-Match", request.etag.toUtf8());
        if (!request.lastModified.isEmpty())
            networkRequest.setRawHeader("If-Modified-Since", request.lastModified.toUtf8());
    }

    QNetworkReply *reply = managerFor(url, request.user)->get(networkRequest);
    transfer->reply = reply;
    reply->setProperty("khulasa.transfer", QVariant::fromValue(static_cast<void *>(transfer)));
    connect(reply, &QNetworkReply::readyRead, this, [this, transfer] {
        transfer->stallTimer.start();
        const QByteArray chunk = transfer->reply->readAll();
        if (transfer->body.size() + chunk.size() > m_limits.maxBodyBytes) {
            if (transfer->abortReason.isEmpty())
                transfer->abortReason = tooLarge();
            transfer->reply->abort();
            return;
        }
        transfer->body.append(chunk);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [transfer](qint64 received, qint64 total) {
        transfer->receivedBytes = received; // bytes on the wire, comparable with Content-Length
        transfer->expectedBytes = total;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [transfer](const QList<QSslError> &errors) {
        // Never ignored: only remembered, to tell the user why.
        if (transfer->sslProblem.isEmpty())
            transfer->sslProblem = HttpWords::sslErrors(errors);
    });
    // Queued: an abort() from a timer or readyRead handler must not delete the transfer under its feet.
    connect(reply, &QNetworkReply::finished, this, [this, transfer] { handleFinished(transfer); }, Qt::QueuedConnection);
    transfer->stallTimer.start();
}

void FeedFetcher::handleAuthentication(QNetworkReply *reply, QAuthenticator *authenticator)
{
    auto *transfer = static_cast<Transfer *>(reply->property("khulasa.transfer").value<void *>());
    if (!transfer || !m_transfers.contains(transfer) || transfer->credentialsOffered)
        return; // no (more) credentials: the reply ends with 401
    const FetchRequest &request = transfer->job.request;
    if (request.user.isEmpty() || request.password.isEmpty() || !sameOrigin(reply->url(), request.url))
        return; // never hand a password to another origin than the one it was stored for
    transfer->credentialsOffered = true;
    authenticator->setUser(request.user);
    authenticator->setPassword(request.password);
}

void FeedFetcher::handleFinished(Transfer *transfer)
{
    QNetworkReply *reply = transfer->reply;
    transfer->stallTimer.stop();
    if (reply->bytesAvailable() > 0 && transfer->abortReason.isEmpty())
        transfer->body.append(reply->readAll());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (transfer->abortReason.isEmpty() && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) {
        if (followRedirect(transfer, status))
            return;
    }

    FetchResult result;
    result.requestedUrl = transfer->job.request.url;
    result.finalUrl = reply->url();
    result.httpStatus = status;
    const bool redirectedAway = status >= 300 && status < 400 && status != 304;
    if (transfer->redirects > 0 && transfer->allPermanent && transfer->abortReason.isEmpty() && !redirectedAway)
        result.movedTo = result.finalUrl; // only a chain that arrived somewhere moves the feed
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.charset = HttpWords::charset(result.contentType);
    result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (status == 429 || status == 503) {
        result.retryAfter = HttpWords::retryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (result.retryAfter.isValid())
            setHostWait(reply->url().host(), result.retryAfter);
    }

    result.cancelled = transfer->cancelled;
    if (!transfer->abortReason.isEmpty())
        result.error = transfer->abortReason;
    else if (status == 304)
        result.notModified = true;
    else if (status >= 400)
        result.error = HttpWords::status(status);
    else if (reply->error() == QNetworkReply::UnknownContentError && reply->errorString().contains(u"ecompression"))
        result.error = tooLarge(); // Qt's own decompression guard stopped an oversized (bomb) body
    else if (reply->error() != QNetworkReply::NoError)
        result.error = HttpWords::networkError(reply, transfer->sslProblem);
    else if (transfer->expectedBytes > 0 && transfer->receivedBytes < transfer->expectedBytes)
        result.error = HttpWords::networkError(QNetworkReply::RemoteHostClosedError); // Qt may report a cut body as complete
    else if (status >= 300 || status == 0)
        result.error = status == 0 ? tr("the server sent no HTTP response") : HttpWords::status(status);
    else if (transfer->body.isEmpty())
        result.error = tr("the server sent an empty response");
    else
        result.body = std::move(transfer->body);
    if (!result.error.isEmpty() && result.retryAfter.isValid())
        result.error += u"; " + tr("next attempt after %1").arg(result.retryAfter.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    reply->deleteLater();
    complete(transfer, std::move(result));
}

bool FeedFetcher::followRedirect(Transfer *transfer, int status)
{
    QNetworkReply *reply = transfer->reply;
    const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
    QString problem;
    if (!location.isValid() || (location.scheme() != u"http" && location.scheme() != u"https"))
        problem = tr("the server redirected to an address that cannot be fetched");
    else if (reply->url().scheme() == u"https" && location.scheme() == u"http")
        problem = tr("a redirect tried to leave HTTPS");
    else if (transfer->visited.contains(location.adjusted(QUrl::RemoveFragment)))
        problem = tr("redirect loop");
    else if (transfer->redirects >= m_limits.maxRedirects)
        problem = tr("too many redirects (more than %1)").arg(m_limits.maxRedirects);
    if (!problem.isEmpty()) {
        transfer->abortReason = problem;
        return false;
    }
    ++transfer->redirects;
    transfer->allPermanent = transfer->allPermanent && (status == 301 || status == 308);
    if (!sameOrigin(location, transfer->job.request.url)) {
        transfer->job.request.user.clear(); // credentials never travel to another origin
        transfer->job.request.password.clear();
    }
    reply->disconnect(this);
    reply->deleteLater();
    send(transfer, location);
    return true;
}

void FeedFetcher::complete(Transfer *transfer, FetchResult result)
{
    transfer->stallTimer.stop();
    transfer->deadlineTimer.stop();
    m_transfers.removeOne(transfer);
    --m_running;
    if (--m_runningPerHost[transfer->host] <= 0)
        m_runningPerHost.remove(transfer->host);
    Callback done = std::move(transfer->job.done);
    delete transfer;
    done(result);
    startQueued();
}
