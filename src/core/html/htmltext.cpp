#include "html/htmltext.h"

#include "html/guardedparse.h"
#include "html/gumbofragment.h"

#include <QList>

namespace HtmlText {

void TextFolder::text(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        // Layout white space folds; no-break, em, en and thin spaces are meant, keep them.
        if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\r' || u == u'\f' || u == 0x85 || u == 0x2028
            || u == 0x2029) {
            m_pendingSpace = true;
            continue;
        }
        if (m_pendingBreak && !m_out.isEmpty())
            m_out.append(u'\n');
        else if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out.append(u' ');
        m_pendingBreak = m_pendingSpace = false;
        m_out.append(c);
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

namespace {

bool isInvisible(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE
        || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_NOSCRIPT
        || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_OBJECT
        || tag == GUMBO_TAG_IFRAME;
}

} // namespace

QString toPlainText(const QString &html)
{
    TextFolder folder;
    if (!html.contains(u'<') && !html.contains(u'&')) {
        folder.text(html);
        return folder.take();
    }
    const GumboFragment document(html);
    if (!document.root())
        return GuardedParse::textWithoutMarkup(html.toUtf8()); // the parser gave up on it
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack;
    stack.append({document.root(), 0});
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        const GumboVector &children = f.node->v.element.children;
        if (f.next >= children.length) {
            if (isBlock(f.node->v.element.tag))
                folder.blockBreak();
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
            || child->type == GUMBO_NODE_CDATA) {
            folder.text(QString::fromUtf8(child->v.text.text));
        } else if (child->type == GUMBO_NODE_ELEMENT && !isInvisible(child->v.element.tag)) {
            if (isBlock(child->v.element.tag))
                folder.blockBreak();
            stack.append({child, 0});
        }
    }
    return folder.take();
}

} // namespace HtmlText
