#include "feeds/feedtext.h"

#include "html/htmltext.h"

namespace FeedText {

QString resolveUrl(const QString &href, const QUrl &base)
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty() || base.isEmpty())
        return trimmed;
    // Fast path: absolute http(s) links are by far the most common and need no QUrl work.
    if (trimmed.startsWith(u"http://") || trimmed.startsWith(u"https://"))
        return trimmed;
    const QUrl url(trimmed);
    if (!url.isValid())
        return trimmed;
    if (!url.isRelative())
        return trimmed;
    return base.resolved(url).toString(QUrl::FullyEncoded);
}

QString authorName(const QString &author)
{
    const QString a = author.simplified();
    const qsizetype open = a.indexOf(u'(');
    const qsizetype close = a.lastIndexOf(u')');
    if (open >= 0 && close > open) {
        const QString inside = a.mid(open + 1, close - open - 1).trimmed();
        const QString outside = QString(a.left(open) + a.mid(close + 1)).trimmed();
        if (outside.contains(u'@') && !inside.isEmpty())
            return inside; // "jo@example.com (Jo Bloggs)"
        if (inside.contains(u'@') && !outside.isEmpty())
            return outside; // "Jo Bloggs (jo@example.com)"
    }
    const qsizetype lt = a.indexOf(u'<');
    const qsizetype gt = a.lastIndexOf(u'>');
    if (lt > 0 && gt > lt && a.mid(lt, gt - lt).contains(u'@')) {
        QString name = a.left(lt).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        if (!name.isEmpty())
            return name; // "Jo Bloggs <jo@example.com>"
    }
    if (a.startsWith(u"mailto:"))
        return a.mid(7);
    return a;
}

bool looksLikeHtml(QStringView text)
{
    // A closing tag, a <br>/<img> style void tag, or an entity reference: enough to be markup.
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'<') {
            const QChar n = text[i + 1];
            if (n == u'/' && i + 2 < text.size() && text[i + 2].isLetter())
                return true;
            if (n.isLetter()) {
                const qsizetype gt = text.indexOf(u'>', i);
                if (gt > 0 && text.lastIndexOf(u'<', gt - 1) == i)
                    return true;
            }
        } else if (c == u'&') {
            qsizetype j = i + 1;
            if (j < text.size() && text[j] == u'#')
                ++j;
            const qsizetype start = j;
            while (j < text.size() && text[j].isLetterOrNumber() && j - start < 32)
                ++j;
            if (j > start && j < text.size() && text[j] == u';')
                return true;
        }
    }
    return false;
}

QString stripXhtmlDiv(const QString &markup)
{
    const QStringView m = QStringView(markup).trimmed();
    const qsizetype open = m.indexOf(u'>');
    if (!m.startsWith(u'<') || open < 2 || m[open - 1] == u'/')
        return markup;
    qsizetype nameEnd = 1;
    while (nameEnd < open && !m[nameEnd].isSpace())
        ++nameEnd;
    const QStringView name = m.sliced(1, nameEnd - 1);
    if (name != u"div" && !name.endsWith(u":div"))
        return markup;
    const QString closeTag = QLatin1StringView("</") % name % QLatin1Char('>');
    if (!m.endsWith(closeTag))
        return markup;
    QString inner = m.sliced(open + 1, m.size() - closeTag.size() - open - 1).toString();
    if (name != u"div") { // <x:div xmlns:x="…xhtml"><x:p>: the HTML parser knows no prefixes
        const QStringView prefix = name.chopped(3);
        inner.replace(QString(QLatin1StringView("</") % prefix), QStringLiteral("</"));
        inner.replace(QString(QLatin1Char('<') % prefix), QStringLiteral("<"));
    }
    return inner;
}

QString plainFromHtml(const QString &html)
{
    return foldWhitespace(HtmlText::toPlainText(html));
}

QString foldWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        // Only layout white space folds: no-break, em, en and thin spaces are typography the
        // writer chose (&nbsp; &emsp; &thinsp;), so they stay as written.
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\r' || u == u'\f' || u == 0x85 || u == 0x2028
            || u == 0x2029) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

} // namespace FeedText
