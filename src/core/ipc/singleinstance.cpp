#include "ipc/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QStringList>
#include <QLocalSocket>

namespace {
constexpr qint64 kMaxMessageBytes = 64 * 1024; // a handful of URLs; anything larger is not ours
}

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    // Hashed: the socket name must be short and must not reveal the profile path to other users.
    const QByteArray digest = QCryptographicHash::hash(QByteArray(key.toUtf8() + qgetenv("USER")), QCryptographicHash::Sha256);
    m_serverName = u"khulasa-" + QString::fromLatin1(digest.toHex().left(24));
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::handleConnection);
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has taken the arguments, so nothing is lost if we exit now.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(m_serverName))
        return true;
    // A socket left behind by a crashed instance: nobody answered handOver(), so it is stale.
    QLocalServer::removeServer(m_serverName);
    if (m_server.listen(m_serverName))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void SingleInstance::handleConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes) {
                socket->abort();
                return;
            }
            QDataStream stream(socket);
            stream.startTransaction();
            QStringList arguments;
            stream >> arguments;
            if (!stream.commitTransaction())
                return; // wait for the rest
            socket->write("ok");
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}
