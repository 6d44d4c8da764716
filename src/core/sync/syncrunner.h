// Runs the SyncEngine off the UI thread: a worker thread with its own store connection, network
// access and keychain access takes one job at a time (add, remove, sync), so reading never waits on
// a sync. Results come back as signals on the runner's thread. It also syncs every account now and
// then, waiting longer after failures (back-off).
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>

class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    /** `credentials` (the app's keychain) is used on the runner's thread only: the worker's calls are
     *  forwarded there (CrossThreadCredentialStore). May be null: accounts then cannot log in. */
    SyncRunner(QString databasePath, CredentialStore *credentials, QObject *parent = nullptr);
    ~SyncRunner() override;

    void addAccount(const QString &url, const QString &user, const QString &password);
    void removeAccount(qint64 accountId);
    /** Syncs every account (or one); a request while a sync runs is queued behind it. */
    void syncAll();
    void syncAccount(qint64 accountId);
    /** Syncs within a minute unless a sync is due sooner (after changes made here, to send them). */
    void syncSoon();
    /** Syncs on its own every `minutes` (0: never); after a failed sync it waits 5, 10, 20 … minutes, at most `minutes`. */
    void setPeriodicSync(int minutes);
    /** Jobs waiting or running. */
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void accountAdded(bool ok, const QString &error);
    void accountRemoved(bool ok, const QString &error);
    void syncStarted();
    void accountSynced(qint64 accountId, const SyncReport &report);
    /** Every queued job is done: the store may hold new feeds, articles and states. */
    void idle();

private:
    class Worker;
    void post(std::function<void(Worker &)> job);
    void finishJob();
    void scheduleNext(bool failed);

    std::atomic_bool m_cancel{false}; // raised when the runner goes: the worker drops what is in flight
    QThread m_thread;
    Worker *m_worker; // lives on m_thread
    QTimer m_periodic;
    int m_periodMinutes = 0;
    int m_failedRuns = 0;
    int m_pending = 0;
};
