// A small real HTTP/1.1 server on 127.0.0.1 for tests: routes answer with fixed responses or a
// handler, and every request is recorded so tests can assert what the client sent (e.g. conditional GET).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/rss+xml; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HttpRequestRecord
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class LocalHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequestRecord &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const;

    void route(const QByteArray &path, const HttpResponse &response);
    void route(const QByteArray &path, Handler handler);
    const QList<HttpRequestRecord> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;

private:
    void handleConnection();
    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QList<HttpRequestRecord> m_requests;
};
