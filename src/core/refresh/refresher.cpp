#include "refresh/refresher.h"

#include "feeds/feedparser.h"
#include "net/feedfetcher.h"
#include "refresh/storewriter.h"

#include <QCryptographicHash>
#include <QThreadPool>

namespace {
// Parsing and sanitising go to a pool of their own so that destroying a Refresher can wait for
// exactly its own jobs (never the application's global pool).
QThreadPool &parsePool()
{
    static QThreadPool pool;
    return pool;
}
} // namespace

Refresher::Refresher(const QString &databasePath, QNetworkAccessManager *network, const HttpLimits &limits,
                     QObject *parent)
    : QObject(parent), m_fetcher(new FeedFetcher(network, limits, this)), m_writer(new StoreWriter(databasePath))
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

void Refresher::refresh(const QList<Feed> &feeds)
{
    if (!isRunning()) {
        m_done = 0;
        m_total = 0;
    }
    int added = 0;
    for (const Feed &feed : feeds) {
        if (m_inProgress.contains(feed.id))
            continue;
        m_inProgress.insert(feed.id);
        ++added;
        FetchRequest request{QUrl(feed.url), feed.etag, feed.lastModified};
        m_fetcher->fetch(request, [this, feed](const FetchResult &result) { handleFetched(feed, result); });
    }
    m_total += added;
    Q_EMIT progressChanged(m_done, m_total);
    if (m_total == m_done)
        Q_EMIT finished();
}

void Refresher::cancel() { m_fetcher->cancelAll(); }

void Refresher::handleFetched(const Feed &feed, const FetchResult &result)
{
    StoreWriter *writer = m_writer;
    auto deliver = [this](const FeedRefreshOutcome &outcome) {
        QMetaObject::invokeMethod(this, [this, outcome] { handleStored(outcome); }, Qt::QueuedConnection);
    };
    if (!result.ok() || result.notModified) {
        FeedCheck check;
        check.status = result.notModified ? FeedStatus::NotModified
                       : result.httpStatus == 410 ? FeedStatus::Gone
                                                   : FeedStatus::Error;
        check.error = result.error;
        check.keepValidators = true;
        QMetaObject::invokeMethod(writer, [writer, id = feed.id, check, deliver] {
            deliver(writer->writeCheck(id, check));
        });
        return;
    }
    FeedCheck check;
    check.status = FeedStatus::Ok;
    check.etag = result.etag;
    check.lastModified = result.lastModified;
    const QByteArray storedHash = feed.bodyHash;
    FeedParseOptions options{result.finalUrl, result.charset};
    parsePool().start([writer, id = feed.id, body = result.body, options, check, storedHash, deliver]() mutable {
        check.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
        if (!storedHash.isEmpty() && check.bodyHash == storedHash) {
            // Same bytes as last time: nothing to parse, only the validators are new.
            QMetaObject::invokeMethod(writer, [writer, id, check, deliver] { deliver(writer->writeCheck(id, check)); });
            return;
        }
        auto parsed = FeedParser::parse(body, options);
        if (!parsed) {
            FeedCheck failed{FeedStatus::Error, parsed.error(), {}, {}, {}, true};
            QMetaObject::invokeMethod(writer, [writer, id, failed, deliver] { deliver(writer->writeCheck(id, failed)); });
            return;
        }
        QMetaObject::invokeMethod(writer, [writer, id, feed = std::move(parsed).value(), check, deliver] {
            deliver(writer->writeParsed(id, feed, check));
        });
    });
}

void Refresher::handleStored(const FeedRefreshOutcome &outcome)
{
    m_inProgress.remove(outcome.feedId);
    ++m_done;
    Q_EMIT feedRefreshed(outcome);
    Q_EMIT progressChanged(m_done, m_total);
    if (m_done == m_total)
        Q_EMIT finished();
}

void Refresher::subscribe(const QString &url, qint64 folderId,
                          std::function<void(const Result<SubscribeOutcome> &)> done)
{
    using R = Result<SubscribeOutcome>;
    const QUrl parsedUrl(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsedUrl.scheme().toLower();
    if (!parsedUrl.isValid() || parsedUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        const R failure = R::failure(tr("“%1” is not a web address (it must start with http:// or https://).").arg(url));
        QMetaObject::invokeMethod(this, [done, failure] { done(failure); }, Qt::QueuedConnection);
        return;
    }
    StoreWriter *writer = m_writer;
    auto reply = [this, done](const R &result) {
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    m_fetcher->fetch({parsedUrl, {}, {}}, [writer, folderId, reply, url](const FetchResult &result) {
        if (!result.ok() || result.notModified) {
            reply(R::failure(tr("Cannot add %1: %2").arg(url, result.error)));
            return;
        }
        FeedCheck check;
        check.etag = result.etag;
        check.lastModified = result.lastModified;
        FeedParseOptions options{result.finalUrl, result.charset};
        const QString storedUrl = result.requestedUrl.toString(QUrl::FullyEncoded);
        parsePool().start([writer, folderId, reply, url, storedUrl, body = result.body, options, check]() mutable {
            check.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
            auto parsed = FeedParser::parse(body, options);
            if (!parsed) {
                reply(R::failure(tr("No feed found at %1: %2").arg(url, parsed.error())));
                return;
            }
            QMetaObject::invokeMethod(writer, [writer, folderId, reply, storedUrl, feed = std::move(parsed).value(), check] {
                reply(writer->writeNewFeed(storedUrl, folderId, feed, check));
            });
        });
    });
}
