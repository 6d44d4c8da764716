#include "share/contactfinder.h"

#include "feeds/feeddecoder.h"
#include "model/feed.h"
#include "net/feedfetcher.h"
#include "share/contactdiscovery.h"
#include "store/store.h"

#include <QPointer>
#include <QUrl>

namespace {
QUrl siteOf(const Feed &feed)
{
    const QUrl site(feed.siteUrl);
    return (site.scheme() == u"http" || site.scheme() == u"https") && !site.host().isEmpty() ? site : QUrl();
}
} // namespace

ContactFinder::ContactFinder(Store &store, FeedFetcher &fetcher, QObject *parent)
    : QObject(parent), m_store(store), m_fetcher(fetcher)
{
    m_parsers.setMaxThreadCount(1);
}

ContactFinder::~ContactFinder()
{
    // A parse still running posts its result to this object: let it end first.
    m_parsers.waitForDone();
}

bool ContactFinder::isDue(const Feed &feed, const QDateTime &now) const
{
    if (feed.builtin || siteOf(feed).isEmpty())
        return false;
    const QDateTime checked = m_store.contactCheckedAt(feed.id);
    return !checked.isValid() || checked.daysTo(now) >= kRecheckDays || checked > now.addDays(1);
}

void ContactFinder::checkIfDue(const Feed &feed)
{
    if (isDue(feed))
        check(feed);
}

void ContactFinder::check(const Feed &feed)
{
    const QUrl site = siteOf(feed);
    if (site.isEmpty() || m_running.contains(feed.id))
        return;
    m_running.insert(feed.id);
    const qint64 feedId = feed.id;
    // The fetcher outlives this object (it belongs to the refresher): answer only while we exist.
    m_fetcher.fetch({site, {}, {}, {}, {}}, [self = QPointer<ContactFinder>(this), feedId](const FetchResult &result) {
        if (self)
            self->handleFetched(feedId, result);
    });
}

void ContactFinder::handleFetched(qint64 feedId, const FetchResult &result)
{
    if (result.cancelled) {
        m_running.remove(feedId); // nothing learned about the site: try again next time
        return;
    }
    if (!result.ok()) {
        // Recorded as checked so a broken site is not asked on every refresh; retried after a day.
        m_store.setContactChecked(feedId, QDateTime::currentDateTimeUtc().addDays(1 - kRecheckDays), result.error);
        finish(feedId, 0, result.error);
        return;
    }
    const QByteArray body = result.body.left(ContactDiscovery::kMaxPageBytes);
    const QByteArray charset = result.charset;
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : result.requestedUrl;
    m_parsers.start([this, feedId, body, charset, pageUrl] {
        const auto decoded = FeedDecoder::toUtf8(body, charset);
        const DiscoveredContacts found = ContactDiscovery::discover(decoded ? decoded->utf8 : body, pageUrl);
        QMetaObject::invokeMethod(this, [this, feedId, found] {
            const Result<int> merged = m_store.mergeDiscoveredContacts(feedId, found.channels);
            m_store.setContactChecked(feedId, QDateTime::currentDateTimeUtc(), merged ? QString() : merged.error());
            finish(feedId, merged ? *merged : 0, merged ? QString() : merged.error());
        }, Qt::QueuedConnection);
    });
}

void ContactFinder::finish(qint64 feedId, int added, const QString &error)
{
    m_running.remove(feedId);
    Q_EMIT searched(feedId, added, error);
}
