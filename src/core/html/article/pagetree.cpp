#include "html/article/pagetree.h"

#include <algorithm>
#include <cstring>

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

} // namespace

int measureText(QByteArrayView utf8, int *commas)
{
    int length = 0;
    bool inSpace = true; // leading white space does not count
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: part of a character already counted
        if (isSpace(c)) {
            if (!inSpace)
                ++length;
            inSpace = true;
            continue;
        }
        inSpace = false;
        ++length;
        if (!commas)
            continue;
        if (c == ',' || c == ';')
            ++*commas;
        else if (c == 0xD8 && i + 1 < n && (p[i + 1] == 0x8C || p[i + 1] == 0x9B)) // ، U+060C, ؛ U+061B
            ++*commas;
        else if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBC && p[i + 2] == 0x8C) // ， U+FF0C
            ++*commas;
    }
    return length;
}

PageTree::PageTree(const GumboNode *root, qsizetype htmlBytes)
{
    if (!root || root->type != GUMBO_NODE_ELEMENT)
        return;
    m_nodes.reserve(std::max<qsizetype>(1024, htmlBytes / 20));
    PageNode top;
    top.source = root;
    top.tag = root->v.element.tag;
    m_nodes.append(top);
    // Iterative pre-order copy; `lastChild` lets siblings be linked without a second pass.
    struct Frame
    {
        int index;
        unsigned next;
        int lastChild;
    };
    QList<Frame> stack{{0, 0, -1}};
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        const GumboVector &children = m_nodes[f.index].source->v.element.children;
        if (f.next >= children.length || m_nodes[f.index].depth >= MaxDepth) {
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
        PageNode node;
        node.source = child;
        node.parent = f.index;
        node.depth = m_nodes[f.index].depth + 1;
        if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
            node.tag = child->v.element.tag;
        } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
                   || child->type == GUMBO_NODE_CDATA) {
            node.isText = true;
        } else {
            continue; // comments and the like
        }
        const int index = int(m_nodes.size());
        m_nodes.append(node);
        if (f.lastChild < 0)
            m_nodes[f.index].firstChild = index;
        else
            m_nodes[f.lastChild].nextSibling = index;
        f.lastChild = index;
        if (!node.isText)
            stack.append({index, 0, -1}); // `f` may dangle after this append; not used again
    }
}

bool PageTree::isUnknownElement(const GumboNode *node, QByteArrayView name)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    // original_tag is the source text "<name attr…>"; compare the name after the '<'.
    const GumboStringPiece &raw = node->v.element.original_tag;
    if (raw.length < size_t(name.size()) + 2 || raw.data[0] != '<')
        return false;
    const QByteArrayView tag(raw.data + 1, name.size());
    const char after = raw.data[name.size() + 1];
    return tag.compare(name, Qt::CaseInsensitive) == 0
        && (after == '>' || after == ' ' || after == '/' || after == '\t' || after == '\n' || after == '\r');
}

bool PageTree::isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL: case GUMBO_TAG_DIV: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

namespace {

/** The node's own contribution to its counts; its children's are already summed in. */
void countElement(PageNode &node)
{
    switch (node.tag) {
    case GUMBO_TAG_A: node.linkLength = node.textLength; break;
    case GUMBO_TAG_P: ++node.paragraphs; break;
    case GUMBO_TAG_IMG: ++node.images; break;
    case GUMBO_TAG_LI: ++node.listItems; break;
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: ++node.inputs; break;
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_IFRAME: ++node.embeds; break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        node.headingLength = node.textLength;
        break;
    default: break;
    }
}

} // namespace

void PageTree::restoreAll()
{
    for (PageNode &node : m_nodes)
        node.removed = false;
}

void PageTree::measure()
{
    // Children always follow their parent in the array, so one backward pass sums bottom-up.
    for (PageNode &node : m_nodes) {
        node.textLength = node.linkLength = node.commas = 0;
        node.paragraphs = node.images = node.listItems = node.inputs = node.embeds = node.headingLength = 0;
        node.hasBlock = false;
    }
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        PageNode &node = m_nodes[i];
        if (node.removed)
            continue;
        if (node.isText) {
            node.textLength = measureText(text(node), &node.commas);
        } else {
            countElement(node);
        }
        if (node.parent < 0)
            continue;
        PageNode &parent = m_nodes[node.parent];
        // Adjacent text nodes each fold their own white space; one separating space is close enough.
        parent.textLength += node.textLength;
        parent.linkLength += node.linkLength;
        parent.commas += node.commas;
        parent.paragraphs += node.paragraphs;
        parent.images += node.images;
        parent.listItems += node.listItems;
        parent.inputs += node.inputs;
        parent.embeds += node.embeds;
        parent.headingLength += node.headingLength;
        if (node.hasBlock || (!node.isText && isBlockTag(node.tag)))
            parent.hasBlock = true;
    }
}

QByteArrayView PageTree::attribute(const PageNode &node, const char *name)
{
    if (node.isText || !node.source)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node.source->v.element.attributes, name);
    return a ? QByteArrayView(a->value, qsizetype(std::strlen(a->value))) : QByteArrayView();
}

QByteArrayView PageTree::text(const PageNode &node)
{
    const char *t = node.source->v.text.text;
    return QByteArrayView(t, qsizetype(std::strlen(t)));
}

QString PageTree::textOf(int index) const
{
    QByteArray utf8;
    // Pre-order through the subtree, using the sibling links; removed subtrees are skipped.
    int i = index;
    while (i >= 0) {
        const PageNode &node = m_nodes[i];
        if (!node.removed) {
            if (node.isText) {
                utf8.append(text(node));
            } else if (node.firstChild >= 0 && node.tag != GUMBO_TAG_SCRIPT && node.tag != GUMBO_TAG_STYLE) {
                if (isBlockTag(node.tag))
                    utf8.append(' ');
                i = node.firstChild;
                continue;
            }
        }
        // Next in pre-order: the sibling, or the sibling of the nearest ancestor below `index`.
        while (i >= 0 && i != index && m_nodes[i].nextSibling < 0)
            i = m_nodes[i].parent;
        if (i < 0 || i == index)
            break;
        i = m_nodes[i].nextSibling;
    }
    return QString::fromUtf8(utf8).simplified();
}

bool PageTree::isInside(int index, int ancestor) const
{
    for (int i = index; i >= 0; i = m_nodes[i].parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

int PageTree::enclosing(int index, GumboTag tag) const
{
    for (int i = index; i >= 0; i = m_nodes[i].parent) {
        if (!m_nodes[i].isText && m_nodes[i].tag == tag)
            return i;
    }
    return -1;
}

bool PageTree::contains(int index, GumboTag tag) const
{
    for (int i = index + 1; i < size() && m_nodes[i].depth > m_nodes[index].depth; ++i) {
        if (!m_nodes[i].isText && m_nodes[i].tag == tag)
            return true;
    }
    return false;
}

bool PageTree::isInsideDataTable(int index) const
{
    for (int t = enclosing(index, GUMBO_TAG_TABLE); t >= 0; t = enclosing(m_nodes[t].parent, GUMBO_TAG_TABLE)) {
        if (PageTree::attribute(m_nodes[t], "role") == "presentation")
            continue;
        if (contains(t, GUMBO_TAG_TH) || contains(t, GUMBO_TAG_CAPTION) || contains(t, GUMBO_TAG_THEAD))
            return true;
    }
    return false;
}
