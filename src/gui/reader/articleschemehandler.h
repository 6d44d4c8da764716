// Serves the article pane its document over a private URL scheme (khulasa-article:) instead of
// QWebEnginePage::setHtml, which turns the HTML into a data: URL and shows nothing once that URL
// passes Chromium's 2 MB limit: a long article, or one with inlined images, would stay blank.
// Each page has one current document; a request for any other (an old load, a guessed URL) fails.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

class ArticleSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSchemeHandler)

public:
    static const QByteArray &schemeName();
    /** Declares the scheme to WebEngine. Runs before main() (WebEngine accepts schemes only
     *  before the application object exists); see articleschemehandler.cpp. */
    static void registerScheme();

    explicit ArticleSchemeHandler(QObject *parent = nullptr) : QWebEngineUrlSchemeHandler(parent) {}

    /** Makes `html` the current document of `page` and returns the URL that loads it. */
    QUrl publish(const QObject *page, const QString &html);
    /** Forgets the page's document (the page is going away). */
    void withdraw(const QObject *page);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    struct Document
    {
        QString path;
        QByteArray utf8;
    };
    QHash<const QObject *, Document> m_documents;
    quint64 m_serial = 0;
};
