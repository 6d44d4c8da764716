#include "net/faviconfetcher.h"

#include "model/feed.h"
#include "net/feedfetcher.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
constexpr qsizetype kMaxIconBytes = 256 * 1024;
}

FaviconFetcher::FaviconFetcher(FeedFetcher &fetcher, const QString &cacheDir, QObject *parent)
    : QObject(parent), m_fetcher(fetcher), m_cacheDir(cacheDir)
{
}

QString FaviconFetcher::imageType(const QByteArray &data)
{
    if (data.startsWith(QByteArrayLiteral("\x00\x00\x01\x00")))
        return QStringLiteral("ico");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    if (data.startsWith("BM") && data.size() > 26)
        return QStringLiteral("bmp");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    return {};
}

void FaviconFetcher::fetchFor(const Feed &feed, std::function<void(const QString &)> done)
{
    QUrl site(feed.siteUrl);
    if (site.scheme() != u"http" && site.scheme() != u"https")
        site = QUrl(feed.url);
    const QString host = site.host().toLower();
    if (!feed.iconFile.isEmpty() || host.isEmpty() || m_triedHosts.contains(host)) {
        done({});
        return;
    }
    m_triedHosts.insert(host);
    QUrl iconUrl = site.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    iconUrl.setPath(QStringLiteral("/favicon.ico"));
    m_fetcher.fetch({iconUrl, {}, {}, {}, {}}, [this, host, done](const FetchResult &result) {
        const QString type = result.ok() && result.body.size() <= kMaxIconBytes ? imageType(result.body) : QString();
        if (type.isEmpty()) {
            done({});
            return;
        }
        // The host name goes into a file name: keep only characters that cannot form a path.
        QString safeHost = host;
        safeHost.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("_"));
        const QString relative = u"icons/" + safeHost + u'.' + type;
        QDir().mkpath(m_cacheDir + u"/icons");
        QSaveFile file(m_cacheDir + u'/' + relative);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.body) != result.body.size() || !file.commit()) {
            done({});
            return;
        }
        done(relative);
    });
}
