#include "sync/greaderclient.h"

#include "secrets/credentialstore.h"
#include "sync/blockingcredentials.h"
#include "sync/greaderids.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace {
const QString kReadingList = QStringLiteral("user/-/state/com.google/reading-list");

// Where the user's typed address may lead: FreshRSS serves the API under api/greader.php, Miniflux,
// Inoreader and The Old Reader at the server's root.
QStringList apiCandidates(const QString &typed)
{
    QUrl url(typed.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype php = path.indexOf(u"/greader.php");
    const auto withPath = [&](const QString &p) {
        QUrl copy = url;
        copy.setPath(p);
        copy.setQuery(QString());
        copy.setFragment(QString());
        return copy.toString(QUrl::FullyEncoded);
    };
    if (php >= 0)
        return {withPath(path.left(php + int(qstrlen("/greader.php"))))};
    for (const QString &suffix : {QStringLiteral("/reader/api/0"), QStringLiteral("/accounts/ClientLogin")}) {
        if (path.endsWith(suffix))
            return {withPath(path.chopped(suffix.size()))};
    }
    return {withPath(path + QStringLiteral("/api/greader.php")), withPath(path)};
}

QString labelName(const QString &id)
{
    static const QString prefix = QStringLiteral("/label/");
    const qsizetype at = id.indexOf(prefix);
    return id.startsWith(u"user/") && at >= 0 ? id.mid(at + prefix.size()) : QString();
}
} // namespace

GReaderClient::GReaderClient(QNetworkAccessManager *network, QString apiUrl, QString user, CredentialStore *credentials,
                             GReaderLimits limits)
    : m_network(network), m_apiUrl(std::move(apiUrl)), m_user(std::move(user)), m_credentials(credentials), m_limits(limits)
{
}

QByteArray GReaderClient::encode(const Form &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString GReaderClient::passwordKey(const QString &apiUrl, const QString &user)
{
    return u"greader-password:" + user + u'@' + apiUrl;
}

QString GReaderClient::tokenKey(const QString &apiUrl, const QString &user)
{
    return u"greader-token:" + user + u'@' + apiUrl;
}

GReaderClient::Reply GReaderClient::send(const QString &path, const Form &query, const QByteArray *postBody,
                                         bool authorised)
{
    QUrl url(m_apiUrl + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encode(query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.stallTimeoutMs);
    // Same origin only: the Authorization header must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Khulasa (Google Reader API sync)"));
    if (authorised && !m_authToken.isEmpty())
        request.setRawHeader("Authorization", "GoogleLogin auth=" + m_authToken.toUtf8());
    if (postBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = postBody ? m_network->post(request, *postBody) : m_network->get(request);

    Reply result;
    QEventLoop loop;
    bool tooLarge = false;
    QTimer overall;
    overall.setSingleShot(true);
    QObject::connect(&overall, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (reply->bytesAvailable() + result.body.size() > m_limits.maxResponseBytes) {
            tooLarge = true;
            reply->abort();
            return;
        }
        result.body += reply->readAll();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    overall.start(m_limits.overallTimeoutMs);
    QTimer cancelPoll; // the app is closing: do not keep it waiting for a slow server
    if (m_limits.cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [this, reply] {
            if (cancelled())
                reply->abort();
        });
        cancelPoll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    if (!tooLarge)
        result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.badToken = reply->rawHeader("X-Reader-Google-Bad-Token").trimmed().toLower() == "true";
    // A connection that broke after the headers (status set, body cut short) is no answer either.
    const QNetworkReply::NetworkError error = reply->error();
    const bool connectionFailed = (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError)
                                  || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::UnknownNetworkError;
    if (tooLarge) {
        result.networkError = tr("the answer is larger than %1 MB").arg(m_limits.maxResponseBytes >> 20);
        result.status = 0;
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.untrusted = true;
        result.networkError = reply->errorString();
        result.status = 0;
    } else if (connectionFailed || result.status == 0) {
        result.networkError = !overall.isActive() ? tr("no answer within %1 seconds").arg(m_limits.overallTimeoutMs / 1000)
                                                  : reply->errorString();
        result.status = 0;
    }
    reply->deleteLater();
    return result;
}

QString GReaderClient::describe(const Reply &reply, const QString &endpoint) const
{
    if (cancelled())
        return tr("The sync was interrupted because Khulasa is closing; it goes on next time.");
    if (reply.untrusted)
        return tr("The secure connection to %1 failed, so nothing was sent: %2").arg(QUrl(m_apiUrl).host(), reply.networkError);
    if (reply.status == 0)
        return tr("The server at %1 cannot be reached: %2").arg(QUrl(m_apiUrl).host(), reply.networkError);
    if (reply.status == 401 || reply.status == 403)
        return tr("The server refused the login (HTTP %1). Check the user name and the password "
                  "(for FreshRSS, the API password set in its profile).").arg(reply.status);
    if (reply.status == 404 || reply.status == 405 || reply.status == 501)
        return tr("The server does not offer %1 (HTTP %2): it implements only part of the Google Reader API.")
            .arg(endpoint).arg(reply.status);
    return tr("The server answered HTTP %1 to %2.").arg(reply.status).arg(endpoint);
}

Status GReaderClient::loginWith(const QString &password)
{
    Form form;
    form.append({QStringLiteral("Email"), m_user});
    form.append({QStringLiteral("Passwd"), password});
    const QByteArray body = encode(form);
    const Reply reply = send(QStringLiteral("/accounts/ClientLogin"), {}, &body, false);
    m_lastStatus = reply.status;
    if (reply.status != 200)
        return Status::failure(describe(reply, QStringLiteral("accounts/ClientLogin")));
    for (const QByteArray &line : reply.body.split('\n')) {
        if (line.startsWith("Auth=")) {
            m_authToken = QString::fromUtf8(line.mid(5).trimmed());
            m_writeToken.clear();
            ++m_logins;
            return {};
        }
    }
    return Status::failure(tr("The server's login answer holds no auth token."));
}

Result<QString> GReaderClient::discoverAndLogin(const QString &typedUrl, const QString &password)
{
    const QUrl typed(typedUrl.trimmed());
    if (!typed.isValid() || typed.host().isEmpty() || (typed.scheme() != u"https" && typed.scheme() != u"http"))
        return Result<QString>::failure(tr("“%1” is not a web address (it must start with https:// or http://).").arg(typedUrl));
    QString firstError;
    for (const QString &candidate : apiCandidates(typedUrl)) {
        m_apiUrl = candidate;
        const Status login = loginWith(password);
        if (login)
            return candidate;
        if (firstError.isEmpty() || m_lastStatus == 401 || m_lastStatus == 403)
            firstError = login.error();
        // Wrong credentials or no answer at all: another address will not help.
        if (m_lastStatus == 0 || m_lastStatus == 401 || m_lastStatus == 403)
            break;
    }
    return Result<QString>::failure(firstError);
}

Status GReaderClient::relogin()
{
    if (!m_credentials)
        return Status::failure(tr("No keychain is available for the account's password."));
    const CredentialResult password = BlockingCredentials::retrieve(*m_credentials, passwordKey(m_apiUrl, m_user));
    if (!password.ok())
        return Status::failure(password.error == CredentialError::NotFound
                                   ? tr("The account's password is not in the keychain; remove the account and add it again.")
                                   : password.message);
    if (const Status login = loginWith(password.secret); !login)
        return login;
    const CredentialResult saved = BlockingCredentials::store(*m_credentials, tokenKey(m_apiUrl, m_user), m_authToken);
    return saved.ok() ? Status() : Status::failure(saved.message);
}

Status GReaderClient::ensureAuthToken()
{
    if (!m_authToken.isEmpty())
        return {};
    if (m_credentials) {
        const CredentialResult token = BlockingCredentials::retrieve(*m_credentials, tokenKey(m_apiUrl, m_user));
        if (token.ok() && !token.secret.isEmpty()) {
            m_authToken = token.secret;
            return {};
        }
    }
    return relogin();
}

Status GReaderClient::ensureWriteToken()
{
    if (!m_writeToken.isEmpty())
        return {};
    auto token = call(QStringLiteral("reader/api/0/token"), {}, nullptr);
    if (!token)
        return Status::failure(token.error());
    m_writeToken = QString::fromUtf8(token->trimmed());
    return {};
}

Result<QByteArray> GReaderClient::call(const QString &endpoint, Form query, const Form *form)
{
    using R = Result<QByteArray>;
    if (const Status auth = ensureAuthToken(); !auth)
        return R::failure(auth.error());
    query.append({QStringLiteral("output"), QStringLiteral("json")});
    bool retried = false;
    for (;;) {
        QByteArray body;
        if (form) {
            Form withToken = *form;
            if (!m_writeToken.isEmpty()) // always sent: some servers insist on it
                withToken.append({QStringLiteral("T"), m_writeToken});
            body = encode(withToken);
        }
        const Reply reply = send(u'/' + endpoint, query, form ? &body : nullptr, true);
        m_lastStatus = reply.status;
        if (reply.status >= 200 && reply.status < 300)
            return reply.body;
        // An expired auth or write token: log in again (and fetch a new write token) once.
        if ((reply.status == 401 || reply.badToken) && !retried) {
            retried = true;
            if (const Status again = relogin(); !again)
                return R::failure(again.error());
            if (form) {
                if (const Status write = ensureWriteToken(); !write)
                    return R::failure(write.error());
            }
            continue;
        }
        return R::failure(describe(reply, endpoint));
    }
}

Result<QJsonValue> GReaderClient::callJson(const QString &endpoint, const Form &query, const Form *form)
{
    auto body = call(endpoint, query, form);
    if (!body)
        return Result<QJsonValue>::failure(body.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<QJsonValue>::failure(tr("The server's answer to %1 is not the JSON the Google Reader API "
                                              "describes (%2).").arg(endpoint, error.errorString()));
    return QJsonValue(document.object());
}

Status GReaderClient::post(const QString &endpoint, Form form)
{
    if (const Status auth = ensureAuthToken(); !auth)
        return auth;
    if (const Status write = ensureWriteToken(); !write)
        return write;
    auto answer = call(endpoint, {}, &form);
    return answer ? Status() : Status::failure(answer.error());
}

Result<QList<RemoteFeed>> GReaderClient::subscriptions()
{
    using R = Result<QList<RemoteFeed>>;
    auto json = callJson(QStringLiteral("reader/api/0/subscription/list"), {});
    if (!json)
        return R::failure(json.error());
    QList<RemoteFeed> feeds;
    for (const QJsonValue &value : json->toObject().value(u"subscriptions").toArray()) {
        const QJsonObject o = value.toObject();
        RemoteFeed feed;
        feed.streamId = o.value(u"id").toString();
        if (feed.streamId.isEmpty())
            continue;
        feed.title = GReaderIds::restoreTitle(o.value(u"title").toString());
        feed.url = o.value(u"url").toString();
        if (feed.url.isEmpty() && feed.streamId.startsWith(u"feed/http"))
            feed.url = feed.streamId.mid(5); // Inoreader and others name the feed by its address
        feed.siteUrl = o.value(u"htmlUrl").toString();
        for (const QJsonValue &category : o.value(u"categories").toArray()) {
            const QJsonObject c = category.toObject();
            const QString label = c.value(u"label").toString();
            feed.folder = label.isEmpty() ? labelName(c.value(u"id").toString()) : label;
            if (!feed.folder.isEmpty())
                break;
        }
        feeds.append(feed);
    }
    return feeds;
}

Result<QStringList> GReaderClient::folders()
{
    auto json = callJson(QStringLiteral("reader/api/0/tag/list"), {});
    if (!json) {
        // Optional: folders also come with the subscriptions.
        if (m_lastStatus == 404 || m_lastStatus == 405 || m_lastStatus == 501)
            return QStringList();
        return Result<QStringList>::failure(json.error());
    }
    QStringList names;
    for (const QJsonValue &value : json->toObject().value(u"tags").toArray()) {
        const QJsonObject tag = value.toObject();
        const QString type = tag.value(u"type").toString();
        const QString name = labelName(tag.value(u"id").toString());
        if (!name.isEmpty() && (type.isEmpty() || type == u"folder"))
            names.append(name);
    }
    return names;
}

Result<ItemIds> GReaderClient::itemIds(const ItemIdsQuery &request)
{
    ItemIds result;
    QString continuation;
    for (;;) {
        Form query;
        query.append({QStringLiteral("s"), request.stream});
        if (!request.exclude.isEmpty())
            query.append({QStringLiteral("xt"), request.exclude});
        if (request.olderThan > 0)
            query.append({QStringLiteral("ot"), QString::number(request.olderThan)});
        query.append({QStringLiteral("n"), QStringLiteral("10000")});
        if (!continuation.isEmpty())
            query.append({QStringLiteral("c"), continuation});
        auto json = callJson(QStringLiteral("reader/api/0/stream/items/ids"), query);
        if (!json)
            return Result<ItemIds>::failure(json.error());
        const QJsonObject page = json->toObject();
        const QJsonArray refs = page.value(u"itemRefs").toArray();
        for (const QJsonValue &value : refs) {
            const QJsonObject ref = value.toObject();
            const QJsonValue id = ref.value(u"id");
            const QString longForm = GReaderIds::toLongForm(id.isString() ? id.toString() : QString::number(qint64(id.toDouble())));
            if (longForm.isEmpty())
                continue;
            result.ids.append(longForm);
            result.newestUsec = qMax(result.newestUsec, ref.value(u"timestampUsec").toString().toLongLong());
        }
        const QString next = page.value(u"continuation").toVariant().toString();
        // An empty page ends the walk even when it carries a continuation; so does a repeated one.
        if (next.isEmpty() || refs.isEmpty() || next == continuation)
            break;
        if (result.ids.size() >= request.maxIds) {
            result.complete = false;
            break;
        }
        continuation = next;
    }
    return result;
}

Result<QJsonArray> GReaderClient::itemContents(const QStringList &longIds)
{
    Form form;
    for (const QString &id : longIds)
        form.append({QStringLiteral("i"), id});
    auto json = callJson(QStringLiteral("reader/api/0/stream/items/contents"), {}, &form);
    if (!json)
        return Result<QJsonArray>::failure(json.error());
    return json->toObject().value(u"items").toArray();
}

Status GReaderClient::editTag(const QStringList &longIds, const QString &tag, bool add)
{
    Form form;
    for (const QString &id : longIds)
        form.append({QStringLiteral("i"), id});
    form.append({add ? QStringLiteral("a") : QStringLiteral("r"), tag});
    return post(QStringLiteral("reader/api/0/edit-tag"), form);
}

Status GReaderClient::unsubscribe(const QString &streamId)
{
    Form form;
    form.append({QStringLiteral("ac"), QStringLiteral("unsubscribe")});
    form.append({QStringLiteral("s"), streamId});
    return post(QStringLiteral("reader/api/0/subscription/edit"), form);
}

Status GReaderClient::rename(const QString &streamId, const QString &title)
{
    Form form;
    form.append({QStringLiteral("ac"), QStringLiteral("edit")});
    form.append({QStringLiteral("s"), streamId});
    form.append({QStringLiteral("t"), title});
    return post(QStringLiteral("reader/api/0/subscription/edit"), form);
}

Status GReaderClient::markAllAsRead(const QString &streamId, qint64 timeUsec)
{
    Form form;
    form.append({QStringLiteral("s"), streamId});
    form.append({QStringLiteral("ts"), QString::number(timeUsec)});
    return post(QStringLiteral("reader/api/0/mark-all-as-read"), form);
}
