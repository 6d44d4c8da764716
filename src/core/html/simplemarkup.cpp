#include "html/simplemarkup.h"
#include "util/utf8.h"

#include "feeds/htmlentities.h"
#include "html/sanitizerwriter.h"

#include <QList>
#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace SimpleMarkup {
namespace {

constexpr int MaxDepth = 256; // well under the writer's and gumbo's own limits

enum TagFlag : quint8 {
    Accepted = 1,  // inside the subset at all
    ClosesP = 2,   // its start tag closes an open <p>
    Special = 4,   // "special" in HTML5 terms: stops the search for an open <li>/<dd>/<dt>
    Heading = 8,
    Void = 16,
};

quint8 flagsOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DEL: case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
        return Accepted;
    case GUMBO_TAG_BR: case GUMBO_TAG_IMG: case GUMBO_TAG_WBR:
        return Accepted | Special | Void;
    case GUMBO_TAG_HR:
        return Accepted | Special | Void | ClosesP;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI:
        return Accepted | Special | ClosesP;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL:
        return Accepted | Special | ClosesP;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return Accepted | Special | ClosesP | Heading;
    default:
        return 0;
    }
}

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || (c >= '0' && c <= '9'); }
bool isTagSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/** Code points gumbo replaces with U+FFFD or the HTML5 rules remap: the fast path steps aside. */
bool isRemappedCodePoint(char32_t cp)
{
    return cp == 0 || (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF)
        || cp > 0x10FFFF;
}

class Scanner
{
public:
    Scanner(QByteArrayView html, const QUrl &base, QByteArray &out)
        : m_in(html), m_writer(base, out)
    {
    }
    bool run();

private:
    bool text(qsizetype end);
    bool reference(qsizetype &pos, qsizetype end, QByteArray &decoded);
    bool startTag();
    bool endTag();
    bool comment();
    void closeCurrent();
    bool isRemapped(qsizetype pos, qsizetype end) const;

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    SanitizerWriter m_writer;
    QVarLengthArray<GumboTag, 64> m_stack;
    int m_openP = 0, m_openA = 0, m_openHeadings = 0;
    QByteArray m_scratch;
    QList<QByteArray> m_decodedValues;
};

/** At a byte >= 0x80 of valid UTF-8: whether the character starting there is one gumbo would
 *  replace (U+0080..U+009F, U+FDD0..U+FDEF, U+xFFFE/U+xFFFF); continuation bytes never are. */
bool Scanner::isRemapped(qsizetype pos, qsizetype end) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_in.data()) + pos;
    const qsizetype left = end - pos;
    switch (p[0]) {
    case 0xC2:
        return left < 2 || p[1] < 0xA0;
    case 0xEF:
        return left < 3 || (p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) || (p[1] == 0xBF && p[2] >= 0xBE);
    case 0xF0: case 0xF1: case 0xF2: case 0xF3: case 0xF4:
        return left < 4 || ((p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE);
    default:
        return p[0] >= 0xF5 || p[0] == 0xC0 || p[0] == 0xC1;
    }
}

/** At '&' (pos): the decoded reference appended to `decoded` and pos moved past it; a lone '&'
 *  is literal. False for any form whose HTML5 meaning the table here does not settle. */
bool Scanner::reference(qsizetype &pos, qsizetype end, QByteArray &decoded)
{
    const char *s = m_in.data();
    qsizetype p = pos + 1;
    if (p >= end || (!isAsciiAlnum(s[p]) && s[p] != '#')) {
        decoded.append('&');
        pos = p;
        return true;
    }
    char32_t cp = 0;
    if (s[p] == '#') {
        ++p;
        const bool hex = p < end && (s[p] == 'x' || s[p] == 'X');
        if (hex)
            ++p;
        const qsizetype digits = p;
        while (p < end && p - digits <= 7) {
            const char c = s[p];
            int v = -1;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            if (v < 0)
                break;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
            ++p;
        }
        if (p == digits || p - digits > 7 || p >= end || s[p] != ';' || isRemappedCodePoint(cp))
            return false;
    } else {
        const qsizetype start = p;
        while (p < end && isAsciiAlnum(s[p]) && p - start <= 32)
            ++p;
        if (p >= end || s[p] != ';')
            return false; // legacy references without ';' follow rules not worth copying here
        const QByteArrayView name = m_in.sliced(start, p - start);
        if (name == "lang" || name == "rang")
            return false; // HTML5 moved these two away from their HTML 4 code points
        cp = HtmlEntities::lookup(name);
        if (cp == 0)
            return false;
    }
    appendUtf8(decoded, cp);
    pos = p + 1;
    return true;
}

// Bytes of text that need a closer look: '&', controls, and the lead bytes of the only characters
// (see isRemapped) that gumbo would not pass through unchanged. Everything else is copied in runs.
constexpr auto Attention = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[c] = c != '\t' && c != '\n';
    t['&'] = t[0x7F] = t[0xC0] = t[0xC1] = t[0xC2] = t[0xEF] = true;
    for (int c = 0xF0; c < 0x100; ++c)
        t[c] = true;
    return t;
}();

bool Scanner::text(qsizetype end)
{
    const char *s = m_in.data();
    const auto *bytes = reinterpret_cast<const unsigned char *>(s);
    const bool inLink = m_openA > 0;
    qsizetype run = m_pos;
    qsizetype p = m_pos;
    while (p < end) {
        while (p < end && !Attention[bytes[p]])
            ++p;
        if (p >= end)
            break;
        const auto c = bytes[p];
        if (c >= 0x80) {
            if (isRemapped(p, end))
                return false;
            ++p;
            continue;
        }
        if (c == '&') {
            m_writer.text(m_in.sliced(run, p - run), inLink);
            m_scratch.clear();
            if (!reference(p, end, m_scratch))
                return false;
            m_writer.text(m_scratch, inLink);
            run = p;
            continue;
        }
        if (c < 0x20 ? (c != '\n' && c != '\t') : c == 0x7F)
            return false;
        ++p;
    }
    m_writer.text(m_in.sliced(run, p - run), inLink);
    m_pos = end;
    return true;
}

bool Scanner::comment()
{
    // At "<!--". HTML5 ends a comment at the first "-->" (or "--!>"); "<!-->" and "<!--->" are
    // empty comments. Only the plain form is taken here.
    const QByteArrayView rest = m_in.sliced(m_pos + 4);
    if (rest.startsWith(">") || rest.startsWith("->"))
        return false;
    const qsizetype close = rest.indexOf("-->");
    if (close < 0 || rest.first(close + 3).contains("--!>"))
        return false;
    m_pos += 4 + close + 3;
    return true;
}

void Scanner::closeCurrent()
{
    const GumboTag tag = m_stack.last();
    m_stack.removeLast();
    const quint8 flags = flagsOf(tag);
    if (tag == GUMBO_TAG_P)
        --m_openP;
    else if (tag == GUMBO_TAG_A)
        --m_openA;
    else if (flags & Heading)
        --m_openHeadings;
    if (SanitizerWriter::actionFor(tag) == SanitizerWriter::Action::Keep)
        m_writer.close(tag);
}

bool Scanner::endTag()
{
    const char *s = m_in.data();
    const qsizetype size = m_in.size();
    qsizetype p = m_pos + 2;
    const qsizetype nameStart = p;
    while (p < size && isAsciiAlnum(s[p]))
        ++p;
    const GumboTag tag = gumbo_tagn_enum(s + nameStart, unsigned(p - nameStart));
    while (p < size && isTagSpace(s[p]))
        ++p;
    if (p >= size || s[p] != '>')
        return false;
    const quint8 flags = flagsOf(tag);
    if (!(flags & Accepted) || (flags & Void) || m_stack.isEmpty())
        return false;
    // The end tag of the current element; or, for block elements, list items and headings, of the
    // element just under open <p>/<li>/<dd>/<dt> that HTML5 closes implicitly first ("generate
    // implied end tags"). Inline and formatting end tags must match exactly: anything else is
    // misnesting, and the adoption agency algorithm's business.
    qsizetype k = m_stack.size() - 1;
    if (flags & Special) {
        while (k >= 0 && m_stack[k] != tag
               && (m_stack[k] == GUMBO_TAG_P || m_stack[k] == GUMBO_TAG_LI || m_stack[k] == GUMBO_TAG_DD
                   || m_stack[k] == GUMBO_TAG_DT))
            --k;
    }
    if (k < 0 || m_stack[k] != tag)
        return false;
    while (m_stack.size() > k)
        closeCurrent();
    m_pos = p + 1;
    return true;
}

bool Scanner::startTag()
{
    const char *s = m_in.data();
    const qsizetype size = m_in.size();
    qsizetype p = m_pos + 1;
    const qsizetype nameStart = p;
    while (p < size && isAsciiAlnum(s[p]))
        ++p;
    const GumboTag tag = gumbo_tagn_enum(s + nameStart, unsigned(p - nameStart));
    const quint8 flags = flagsOf(tag);
    if (!(flags & Accepted))
        return false;
    if ((flags & Heading) && m_openHeadings > 0)
        return false;
    if (tag == GUMBO_TAG_A && m_openA > 0)
        return false;
    // What follows only looks ahead; elements are closed once the whole tag has been read.
    bool closeListItem = false;
    if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
        // HTML5 closes an open list item (li for li; dd or dt for dd and dt) unless a special
        // element other than address/div/p intervenes. Only the plain case is taken: the item is
        // the current element, so closing it is just its end tag.
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const GumboTag open = m_stack[k];
            const bool item = tag == GUMBO_TAG_LI ? open == GUMBO_TAG_LI : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT);
            if (item) {
                if (k != m_stack.size() - 1)
                    return false;
                closeListItem = true;
                break;
            }
            if ((flagsOf(open) & Special) && open != GUMBO_TAG_ADDRESS && open != GUMBO_TAG_DIV
                && open != GUMBO_TAG_P)
                break;
        }
    }
    // Then an open <p> is closed (a <p> in button scope, which for this subset is any <p> open):
    // plain only when, once the list item is closed, the <p> is the current element.
    bool closeParagraph = false;
    if ((flags & ClosesP) && m_openP > 0) {
        const qsizetype top = m_stack.size() - 1 - (closeListItem ? 1 : 0);
        if (top < 0 || m_stack[top] != GUMBO_TAG_P)
            return false;
        closeParagraph = true;
    }

    struct RawAttribute
    {
        QByteArrayView name;
        QByteArrayView value;
        qsizetype decoded = -1; // index into m_decodedValues
    };
    QVarLengthArray<RawAttribute, 16> raw;
    m_decodedValues.clear();
    bool selfClosing = false;
    while (true) {
        const qsizetype before = p;
        while (p < size && isTagSpace(s[p]))
            ++p;
        if (p >= size)
            return false;
        if (s[p] == '>') {
            ++p;
            break;
        }
        if (s[p] == '/') {
            if (p + 1 < size && s[p + 1] == '>') {
                selfClosing = true;
                p += 2;
                break;
            }
            return false;
        }
        if (p == before) // attributes must be separated by white space
            return false;
        const qsizetype nameBegin = p;
        while (p < size && (isAsciiAlnum(s[p]) || s[p] == '-' || s[p] == '_' || s[p] == ':' || s[p] == '.'))
            ++p;
        if (p == nameBegin || p >= size)
            return false;
        RawAttribute attr;
        attr.name = m_in.sliced(nameBegin, p - nameBegin);
        for (char c : attr.name) {
            if (c >= 'A' && c <= 'Z')
                return false; // names are lower-cased by HTML5; rare enough to leave to gumbo
        }
        for (const RawAttribute &other : raw) {
            if (other.name == attr.name)
                return false; // duplicates: HTML5 keeps the first, gumbo knows how
        }
        if (s[p] == '=') {
            ++p;
            if (p >= size || (s[p] != '"' && s[p] != '\''))
                return false; // unquoted values have their own rules
            const char quote = s[p++];
            const qsizetype valueBegin = p;
            while (p < size && s[p] != quote) {
                const auto c = static_cast<unsigned char>(s[p]);
                if (c >= 0x80 && isRemapped(p, size))
                    return false;
                if (c < 0x20 ? (c != '\n' && c != '\t') : c == 0x7F)
                    return false;
                if (c == '&' && attr.decoded < 0)
                    attr.decoded = 0; // decoded below, once the value's end is known
                ++p;
            }
            if (p >= size)
                return false;
            attr.value = m_in.sliced(valueBegin, p - valueBegin);
            ++p;
            if (p < size && !isTagSpace(s[p]) && s[p] != '>' && s[p] != '/')
                return false;
            if (attr.decoded == 0) {
                QByteArray value;
                qsizetype q = valueBegin;
                qsizetype run = q;
                while (q < valueBegin + attr.value.size()) {
                    if (s[q] != '&') {
                        ++q;
                        continue;
                    }
                    value.append(s + run, q - run);
                    if (!reference(q, valueBegin + attr.value.size(), value))
                        return false;
                    run = q;
                }
                value.append(s + run, valueBegin + attr.value.size() - run);
                attr.decoded = m_decodedValues.size();
                m_decodedValues.append(value);
            }
        } else if (s[p] != '>' && s[p] != '/' && !isTagSpace(s[p])) {
            return false;
        }
        raw.append(attr);
    }
    if (selfClosing && !(flags & Void))
        return false; // <span/> opens a span in HTML: leave that surprise to gumbo
    m_pos = p;
    if (closeListItem)
        closeCurrent();
    if (closeParagraph)
        closeCurrent();

    if (SanitizerWriter::actionFor(tag) == SanitizerWriter::Action::Keep) {
        QVarLengthArray<SanitizerWriter::Attribute, 16> attributes;
        for (const RawAttribute &a : raw)
            attributes.append({a.name, a.decoded >= 0 ? QByteArrayView(m_decodedValues[a.decoded]) : a.value});
        m_writer.open(tag, attributes.constData(), attributes.size());
    }
    if (flags & Void)
        return true;
    if (m_stack.size() >= MaxDepth)
        return false;
    m_stack.append(tag);
    if (tag == GUMBO_TAG_P)
        ++m_openP;
    else if (tag == GUMBO_TAG_A)
        ++m_openA;
    else if (flags & Heading)
        ++m_openHeadings;
    return true;
}

bool Scanner::run()
{
    const char *s = m_in.data();
    const qsizetype size = m_in.size();
    while (m_pos < size) {
        const void *lt = std::memchr(s + m_pos, '<', size_t(size - m_pos));
        const qsizetype textEnd = lt ? static_cast<const char *>(lt) - s : size;
        if (textEnd > m_pos && !text(textEnd))
            return false;
        if (m_pos >= size)
            break;
        const char next = m_pos + 1 < size ? s[m_pos + 1] : '\0';
        bool ok = true;
        if (isAsciiAlpha(next)) {
            ok = startTag();
        } else if (next == '/') {
            ok = m_pos + 2 < size && isAsciiAlpha(s[m_pos + 2]) && endTag();
        } else if (next == '!') {
            ok = m_in.sliced(m_pos).startsWith("<!--") && comment();
        } else if (next == '?') {
            ok = false; // a bogus comment in HTML5
        } else {
            // '<' that starts no tag is text.
            m_writer.text("<", m_openA > 0);
            ++m_pos;
        }
        if (!ok)
            return false;
    }
    // End of input closes whatever is still open, innermost first, as the HTML5 parser does.
    while (!m_stack.isEmpty())
        closeCurrent();
    return true;
}

} // namespace

bool sanitize(QByteArrayView html, const QUrl &base, QByteArray &out)
{
    Scanner scanner(html, base, out);
    return scanner.run();
}

} // namespace SimpleMarkup
