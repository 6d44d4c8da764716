#include "reader/articleview.h"

#include "profile/settings.h"
#include "reader/articlepage.h"
#include "reader/articlerequestinterceptor.h"

#include <QChildEvent>
#include <QDesktopServices>
#include <QEvent>
#include <QTimer>
#include <QWebEngineScript>

#include <array>

namespace {
// The zoom steps of common browsers, so Ctrl+= and Ctrl+- feel familiar.
constexpr std::array<double, 13> kZoomSteps = {0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWebEngineView(parent), m_profile(nullptr), m_interceptor(new ArticleRequestInterceptor(this)), m_page(nullptr)
{
    m_profile = ArticlePage::createProfile(m_interceptor, this);
    m_page = new ArticlePage(m_profile, this);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Article"));
    connect(m_page, &ArticlePage::externalLinkRequested, this, &ArticleView::handleExternalLink);
    connect(m_page, &QWebEnginePage::linkHovered, this, &ArticleView::linkHovered);
    // Chromium may reset the zoom of a new document; keep the reader's.
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_page->setZoomFactor(m_zoom);
        if (ok && m_shown && m_page->url() == m_page->currentDocument())
            Q_EMIT articleLoaded(m_shown->article.id);
    });
}

ArticleView::~ArticleView()
{
    // The page must go before the profile it was made with.
    delete m_page;
}

ArticleRenderer::Options ArticleView::effectiveOptions(const Article &article, const ArticleRenderer::Options &options) const
{
    ArticleRenderer::Options effective = options;
    if (m_settings) {
        // "system" follows this widget's palette, so a change of the desktop's colours re-renders (changeEvent).
        effective.theme = ArticleRenderer::themeNamed(m_settings->readerTheme())
                              .value_or(palette().color(QPalette::Window).lightness() < 128 ? ArticleRenderer::Theme::Dark
                                                                                             : ArticleRenderer::Theme::Light);
        effective.typography = {m_settings->readerFontFamily(), m_settings->readerFontSize(), m_settings->readerJustify()};
        switch (m_settings->imagesPolicy()) {
        case Settings::ImagesPolicy::Always: break;
        case Settings::ImagesPolicy::Never: effective.imagesAllowed = false; break;
        case Settings::ImagesPolicy::PerFeed:
            effective.imagesAllowed = effective.imagesAllowed && m_settings->imagesAllowedForFeed(article.feedId);
            break;
        }
        // A feed set to "automatic" takes the reader's default direction (which may itself be automatic).
        if (effective.directionOverride.isEmpty() || effective.directionOverride == u"auto")
            effective.directionOverride = m_settings->defaultDirection();
    }
    if (m_themeOverride)
        effective.theme = *m_themeOverride;
    return effective;
}

void ArticleView::showArticle(const Article &article, const QString &sourceName, const ArticleRenderer::Options &options)
{
    m_shown = Shown{article, sourceName, options};
    const ArticleRenderer::Options effective = effectiveOptions(article, options);
    m_interceptor->setImagesAllowed(effective.imagesAllowed);
    m_page->showHtml(m_renderer.render(article, sourceName, effective));
}

void ArticleView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    if (event->type() != QEvent::ChildAdded)
        return;
    // WebEngine adds its input widget as a child and only then makes it the focus proxy: look afterwards.
    QTimer::singleShot(0, this, [this] {
        if (focusProxy() && focusProxy() != m_inputWidget) {
            m_inputWidget = focusProxy();
            Q_EMIT inputWidgetChanged(m_inputWidget);
        }
    });
}

void ArticleView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_settings && m_settings->readerTheme() == u"system")
        rerender();
}

void ArticleView::rerender()
{
    if (const std::optional<Shown> shown = m_shown)
        showArticle(shown->article, shown->sourceName, shown->options);
}

void ArticleView::showMessage(const QString &title, const QString &text)
{
    m_shown.reset();
    Article message;
    message.title = title;
    message.summaryHtml = u"<p>" + text.toHtmlEscaped() + u"</p>";
    message.direction = layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    m_interceptor->setImagesAllowed(false);
    m_page->showHtml(m_renderer.render(message, QString(), effectiveOptions(message, {})));
}

void ArticleView::setZoom(double factor)
{
    factor = qBound(kZoomSteps.front(), factor, kZoomSteps.back());
    m_zoom = factor;
    m_page->setZoomFactor(factor);
    Q_EMIT zoomChanged(factor);
}

void ArticleView::zoomIn()
{
    for (double step : kZoomSteps) {
        if (step > m_zoom + 0.001)
            return setZoom(step);
    }
}

void ArticleView::zoomOut()
{
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it < m_zoom - 0.001)
            return setZoom(*it);
    }
}

void ArticleView::pageDownOrAdvance()
{
    // Content scripts are off; the application world still reaches the page's scrolling.
    const QString script = QStringLiteral(
        "(function(){var e=document.scrollingElement||document.documentElement;"
        "if(e.scrollTop+window.innerHeight>=e.scrollHeight-2)return true;"
        "window.scrollBy(0,Math.max(40,window.innerHeight*0.9));return false;})()");
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this](const QVariant &atEnd) {
        if (atEnd.toBool())
            Q_EMIT endReached();
    });
}

void ArticleView::scrollToTop()
{
    m_page->runJavaScript(QStringLiteral("window.scrollTo(0,0)"), QWebEngineScript::ApplicationWorld);
}

void ArticleView::handleExternalLink(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}
