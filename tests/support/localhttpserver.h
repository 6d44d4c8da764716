// A small real HTTP/1.1 server on 127.0.0.1 for tests: routes answer with fixed responses or a
// handler, and every request is recorded so tests can assert what the client sent (e.g. conditional GET).
// Responses can also misbehave the way real servers do: drip bytes slowly, stall after the headers,
// reset the connection mid-body, use chunked transfer encoding, or arrive gzip-encoded (bodies from
// gzipbodies.h). listenTls() serves HTTPS with a given certificate (see tlstestcert.h).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <memory>

struct HttpResponse
{
    /** What happens after `stopAfterBytes` body bytes were sent. */
    enum class Stop {
        Stall, // keep the connection open and send nothing more
        Reset, // abort the connection (TCP RST)
        Close, // close the connection normally (FIN), short of the announced length
    };

    int status = 200;
    QByteArray contentType = "application/rss+xml; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // Misbehaviour (the defaults send the whole response at once and close the connection).
    int delayMs = 0;              // wait this long before sending anything (concurrency tests)
    qint64 chunkBytes = 0;        // > 0: write the body in pieces of this size ...
    int chunkIntervalMs = 0;      // ... with this pause between pieces (1 and 1000: a 1 byte/s drip)
    bool chunkedEncoding = false; // Transfer-Encoding: chunked instead of Content-Length
    qint64 contentLength = -1;    // announce this Content-Length instead of the body's size
    qint64 stopAfterBytes = -1;   // >= 0: after this many body bytes, do `stop` instead of finishing
    Stop stop = Stop::Stall;
    bool omitContentType = false; // send no Content-Type header at all
};

struct HttpRequestRecord
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                       // a request body announced with Content-Length (POST)
};

class LocalHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequestRecord &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;
    /** Plain HTTP on `address` (any 127.x.y.z works on Linux: different hosts for the same machine). */
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    /** HTTPS with this certificate and key. */
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path) const;
    /** "127.0.0.1:PORT": the origin part of url(), for building Location headers. */
    QByteArray authority() const;

    void route(const QByteArray &path, const HttpResponse &response);
    void route(const QByteArray &path, Handler handler);
    const QList<HttpRequestRecord> &requests() const { return m_requests; }
    int requestCount(const QByteArray &path) const;
    /** The most responses this server was busy with at the same time. */
    int maxInFlight() const { return m_maxInFlight; }
    /** TLS handshakes clients started (HTTPS only): a refused certificate still counts here. */
    int tlsHandshakes() const { return m_tlsHandshakes; }
    void clearRecords();

private:
    void handleConnection();
    void respond(class QTcpSocket *socket, const HttpRequestRecord &record, const HttpResponse &response);
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<HttpRequestRecord> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_tlsHandshakes = 0;
};
