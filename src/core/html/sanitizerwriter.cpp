#include "html/sanitizerwriter.h"

#include "html/cssfilter.h"
#include "html/urlpolicy.h"

#include <QVarLengthArray>

#include <array>
#include <cstring>

namespace {

bool isOneOf(QByteArrayView value, std::initializer_list<const char *> options)
{
    for (const char *o : options) {
        if (value.compare(QByteArrayView(o), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNumber(QByteArrayView v, bool percent)
{
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = v[i];
        if (!(c >= '0' && c <= '9') && !(percent && c == '%' && i == n - 1 && i > 0))
            return false;
    }
    return n > 0 && n < 10;
}

bool isLanguageTag(QByteArrayView v)
{
    for (char c : v) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return !v.isEmpty() && v.size() <= 35;
}

} // namespace

SanitizerWriter::Action SanitizerWriter::actionFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_DD: case GUMBO_TAG_DEL:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DFN: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_EM: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD: case GUMBO_TAG_LI: case GUMBO_TAG_MARK: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_Q: case GUMBO_TAG_RP:
    case GUMBO_TAG_RT: case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TIME: case GUMBO_TAG_TR:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return Action::Keep;
    // Active content, raw-text elements, document metadata and forms: gone with their content.
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AREA: case GUMBO_TAG_MAP: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_ISINDEX: case GUMBO_TAG_MENUITEM:
        return Action::Drop;
    default:
        return Action::Unwrap; // unknown or merely presentational (font, form, label…): keep the text
    }
}

bool SanitizerWriter::isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_WBR
        || tag == GUMBO_TAG_COL;
}

void SanitizerWriter::escape(QByteArrayView s, bool attribute, bool inLink)
{
    // Bytes that may need replacing; the rest is copied in runs.
    static constexpr auto Special = [] {
        std::array<bool, 256> t{};
        t['&'] = t['<'] = t['>'] = t['"'] = t[0xE2] = true;
        return t;
    }();
    const char *p = s.data();
    const qsizetype n = s.size();
    qsizetype run = 0; // start of the bytes not yet copied: runs are appended whole
    for (qsizetype i = 0; i < n; ++i) {
        if (!Special[static_cast<unsigned char>(p[i])])
            continue;
        const char c = p[i];
        const char *replacement = nullptr;
        qsizetype skip = 0;
        switch (c) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"':
            if (attribute)
                replacement = "&quot;";
            break;
        case '\xE2':
            // U+202A..U+202E (E2 80 AA..AE) and U+2066..U+2069 (E2 81 A6..A9): bidi overrides that
            // make a link's text read differently from where it goes.
            if (inLink && i + 2 < n
                && ((p[i + 1] == '\x80' && (unsigned char)p[i + 2] >= 0xAA && (unsigned char)p[i + 2] <= 0xAE)
                    || (p[i + 1] == '\x81' && (unsigned char)p[i + 2] >= 0xA6 && (unsigned char)p[i + 2] <= 0xA9))) {
                replacement = "";
                skip = 2;
            }
            break;
        default:
            break;
        }
        if (!replacement)
            continue;
        m_out.append(p + run, i - run);
        m_out.append(replacement);
        i += skip;
        run = i + 1;
    }
    m_out.append(p + run, n - run);
}

void SanitizerWriter::text(QByteArrayView utf8, bool inLink)
{
    escape(utf8, false, inLink);
}

void SanitizerWriter::attribute(const char *name, const QString &value)
{
    attribute(name, QByteArrayView(value.toUtf8()));
}

void SanitizerWriter::attribute(const char *name, QByteArrayView value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"");
    escape(value, true, false);
    m_out.append('"');
}

void SanitizerWriter::open(GumboTag tag, const Attribute *attributes, qsizetype count)
{
    m_out.append('<');
    m_out.append(gumbo_normalized_tagname(tag));
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView n = attributes[i].name;
        const QByteArrayView v = attributes[i].value;
        const char *name = nullptr; // the name to write, when the attribute is kept as it is
        if (n == "dir") {
            if (isOneOf(v, {"ltr", "rtl", "auto"}))
                name = "dir";
        } else if (n == "lang" || n == "xml:lang") {
            if (isLanguageTag(v))
                name = "lang";
        } else if (n == "title") {
            name = "title";
        } else if (n == "style") {
            const QString css = CssFilter::filterInlineStyle(QString::fromUtf8(v));
            if (!css.isEmpty())
                attribute("style", css);
        } else if (tag == GUMBO_TAG_A && n == "href") {
            const QString url = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Link);
            if (!url.isNull())
                attribute("href", url);
        } else if (tag == GUMBO_TAG_A && n == "hreflang") {
            if (isLanguageTag(v))
                name = "hreflang";
        } else if (tag == GUMBO_TAG_IMG && n == "src") {
            const QString src = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Image);
            if (!src.isNull())
                attribute("src", src);
        } else if (tag == GUMBO_TAG_IMG && n == "srcset") {
            const QString set = UrlPolicy::filterSrcset(QString::fromUtf8(v), m_base);
            if (!set.isEmpty())
                attribute("srcset", set);
        } else if (tag == GUMBO_TAG_IMG && n == "alt") {
            name = "alt";
        } else if ((tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TABLE
                    || tag == GUMBO_TAG_COL)
                   && (n == "width" || n == "height")) {
            if (isNumber(v, true))
                name = n == "width" ? "width" : "height";
        } else if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && (n == "colspan" || n == "rowspan")) {
            if (isNumber(v, false))
                name = n == "colspan" ? "colspan" : "rowspan";
        } else if (tag == GUMBO_TAG_TH && n == "scope") {
            if (isOneOf(v, {"row", "col", "rowgroup", "colgroup"}))
                name = "scope";
        } else if ((tag == GUMBO_TAG_COL || tag == GUMBO_TAG_COLGROUP) && n == "span") {
            if (isNumber(v, false))
                name = "span";
        } else if (n == "align") {
            if (isOneOf(v, {"left", "right", "center", "justify"}))
                name = "align";
        } else if (n == "valign") {
            if (isOneOf(v, {"top", "middle", "bottom", "baseline"}))
                name = "valign";
        } else if (tag == GUMBO_TAG_OL && n == "start") {
            if (isNumber(v, false))
                name = "start";
        } else if (tag == GUMBO_TAG_OL && n == "type") {
            if (isOneOf(v, {"1", "a", "i"}))
                name = "type";
        } else if (tag == GUMBO_TAG_OL && n == "reversed") {
            attribute("reversed", QByteArrayView("reversed"));
        } else if (tag == GUMBO_TAG_LI && n == "value") {
            if (isNumber(v, false))
                name = "value";
        } else if ((tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q || tag == GUMBO_TAG_DEL || tag == GUMBO_TAG_INS)
                   && n == "cite") {
            const QString url = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Link);
            if (!url.isNull())
                attribute("cite", url);
        } else if ((tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_DEL || tag == GUMBO_TAG_INS) && n == "datetime") {
            name = "datetime";
        }
        if (name)
            attribute(name, v);
    }
    if (tag == GUMBO_TAG_A)
        m_out.append(" rel=\"noopener noreferrer\""); // the page opened must not reach back to us
    m_out.append(isVoid(tag) ? " />" : ">");
}

void SanitizerWriter::open(const GumboElement &element)
{
    QVarLengthArray<Attribute, 16> attributes;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        attributes.append({QByteArrayView(a->name, qsizetype(std::strlen(a->name))),
                           QByteArrayView(a->value, qsizetype(std::strlen(a->value)))});
    }
    open(element.tag, attributes.constData(), attributes.size());
}

void SanitizerWriter::close(GumboTag tag)
{
    if (isVoid(tag))
        return;
    m_out.append("</");
    m_out.append(gumbo_normalized_tagname(tag));
    m_out.append('>');
}
