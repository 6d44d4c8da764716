#include "html/article/inertcontent.h"

namespace InertContent {
namespace {

bool startsWithTag(QByteArrayView html, qsizetype at, QByteArrayView name)
{
    // "<name" followed by white space, '>' or '/': a start tag, not "<scripts" or text.
    if (at + 1 + name.size() >= html.size())
        return false;
    if (html.sliced(at + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const char after = html[at + 1 + name.size()];
    return after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' || after == '\r'
        || after == '\f';
}

/** Index just past "</name…>" at or after `from`, or the end of the input. */
qsizetype pastEndTag(QByteArrayView html, qsizetype from, QByteArrayView name)
{
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        if (at + 2 + name.size() <= html.size() && html.sliced(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            const qsizetype close = html.indexOf('>', at);
            return close < 0 ? html.size() : close + 1;
        }
    }
    return html.size();
}

} // namespace

QByteArray strip(QByteArrayView html)
{
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype at = html.indexOf('<'); at >= 0 && at < html.size(); at = html.indexOf('<', at + 1)) {
        qsizetype resume = -1;
        if (html.sliced(at).startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", at + 4);
            resume = end < 0 ? html.size() : end + 3;
        } else {
            for (const char *name : {"script", "style", "svg"}) {
                if (!startsWithTag(html, at, name))
                    continue;
                const qsizetype tagEnd = html.indexOf('>', at);
                const QByteArrayView startTag = html.sliced(at, (tagEnd < 0 ? html.size() : tagEnd) - at);
                if (name[1] == 'c' && startTag.contains("ld+json"))
                    break; // JSON-LD: metadata, keep
                resume = pastEndTag(html, at, name);
                break;
            }
        }
        if (resume < 0)
            continue;
        out.append(html.sliced(copied, at - copied));
        copied = resume;
        at = resume - 1;
    }
    out.append(html.sliced(copied));
    return out;
}
} // namespace InertContent
