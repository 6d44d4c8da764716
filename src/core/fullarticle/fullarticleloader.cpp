#include "fullarticle/fullarticleloader.h"

#include "html/article/articleextractor.h"
#include "net/feedfetcher.h"
#include "feeds/feeddecoder.h"
#include "share/contactdiscovery.h"
#include "store/store.h"

#include <QPointer>

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(FullArticleLoader)
};

bool isWebPage(const QByteArray &contentType)
{
    // No type at all is common on small sites; anything else must say HTML.
    return contentType.isEmpty() || contentType.contains("html");
}
} // namespace

FullArticleLoader::FullArticleLoader(QNetworkAccessManager *network, Store *store, QObject *parent)
    : QObject(parent), m_fetcher(std::make_unique<FeedFetcher>(network, pageLimits())), m_store(store)
{
    m_workers.setMaxThreadCount(1); // one page at a time: extraction is quick, and the UI keeps a core
}

FullArticleLoader::~FullArticleLoader()
{
    m_fetcher->cancelAll();
    m_workers.waitForDone(); // a worker posts back to this object: it must not outlive it
}

HttpLimits FullArticleLoader::pageLimits()
{
    HttpLimits limits;
    limits.maxConcurrent = 4;
    limits.maxPerHost = 2;
    limits.stallTimeoutSeconds = 20;
    limits.overallTimeoutSeconds = 45;
    limits.maxBodyBytes = ArticleExtractor::MaxPageBytes;
    return limits;
}

void FullArticleLoader::load(qint64 articleId)
{
    if (m_loading.contains(articleId))
        return;
    const std::optional<Article> article = m_store->article(articleId);
    if (!article) {
        Q_EMIT failed(articleId, Messages::tr("The article is no longer stored."));
        return;
    }
    const QUrl url(article->url);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        Q_EMIT failed(articleId, Messages::tr("The article has no web page to load."));
        return;
    }
    m_loading.insert(articleId);
    m_fetcher->fetch(FetchRequest{url, {}, {}, {}, {}}, [this, articleId, feedId = article->feedId](const FetchResult &page) {
        handlePage(articleId, feedId, page);
    });
}

void FullArticleLoader::handlePage(qint64 articleId, qint64 feedId, const FetchResult &page)
{
    if (page.cancelled) {
        m_loading.remove(articleId);
        return;
    }
    if (!page.ok())
        return fail(articleId, page.error);
    if (page.httpStatus != 200)
        return fail(articleId, Messages::tr("The server answered %1.").arg(page.httpStatus));
    if (!isWebPage(page.contentType))
        return fail(articleId, Messages::tr("The article's address is not a web page (%1).")
                                   .arg(QString::fromLatin1(page.contentType)));
    const QByteArray body = page.body;
    const QByteArray charset = page.charset;
    const QUrl url = page.finalUrl.isValid() ? page.finalUrl : page.requestedUrl;
    m_workers.start([this, articleId, feedId, body, charset, url] {
        auto article = ArticleExtractor::extract(body, url, charset);
        const bool ok = article.ok();
        const QString html = ok ? article->contentHtml : QString();
        const QString text = ok ? article->text : QString();
        const QString error = ok ? QString() : article.error();
        const QList<ContactChannel> widgets = chatWidgets(body, charset, url);
        QMetaObject::invokeMethod(
            this,
            [this, articleId, feedId, ok, html, text, error, widgets] {
                if (!widgets.isEmpty())
                    m_store->mergeDiscoveredContacts(feedId, widgets);
                handleExtracted(articleId, ok, html, text, error);
            },
            Qt::QueuedConnection);
    });
}

QList<ContactChannel> FullArticleLoader::chatWidgets(const QByteArray &body, const QByteArray &charset, const QUrl &url)
{
    // The publisher's chat widget sits on every page of its site, so an article page fetched for its
    // story finds it as well as the home page does. Only the widget counts here: a link inside a story
    // may well lead to someone else (a ministry, a source), who is not the publisher.
    const QByteArray head = body.left(ContactDiscovery::kMaxPageBytes);
    const auto decoded = FeedDecoder::toUtf8(head, charset);
    QList<ContactChannel> widgets;
    for (const ContactChannel &channel : ContactDiscovery::discover(decoded ? decoded->utf8 : head, url).channels) {
        const bool fromWidget = !channel.greeting.isEmpty() || !channel.label.isEmpty();
        if (channel.kind == ContactChannel::Kind::WhatsApp && fromWidget)
            widgets.append(channel);
    }
    return widgets;
}

void FullArticleLoader::handleExtracted(qint64 articleId, bool ok, const QString &html, const QString &text,
                                        const QString &error)
{
    if (!ok)
        return fail(articleId, error);
    m_loading.remove(articleId);
    if (!m_store->setFullArticle(articleId, html, text)) {
        Q_EMIT failed(articleId, Messages::tr("The article could not be saved."));
        return;
    }
    Q_EMIT loaded(articleId);
}

void FullArticleLoader::fail(qint64 articleId, const QString &reason)
{
    m_loading.remove(articleId);
    Q_EMIT failed(articleId, reason);
}
