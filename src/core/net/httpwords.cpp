#include "net/httpwords.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpWords)
};
} // namespace

QString HttpWords::status(int httpStatus)
{
    switch (httpStatus) {
    case 400: return Tr::tr("the server rejected the request (400)");
    case 401: return Tr::tr("authentication required (401)");
    case 403: return Tr::tr("access forbidden (403)");
    case 404: return Tr::tr("not found (404)");
    case 410: return Tr::tr("the feed is gone for good (410)");
    case 429: return Tr::tr("too many requests (429)");
    case 500: return Tr::tr("server error (500)");
    case 502: return Tr::tr("bad gateway (502)");
    case 503: return Tr::tr("service unavailable (503)");
    case 504: return Tr::tr("gateway timeout (504)");
    default: break;
    }
    return httpStatus >= 500 ? Tr::tr("server error (%1)").arg(httpStatus)
                             : Tr::tr("the server answered with status %1").arg(httpStatus);
}

QString HttpWords::sslErrors(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return {};
    switch (errors.first().error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Tr::tr("certificate not trusted: self-signed");
    case QSslError::CertificateExpired:
        return Tr::tr("certificate not trusted: expired");
    case QSslError::CertificateNotYetValid:
        return Tr::tr("certificate not trusted: not valid yet");
    case QSslError::HostNameMismatch:
        return Tr::tr("certificate not trusted: issued for another site");
    case QSslError::CertificateRevoked:
        return Tr::tr("certificate not trusted: revoked");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
        return Tr::tr("certificate not trusted: unknown issuer");
    default:
        return Tr::tr("certificate not trusted: %1").arg(errors.first().errorString());
    }
}

QString HttpWords::networkError(QNetworkReply *reply, const QString &sslProblem)
{
    if (!sslProblem.isEmpty())
        return sslProblem;
    const QString words = networkError(reply->error());
    return words.isEmpty() ? reply->errorString() : words;
}

QString HttpWords::networkError(int error)
{
    switch (QNetworkReply::NetworkError(error)) {
    case QNetworkReply::SslHandshakeFailedError: return Tr::tr("the secure connection failed");
    case QNetworkReply::ConnectionRefusedError: return Tr::tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError: return Tr::tr("the server closed the connection before the feed was complete");
    case QNetworkReply::HostNotFoundError: return Tr::tr("the server's name could not be found (offline?)");
    case QNetworkReply::TimeoutError: return Tr::tr("the connection timed out");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError: return Tr::tr("the network is not available");
    case QNetworkReply::ProtocolUnknownError: return Tr::tr("only http and https addresses can be fetched");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError: return Tr::tr("the proxy could not be reached");
    case QNetworkReply::AuthenticationRequiredError: return status(401);
    default: break;
    }
    return {};
}

QDateTime HttpWords::retryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    QDateTime until;
    if (isNumber) {
        until = now.addSecs(seconds);
    } else {
        until = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        until.setTimeSpec(Qt::UTC);
    }
    if (!until.isValid())
        return {};
    return qBound(now.addSecs(1), until, now.addSecs(24 * 3600));
}

QByteArray HttpWords::charset(const QByteArray &contentType)
{
    static const QRegularExpression pattern(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromLatin1(contentType));
    return match.hasMatch() ? match.captured(1).toLower().toLatin1() : QByteArray();
}
