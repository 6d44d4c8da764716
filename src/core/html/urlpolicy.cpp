#include "html/urlpolicy.h"

#include <QStringList>

namespace UrlPolicy {
namespace {

/** Browsers ignore ASCII tab/newline anywhere in a URL and strip leading/trailing controls
 *  and spaces, so "java\tscript:" must be judged as "javascript:". */
QString cleaned(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            continue;
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue; // bidi controls in a URL only ever serve to disguise it
        out.append(c);
    }
    qsizetype b = 0, e = out.size();
    while (b < e && out[b].unicode() <= 0x20)
        ++b;
    while (e > b && out[e - 1].unicode() <= 0x20)
        --e;
    return out.mid(b, e - b);
}

/** Scheme of the URL, lower-cased, or empty when it is relative. */
QString schemeOf(const QString &url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':')
            return i == 0 ? QStringLiteral(":") : url.left(i).toLower();
        const bool ok = c.isLetter() ? c.unicode() < 0x80
                                     : (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return {};
    }
    return {};
}

bool isSafeDataImage(const QString &url)
{
    static const char16_t *const Types[] = {u"data:image/png", u"data:image/gif", u"data:image/jpeg",
                                           u"data:image/jpg", u"data:image/webp", u"data:image/avif",
                                           u"data:image/bmp"};
    for (const char16_t *t : Types) {
        const QStringView prefix(t);
        if (url.startsWith(prefix, Qt::CaseInsensitive) && url.size() > prefix.size()
            && (url[prefix.size()] == u';' || url[prefix.size()] == u','))
            return true;
    }
    return false;
}

} // namespace

QString filter(const QString &value, const QUrl &base, Use use)
{
    const QString url = cleaned(value);
    if (url.isEmpty())
        return {};
    QString scheme = schemeOf(url);
    if (scheme == u"data")
        return use == Use::Image && isSafeDataImage(url) ? url : QString();
    if (scheme.isEmpty()) {
        if (base.isEmpty())
            return url; // relative with nothing to resolve against: it cannot name a scheme
        const QUrl resolved = base.resolved(QUrl(url));
        if (!resolved.isValid())
            return {};
        scheme = resolved.scheme().toLower();
        if (scheme != u"http" && scheme != u"https" && !(use == Use::Link && scheme == u"mailto"))
            return {};
        return resolved.toString(QUrl::FullyEncoded);
    }
    if (scheme == u"http" || scheme == u"https")
        return url;
    if (scheme == u"mailto" && use == Use::Link)
        return url;
    return {};
}

QString filterSrcset(const QString &value, const QUrl &base)
{
    QStringList kept;
    const QStringList candidates = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        const QStringList parts = candidate.simplified().split(u' ');
        if (parts.isEmpty() || parts.first().isEmpty())
            continue;
        const QString url = filter(parts.first(), base, Use::Image);
        if (url.isEmpty() || url.startsWith(u"data:", Qt::CaseInsensitive))
            continue; // a data: URL cannot be split on commas reliably; src keeps the image
        QString descriptor;
        if (parts.size() == 2) {
            const QString &d = parts[1];
            bool ok = false;
            if ((d.endsWith(u'w') || d.endsWith(u'x')) && (d.chopped(1).toDouble(&ok), ok))
                descriptor = d;
            else
                continue;
        } else if (parts.size() > 2) {
            continue;
        }
        kept.append(descriptor.isEmpty() ? url : url + u' ' + descriptor);
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace UrlPolicy
