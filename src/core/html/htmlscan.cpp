#include "html/htmlscan.h"

#include <cstring>

namespace HtmlScan {
namespace {

/** White space to the tokenizer (CR too: the input stream turns it into LF before tokenizing). */
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
}

bool endsTagName(char c)
{
    return isSpace(c) || c == '/' || c == '>';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

/** `name` (lower case) at `at`, followed by a character that ends a tag name (not the end of input). */
bool nameAt(QByteArrayView html, qsizetype at, QByteArrayView name)
{
    if (at + name.size() >= html.size())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (lower(html[at + i]) != name[i])
            return false;
    }
    return endsTagName(html[at + name.size()]);
}

qsizetype find(QByteArrayView html, char c, qsizetype from)
{
    if (from >= html.size())
        return -1;
    const void *hit = std::memchr(html.data() + from, c, size_t(html.size() - from));
    return hit ? static_cast<const char *>(hit) - html.data() : -1;
}

bool startsWith(QByteArrayView html, qsizetype at, QByteArrayView text)
{
    return at + text.size() <= html.size() && std::memcmp(html.data() + at, text.data(), size_t(text.size())) == 0;
}

} // namespace

Tag readTag(QByteArrayView html, qsizetype lt)
{
    Tag tag;
    const qsizetype n = html.size();
    qsizetype i = lt + 1;
    if (i < n && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && !endsTagName(html[i]))
        ++i;
    tag.name = html.sliced(nameStart, i - nameStart);
    // The attribute states, reduced to what decides where the tag ends: a quote opens a value only
    // right after '=', and a '/' makes the tag self-closing only right before '>'.
    enum { BeforeName, Name, AfterName, BeforeValue, Unquoted } state = BeforeName;
    while (i < n) {
        const char c = html[i];
        switch (state) {
        case BeforeName:
        case AfterName:
            if (c == '>') {
                tag.end = i + 1;
                return tag;
            }
            if (c == '/') {
                if (i + 1 < n && html[i + 1] == '>') {
                    tag.selfClosing = true;
                    tag.end = i + 2;
                    return tag;
                }
                state = BeforeName;
            } else if (c == '=' && state == AfterName) {
                state = BeforeValue;
            } else if (!isSpace(c)) {
                state = Name;
            }
            ++i;
            break;
        case Name:
            if (isSpace(c) || c == '/' || c == '>') {
                state = AfterName;
                continue; // reconsumed
            }
            if (c == '=')
                state = BeforeValue;
            ++i;
            break;
        case BeforeValue:
            if (c == '"' || c == '\'') {
                const qsizetype close = find(html, c, i + 1);
                if (close < 0)
                    return tag; // the input ends inside the value
                i = close + 1;
                state = BeforeName;
            } else if (c == '>') {
                tag.end = i + 1;
                return tag;
            } else {
                if (!isSpace(c))
                    state = Unquoted;
                ++i;
            }
            break;
        case Unquoted:
            if (c == '>') {
                tag.end = i + 1;
                return tag;
            }
            if (isSpace(c))
                state = BeforeName;
            ++i;
            break;
        }
    }
    return tag;
}

qsizetype commentEnd(QByteArrayView html, qsizetype lt)
{
    const qsizetype n = html.size();
    const qsizetype start = lt + 4;
    if (start < n && html[start] == '>')
        return start + 1; // "<!-->"
    if (startsWith(html, start, "->"))
        return start + 2; // "<!--->"
    for (qsizetype dash = find(html, '-', start); dash >= 0; dash = find(html, '-', dash + 1)) {
        if (startsWith(html, dash, "-->"))
            return dash + 3;
        if (startsWith(html, dash, "--!>"))
            return dash + 4;
    }
    return n;
}

qsizetype declarationEnd(QByteArrayView html, qsizetype lt)
{
    const qsizetype close = find(html, '>', lt + 1);
    return close < 0 ? html.size() : close + 1;
}

bool isEndTagOf(QByteArrayView html, qsizetype lt, QByteArrayView name)
{
    return lt + 1 < html.size() && html[lt + 1] == '/' && nameAt(html, lt + 2, name);
}

qsizetype rawTextEnd(QByteArrayView html, qsizetype from, QByteArrayView name)
{
    for (qsizetype lt = find(html, '<', from); lt >= 0; lt = find(html, '<', lt + 1)) {
        if (isEndTagOf(html, lt, name))
            return lt;
    }
    return html.size();
}

qsizetype scriptDataEnd(QByteArrayView html, qsizetype from)
{
    const qsizetype n = html.size();
    enum { Data, Escaped, DoubleEscaped } state = Data;
    qsizetype i = from;
    while (i < n) {
        if (state == Data) {
            const qsizetype lt = find(html, '<', i);
            if (lt < 0)
                return n;
            if (isEndTagOf(html, lt, "script"))
                return lt;
            if (startsWith(html, lt, "<!--")) {
                state = Escaped;
                i = lt + 2; // its two dashes may already close the escape: "<!-->"
            } else {
                i = lt + 1;
            }
            continue;
        }
        // Escaped states: only '<' and "-->" matter, so jump between those characters.
        const char c = html[i];
        if (c == '-' && startsWith(html, i, "-->")) {
            state = Data;
            i += 3;
        } else if (c == '<' && state == Escaped && isEndTagOf(html, i, "script")) {
            return i;
        } else if (c == '<' && state == Escaped && nameAt(html, i + 1, "script")) {
            state = DoubleEscaped;
            i += 8; // "<script" and the character that ended the name
        } else if (c == '<' && state == DoubleEscaped && isEndTagOf(html, i, "script")) {
            state = Escaped;
            i += 9; // "</script" and the character that ended the name
        } else {
            ++i;
        }
    }
    return n;
}

} // namespace HtmlScan
