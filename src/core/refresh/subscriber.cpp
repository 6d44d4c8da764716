#include "refresh/subscriber.h"

#include "store/store.h"

namespace {
constexpr int kMaxProbes = 8;
}

Subscriber::Subscriber(Store &store, Refresher &refresher, QObject *parent)
    : QObject(parent), m_store(store), m_refresher(refresher)
{
}

SubscribeReply Subscriber::failure(const QString &message)
{
    SubscribeReply reply;
    reply.error = message;
    return reply;
}

QUrl Subscriber::normalizeAddress(const QString &address)
{
    QString text = address.trimmed();
    if (text.startsWith(u"feed:", Qt::CaseInsensitive)) {
        text = text.mid(5);
        if (text.startsWith(u"//"))
            text = text.mid(2).startsWith(u"http", Qt::CaseInsensitive) ? text.mid(2) : u"http:" + text;
    }
    if (!text.contains(u"://"))
        text.prepend(u"https://");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return {};
    return url;
}

void Subscriber::subscribe(const QString &address, qint64 folderId, bool pickFirst, Callback done)
{
    const QUrl url = normalizeAddress(address);
    auto answer = [this, done](const SubscribeReply &reply) {
        QMetaObject::invokeMethod(this, [done, reply] { done(reply); }, Qt::QueuedConnection);
    };
    if (!url.isValid()) {
        answer(failure(tr("“%1” is not a web address (it must start with http:// or https://).").arg(address)));
        return;
    }
    if (m_store.feedIdByUrl(url.toString(QUrl::FullyEncoded))) {
        answer(failure(tr("You are already subscribed to %1.").arg(url.toString())));
        return;
    }
    m_refresher.fetcher().fetch({url, {}, {}, {}, {}}, [this, url, folderId, pickFirst, done](const FetchResult &fetched) {
        if (!fetched.ok()) {
            done(failure(tr("Cannot add %1: %2").arg(url.toString(), fetched.error)));
            return;
        }
        m_refresher.storeNewFeed(fetched, folderId, [this, fetched, url, folderId, pickFirst, done](const Result<SubscribeOutcome> &stored) {
            if (stored) {
                done({*stored, {}, {}});
                return;
            }
            if (!FeedDiscovery::looksLikeHtml(fetched.body)) {
                done(failure(tr("No feed found at %1: %2").arg(url.toString(), stored.error())));
                return;
            }
            const QByteArray page = fetched.body;
            const QUrl pageUrl = fetched.finalUrl;
            m_refresher.inBackground<QList<FeedCandidate>>(
                [page, pageUrl] { return FeedDiscovery::advertisedFeeds(page, pageUrl); },
                [this, pageUrl, folderId, pickFirst, done](const QList<FeedCandidate> &advertised) {
                    if (advertised.size() > 1 && !pickFirst) {
                        done({std::nullopt, advertised, {}});
                        return;
                    }
                    const QList<FeedCandidate> candidates = advertised.isEmpty()
                                                                ? FeedDiscovery::conventionalLocations(pageUrl)
                                                                : advertised;
                    tryCandidates(candidates, folderId, pageUrl, done);
                });
        });
    });
}

void Subscriber::tryCandidates(QList<FeedCandidate> candidates, qint64 folderId, const QUrl &page, Callback done)
{
    if (candidates.isEmpty()) {
        done(failure(tr("No feed found at %1: the page does not advertise one.").arg(page.toString())));
        return;
    }
    candidates = candidates.mid(0, kMaxProbes);
    const FeedCandidate candidate = candidates.takeFirst();
    if (m_store.feedIdByUrl(candidate.url.toString(QUrl::FullyEncoded))) {
        done(failure(tr("You are already subscribed to %1.").arg(candidate.url.toString())));
        return;
    }
    m_refresher.fetcher().fetch({candidate.url, {}, {}, {}, {}}, [this, candidates, folderId, page, done](const FetchResult &fetched) {
        if (!fetched.ok()) {
            tryCandidates(candidates, folderId, page, done);
            return;
        }
        m_refresher.storeNewFeed(fetched, folderId, [this, candidates, folderId, page, done](const Result<SubscribeOutcome> &stored) {
            if (stored)
                done({*stored, {}, {}});
            else
                tryCandidates(candidates, folderId, page, done);
        });
    });
}
