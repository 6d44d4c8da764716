#include "reader/articlepage.h"

#include "reader/articlerequestinterceptor.h"
#include "reader/articleschemehandler.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

ArticlePage::ArticlePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent),
      m_schemeHandler(profile->findChild<ArticleSchemeHandler *>(QString(), Qt::FindDirectChildrenOnly))
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

QWebEngineProfile *ArticlePage::createProfile(ArticleRequestInterceptor *interceptor, QObject *parent)
{
    auto *profile = new QWebEngineProfile(parent); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    interceptor->setParent(profile);
    profile->setUrlRequestInterceptor(interceptor);
    profile->installUrlSchemeHandler(ArticleSchemeHandler::schemeName(), new ArticleSchemeHandler(profile));
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) { download->cancel(); });
    return profile;
}

ArticlePage::~ArticlePage()
{
    if (m_schemeHandler)
        m_schemeHandler->withdraw(this);
}

void ArticlePage::showHtml(const QString &html)
{
    Q_ASSERT(m_schemeHandler); // pages are only made with createProfile()'s profiles
    m_ownLoad = m_currentDocument = m_schemeHandler->publish(this, html);
    load(m_ownLoad);
}

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the document we just published may load in the main frame, once.
    if (isMainFrame && !m_ownLoad.isEmpty() && url == m_ownLoad && type != NavigationTypeLinkClicked) {
        m_ownLoad.clear();
        return true;
    }
    if (type == NavigationTypeLinkClicked && (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto"))
        Q_EMIT externalLinkRequested(url);
    return false;
}
