#include "html/htmlsanitizer.h"

#include "html/cssfilter.h"
#include "html/gumbofragment.h"
#include "html/urlpolicy.h"

#include <QList>
#include <cstring>

namespace HtmlSanitizer {
namespace {

enum class Action { Keep, Unwrap, Drop };

Action actionFor(const GumboNode *node)
{
    const GumboElement &el = node->v.element;
    if (el.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Action::Drop; // svg and math can carry script and foreign parsing rules
    switch (el.tag) {
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

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_WBR
        || tag == GUMBO_TAG_COL;
}

bool isOneOf(const char *value, std::initializer_list<const char *> options)
{
    for (const char *o : options) {
        if (qstricmp(value, o) == 0)
            return true;
    }
    return false;
}

bool isNumber(const char *v, bool percent)
{
    qsizetype n = 0;
    for (; *v; ++v, ++n) {
        if (!(*v >= '0' && *v <= '9') && !(percent && *v == '%' && v[1] == '\0' && n > 0))
            return false;
    }
    return n > 0 && n < 10;
}

bool isLanguageTag(const char *v)
{
    qsizetype n = 0;
    for (; *v; ++v, ++n) {
        const char c = *v;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return n > 0 && n <= 35;
}

class Writer
{
public:
    explicit Writer(const QUrl &base) : m_base(base) {}

    QString run(const GumboNode *root);

private:
    void open(const GumboNode *node);
    void close(const GumboNode *node);
    void text(const char *utf8, bool inLink);
    void attribute(const char *name, const QString &value);
    void attribute(const char *name, const char *value);
    void escape(const char *utf8, size_t size, bool attribute, bool inLink);

    QUrl m_base;
    QByteArray m_out;
};

void Writer::escape(const char *s, size_t size, bool attribute, bool inLink)
{
    for (size_t i = 0; i < size; ++i) {
        const char c = s[i];
        switch (c) {
        case '&': m_out.append("&amp;"); break;
        case '<': m_out.append("&lt;"); break;
        case '>': m_out.append("&gt;"); break;
        case '"':
            if (attribute)
                m_out.append("&quot;");
            else
                m_out.append(c);
            break;
        case '\xE2':
            // U+202A..U+202E (E2 80 AA..AE) and U+2066..U+2069 (E2 81 A6..A9): bidi overrides that
            // make a link's text read differently from where it goes.
            if (inLink && i + 2 < size
                && ((s[i + 1] == '\x80' && (unsigned char)s[i + 2] >= 0xAA && (unsigned char)s[i + 2] <= 0xAE)
                    || (s[i + 1] == '\x81' && (unsigned char)s[i + 2] >= 0xA6 && (unsigned char)s[i + 2] <= 0xA9))) {
                i += 2;
                break;
            }
            m_out.append(c);
            break;
        default:
            m_out.append(c);
        }
    }
}

void Writer::text(const char *utf8, bool inLink)
{
    escape(utf8, std::strlen(utf8), false, inLink);
}

void Writer::attribute(const char *name, const QString &value)
{
    attribute(name, value.toUtf8().constData());
}

void Writer::attribute(const char *name, const char *value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"");
    escape(value, std::strlen(value), true, false);
    m_out.append('"');
}

void Writer::open(const GumboNode *node)
{
    const GumboElement &el = node->v.element;
    const char *tagName = gumbo_normalized_tagname(el.tag);
    m_out.append('<');
    m_out.append(tagName);
    QString src;
    for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(el.attributes.data[i]);
        const char *n = a->name;
        const char *v = a->value;
        if (qstrcmp(n, "dir") == 0) {
            if (isOneOf(v, {"ltr", "rtl", "auto"}))
                attribute("dir", v);
        } else if (qstrcmp(n, "lang") == 0 || qstrcmp(n, "xml:lang") == 0) {
            if (isLanguageTag(v))
                attribute("lang", v);
        } else if (qstrcmp(n, "title") == 0) {
            attribute("title", v);
        } else if (qstrcmp(n, "style") == 0) {
            const QString css = CssFilter::filterInlineStyle(QString::fromUtf8(v));
            if (!css.isEmpty())
                attribute("style", css);
        } else if (el.tag == GUMBO_TAG_A && qstrcmp(n, "href") == 0) {
            const QString url = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Link);
            if (!url.isNull())
                attribute("href", url);
        } else if (el.tag == GUMBO_TAG_A && qstrcmp(n, "hreflang") == 0) {
            if (isLanguageTag(v))
                attribute("hreflang", v);
        } else if (el.tag == GUMBO_TAG_IMG && qstrcmp(n, "src") == 0) {
            src = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Image);
            if (!src.isNull())
                attribute("src", src);
        } else if (el.tag == GUMBO_TAG_IMG && qstrcmp(n, "srcset") == 0) {
            const QString set = UrlPolicy::filterSrcset(QString::fromUtf8(v), m_base);
            if (!set.isEmpty())
                attribute("srcset", set);
        } else if (el.tag == GUMBO_TAG_IMG && qstrcmp(n, "alt") == 0) {
            attribute("alt", v);
        } else if ((el.tag == GUMBO_TAG_IMG || el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH
                    || el.tag == GUMBO_TAG_TABLE || el.tag == GUMBO_TAG_COL)
                   && (qstrcmp(n, "width") == 0 || qstrcmp(n, "height") == 0)) {
            if (isNumber(v, true))
                attribute(n, v);
        } else if ((el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH)
                   && (qstrcmp(n, "colspan") == 0 || qstrcmp(n, "rowspan") == 0)) {
            if (isNumber(v, false))
                attribute(n, v);
        } else if (el.tag == GUMBO_TAG_TH && qstrcmp(n, "scope") == 0) {
            if (isOneOf(v, {"row", "col", "rowgroup", "colgroup"}))
                attribute(n, v);
        } else if ((el.tag == GUMBO_TAG_COL || el.tag == GUMBO_TAG_COLGROUP) && qstrcmp(n, "span") == 0) {
            if (isNumber(v, false))
                attribute(n, v);
        } else if (qstrcmp(n, "align") == 0) {
            if (isOneOf(v, {"left", "right", "center", "justify"}))
                attribute(n, v);
        } else if (qstrcmp(n, "valign") == 0) {
            if (isOneOf(v, {"top", "middle", "bottom", "baseline"}))
                attribute(n, v);
        } else if (el.tag == GUMBO_TAG_OL && (qstrcmp(n, "start") == 0)) {
            if (isNumber(v, false))
                attribute(n, v);
        } else if (el.tag == GUMBO_TAG_OL && qstrcmp(n, "type") == 0) {
            if (isOneOf(v, {"1", "a", "i"}))
                attribute(n, v);
        } else if (el.tag == GUMBO_TAG_OL && qstrcmp(n, "reversed") == 0) {
            attribute(n, "reversed");
        } else if (el.tag == GUMBO_TAG_LI && qstrcmp(n, "value") == 0) {
            if (isNumber(v, false))
                attribute(n, v);
        } else if ((el.tag == GUMBO_TAG_BLOCKQUOTE || el.tag == GUMBO_TAG_Q || el.tag == GUMBO_TAG_DEL
                    || el.tag == GUMBO_TAG_INS)
                   && qstrcmp(n, "cite") == 0) {
            const QString url = UrlPolicy::filter(QString::fromUtf8(v), m_base, UrlPolicy::Use::Link);
            if (!url.isNull())
                attribute("cite", url);
        } else if ((el.tag == GUMBO_TAG_TIME || el.tag == GUMBO_TAG_DEL || el.tag == GUMBO_TAG_INS)
                   && qstrcmp(n, "datetime") == 0) {
            attribute(n, v);
        } else if ((el.tag == GUMBO_TAG_ABBR || el.tag == GUMBO_TAG_ACRONYM) && qstrcmp(n, "title") == 0) {
            attribute(n, v);
        }
    }
    if (el.tag == GUMBO_TAG_A)
        m_out.append(" rel=\"noopener noreferrer\""); // the page opened must not reach back to us
    m_out.append(isVoid(el.tag) ? " />" : ">");
    if (el.tag == GUMBO_TAG_PRE && el.children.length > 0) {
        // The parser drops a newline right after <pre>; keep one that was really there.
        const auto *first = static_cast<const GumboNode *>(el.children.data[0]);
        if ((first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE)
            && first->v.text.text[0] == '\n')
            m_out.append('\n');
    }
}

void Writer::close(const GumboNode *node)
{
    const GumboTag tag = node->v.element.tag;
    if (isVoid(tag))
        return;
    m_out.append("</");
    m_out.append(gumbo_normalized_tagname(tag));
    m_out.append('>');
}

QString Writer::run(const GumboNode *root)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
        bool emitted;
    };
    QList<Frame> stack;
    stack.reserve(32);
    int linkDepth = 0;
    stack.append({root, 0, false});
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        const GumboVector &children = f.node->v.element.children;
        if (f.next >= children.length) {
            if (f.emitted) {
                close(f.node);
                if (f.node->v.element.tag == GUMBO_TAG_A)
                    --linkDepth;
            }
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text(child->v.text.text, linkDepth > 0);
            break;
        case GUMBO_NODE_ELEMENT: {
            const GumboTag tag = child->v.element.tag;
            Action action = actionFor(child);
            if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HEAD)
                action = Action::Unwrap;
            if (tag == GUMBO_TAG_A && linkDepth > 0)
                action = Action::Unwrap; // nested links are not HTML; keep the outer one
            if (action == Action::Drop)
                break;
            const bool emit = action == Action::Keep && stack.size() < 512;
            if (emit) {
                open(child);
                if (tag == GUMBO_TAG_A)
                    ++linkDepth;
            }
            stack.append({child, 0, emit});
            break;
        }
        default: // comments, templates, the document node: nothing to show
            break;
        }
    }
    return QString::fromUtf8(m_out);
}

} // namespace

QString sanitize(const QString &html, const QUrl &base)
{
    // Fast path: plain text needs no parser, only escaping.
    bool markup = false;
    for (QChar c : html) {
        const char16_t u = c.unicode();
        if (u == u'<' || u == u'&' || u == 0 || u == u'\r') {
            markup = true;
            break;
        }
    }
    if (!markup) {
        QString out = html;
        return out.replace(u'>', QStringLiteral("&gt;"));
    }
    const GumboFragment document(html);
    if (!document.root())
        return {};
    return Writer(base).run(document.root());
}

} // namespace HtmlSanitizer
