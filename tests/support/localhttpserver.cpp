#include "localhttpserver.h"

#include <QTcpSocket>

LocalHttpServer::LocalHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::handleConnection);
}

bool LocalHttpServer::listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

QUrl LocalHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
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

void LocalHttpServer::handleConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->clear();
            HttpRequestRecord record;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            record.method = requestLine.value(0);
            record.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    record.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
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
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            head += "Content-Type: " + response.contentType + "\r\n";
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "Connection: close\r\n";
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + "\r\n";
            socket->write(head + "\r\n" + (record.method == "HEAD" ? QByteArray() : response.body));
            socket->disconnectFromHost();
        });
    }
}
