// Adding a subscription from whatever address a person pastes: a feed URL, a `feed:` link or a
// web page. A page is searched for the feeds it advertises (autodiscovery), then for the usual feed
// paths. Nothing is created when no feed is found. Shared by the add-feed dialog and `khulasa-cli add`.
#pragma once

#include "net/feeddiscovery.h"
#include "refresh/refresher.h"

#include <QCoreApplication>
#include <QObject>
#include <optional>

class Store;

struct SubscribeReply
{
    std::optional<SubscribeOutcome> added;
    QList<FeedCandidate> choices; // the page advertises several feeds: ask which one
    QString error;                // why nothing was added (empty when added or choices)
};

class Subscriber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Subscriber)

public:
    using Callback = std::function<void(const SubscribeReply &)>;

    Subscriber(Store &store, Refresher &refresher, QObject *parent = nullptr);

    /** `pickFirst`: with several advertised feeds take the first instead of returning the choices. */
    void subscribe(const QString &address, qint64 folderId, bool pickFirst, Callback done);

    /** "feed:https://x", "feed://x", "x.org/rss" → an http(s) URL; invalid when it cannot be one. */
    static QUrl normalizeAddress(const QString &address);

private:
    void tryCandidates(QList<FeedCandidate> candidates, qint64 folderId, const QUrl &page, Callback done);
    static SubscribeReply failure(const QString &message);

    Store &m_store;
    Refresher &m_refresher;
};
