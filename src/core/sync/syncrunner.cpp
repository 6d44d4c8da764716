#include "sync/syncrunner.h"

#include "secrets/credentialstore.h"

#include <QNetworkAccessManager>

/** Everything the engine needs, made and used on the worker thread only. */
class SyncRunner::Worker final : public QObject
{
public:
    Worker(QString databasePath, CredentialFactory makeCredentials)
        : m_databasePath(std::move(databasePath)), m_makeCredentials(std::move(makeCredentials))
    {
    }

    /** The engine, opened on first use; nullptr with `error` set when the store cannot be opened. */
    SyncEngine *engine(QString *error)
    {
        if (!m_engine) {
            auto opened = Store::open(m_databasePath);
            if (!opened) {
                *error = opened.error();
                return nullptr;
            }
            m_store = std::move(opened).value();
            m_network = std::make_unique<QNetworkAccessManager>();
            m_credentials = m_makeCredentials ? m_makeCredentials() : nullptr;
            m_engine = std::make_unique<SyncEngine>(*m_store, m_network.get(), m_credentials.get());
        }
        return m_engine.get();
    }
    Store *store() { return m_store.get(); }

    void close()
    {
        m_engine.reset();
        m_credentials.reset();
        m_network.reset();
        m_store.reset();
    }

private:
    QString m_databasePath;
    CredentialFactory m_makeCredentials;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
};

SyncRunner::SyncRunner(QString databasePath, CredentialFactory makeCredentials, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(databasePath), std::move(makeCredentials)))
{
    m_thread.setObjectName(QStringLiteral("khulasa-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_periodic.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncRunner::syncAll);
}

SyncRunner::~SyncRunner()
{
    // The connection and network objects belong to the worker thread: close them there.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncRunner::post(std::function<void(Worker &)> job)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void SyncRunner::finishJob()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}

void SyncRunner::addAccount(const QString &url, const QString &user, const QString &password)
{
    post([this, url, user, password](Worker &worker) {
        QString error;
        SyncEngine *engine = worker.engine(&error);
        if (engine) {
            auto added = engine->addAccount(url, user, password);
            error = added ? QString() : added.error();
        }
        QMetaObject::invokeMethod(this, [this, error] {
            Q_EMIT accountAdded(error.isEmpty(), error);
            finishJob();
        }, Qt::QueuedConnection);
    });
}

void SyncRunner::removeAccount(qint64 accountId)
{
    post([this, accountId](Worker &worker) {
        QString error;
        if (SyncEngine *engine = worker.engine(&error)) {
            const Status removed = engine->removeAccount(accountId);
            error = removed ? QString() : removed.error();
        }
        QMetaObject::invokeMethod(this, [this, error] {
            Q_EMIT accountRemoved(error.isEmpty(), error);
            finishJob();
        }, Qt::QueuedConnection);
    });
}

void SyncRunner::syncAll() { syncAccount(0); }

void SyncRunner::syncAccount(qint64 accountId)
{
    m_periodic.stop();
    Q_EMIT syncStarted();
    post([this, accountId](Worker &worker) {
        QString error;
        SyncEngine *engine = worker.engine(&error);
        QList<qint64> ids;
        if (engine) {
            for (const SyncAccount &account : worker.store()->accounts()) {
                if (accountId == 0 || account.id == accountId)
                    ids.append(account.id);
            }
        }
        bool failed = !engine;
        for (qint64 id : std::as_const(ids)) {
            const SyncReport report = engine->sync(id);
            failed |= !report.ok;
            QMetaObject::invokeMethod(this, [this, id, report] { Q_EMIT accountSynced(id, report); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, failed] {
            scheduleNext(failed);
            finishJob();
        }, Qt::QueuedConnection);
    });
}

void SyncRunner::setPeriodicSync(int minutes)
{
    m_periodMinutes = qMax(0, minutes);
    scheduleNext(false);
}

void SyncRunner::scheduleNext(bool failed)
{
    m_failedRuns = failed ? m_failedRuns + 1 : 0;
    if (m_periodMinutes <= 0) {
        m_periodic.stop();
        return;
    }
    // Back-off: 5 minutes after the first failure, doubling, never longer than the normal period.
    const int minutes = m_failedRuns == 0 ? m_periodMinutes : qMin(m_periodMinutes, 5 << qMin(m_failedRuns - 1, 8));
    m_periodic.start(std::chrono::minutes(minutes));
}
