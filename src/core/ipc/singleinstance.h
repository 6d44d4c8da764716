// One running app per profile: a second launch hands its arguments (such as a feed: link from the
// browser) to the first over a local socket and exits; the first raises its window and acts on them.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    /** `key` identifies the profile (e.g. its database path): different profiles may run side by side. */
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    /** Sends `arguments` to a running instance; true when one took them (this process should exit). */
    bool handOver(const QStringList &arguments, int timeoutMs = 2000) const;
    /** Becomes the running instance. False (with the reason in `error`) when the socket cannot be made. */
    bool listen(QString *error = nullptr);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    /** Another launch handed these over (possibly empty: it just wants the window raised). */
    void argumentsReceived(const QStringList &arguments);

private:
    void handleConnection();
    QString m_serverName;
    QLocalServer m_server;
};
