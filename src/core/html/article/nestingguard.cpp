#include "html/article/nestingguard.h"

#include <QByteArray>

namespace NestingGuard {
namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** Elements that never hold others open: void elements and those whose end tag may be left out. */
bool leavesNothingOpen(QByteArrayView name)
{
    static constexpr const char *Names[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody",
        "thead", "tfoot", "colgroup", "caption", "head", "body", "html", "frame", "basefont", "bgsound", "image"};
    for (const char *n : Names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isRawText(QByteArrayView name)
{
    for (const char *n : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

int estimatedDepth(QByteArrayView html, int stopAbove)
{
    const char *p = html.data();
    const qsizetype n = html.size();
    int depth = 0, deepest = 0;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        i = lt + 1;
        if (p[i] == '!') { // comment, doctype or CDATA: to its end, unseen
            const bool comment = html.sliced(i).startsWith("!--");
            const qsizetype end = comment ? html.indexOf("-->", i + 3) : html.indexOf('>', i);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        const bool closing = p[i] == '/';
        if (closing)
            ++i;
        if (i >= n || !isLetter(p[i]))
            continue;
        const qsizetype nameStart = i;
        while (i < n && p[i] != '>' && p[i] != '/' && p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r'
               && p[i] != '\f')
            ++i;
        const QByteArrayView name = html.sliced(nameStart, i - nameStart);
        const qsizetype close = html.indexOf('>', i);
        if (close < 0)
            break;
        const bool selfClosed = close > 0 && p[close - 1] == '/';
        i = close + 1;
        if (leavesNothingOpen(name))
            continue;
        if (closing) {
            depth = depth > 0 ? depth - 1 : 0;
            continue;
        }
        if (isRawText(name)) {
            // Skip to the matching end tag: what is inside is text, not elements.
            QByteArray end("</");
            end.append(name.toByteArray().toLower());
            qsizetype at = i;
            while (at >= 0) {
                at = html.indexOf('<', at);
                if (at < 0 || html.sliced(at).first(std::min<qsizetype>(end.size(), n - at)).compare(end, Qt::CaseInsensitive) == 0)
                    break;
                ++at;
            }
            i = at < 0 ? n : at;
            continue;
        }
        if (selfClosed)
            continue;
        deepest = std::max(deepest, ++depth);
        if (deepest > stopAbove)
            break;
    }
    return deepest;
}
} // namespace NestingGuard
