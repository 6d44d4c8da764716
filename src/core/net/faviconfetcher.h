// Fetches a site's icon (/favicon.ico of the feed's site) into the profile's cache, once per host,
// accepting only bytes that really are an image (ICO, PNG, GIF, JPEG, BMP, WebP) and at most 256 KB.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <functional>

class FeedFetcher;
struct Feed;

class FaviconFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaviconFetcher)

public:
    /** Icons are written to `cacheDir`/icons/. */
    FaviconFetcher(FeedFetcher &fetcher, const QString &cacheDir, QObject *parent = nullptr);

    /** Fetches the icon of `feed`'s site unless it has one or its host was tried in this session.
     *  `done` gets the file name relative to the cache folder (empty when there is no usable icon). */
    void fetchFor(const Feed &feed, std::function<void(const QString &iconFile)> done);

    /** The image type of `data` ("ico", "png", …), empty when it is not a known raster image. */
    static QString imageType(const QByteArray &data);

private:
    FeedFetcher &m_fetcher;
    QString m_cacheDir;
    QSet<QString> m_triedHosts;
};
