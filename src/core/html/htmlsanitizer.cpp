#include "html/htmlsanitizer.h"

#include "html/guardedparse.h"
#include "html/gumbofragment.h"
#include "html/inertcontent.h"
#include "html/sanitizerwriter.h"
#include "html/simplemarkup.h"

#include <QList>
#include <QVarLengthArray>
#include <cstring>
#include <limits>

namespace HtmlSanitizer {
namespace {

using Action = SanitizerWriter::Action;

constexpr int MaxWrittenDepth = 512; // elements nested deeper are written as their content alone

Action actionFor(const GumboNode *node)
{
    const GumboElement &el = node->v.element;
    if (el.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Action::Drop; // svg and math can carry script and foreign parsing rules
    return SanitizerWriter::actionFor(el.tag);
}

void openElement(SanitizerWriter &writer, const GumboElement &el)
{
    writer.open(el);
    if (el.tag == GUMBO_TAG_PRE && el.children.length > 0) {
        // The parser drops a newline right after <pre>; keep one that was really there.
        const auto *first = static_cast<const GumboNode *>(el.children.data[0]);
        if ((first->type == GUMBO_NODE_TEXT || first->type == GUMBO_NODE_WHITESPACE)
            && first->v.text.text[0] == '\n')
            writer.out().append('\n');
    }
}

void writeTree(SanitizerWriter &writer, const GumboNode *root)
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
                writer.close(f.node->v.element.tag);
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
            writer.text(QByteArrayView(child->v.text.text, qsizetype(std::strlen(child->v.text.text))),
                        linkDepth > 0);
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
            const bool emit = action == Action::Keep && stack.size() < MaxWrittenDepth;
            if (emit) {
                openElement(writer, child->v.element);
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
}

} // namespace

void sanitizeWithParser(QByteArrayView html, const QUrl &base, QByteArray &out)
{
    // Scripts, styles, SVG and comments are dropped by the writer anyway: spare the parser their
    // contents. And flatten absurd nesting, which costs the parser time with the square of its depth,
    // a little under the depth past which the writer keeps only text anyway.
    InertContent::Options options;
    options.jsonLd = InertContent::JsonLd::Remove;
    options.stopAboveDepth = std::numeric_limits<int>::max();
    options.flattenBeyondDepth = MaxWrittenDepth - 12;
    const QByteArray prepared = InertContent::strip(html, options).html;
    const GumboFragment document(prepared, GumboFragment::Scope::BodyContent);
    if (!document.root()) { // the parser gave up: keep the entry's words, as text
        const QString text = GuardedParse::textWithoutMarkup(html);
        if (!text.isEmpty())
            out += "<p>" + text.toHtmlEscaped().toUtf8() + "</p>";
        return;
    }
    SanitizerWriter writer(base, out);
    writeTree(writer, document.root());
}

void sanitizeUtf8(QByteArrayView html, const QUrl &base, QByteArray &out)
{
    const qsizetype mark = out.size();
    if (SimpleMarkup::sanitize(html, base, out))
        return;
    out.truncate(mark); // the fast path gave up part way: start again with the real parser
    sanitizeWithParser(html, base, out);
}

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
    const QByteArray utf8 = html.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 8);
    sanitizeUtf8(utf8, base, out);
    return QString::fromUtf8(out);
}

} // namespace HtmlSanitizer
