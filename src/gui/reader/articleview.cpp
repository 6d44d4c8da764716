#include "reader/articleview.h"

#include "reader/articlepage.h"

#include <QDesktopServices>

ArticleView::ArticleView(QWidget *parent)
    : QWebEngineView(parent), m_profile(ArticlePage::createProfile(this)), m_page(new ArticlePage(m_profile, this))
{
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAccessibleName(tr("Article"));
    connect(m_page, &ArticlePage::externalLinkRequested, this, &ArticleView::handleExternalLink);
    connect(m_page, &QWebEnginePage::linkHovered, this, &ArticleView::linkHovered);
}

ArticleView::~ArticleView()
{
    // The page must go before the profile it was made with.
    delete m_page;
}

void ArticleView::showArticle(const Article &article, const QString &sourceName, const ArticleRenderer::Options &options)
{
    const QUrl base(article.url);
    m_page->showHtml(m_renderer.render(article, sourceName, options),
                     base.scheme() == u"http" || base.scheme() == u"https" ? base : QUrl());
}

void ArticleView::showMessage(const QString &title, const QString &text)
{
    Article message;
    message.title = title;
    message.summaryHtml = u"<p>" + text.toHtmlEscaped() + u"</p>";
    message.direction = layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    m_page->showHtml(m_renderer.render(message, QString(), {}), QUrl());
}

void ArticleView::handleExternalLink(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}
