#include "text/sanitizedtext.h"

namespace {
bool isBlockTag(QStringView name)
{
    static const char16_t *const blocks[] = {u"p", u"div", u"br", u"li", u"ul", u"ol", u"dl", u"dt", u"dd", u"h1", u"h2",
                                             u"h3", u"h4", u"h5", u"h6", u"blockquote", u"pre", u"hr", u"tr", u"table",
                                             u"figure", u"figcaption", u"section", u"article", u"header", u"footer",
                                             u"aside", u"td", u"th", u"caption", u"details", u"summary", u"address"};
    for (const char16_t *block : blocks) {
        if (name.compare(QStringView(block), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Appends text, folding runs of white space into one space (or keeping a pending line break).
class Folder
{
public:
    explicit Folder(QString &out) : m_out(out) {}
    void text(QChar c)
    {
        // ASCII white space is checked inline: QChar::isSpace() is a table lookup for everything else.
        const char16_t u = c.unicode();
        const bool space = u < 0x80 ? (u == ' ' || (u >= 0x09 && u <= 0x0D)) : (u != 0xA0 && u >= 0x2000 && c.isSpace()) || u == 0x85;
        if (space) {
            m_space = m_space || !m_out.isEmpty();
            return;
        }
        if (m_newline && !m_out.isEmpty())
            m_out.append(u'\n');
        else if (m_space)
            m_out.append(u' ');
        m_space = m_newline = false;
        m_out.append(c);
    }
    void blockBreak() { m_newline = !m_out.isEmpty(); }

private:
    QString &m_out;
    bool m_space = false;
    bool m_newline = false;
};
} // namespace

QString SanitizedText::toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size() / 2);
    Folder folder(out);
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0)
                break;
            qsizetype nameStart = i + 1;
            if (nameStart < end && html[nameStart] == u'/')
                ++nameStart;
            qsizetype nameEnd = nameStart;
            while (nameEnd < end && html[nameEnd].isLetterOrNumber())
                ++nameEnd;
            if (isBlockTag(html.mid(nameStart, nameEnd - nameStart)))
                folder.blockBreak();
            i = end;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i + 1);
            if (semicolon > i && semicolon - i <= 10) {
                const QStringView name = html.mid(i + 1, semicolon - i - 1);
                char32_t decoded = 0;
                if (name == u"amp") decoded = u'&';
                else if (name == u"lt") decoded = u'<';
                else if (name == u"gt") decoded = u'>';
                else if (name == u"quot") decoded = u'"';
                else if (name == u"nbsp") decoded = 0xA0;
                else if (name.startsWith(u'#')) {
                    bool ok = false;
                    const uint value = name.startsWith(u"#x") || name.startsWith(u"#X") ? name.mid(2).toUInt(&ok, 16)
                                                                                         : name.mid(1).toUInt(&ok, 10);
                    if (ok && value > 0 && value <= 0x10FFFF)
                        decoded = value;
                }
                if (decoded) {
                    for (const QChar unit : QString::fromUcs4(&decoded, 1))
                        folder.text(unit);
                    i = semicolon;
                    continue;
                }
            }
        }
        folder.text(c);
    }
    return out;
}
