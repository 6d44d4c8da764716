#include "reader/articlerequestinterceptor.h"

#include "reader/articleschemehandler.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
// Hosts whose only business in a feed is counting readers: analytics, ad servers and the pixel
// endpoints of feed services. A small list on purpose; the images setting covers the rest.
constexpr const char16_t *kTrackerHosts[] = {
    u"doubleclick.net", u"google-analytics.com", u"googletagmanager.com", u"googlesyndication.com",
    u"googleadservices.com", u"scorecardresearch.com", u"quantserve.com", u"pixel.wp.com",
    u"stats.wp.com", u"pixel.facebook.com", u"connect.facebook.net", u"analytics.twitter.com",
    u"t.co", u"bat.bing.com", u"mc.yandex.ru", u"amazon-adsystem.com", u"adnxs.com",
    u"pixel.mathtag.com", u"outbrain.com", u"taboola.com", u"chartbeat.net", u"chartbeat.com",
    u"pixel.parsely.com", u"hotjar.com", u"feedblitz.com", u"feedsportal.com", u"list-manage.com",
    u"pixel.quantserve.com", u"sb.scorecardresearch.com", u"ping.chartbeat.net", u"moatads.com",
    u"criteo.com", u"criteo.net", u"rubiconproject.com", u"pubmatic.com", u"openx.net",
};

bool hostMatches(const QString &host, QStringView tracker)
{
    return host == tracker || (host.endsWith(tracker) && host.at(host.size() - tracker.size() - 1) == u'.');
}
} // namespace

bool ArticleRequestInterceptor::isTracker(const QUrl &url)
{
    const QString host = url.host().toLower();
    for (const char16_t *tracker : kTrackerHosts) {
        if (hostMatches(host, QStringView(tracker)))
            return true;
    }
    // Pixel endpoints on ordinary hosts: FeedBurner's ~r/~ff, Facebook's /tr, open-tracking paths.
    static const QRegularExpression pixelPath(QStringLiteral(
        "(^/~(r|ff|i)/)|(^/tr/?$)|(/(pixel|1x1|spacer|blank|beacon|tracking-pixel|open)\\.(gif|png)$)|(/track/open)"),
        QRegularExpression::CaseInsensitiveOption);
    return pixelPath.match(url.path()).hasMatch();
}

bool ArticleRequestInterceptor::allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, bool imagesAllowed)
{
    const QString scheme = url.scheme();
    if (type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        return scheme == QLatin1String(ArticleSchemeHandler::schemeName()); // the page we render ourselves; links never navigate here
    if (type != QWebEngineUrlRequestInfo::ResourceTypeImage || !imagesAllowed)
        return false;
    if (scheme == u"data")
        return url.path().startsWith(u"image/", Qt::CaseInsensitive);
    return (scheme == u"http" || scheme == u"https") && !isTracker(url);
}

void ArticleRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!allows(info.requestUrl(), info.resourceType(), m_imagesAllowed))
        info.block(true);
}
