#include "reader/articlepage.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace {
// Lets through the page we render ourselves and images over http(s) or data:, nothing else:
// no scripts, stylesheets, fonts, frames, media, beacons or prefetches, whatever the HTML says.
class ArticleRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        const auto type = info.resourceType();
        const bool ownPage = type == QWebEngineUrlRequestInfo::ResourceTypeMainFrame && scheme == u"data";
        const bool image = type == QWebEngineUrlRequestInfo::ResourceTypeImage
                           && (scheme == u"http" || scheme == u"https" || scheme == u"data");
        if (!ownPage && !image)
            info.block(true);
    }
};
} // namespace

ArticlePage::ArticlePage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
}

QWebEngineProfile *ArticlePage::createProfile(QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setUrlRequestInterceptor(new ArticleRequestInterceptor(profile));
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) { download->cancel(); });
    return profile;
}

void ArticlePage::showHtml(const QString &html, const QUrl &baseUrl)
{
    m_expectingOwnLoad = true;
    setHtml(html, baseUrl);
}

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && m_expectingOwnLoad && type != NavigationTypeLinkClicked) {
        m_expectingOwnLoad = false;
        return true;
    }
    if (type == NavigationTypeLinkClicked && (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto"))
        Q_EMIT externalLinkRequested(url);
    return false;
}
