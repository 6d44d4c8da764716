// The XML namespaces feeds use, reduced to an enum so element dispatch compares small integers
// instead of URI strings. Unknown URIs map to Other; prefixes used without a declaration (a
// frequent mistake) fall back to their customary meaning.
#pragma once

#include <QByteArrayView>
#include <QStringView>

enum class FeedNs : quint8 {
    None,    // no namespace: RSS 0.9x/2.0 (and namespace-less Atom 0.3)
    Rss,     // RSS 2.0 namespaces some publishers declare (userland, harvard)
    Rss10,   // http://purl.org/rss/1.0/
    Rss090,  // http://my.netscape.com/rdf/simple/0.9/
    Atom10,
    Atom03,
    Rdf,
    Content,
    Dc,
    Dcterms,
    Media,
    Slash,
    Wfw,
    Itunes,
    Sy,
    Xhtml,
    Xml,
    Other,
};

namespace FeedNamespaces {
/** The namespace a URI names. */
FeedNs classify(QStringView uri);
/** The customary namespace of a prefix used without declaration (dc, content, media, atom…). */
FeedNs forUndeclaredPrefix(QByteArrayView prefix);
}
