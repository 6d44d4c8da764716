// The web page behind the article pane. It loads only what the renderer gives it; a clicked link
// never navigates inside the pane but is handed out (to the system browser); downloads are refused.
#pragma once

#include <QWebEnginePage>

class ArticleRequestInterceptor;

class ArticlePage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePage)

public:
    ArticlePage(QWebEngineProfile *profile, QObject *parent = nullptr);

    /** Shows rendered HTML; `baseUrl` (the article's link) resolves relative image URLs. */
    void showHtml(const QString &html, const QUrl &baseUrl);

    /** A profile for article pages: off the record, no JavaScript-visible storage, only what
     *  `interceptor` allows may load (it becomes the profile's child), downloads refused. Owned by `parent`. */
    static QWebEngineProfile *createProfile(ArticleRequestInterceptor *interceptor, QObject *parent);

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override {}

private:
    bool m_expectingOwnLoad = false;
};
