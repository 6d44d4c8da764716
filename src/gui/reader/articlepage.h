// The web page behind the article pane. It loads only what the renderer gives it; a clicked link
// never navigates inside the pane but is handed out (to the system browser); downloads are refused.
#pragma once

#include <QPointer>
#include <QWebEnginePage>

class ArticleRequestInterceptor;
class ArticleSchemeHandler;

class ArticlePage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePage)

public:
    ArticlePage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~ArticlePage() override;

    /** Shows rendered HTML of any size. Its URLs are already absolute (the core's sanitiser resolves
     *  them against the article's link), so the document needs no base URL. */
    void showHtml(const QString &html);
    /** The URL of the document showHtml() published last: a finished load of any other URL is an old one. */
    QUrl currentDocument() const { return m_currentDocument; }

    /** A profile for article pages: off the record, no JavaScript-visible storage, only what
     *  `interceptor` allows may load (it becomes the profile's child), documents served by an
     *  ArticleSchemeHandler, downloads refused. Owned by `parent`. */
    static QWebEngineProfile *createProfile(ArticleRequestInterceptor *interceptor, QObject *parent);

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override {}

private:
    QPointer<ArticleSchemeHandler> m_schemeHandler; // the profile's; it serves this page's documents
    QUrl m_ownLoad;         // the published document whose navigation is still to come
    QUrl m_currentDocument; // the published document, loaded or loading
};
