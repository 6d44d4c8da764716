#include "sync/syncrunner.h"

#include "secrets/crossthreadcredentialstore.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <deque>

/** Everything the engine needs, made and used on the worker thread only. */
class SyncRunner::Worker final : public QObject
{
public:
    Worker(QString databasePath, CredentialStore *credentials, QObject *credentialsContext, const std::atomic_bool *cancel)
        : m_databasePath(std::move(databasePath)), m_sharedCredentials(credentials), m_credentialsContext(credentialsContext),
          m_cancel(cancel)
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
            if (m_sharedCredentials)
                m_credentials = std::make_unique<CrossThreadCredentialStore>(m_sharedCredentials, m_credentialsContext, m_cancel);
            GReaderLimits limits;
            limits.cancel = m_cancel;
            m_engine = std::make_unique<SyncEngine>(*m_store, m_network.get(), m_credentials.get(), limits);
        }
        return m_engine.get();
    }
    Store *store() { return m_store.get(); }

    /** Queues a job for this thread. Jobs run one after the other, never inside another job: the
     *  client waits for answers in local event loops, which would otherwise start the next job. */
    void enqueue(std::function<void(Worker &)> job)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_jobs.push_back(std::move(job));
        }
        QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
    }

    /** Drops the jobs not started yet and closes everything once the running one ends. */
    void shutDown()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_jobs.clear();
        }
        enqueue([](Worker &worker) {
            worker.close();
            QThread::currentThread()->quit();
        });
    }

    void close()
    {
        m_engine.reset();
        m_credentials.reset();
        m_network.reset();
        m_store.reset();
    }

private:
    void drain()
    {
        if (m_draining)
            return; // called from a local event loop inside a job: the outer drain goes on afterwards
        m_draining = true;
        for (;;) {
            std::function<void(Worker &)> job;
            {
                QMutexLocker lock(&m_mutex);
                if (m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job(*this);
        }
        m_draining = false;
    }

    QMutex m_mutex;
    std::deque<std::function<void(Worker &)>> m_jobs;
    bool m_draining = false;
    QString m_databasePath;
    CredentialStore *m_sharedCredentials;
    QObject *m_credentialsContext; // on the thread that may use m_sharedCredentials
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    const std::atomic_bool *m_cancel;
};

SyncRunner::SyncRunner(QString databasePath, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(databasePath), credentials, this, &m_cancel))
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
    m_cancel = true; // the running job gives up at its next step or request
    // The connection and network objects belong to the worker thread: they are closed there.
    m_worker->shutDown();
    m_thread.wait();
}

void SyncRunner::post(std::function<void(Worker &)> job)
{
    ++m_pending;
    m_worker->enqueue(std::move(job));
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

void SyncRunner::syncSoon()
{
    constexpr int soonMs = 60 * 1000;
    if (!m_periodic.isActive() || m_periodic.remainingTime() > soonMs)
        m_periodic.start(soonMs);
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
