#include "saving/articleimages.h"

#include "html/gumbofragment.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace {
bool isWebUrl(const QString &url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive) || url.startsWith(u"https://", Qt::CaseInsensitive);
}

const QRegularExpression &cssUrl()
{
    // url(x), url("x"), url('x'): the address is the second capture.
    static const QRegularExpression re(QStringLiteral("url\\(\\s*([\"']?)([^\"')]+)\\1\\s*\\)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const GumboAttribute *attributeNamed(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name);
}

QString valueOf(const GumboAttribute *attribute)
{
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

/** Calls `visit` for every element below `node`, depth first (iteratively: feeds nest deeply). */
void forEachElement(const GumboNode *node, const std::function<void(const GumboElement &)> &visit)
{
    QList<const GumboNode *> pending{node};
    while (!pending.isEmpty()) {
        const GumboNode *current = pending.takeLast();
        if (!current || current->type != GUMBO_NODE_ELEMENT)
            continue;
        visit(current->v.element);
        const GumboVector &children = current->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            pending.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
}

/** The <img>'s image: its chosen srcset candidate, else its src. */
QString primaryImage(const GumboElement &img)
{
    const QString chosen = ArticleImages::chooseFromSrcset(valueOf(attributeNamed(img, "srcset")));
    return chosen.isEmpty() ? valueOf(attributeNamed(img, "src")) : chosen;
}

/** One attribute to rewrite: its bytes in the source and what takes their place ("" removes it). */
struct Splice
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray replacement;
};

QByteArray attributeHtml(const char *name, const QString &value)
{
    // Values here are mostly data: URIs of megabytes with nothing to escape: skip the escaping pass then.
    // (QString::contains(QChar) is vectorised; four of them beat one loop over the characters.)
    const bool plain = !value.contains(u'&') && !value.contains(u'"') && !value.contains(u'<') && !value.contains(u'>');
    return QByteArray(name) + "=\"" + (plain ? value : value.toHtmlEscaped()).toUtf8() + '"';
}

/** The bytes `attribute` occupies in `source` (name through closing quote); false when gumbo made it up. */
bool extentOf(const GumboAttribute *attribute, const QByteArray &source, Splice &splice)
{
    const char *begin = source.constData();
    const char *start = attribute->original_name.data;
    const char *end = attribute->original_value.length > 0 ? attribute->original_value.data + attribute->original_value.length
                                                            : start + attribute->original_name.length;
    if (!start || start < begin || end > begin + source.size() || end < start)
        return false;
    splice.start = start - begin;
    splice.end = end - begin;
    return true;
}
} // namespace

namespace ArticleImages {

QString chooseFromSrcset(const QString &srcset)
{
    struct Candidate
    {
        QString url;
        double value = 1; // width in px for "w", density for "x"
        bool width = false;
    };
    QList<Candidate> candidates;
    for (const QString &item : srcset.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = item.simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        Candidate candidate{parts.first()};
        if (parts.size() > 1 && (parts[1].endsWith(u'w') || parts[1].endsWith(u'x'))) {
            bool ok = false;
            const double value = parts[1].chopped(1).toDouble(&ok);
            if (!ok || value <= 0)
                continue;
            candidate.value = value;
            candidate.width = parts[1].endsWith(u'w');
        }
        candidates.append(candidate);
    }
    if (candidates.isEmpty())
        return {};
    const bool byWidth = std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.width; });
    const double limit = byWidth ? 1600 : 2;
    const Candidate *best = nullptr;
    const Candidate *smallest = nullptr;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.width != byWidth)
            continue;
        if (!smallest || candidate.value < smallest->value)
            smallest = &candidate;
        if (candidate.value <= limit && (!best || candidate.value > best->value))
            best = &candidate;
    }
    return (best ? best : smallest)->url;
}

QStringList references(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboFragment fragment(QByteArrayView(utf8), GumboFragment::Scope::BodyContent);
    QStringList urls;
    QSet<QString> seen;
    auto add = [&](const QString &url) {
        if (urls.size() < MaxImages && isWebUrl(url) && !seen.contains(url)) {
            seen.insert(url);
            urls.append(url);
        }
    };
    forEachElement(fragment.root(), [&](const GumboElement &element) {
        if (element.tag == GUMBO_TAG_IMG)
            add(primaryImage(element));
        for (auto it = cssUrl().globalMatch(valueOf(attributeNamed(element, "style"))); it.hasNext();)
            add(it.next().captured(2).trimmed());
    });
    return urls;
}

QString withLocalImages(const QString &html, const QHash<QString, QString> &local)
{
    if (local.isEmpty())
        return html;
    const QByteArray utf8 = html.toUtf8();
    GumboFragment fragment(QByteArrayView(utf8), GumboFragment::Scope::BodyContent);
    QList<Splice> splices;
    auto rewrite = [&](const GumboAttribute *attribute, QByteArray replacement) {
        Splice splice;
        if (attribute && extentOf(attribute, utf8, splice)) {
            splice.replacement = std::move(replacement);
            splices.append(splice);
        }
    };
    forEachElement(fragment.root(), [&](const GumboElement &element) {
        if (element.tag == GUMBO_TAG_IMG) {
            const GumboAttribute *src = attributeNamed(element, "src");
            const GumboAttribute *srcset = attributeNamed(element, "srcset");
            // The chosen image if it was kept, else the plain src if an earlier copy kept that one.
            QString replacement = local.value(primaryImage(element));
            if (replacement.isEmpty())
                replacement = local.value(valueOf(src));
            if (!replacement.isEmpty() && src) {
                rewrite(src, attributeHtml("src", replacement));
                rewrite(srcset, QByteArray());
            } else if (!replacement.isEmpty() && srcset) {
                rewrite(srcset, attributeHtml("src", replacement));
            }
        }
        const GumboAttribute *style = attributeNamed(element, "style");
        const QString css = valueOf(style);
        if (!style || !css.contains(u"url(", Qt::CaseInsensitive))
            return;
        QString rewritten;
        qsizetype last = 0;
        for (auto it = cssUrl().globalMatch(css); it.hasNext();) {
            const auto match = it.next();
            const QString replacement = local.value(match.captured(2).trimmed());
            if (replacement.isEmpty())
                continue;
            rewritten += QStringView(css).mid(last, match.capturedStart() - last);
            rewritten += u"url(\"" + replacement + u"\")";
            last = match.capturedEnd();
        }
        if (last > 0)
            rewrite(style, attributeHtml("style", rewritten + QStringView(css).mid(last)));
    });
    // Assembled front to back in one buffer: replacing in place would move megabytes per image.
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.start < b.start; });
    qsizetype grown = 0;
    for (const Splice &splice : std::as_const(splices))
        grown += splice.replacement.size();
    QByteArray out;
    out.reserve(utf8.size() + grown);
    qsizetype copied = 0;
    for (const Splice &splice : std::as_const(splices)) {
        if (splice.start < copied)
            continue; // overlapping (cannot happen with distinct attributes; be safe)
        // Removing an attribute also takes the space before it.
        qsizetype start = splice.start;
        if (splice.replacement.isEmpty() && start > copied && utf8.at(start - 1) == ' ')
            --start;
        out.append(utf8.constData() + copied, start - copied);
        out.append(splice.replacement);
        copied = splice.end;
    }
    out.append(utf8.constData() + copied, utf8.size() - copied);
    return QString::fromUtf8(out);
}

} // namespace ArticleImages
