// The article pane's network policy, applied to every request its pages make: our own rendered page
// (a data: main frame) and images over http(s)/data: may load, and only while images are allowed for
// the article shown; known trackers and tracking-pixel URLs never load; everything else — scripts,
// stylesheets, fonts, frames, media, beacons, prefetches, file: — is blocked whatever the HTML says.
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

class ArticleRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleRequestInterceptor)

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    /** Follows the images setting for the article about to be shown. */
    void setImagesAllowed(bool allowed) { m_imagesAllowed = allowed; }
    bool imagesAllowed() const { return m_imagesAllowed; }

    /** The whole decision, without WebEngine (for tests). */
    static bool allows(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, bool imagesAllowed);
    /** True for URLs of known tracker hosts and tracking-pixel paths. */
    static bool isTracker(const QUrl &url);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    std::atomic_bool m_imagesAllowed = true;
};
