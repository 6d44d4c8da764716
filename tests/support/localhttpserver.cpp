#include "localhttpserver.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

LocalHttpServer::LocalHttpServer(QObject *parent) : QObject(parent), m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &LocalHttpServer::handleConnection);
}

LocalHttpServer::~LocalHttpServer() = default;

bool LocalHttpServer::listen(const QHostAddress &address) { return m_server->listen(address, 0); }

bool LocalHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, const QHostAddress &address)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5000);
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this, [this] { ++m_tlsHandshakes; });
    // A refused handshake is what the tests expect; the socket is the server's to clean up.
    connect(server.get(), &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        socket->deleteLater();
    });
    // A TLS connection is pending only once its handshake is done (newConnection comes before that).
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &LocalHttpServer::handleConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(address, 0);
}

QUrl LocalHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://%2%3").arg(m_tls ? u"https" : u"http", QString::fromLatin1(authority()), path));
}

QByteArray LocalHttpServer::authority() const
{
    return m_server->serverAddress().toString().toLatin1() + ':' + QByteArray::number(port());
}

void LocalHttpServer::route(const QByteArray &path, const HttpResponse &response)
{
    m_routes.insert(path, [response](const HttpRequestRecord &) { return response; });
}

void LocalHttpServer::route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

int LocalHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const HttpRequestRecord &r) { return r.path == path; }));
}

void LocalHttpServer::clearRecords()
{
    m_requests.clear();
    m_maxInFlight = m_inFlight;
    m_tlsHandshakes = 0;
}

void LocalHttpServer::handleConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, answered] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || *answered)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            HttpRequestRecord record;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            record.method = requestLine.value(0);
            record.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    record.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            // Wait for the whole body the request announced (POST forms).
            const qint64 bodyLength = record.headers.value("content-length").toLongLong();
            if (buffer->size() - (end + 4) < bodyLength)
                return;
            record.body = buffer->mid(end + 4, bodyLength);
            *answered = true; // one request per connection (every response says Connection: close)
            buffer->clear();
            m_requests.append(record);
            const QByteArray routePath = record.path.left(record.path.indexOf('?') < 0 ? record.path.size() : record.path.indexOf('?'));
            HttpResponse response;
            if (const auto it = m_routes.constFind(routePath); it != m_routes.cend()) {
                response = (*it)(record);
            } else {
                response.status = 404;
                response.contentType = "text/plain";
                response.body = "not found";
            }
            respond(socket, record, response);
        });
    }
}

namespace {
struct Sending
{
    QByteArray body;
    qint64 sent = 0;
    qint64 limit = 0; // body bytes to send before finishing or stopping
};
} // namespace

void LocalHttpServer::respond(QTcpSocket *socket, const HttpRequestRecord &record, const HttpResponse &response)
{
    // In flight from the request until the response ended one way or another (or the peer left).
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    auto ended = std::make_shared<bool>(false);
    QPointer<LocalHttpServer> self(this);
    auto end = [self, ended] {
        if (*ended)
            return;
        *ended = true;
        if (self)
            --self->m_inFlight;
    };
    connect(socket, &QObject::destroyed, this, end);

    const bool head = record.method == "HEAD";
    auto state = std::make_shared<Sending>();
    state->body = head ? QByteArray() : response.body;
    state->limit = response.stopAfterBytes >= 0 ? std::min<qint64>(response.stopAfterBytes, state->body.size())
                                                : state->body.size();

    QByteArray headers = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    if (!response.omitContentType)
        headers += "Content-Type: " + response.contentType + "\r\n";
    if (response.chunkedEncoding)
        headers += "Transfer-Encoding: chunked\r\n";
    else
        headers += "Content-Length: "
                   + QByteArray::number(response.contentLength >= 0 ? response.contentLength : response.body.size()) + "\r\n";
    headers += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        headers += name + ": " + value + "\r\n";
    headers += "\r\n";

    QPointer<QTcpSocket> guard(socket);
    auto finish = [guard, response, end] {
        if (!guard)
            return;
        if (response.stopAfterBytes < 0) {
            if (response.chunkedEncoding)
                guard->write("0\r\n\r\n");
            guard->disconnectFromHost();
            end();
            return;
        }
        if (response.stop == HttpResponse::Stop::Stall)
            return; // the client has to give up by itself; the socket goes when it does
        if (response.stop == HttpResponse::Stop::Close) {
            guard->disconnectFromHost();
            end();
            return;
        }
        // Reset: let the bytes already written reach the client first, then RST (linger 0 + close).
        guard->flush();
        QTimer::singleShot(200, guard, [guard, end] {
            if (!guard)
                return;
            const linger hard{1, 0};
            ::setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            guard->abort();
            end();
        });
    };
    auto sendPiece = std::make_shared<std::function<void()>>();
    *sendPiece = [guard, state, response, finish, weak = std::weak_ptr<std::function<void()>>(sendPiece)] {
        if (!guard)
            return;
        const qint64 left = state->limit - state->sent;
        if (left <= 0) {
            finish();
            return;
        }
        const qint64 size = response.chunkBytes > 0 ? std::min(response.chunkBytes, left) : left;
        const QByteArray piece = state->body.mid(state->sent, size);
        state->sent += size;
        if (response.chunkedEncoding)
            guard->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            guard->write(piece);
        guard->flush();
        if (state->sent >= state->limit) {
            finish();
            return;
        }
        if (auto next = weak.lock())
            QTimer::singleShot(response.chunkIntervalMs, guard, [next] { (*next)(); });
    };
    // Each pending timer holds the sender; when the last piece is out nothing does and it goes.
    auto start = [guard, headers, sendPiece] {
        if (!guard)
            return;
        guard->write(headers);
        guard->flush();
        (*sendPiece)();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, start);
    else
        start();
}
