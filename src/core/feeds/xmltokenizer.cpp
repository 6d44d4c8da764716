#include "feeds/xmltokenizer.h"
#include "util/utf8.h"

#include "feeds/htmlentities.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool isNameStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool isNameChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return isNameStart(c) || (u >= '0' && u <= '9') || u == '-' || u == '.';
}

bool isForbiddenControl(unsigned char u) { return u < 0x20 && u != '\t' && u != '\n' && u != '\r'; }

/** Windows-1252 meanings of C1 code points: what "&#150;" means in every real feed. */
char32_t fixC1(char32_t cp)
{
    static constexpr char16_t table[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return (cp >= 0x80 && cp <= 0x9F) ? table[cp - 0x80] : cp;
}

} // namespace

XmlTokenizer::XmlTokenizer(QByteArrayView utf8) : XmlTokenizer(utf8, Limits{}) {}

XmlTokenizer::XmlTokenizer(QByteArrayView utf8, Limits limits) : m_data(utf8), m_limits(limits)
{
    m_attributes.reserve(16);
    m_stack.reserve(32);
}

void XmlTokenizer::report(qsizetype offset, const QString &what)
{
    if (!m_problem.isEmpty())
        return;
    const qsizetype end = qMin(offset, m_data.size());
    const int line = 1 + int(std::count(m_data.begin(), m_data.begin() + end, '\n'));
    m_problem = QStringLiteral("line %1: %2").arg(line).arg(what);
}

QByteArrayView XmlTokenizer::attribute(QByteArrayView qualifiedName) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == qualifiedName)
            return a.value;
    }
    return {};
}

XmlTokenizer::Token XmlTokenizer::next()
{
    if (m_pendingEnds > 0 || m_selfClosing) {
        if (m_selfClosing) // <x/>: the element is empty, its content ends where the tag ends
            m_tokenBegin = m_tokenEnd;
        m_selfClosing = false;
        if (m_pendingEnds > 0)
            --m_pendingEnds;
        m_name = m_stack.takeLast();
        return Token::EndElement;
    }
    while (true) {
        if (m_stopped || m_pos >= m_data.size()) {
            m_pos = m_data.size();
            m_tokenBegin = m_tokenEnd = m_pos;
            if (!m_stack.isEmpty()) {
                report(m_pos, QStringLiteral("the document ended before </%1>")
                                  .arg(QString::fromUtf8(m_stack.last())));
                m_name = m_stack.takeLast();
                return Token::EndElement;
            }
            if (!m_sawRoot)
                report(m_pos, QStringLiteral("no root element"));
            return Token::EndDocument;
        }
        const char *base = m_data.data();
        m_tokenBegin = m_pos;
        if (base[m_pos] != '<') {
            const void *lt = std::memchr(base + m_pos, '<', size_t(m_data.size() - m_pos));
            const qsizetype end = lt ? static_cast<const char *>(lt) - base : m_data.size();
            m_text = m_data.sliced(m_pos, end - m_pos);
            m_textIsCData = false;
            m_pos = m_tokenEnd = end;
            if (m_stack.isEmpty()) {
                for (char c : m_text) {
                    if (!isSpace(c)) {
                        report(m_tokenBegin, QStringLiteral("text outside the root element"));
                        break;
                    }
                }
                continue;
            }
            return Token::Text;
        }
        const char c1 = m_pos + 1 < m_data.size() ? base[m_pos + 1] : '\0';
        if (c1 == '!') {
            if (m_data.sliced(m_pos).startsWith("<![CDATA[")) {
                const qsizetype start = m_pos + 9;
                qsizetype end = QByteArrayView(m_data).indexOf("]]>", start);
                if (end < 0) {
                    report(m_pos, QStringLiteral("unterminated CDATA section"));
                    end = m_data.size();
                }
                m_text = m_data.sliced(start, end - start);
                m_textIsCData = true;
                m_pos = m_tokenEnd = qMin(end + 3, m_data.size());
                if (m_stack.isEmpty())
                    continue;
                return Token::Text;
            }
            if (!skipMarkupDeclaration())
                m_stopped = true;
            continue;
        }
        if (c1 == '?') {
            const qsizetype end = m_data.indexOf("?>", m_pos + 2);
            m_pos = end < 0 ? m_data.size() : end + 2;
            continue;
        }
        if (c1 == '/') {
            readEndTag();
            if (m_pendingEnds > 0) {
                --m_pendingEnds;
                m_name = m_stack.takeLast();
                return Token::EndElement;
            }
            continue;
        }
        if (isNameStart(c1)) {
            if (readStartTag())
                return Token::StartElement;
            continue;
        }
        // A '<' that starts no markup: an unescaped less-than sign in text.
        report(m_pos, QStringLiteral("unescaped '<'"));
        const void *lt = std::memchr(base + m_pos + 1, '<', size_t(m_data.size() - m_pos - 1));
        const qsizetype end = lt ? static_cast<const char *>(lt) - base : m_data.size();
        m_text = m_data.sliced(m_pos, end - m_pos);
        m_textIsCData = true; // literal: no entity decoding of the '<' itself
        m_pos = m_tokenEnd = end;
        if (!m_stack.isEmpty())
            return Token::Text;
    }
}

bool XmlTokenizer::skipMarkupDeclaration()
{
    const QByteArrayView rest = m_data.sliced(m_pos);
    if (rest.startsWith("<!--")) {
        const qsizetype end = m_data.indexOf("-->", m_pos + 4);
        if (end < 0) {
            report(m_pos, QStringLiteral("unterminated comment"));
            m_pos = m_data.size();
            return true;
        }
        m_pos = end + 3;
        return true;
    }
    if (rest.startsWith("<!DOCTYPE") || rest.startsWith("<!doctype")) {
        const qsizetype close = m_data.indexOf('>', m_pos);
        const QByteArrayView head = m_data.sliced(m_pos, (close < 0 ? m_data.size() : close) - m_pos);
        m_externalDtd = head.contains("PUBLIC") || head.contains("SYSTEM");
    }
    // <!DOCTYPE ...> possibly with an internal subset in brackets. Skipped whole: declared
    // entities are never expanded, which is what keeps "billion laughs" harmless.
    int bracket = 0;
    char quote = 0;
    for (qsizetype i = m_pos + 2; i < m_data.size(); ++i) {
        const char c = m_data[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            --bracket;
        } else if (c == '>' && bracket <= 0) {
            m_pos = i + 1;
            return true;
        }
    }
    report(m_pos, QStringLiteral("unterminated declaration"));
    return false;
}

bool XmlTokenizer::readStartTag()
{
    const char *base = m_data.data();
    const qsizetype size = m_data.size();
    qsizetype p = m_pos + 1;
    const qsizetype nameStart = p;
    while (p < size && isNameChar(base[p]))
        ++p;
    m_name = m_data.sliced(nameStart, p - nameStart);
    m_attributes.clear();
    bool selfClosing = false;
    while (true) {
        while (p < size && isSpace(base[p]))
            ++p;
        if (p >= size) {
            report(m_pos, QStringLiteral("the document ended inside <%1>").arg(QString::fromUtf8(m_name)));
            m_stopped = true;
            return false;
        }
        const char c = base[p];
        if (c == '>') {
            ++p;
            break;
        }
        if (c == '/') {
            ++p;
            if (p < size && base[p] == '>') {
                selfClosing = true;
                ++p;
                break;
            }
            continue;
        }
        if (c == '<') { // "<a href='x' <b>": the tag was never closed
            report(p, QStringLiteral("unclosed tag <%1>").arg(QString::fromUtf8(m_name)));
            break;
        }
        const qsizetype attrStart = p;
        while (p < size && !isSpace(base[p]) && base[p] != '=' && base[p] != '>' && base[p] != '/'
               && base[p] != '<')
            ++p;
        if (p == attrStart) { // stray character such as '"': skip it
            report(p, QStringLiteral("malformed attribute in <%1>").arg(QString::fromUtf8(m_name)));
            ++p;
            continue;
        }
        Attribute attr{m_data.sliced(attrStart, p - attrStart), {}};
        while (p < size && isSpace(base[p]))
            ++p;
        if (p < size && base[p] == '=') {
            ++p;
            while (p < size && isSpace(base[p]))
                ++p;
            if (p < size && (base[p] == '"' || base[p] == '\'')) {
                const char quote = base[p++];
                const void *q = std::memchr(base + p, quote, size_t(size - p));
                if (!q) {
                    report(attrStart, QStringLiteral("unterminated attribute value"));
                    m_stopped = true;
                    return false;
                }
                const qsizetype end = static_cast<const char *>(q) - base;
                attr.value = m_data.sliced(p, end - p);
                p = end + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < size && !isSpace(base[p]) && base[p] != '>')
                    ++p;
                attr.value = m_data.sliced(valueStart, p - valueStart);
                report(attrStart, QStringLiteral("unquoted attribute value"));
            }
        } else {
            attr.value = attr.name; // HTML-style <x compact>
            report(attrStart, QStringLiteral("attribute without value"));
        }
        if (attr.value.size() > m_limits.maxAttributeLength) {
            report(attrStart, QStringLiteral("attribute longer than %1 bytes").arg(m_limits.maxAttributeLength));
            attr.value = {};
        }
        m_attributes.append(attr);
    }
    m_tokenEnd = m_pos = p;
    if (m_stack.size() >= m_limits.maxDepth) {
        report(m_tokenBegin, QStringLiteral("elements nested deeper than %1").arg(m_limits.maxDepth));
        m_stopped = true;
        return false;
    }
    if (m_sawRoot && m_stack.isEmpty())
        report(m_tokenBegin, QStringLiteral("content after the root element"));
    m_sawRoot = true;
    m_stack.append(m_name);
    m_selfClosing = selfClosing;
    return true;
}

void XmlTokenizer::readEndTag()
{
    const char *base = m_data.data();
    qsizetype p = m_pos + 2;
    const qsizetype nameStart = p;
    while (p < m_data.size() && isNameChar(base[p]))
        ++p;
    const QByteArrayView name = m_data.sliced(nameStart, p - nameStart);
    const void *gt = std::memchr(base + p, '>', size_t(m_data.size() - p));
    if (!gt)
        report(m_tokenBegin, QStringLiteral("the document ended inside </%1>").arg(QString::fromUtf8(name)));
    m_tokenEnd = m_pos = gt ? static_cast<const char *>(gt) - base + 1 : m_data.size();
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        if (m_stack[k] == name) {
            if (k != m_stack.size() - 1)
                report(m_tokenBegin, QStringLiteral("</%1> closes unclosed <%2>")
                                         .arg(QString::fromUtf8(name), QString::fromUtf8(m_stack.last())));
            m_pendingEnds = int(m_stack.size() - k);
            return;
        }
    }
    report(m_tokenBegin, QStringLiteral("unexpected </%1>").arg(QString::fromUtf8(name)));
}

void XmlTokenizer::appendText(QByteArray &out)
{
    decodeInto(m_text, m_textIsCData, out);
}

QString XmlTokenizer::decode(QByteArrayView raw)
{
    QByteArray out;
    decodeInto(raw, false, out);
    return QString::fromUtf8(out);
}

void XmlTokenizer::decodeUtf8(QByteArrayView raw, QByteArray &out)
{
    decodeInto(raw, false, out);
}

void XmlTokenizer::decodeInto(QByteArrayView raw, bool cdata, QByteArray &out)
{
    // Bytes that need work: '&' (outside CDATA), CR, and control characters XML forbids.
    static constexpr auto Special = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 0x20; ++c)
            t[c] = c != '\t' && c != '\n';
        t['&'] = true;
        return t;
    }();
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.data());
    const qsizetype n = raw.size();
    qsizetype first = 0;
    while (first < n && (!Special[bytes[first]] || (cdata && bytes[first] == '&')))
        ++first;
    out.append(raw.first(first));
    if (first == n)
        return;
    out.reserve(out.size() + n - first);
    for (qsizetype i = first; i < n; ++i) {
        // Copy the run of ordinary bytes up to the next one that needs work in one go.
        qsizetype runEnd = i;
        while (runEnd < n && (!Special[bytes[runEnd]] || (cdata && bytes[runEnd] == '&')))
            ++runEnd;
        if (runEnd > i) {
            out.append(raw.sliced(i, runEnd - i));
            i = runEnd;
            if (i >= n)
                break;
        }
        const char c = raw[i];
        const auto u = static_cast<unsigned char>(c);
        if (u == '\r') {
            out.append('\n');
            if (i + 1 < n && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (isForbiddenControl(u)) {
            report(m_tokenBegin, QStringLiteral("control character U+%1").arg(int(u), 4, 16, QLatin1Char('0')));
            continue;
        }
        if (c != '&' || cdata) {
            out.append(c);
            continue;
        }
        // An entity or character reference: find its ';' within a sane distance.
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && (isNameChar(raw[j]) || raw[j] == '#'))
            ++j;
        if (j >= n || raw[j] != ';' || j == i + 1) {
            report(m_tokenBegin, QStringLiteral("unescaped '&'"));
            out.append('&');
            continue;
        }
        const QByteArrayView name = raw.sliced(i + 1, j - i - 1);
        char32_t cp = 0;
        if (name.startsWith('#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const uint v = hex ? name.sliced(2).toByteArray().toUInt(&ok, 16) : name.sliced(1).toByteArray().toUInt(&ok, 10);
            cp = ok ? char32_t(v) : 0xFFFD;
            if (cp >= 0x80 && cp <= 0x9F)
                cp = fixC1(cp);
            if (cp == 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp > 0x10FFFF
                || (cp >= 0xD800 && cp <= 0xDFFF)) {
                report(m_tokenBegin, QStringLiteral("invalid character reference"));
                cp = 0xFFFD;
            }
        } else if (name == "lt") {
            cp = '<';
        } else if (name == "gt") {
            cp = '>';
        } else if (name == "amp") {
            cp = '&';
        } else if (name == "quot") {
            cp = '"';
        } else if (name == "apos") {
            cp = '\'';
        } else {
            cp = HtmlEntities::lookup(name);
            // Never fetched, but a DTD such as Netscape's RSS 0.91 one does declare the HTML names.
            if (cp == 0 || !m_externalDtd)
                report(m_tokenBegin, QStringLiteral("undefined entity &%1;").arg(QString::fromUtf8(name)));
            if (cp == 0) { // unknown: keep it literally, the HTML stage may know it
                out.append(raw.sliced(i, j - i + 1));
                i = j;
                continue;
            }
        }
        appendUtf8(out, cp);
        i = j;
    }
}
