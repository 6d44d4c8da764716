// The article pane: a QWebEngineView showing one rendered article with JavaScript off.
// Links open in the system browser after their target was shown on hover (status tip).
// With the profile's Settings attached, it applies the reader settings to every article:
// theme (unless following the system), typography, the images policy (through the request
// interceptor and the page's CSP) and the remembered zoom.
#pragma once

#include "reader/articlerenderer.h"

#include <QWebEngineView>

#include <optional>

class ArticlePage;
class ArticleRequestInterceptor;
class QWebEngineProfile;
class Settings;

class ArticleView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article, const QString &sourceName, const ArticleRenderer::Options &options);
    void showMessage(const QString &title, const QString &text);
    /** Shows the last article again (after a change of theme, typography or images setting). */
    void rerender();
    ArticlePage *articlePage() const { return m_page; }
    ArticleRequestInterceptor *requestInterceptor() const { return m_interceptor; }

    /** Reader settings to apply from now on (not owned; may be null: the options are used as given). */
    void setSettings(const Settings *settings) { m_settings = settings; }
    /** A theme that wins over both the caller's and the settings' (the --theme of a headless render). */
    void setThemeOverride(std::optional<ArticleRenderer::Theme> theme) { m_themeOverride = theme; }
    /** The options an article is actually rendered with once the settings are applied. */
    ArticleRenderer::Options effectiveOptions(const Article &article, const ArticleRenderer::Options &options) const;

    double zoom() const { return m_zoom; }
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    void resetZoom() { setZoom(1.0); }

    /** Scrolls one page down; emits endReached() instead when the article's end is already in view. */
    void pageDownOrAdvance();
    void scrollToTop();

Q_SIGNALS:
    /** The article given to showArticle() last has loaded (a superseded load never says so). */
    void articleLoaded(qint64 articleId);
    void linkHovered(const QString &url);
    void zoomChanged(double factor);
    /** Space at the end of an article: the reader wants the next one. */
    void endReached();
    /** WebEngine (re)created the child widget that takes the pane's keyboard input (its focus proxy). */
    void inputWidgetChanged(QWidget *input);

protected:
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;

private:
    void handleExternalLink(const QUrl &url);
    QWebEngineProfile *m_profile;
    ArticleRequestInterceptor *m_interceptor;
    ArticlePage *m_page;
    ArticleRenderer m_renderer;
    const Settings *m_settings = nullptr;
    std::optional<ArticleRenderer::Theme> m_themeOverride;
    struct Shown
    {
        Article article;
        QString sourceName;
        ArticleRenderer::Options options;
    };
    std::optional<Shown> m_shown;
    double m_zoom = 1.0;
    QWidget *m_inputWidget = nullptr;
};
