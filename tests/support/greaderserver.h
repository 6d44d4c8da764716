// A Google Reader API server for tests and the sync benchmark, on 127.0.0.1 over LocalHttpServer. It
// keeps real state (subscriptions, items, read and starred sets), checks the auth token on every call
// and the write token on every POST, and can misbehave the way real servers do: expire the auth
// token after some calls, refuse edit-tag for given items, drop the connection during a push, end a
// continuation walk with an empty page. Served under /api/greader.php like FreshRSS.
#pragma once

#include "localhttpserver.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class GReaderServer final : public QObject
{
    Q_OBJECT

public:
    struct Feed
    {
        QString streamId; // feed/N
        QString title;
        QString url;
        QString folder;
    };
    struct Item
    {
        quint64 id = 0;
        int feed = 0;          // index into feeds()
        QString title;
        QString content;
        qint64 timestampUsec = 0;
    };

    explicit GReaderServer(QString user, QString password, QObject *parent = nullptr);
    bool listen();
    /** HTTPS with this certificate (tests that a certificate the system does not trust is refused). */
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key) { return m_http.listenTls(certificate, key); }
    /** http://127.0.0.1:PORT/ (the base address a user would type). */
    QString baseUrl() const;
    QString apiUrl() const { return baseUrl() + QStringLiteral("api/greader.php"); }

    /** `feeds` subscriptions in `feeds / 10 + 1` folders and `items` items spread over them. */
    void populate(int feeds, int items);
    /** Adds one item (received now) to feed `feed`; returns its long-form id. */
    QString addItem(int feed, const QString &title, const QString &content);

    // State, as a test sees and changes it ("on the server's side": a phone or the web UI).
    const QList<Feed> &feeds() const { return m_feeds; }
    const QList<Item> &items() const { return m_items; }
    static QString longId(quint64 id);
    bool isRead(const QString &longId) const { return m_read.contains(idOf(longId)); }
    bool isStarred(const QString &longId) const { return m_starred.contains(idOf(longId)); }
    void setRead(const QString &longId, bool read);
    void setStarred(const QString &longId, bool starred);

    // Misbehaviour.
    /** Every auth token stops working after this many authorised requests (0: never). */
    void expireTokensAfter(int requests) { m_expireAfter = requests; }
    /** edit-tag that names any of these items is refused with HTTP 400. */
    void refuseEditTagFor(const QStringList &longIds);
    /** After this many edit-tag calls, every further one has its connection dropped (-1: never). */
    void dropEditTagAfter(int calls) { m_dropEditTagAfter = calls; }
    void setEmptyLastPage(bool on) { m_emptyLastPage = on; }

    // What clients did.
    int logins() const { return m_logins; }
    int editTagCalls() const { return m_editTagCalls; }
    int contentsItemsServed() const { return m_contentsItemsServed; }
    QStringList issuedTokens() const; // every auth and write token handed out
    LocalHttpServer &http() { return m_http; }

private:
    using Form = QList<QPair<QString, QString>>;
    static Form parseForm(const QByteArray &encoded);
    static QString value(const Form &form, const QString &key);
    static quint64 idOf(const QString &anyForm);
    bool authorised(const HttpRequestRecord &request);
    HttpResponse json(const QByteArray &body) const;
    static HttpResponse error(int status, const QByteArray &body);
    HttpResponse guarded(const HttpRequestRecord &request, bool post,
                         const std::function<HttpResponse(const Form &query, const Form &form)> &handler);
    QByteArray itemJson(const Item &item) const;

    HttpResponse clientLogin(const HttpRequestRecord &request);
    HttpResponse subscriptionList();
    HttpResponse tagList();
    HttpResponse itemIds(const Form &query);
    HttpResponse itemContents(const Form &form);
    HttpResponse editTag(const Form &form);
    HttpResponse subscriptionEdit(const Form &form);
    HttpResponse markAllAsRead(const Form &form);

    LocalHttpServer m_http;
    QString m_user;
    QString m_password;
    QList<Feed> m_feeds;
    QList<Item> m_items; // oldest first
    QHash<quint64, int> m_itemIndex;
    QSet<quint64> m_read;
    QSet<quint64> m_starred;
    QSet<quint64> m_refused;
    QHash<QString, int> m_authTokens; // token → authorised requests made with it
    QStringList m_allTokens;
    QString m_writeToken;
    quint64 m_nextId = 0x10000000000ull;
    qint64 m_clockUsec = 1700000000000000ll;
    int m_expireAfter = 0;
    int m_dropEditTagAfter = -1;
    bool m_emptyLastPage = false;
    int m_logins = 0;
    int m_editTagCalls = 0;
    int m_contentsItemsServed = 0;
};
