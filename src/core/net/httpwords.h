// HTTP outcomes in plain words for the feed list and the CLI, and the header values we interpret.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>

class QNetworkReply;
class QSslError;

namespace HttpWords {
/** "not found (404)", "authentication required (401)", … */
QString status(int httpStatus);
/** "certificate not trusted: self-signed", "certificate expired", … */
QString sslErrors(const QList<QSslError> &errors);
/** A transport failure (refused, reset, timeout, name not found …); `sslProblem` from sslErrors(). */
QString networkError(QNetworkReply *reply, const QString &sslProblem);
QString networkError(int networkError);
/** Retry-After as seconds or an HTTP date, bounded to [1 s, 24 h]; invalid when absent or unreadable. */
QDateTime retryAfter(const QByteArray &value, const QDateTime &now);
/** The charset parameter of a Content-Type, lower case. */
QByteArray charset(const QByteArray &contentType);
}
