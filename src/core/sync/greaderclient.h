// A client for the Google Reader API as FreshRSS, Miniflux, Inoreader, The Old Reader and BazQux serve
// it. Each call waits for its answer in a local event loop, so the client belongs on a worker thread
// (the GUI's SyncRunner) or in the command-line tool — never on the UI thread.
// Tokens: the auth token (ClientLogin) and the write token (reader/api/0/token) are held in memory
// and the auth token also in the CredentialStore; a 401 logs in again once with the stored password.
// TLS errors are never ignored; every answer is bounded in size and time.
#pragma once

#include "model/syncaccount.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QStringList>
#include <atomic>
#include <QList>
#include <QPair>

class CredentialStore;
class QNetworkAccessManager;

/** One page-walk of stream/items/ids: `ot`/`nt` are server receive times in seconds. */
struct ItemIdsQuery
{
    QString stream = QStringLiteral("user/-/state/com.google/reading-list");
    QString exclude;      // xt, e.g. user/-/state/com.google/read
    qint64 olderThan = 0; // ot: only items received after this time (seconds); 0 = no bound
    int maxIds = 200000;  // stop (incomplete) after this many
};

struct ItemIds
{
    QStringList ids;       // long form
    qint64 newestUsec = 0; // the newest timestampUsec seen
    bool complete = true;  // false when maxIds cut the walk short
};

/** Bounds on every request of the client. */
struct GReaderLimits
{
    int stallTimeoutMs = 30000;           // no byte for this long: give up
    int overallTimeoutMs = 180000;        // one request may not take longer
    qint64 maxResponseBytes = 64ll << 20; // an answer larger than this is refused
    const std::atomic_bool *cancel = nullptr; // set from another thread: the request in flight is dropped
};

class GReaderClient final
{
    Q_DECLARE_TR_FUNCTIONS(GReaderClient)

public:
    /** Query or form fields in order (repeated keys such as i= allowed), decoded. */
    using Form = QList<QPair<QString, QString>>;
    /** application/x-www-form-urlencoded, every reserved character percent-encoded ('+' too). */
    static QByteArray encode(const Form &fields);

    /** `apiUrl` is the address that answers accounts/ClientLogin and reader/api/0/… */
    GReaderClient(QNetworkAccessManager *network, QString apiUrl, QString user, CredentialStore *credentials,
                  GReaderLimits limits = {});

    /** Keychain keys of an account's password and auth token. */
    static QString passwordKey(const QString &apiUrl, const QString &user);
    static QString tokenKey(const QString &apiUrl, const QString &user);

    /** Finds the API address behind what the user typed (a base address or …/api/greader.php) by logging
     *  in with `password`. On success, the client uses that address and holds the auth token. */
    Result<QString> discoverAndLogin(const QString &typedUrl, const QString &password);
    /** Logs in with the password from the CredentialStore and stores the new auth token there. */
    Status relogin();

    Result<QList<RemoteFeed>> subscriptions();
    /** Folder names from tag/list; a server without tag/list gives an empty list. */
    Result<QStringList> folders();
    Result<ItemIds> itemIds(const ItemIdsQuery &query);
    /** Items by long-form id (stream/items/contents, a POST with i= in the body). */
    Result<QJsonArray> itemContents(const QStringList &longIds);
    /** edit-tag: adds or removes `tag` on the items. */
    Status editTag(const QStringList &longIds, const QString &tag, bool add);
    Status unsubscribe(const QString &streamId);
    Status rename(const QString &streamId, const QString &title);
    Status markAllAsRead(const QString &streamId, qint64 timeUsec);

    QString apiUrl() const { return m_apiUrl; }
    /** HTTP status of the last failed request (0: no answer at all). */
    int lastStatus() const { return m_lastStatus; }
    /** The cancel flag of the limits was raised. */
    bool cancelled() const { return m_limits.cancel && m_limits.cancel->load(); }
    /** How many times this client logged in (tests and diagnostics). */
    int logins() const { return m_logins; }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString networkError; // set when there was no usable answer
        bool badToken = false; // X-Reader-Google-Bad-Token
        bool untrusted = false; // the TLS handshake failed (never ignored)
    };

    Reply send(const QString &path, const Form &query, const QByteArray *postBody, bool authorised);
    Result<QByteArray> call(const QString &endpoint, Form query, const Form *form);
    Result<QJsonValue> callJson(const QString &endpoint, const Form &query, const Form *form = nullptr);
    Status post(const QString &endpoint, Form form);
    Status ensureAuthToken();
    Status ensureWriteToken();
    Status loginWith(const QString &password);
    QString describe(const Reply &reply, const QString &endpoint) const;

    QNetworkAccessManager *m_network;
    QString m_apiUrl;
    QString m_user;
    CredentialStore *m_credentials;
    GReaderLimits m_limits;
    QString m_authToken;
    QString m_writeToken;
    int m_lastStatus = 0;
    int m_logins = 0;
};
