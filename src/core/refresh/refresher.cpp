#include "refresh/refresher.h"

#include "feeds/feedparser.h"
#include "refresh/entryprocessor.h"
#include "refresh/storewriter.h"
#include "secrets/credentialstore.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QThreadPool>

namespace {
// Parsing and sanitising go to a pool of their own so that destroying a Refresher can wait for
// exactly this work (never the application's global pool).
QThreadPool &parsePool()
{
    static QThreadPool pool;
    return pool;
}

// Runs on the parsing pool: parse (skipping known unchanged entries), prepare, hand to the writer.
void parseAndStore(StoreWriter &writer, qint64 id, const QByteArray &body, FeedParseOptions options, FeedCheck check,
                   const QByteArray &storedHash, const QHash<QString, quint64> &known,
                   const std::function<void(const FeedRefreshOutcome &)> &deliver)
{
    StoreWriter *target = &writer;
    check.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    if (!storedHash.isEmpty() && check.bodyHash == storedHash) {
        // Same bytes as last time: nothing to parse, only the validators are new.
        QMetaObject::invokeMethod(target, [target, id, check, deliver] { deliver(target->writeCheck(id, check)); });
        return;
    }
    if (!known.isEmpty()) {
        options.skipEntry = [&known](const ParsedEntry &entry) {
            const auto it = known.constFind(EntryProcessor::guidOf(entry));
            return it != known.cend() && *it == entry.contentHash;
        };
    }
    auto parsed = FeedParser::parse(body, options);
    if (!parsed) {
        FeedCheck failed = FeedCheck::failure(FeedStatus::Error, parsed.error());
        failed.movedTo = check.movedTo;
        QMetaObject::invokeMethod(target, [target, id, failed, deliver] { deliver(target->writeCheck(id, failed)); });
        return;
    }
    check.ttlMinutes = parsed->ttlMinutes;
    // Plain text, direction and hashes are worked out here, so the writer thread only writes.
    QMetaObject::invokeMethod(target, [target, id, feed = EntryProcessor::process(*parsed), check, deliver] {
        deliver(target->writeArticles(id, feed, check));
    });
}
} // namespace

Refresher::Refresher(const QString &databasePath, QNetworkAccessManager *network, const HttpLimits &limits,
                     CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_fetcher(new FeedFetcher(network, limits, this)), m_credentials(credentials),
      m_writer(new StoreWriter(databasePath)), m_maxInFlight(qMax(4, limits.maxConcurrent))
{
    qRegisterMetaType<FeedRefreshOutcome>();
    m_writerThread.setObjectName(QStringLiteral("khulasa-store-writer"));
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.start();
}

Refresher::~Refresher()
{
    m_fetcher->cancelAll();
    parsePool().waitForDone();
    QMetaObject::invokeMethod(m_writer, [writer = m_writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

void Refresher::startInPool(std::function<void()> work) { parsePool().start(std::move(work)); }

void Refresher::setHostWaits(const QHash<QString, HostWait> &waits)
{
    for (auto it = waits.cbegin(); it != waits.cend(); ++it)
        m_fetcher->setHostWait(it.key(), it->until);
}

void Refresher::refresh(const QList<Feed> &feeds)
{
    if (!isRunning()) {
        m_done = 0;
        m_total = 0;
    }
    int added = 0;
    for (const Feed &feed : feeds) {
        if (!feed.fetchedHere() || m_inProgress.contains(feed.id))
            continue;
        m_inProgress.insert(feed.id);
        m_waiting.append(feed);
        ++added;
    }
    m_total += added;
    Q_EMIT progressChanged(m_done, m_total);
    if (m_total == m_done)
        Q_EMIT finished();
    dispatch();
}

void Refresher::setConcurrency(int maxConcurrent, int maxPerHost)
{
    m_maxInFlight = qMax(4, maxConcurrent); // as in the constructor: parsing overlaps the downloads
    m_fetcher->setConcurrency(maxConcurrent, maxPerHost);
    dispatch();
}

void Refresher::dispatch()
{
    while (m_inFlight < m_maxInFlight && !m_waiting.isEmpty()) {
        const Feed feed = m_waiting.takeFirst();
        ++m_inFlight;
        if (feed.authUser.isEmpty() || !m_credentials) {
            fetchFeed(feed, QString());
            continue;
        }
        // The password is asked for right before the request and never kept beyond it.
        m_credentials->retrieve(CredentialStore::keyFor(feed.url, feed.authUser), [this, feed](const CredentialResult &r) {
            fetchFeed(feed, r.ok() ? r.secret : QString());
        });
    }
}

void Refresher::fetchFeed(const Feed &feed, const QString &password)
{
    FetchRequest request{QUrl(feed.url), feed.etag, feed.lastModified, feed.authUser, password};
    m_fetcher->fetch(request, [this, feed](const FetchResult &result) { handleFetched(feed, result); });
}

void Refresher::cancel()
{
    // Feeds not started yet end at once; running ones end through the fetcher. Neither is
    // recorded as a failure of the feed.
    const QList<Feed> waiting = std::exchange(m_waiting, {});
    for (const Feed &feed : waiting) {
        ++m_inFlight;
        handleStored({feed.id, feed.status, tr("cancelled"), 0, 0});
    }
    m_fetcher->cancelAll();
}

void Refresher::handleFetched(const Feed &feed, const FetchResult &result)
{
    StoreWriter *writer = m_writer;
    auto deliver = [this](const FeedRefreshOutcome &outcome) {
        QMetaObject::invokeMethod(this, [this, outcome] { handleStored(outcome); }, Qt::QueuedConnection);
    };
    if (result.cancelled) {
        handleStored({feed.id, feed.status, result.error, 0, 0});
        return;
    }
    const QString waitHost = result.retryAfter.isValid() ? result.requestedUrl.host().toLower() : QString();
    const HostWait wait{result.retryAfter, result.error};
    if (!result.ok() || result.notModified) {
        FeedCheck check = FeedCheck::failure(result.notModified ? FeedStatus::NotModified
                                             : result.httpStatus == 410 ? FeedStatus::Gone
                                                                         : FeedStatus::Error,
                                             result.error);
        check.movedTo = result.movedTo.toString(QUrl::FullyEncoded);
        QMetaObject::invokeMethod(writer, [writer, id = feed.id, check, deliver, waitHost, wait] {
            if (!waitHost.isEmpty())
                writer->writeHostWait(waitHost, wait);
            deliver(writer->writeCheck(id, check));
        });
        return;
    }
    FeedCheck check;
    check.etag = result.etag;
    check.lastModified = result.lastModified;
    check.movedTo = result.movedTo.toString(QUrl::FullyEncoded);
    const QByteArray storedHash = feed.bodyHash;
    FeedParseOptions options;
    options.documentUrl = result.finalUrl;
    options.httpCharset = result.charset;
    // The writer thread looks up what the store already has (between two writes), then the pool
    // parses, skipping entries stored unchanged before their HTML is sanitised.
    QMetaObject::invokeMethod(writer, [writer, id = feed.id, body = result.body, options, check, storedHash, deliver]() mutable {
        const QHash<QString, quint64> known = writer->rawHashes(id);
        parsePool().start([writer, id, body, options, check, storedHash, deliver, known]() mutable {
            parseAndStore(*writer, id, body, options, check, storedHash, known, deliver);
        });
    });
}

void Refresher::handleStored(const FeedRefreshOutcome &outcome)
{
    m_inProgress.remove(outcome.feedId);
    --m_inFlight;
    ++m_done;
    Q_EMIT feedRefreshed(outcome);
    Q_EMIT progressChanged(m_done, m_total);
    if (m_done == m_total) {
        if (m_retention) // queued behind the last batch, on the writer thread: the UI never waits for it
            QMetaObject::invokeMethod(m_writer, [writer = m_writer, policy = *m_retention] { writer->purge(policy); });
        Q_EMIT finished();
    }
    dispatch();
}

void Refresher::storeNewFeed(const FetchResult &fetched, qint64 folderId,
                             std::function<void(const Result<SubscribeOutcome> &)> done)
{
    using R = Result<SubscribeOutcome>;
    StoreWriter *writer = m_writer;
    auto reply = [this, done](const R &result) {
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    FeedCheck check;
    check.etag = fetched.etag;
    check.lastModified = fetched.lastModified;
    FeedParseOptions options;
    options.documentUrl = fetched.finalUrl;
    options.httpCharset = fetched.charset;
    const QString storedUrl = (fetched.movedTo.isValid() ? fetched.movedTo : fetched.requestedUrl).toString(QUrl::FullyEncoded);
    startInPool([writer, folderId, reply, storedUrl, body = fetched.body, options, check]() mutable {
        check.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
        auto parsed = FeedParser::parse(body, options);
        if (!parsed) {
            reply(R::failure(parsed.error()));
            return;
        }
        check.ttlMinutes = parsed->ttlMinutes;
        QMetaObject::invokeMethod(writer, [writer, folderId, reply, storedUrl, feed = EntryProcessor::process(*parsed), check] {
            reply(writer->writeNewFeed(storedUrl, folderId, feed, check));
        });
    });
}
