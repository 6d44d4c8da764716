#include "feeds/feednamespaces.h"

#include <QString>

namespace FeedNamespaces {

FeedNs classify(QStringView uri)
{
    // Compare without scheme, case and trailing '/' or '#': publishers vary all three.
    uri = uri.trimmed();
    if (uri.startsWith(u"http://", Qt::CaseInsensitive))
        uri = uri.sliced(7);
    else if (uri.startsWith(u"https://", Qt::CaseInsensitive))
        uri = uri.sliced(8);
    while (!uri.isEmpty() && (uri.back() == u'/' || uri.back() == u'#'))
        uri.chop(1);
    struct Known { const char16_t *uri; FeedNs ns; };
    static constexpr Known Table[] = {
        {u"www.w3.org/2005/atom", FeedNs::Atom10},
        {u"purl.org/rss/1.0/modules/content", FeedNs::Content},
        {u"purl.org/dc/elements/1.1", FeedNs::Dc},
        {u"purl.org/dc/elements/1.0", FeedNs::Dc},
        {u"purl.org/dc/terms", FeedNs::Dcterms},
        {u"search.yahoo.com/mrss", FeedNs::Media},
        {u"tools.search.yahoo.com/mrss", FeedNs::Media},
        {u"purl.org/rss/1.0", FeedNs::Rss10},
        {u"my.netscape.com/rdf/simple/0.9", FeedNs::Rss090},
        {u"purl.org/atom/ns", FeedNs::Atom03},
        {u"www.w3.org/1999/02/22-rdf-syntax-ns", FeedNs::Rdf},
        {u"purl.org/rss/1.0/modules/slash", FeedNs::Slash},
        {u"wellformedweb.org/commentapi", FeedNs::Wfw},
        {u"www.itunes.com/dtds/podcast-1.0.dtd", FeedNs::Itunes},
        {u"purl.org/rss/1.0/modules/syndication", FeedNs::Sy},
        {u"www.w3.org/1999/xhtml", FeedNs::Xhtml},
        {u"www.w3.org/xml/1998/namespace", FeedNs::Xml},
        {u"backend.userland.com/rss2", FeedNs::Rss},
        {u"backend.userland.com/rss", FeedNs::Rss},
        {u"blogs.law.harvard.edu/tech/rss", FeedNs::Rss},
    };
    for (const Known &k : Table) {
        if (uri.compare(QStringView(k.uri), Qt::CaseInsensitive) == 0)
            return k.ns;
    }
    return uri.isEmpty() ? FeedNs::None : FeedNs::Other;
}

FeedNs forUndeclaredPrefix(QByteArrayView prefix)
{
    struct Known { const char *prefix; FeedNs ns; };
    static constexpr Known Table[] = {
        {"dc", FeedNs::Dc},       {"dcterms", FeedNs::Dcterms}, {"content", FeedNs::Content},
        {"media", FeedNs::Media}, {"atom", FeedNs::Atom10},     {"slash", FeedNs::Slash},
        {"wfw", FeedNs::Wfw},     {"itunes", FeedNs::Itunes},   {"sy", FeedNs::Sy},
        {"rdf", FeedNs::Rdf},     {"xhtml", FeedNs::Xhtml},     {"xml", FeedNs::Xml},
    };
    for (const Known &k : Table) {
        if (prefix == k.prefix)
            return k.ns;
    }
    return FeedNs::Other;
}

} // namespace FeedNamespaces
