#include "net/feeddiscovery.h"

#include <QSet>
#include <gumbo.h>

namespace {
constexpr qsizetype kMaxPageBytes = 4 * 1024 * 1024; // feeds are announced near the top
constexpr int kMaxCandidates = 20;

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool isFeedType(const QString &type)
{
    const QString t = type.toLower().section(u';', 0, 0).trimmed();
    return t == u"application/rss+xml" || t == u"application/atom+xml" || t == u"application/feed+json"
           || t == u"application/rdf+xml" || t == u"application/json" || t == u"text/xml" || t == u"application/xml";
}
} // namespace

bool FeedDiscovery::looksLikeHtml(const QByteArray &data)
{
    const QByteArray head = data.left(2048).toLower();
    return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head") || head.contains("<body");
}

QList<FeedCandidate> FeedDiscovery::advertisedFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    const QByteArray page = html.left(kMaxPageBytes);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, page.constData(), size_t(page.size()));
    QUrl base = pageUrl;
    QList<FeedCandidate> found;
    QSet<QUrl> seen;
    // Iterative walk: hostile pages may nest deeply.
    QList<const GumboNode *> stack{output->root};
    while (!stack.isEmpty() && found.size() < kMaxCandidates) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_BASE) {
            const QUrl href(attribute(element, "href"));
            if (href.isValid() && !href.isEmpty())
                base = pageUrl.resolved(href);
        } else if (element.tag == GUMBO_TAG_LINK) {
            const QStringList rel = attribute(element, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
            const QString type = attribute(element, "type");
            const QString href = attribute(element, "href");
            if (rel.contains(u"alternate") && !rel.contains(u"stylesheet") && isFeedType(type) && !href.isEmpty()) {
                const QUrl url = base.resolved(QUrl(href));
                if ((url.scheme() == u"http" || url.scheme() == u"https") && !seen.contains(url)) {
                    seen.insert(url);
                    found.append({url, attribute(element, "title"), type.section(u';', 0, 0).trimmed().toLower()});
                }
            }
        }
        for (int i = int(element.children.length) - 1; i >= 0; --i)
            stack.append(static_cast<const GumboNode *>(element.children.data[i]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return found;
}

QList<FeedCandidate> FeedDiscovery::conventionalLocations(const QUrl &pageUrl)
{
    static const char *const paths[] = {"/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feed.json"};
    QList<FeedCandidate> candidates;
    for (const char *path : paths) {
        QUrl url = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        url.setPath(QString::fromLatin1(path));
        if (url != pageUrl)
            candidates.append({url, QString(), QString()});
    }
    return candidates;
}
