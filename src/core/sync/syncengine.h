// Synchronises Google Reader API accounts with the store: pulls subscriptions, folders, new items and
// the server's read/starred state, and pushes the durable queue of changes made here in batches.
// Works through GReaderClient, which waits for each answer: run it on a worker thread (the GUI's
// SyncRunner) or in the command-line tool. Every outcome is recorded on the account.
#pragma once

#include "store/store.h"
#include "sync/greaderclient.h"

#include <QCoreApplication>

class CredentialStore;
class QNetworkAccessManager;

struct SyncReport
{
    bool ok = false;
    QString error;     // plain words when !ok (also stored on the account)
    int newItems = 0;
    int pushed = 0;    // queued changes the server took
    int refused = 0;   // queued changes the server refused (kept, backing off)
    int logins = 0;    // ClientLogin calls made (1 after an expired token)
};

class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(Store &store, QNetworkAccessManager *network, CredentialStore *credentials,
               GReaderLimits limits = {});

    /** Logs in (finding the API address behind `typedUrl`), keeps the password and token in the
     *  keychain and records the account. Nothing is recorded when the login fails. */
    Result<qint64> addAccount(const QString &typedUrl, const QString &user, const QString &password);
    /** Removes the account, its feeds and articles, and its secrets from the keychain. */
    Status removeAccount(qint64 accountId);
    /** One full sync of the account; the outcome is also recorded on it. */
    SyncReport sync(qint64 accountId);

private:
    Status pullItems(GReaderClient &client, const SyncAccount &account, QHash<QString, qint64> &feedIds,
                     const QStringList &stateIds, SyncReport &report);
    Status pushChanges(GReaderClient &client, const SyncAccount &account, bool feedChanges, SyncReport &report);
    Status pushOne(GReaderClient &client, const SyncChange &change);

    Store &m_store;
    QNetworkAccessManager *m_network;
    CredentialStore *m_credentials;
    GReaderLimits m_limits;
};
