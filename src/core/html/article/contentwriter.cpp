#include "html/article/contentwriter.h"

#include "html/article/contenthints.h"
#include "html/article/pagemetadata.h"
#include "html/gumbofragment.h"
#include "html/sanitizerwriter.h"

#include <QVarLengthArray>
#include <optional>
#include <cstring>

namespace {

QByteArrayView attributeOf(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QByteArrayView(a->value, qsizetype(std::strlen(a->value))) : QByteArrayView();
}

/** Sources that only hold a place until a script swaps the real image in. */
bool isPlaceholder(QByteArrayView src)
{
    const QByteArray s = src.trimmed().toByteArray().toLower();
    if (s.isEmpty() || s.startsWith("data:"))
        return true;
    for (const char *word : {"placeholder", "blank.", "spacer", "lazy", "loading.", "pixel.", "1x1", "transparent.",
                             "grey.gif", "gray.gif", "empty."}) {
        if (s.contains(word))
            return true;
    }
    return false;
}

QByteArrayView firstOf(const GumboNode *node, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const QByteArrayView v = attributeOf(node, n);
        if (!v.trimmed().isEmpty())
            return v;
    }
    return {};
}

/** The first URL of a srcset list. */
QByteArrayView firstCandidate(QByteArrayView srcset)
{
    srcset = srcset.trimmed();
    qsizetype end = 0;
    while (end < srcset.size() && srcset[end] != ' ' && srcset[end] != ',')
        ++end;
    return srcset.first(end);
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

bool isConditionallyCleaned(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL
        || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_FIELDSET || tag == GUMBO_TAG_DL
        || tag == GUMBO_TAG_HEADER;
}

} // namespace

ContentWriter::ContentWriter(const PageTree &tree, const QUrl &base, const QString &title, bool cleanConditionally)
    : m_tree(tree), m_base(base), m_titleKey(PageMetadataReader::titleKey(title)), m_cleanConditionally(cleanConditionally)
{
}

bool ContentWriter::isClutterBox(int index) const
{
    // Readability's _cleanConditionally, with the clause marks of Arabic counted like commas.
    const PageNode &node = m_tree.at(index);
    // A data table (captions, header cells) and what it holds is content, whatever its link density.
    if (m_tree.isInsideDataTable(index) || m_tree.enclosing(node.parent, GUMBO_TAG_CODE) >= 0)
        return false;
    const int weight = ContentHints::weight(PageTree::attribute(node, "class"), PageTree::attribute(node, "id"));
    if (weight < 0)
        return true;
    if (node.commas >= 10)
        return false;
    const bool isList = node.tag == GUMBO_TAG_UL || node.tag == GUMBO_TAG_OL;
    const bool inFigure = m_tree.enclosing(index, GUMBO_TAG_FIGURE) >= 0;
    const int length = node.textLength;
    const double linkDensity = length > 0 ? double(node.linkLength) / length : 0.0;
    const double headingDensity = length > 0 ? double(node.headingLength) / length : 0.0;
    const int p = node.paragraphs;
    const int img = node.images;
    if (!inFigure && img > 1 && double(p) / img < 0.5)
        return true;
    if (!isList && node.listItems - 100 > p)
        return true;
    if (node.inputs > p / 3)
        return true;
    if (!isList && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && !inFigure)
        return true;
    if (!isList && weight < 25 && linkDensity > 0.2)
        return true;
    if (weight >= 25 && linkDensity > 0.5)
        return true;
    if (isList && linkDensity > 0.5)
        return true; // a list of links ("read also", "related"): navigation, not article text
    return false;
}

bool ContentWriter::shouldDrop(int index) const
{
    const PageNode &node = m_tree.at(index);
    if (isHeading(node.tag)) {
        const QString key = PageMetadataReader::titleKey(m_tree.textOf(index));
        if (key.isEmpty() || (!m_titleKey.isEmpty() && (key == m_titleKey || (node.tag == GUMBO_TAG_H1 && m_titleKey.contains(key)))))
            return true; // the headline is shown above the article already
        return ContentHints::weight(PageTree::attribute(node, "class"), PageTree::attribute(node, "id")) < 0;
    }
    if (node.tag == GUMBO_TAG_P && node.textLength == 0 && node.images == 0)
        return true;
    if (node.textLength < 20 && node.textLength > 0 && node.images == 0) {
        // Lone advertising labels ("Advertisement", "إعلان") left where an ad was.
        const QString text = m_tree.textOf(index).toLower();
        if (text == u"advertisement" || text == u"advertising" || text == u"ad" || text == u"إعلان"
            || text == u"اعلان" || text == u"مساحة إعلانية" || text == u"loading…" || text == u"loading...")
            return true;
    }
    return m_cleanConditionally && isConditionallyCleaned(node.tag) && isClutterBox(index);
}

bool ContentWriter::writeImage(const GumboNode *img, const GumboNode *picture)
{
    QByteArrayView src = attributeOf(img, "src");
    if (isPlaceholder(src))
        src = firstOf(img, {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
                            "data-full-src", "data-echo"});
    QByteArrayView srcset = firstOf(img, {"data-srcset", "data-lazy-srcset", "srcset"});
    if (srcset.isEmpty() && picture) {
        for (unsigned i = 0; i < picture->v.element.children.length && srcset.isEmpty(); ++i) {
            const auto *c = static_cast<const GumboNode *>(picture->v.element.children.data[i]);
            if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_SOURCE)
                srcset = firstOf(c, {"data-srcset", "srcset"});
        }
    }
    if (src.isEmpty())
        src = firstCandidate(srcset);
    if (src.isEmpty())
        return false;
    if (attributeOf(img, "width") == "1" || attributeOf(img, "height") == "1")
        return false; // tracking pixel
    QVarLengthArray<SanitizerWriter::Attribute, 8> attributes;
    attributes.append({"src", src});
    if (!srcset.isEmpty())
        attributes.append({"srcset", srcset});
    for (const char *name : {"alt", "title", "width", "height"}) {
        const QByteArrayView v = attributeOf(img, name);
        if (!v.isNull())
            attributes.append({name, v});
    }
    SanitizerWriter writer(m_base, m_result.html);
    writer.open(GUMBO_TAG_IMG, attributes.constData(), attributes.size());
    return true;
}

void ContentWriter::writeNoscriptImages(int index)
{
    // <noscript><img src=…></noscript> beside a lazy placeholder: the real image, for readers without
    // scripts. Skipped when the image before it was already written with a real source.
    const PageNode &node = m_tree.at(index);
    if (node.firstChild < 0)
        return;
    int previous = -1;
    for (int c = m_tree.at(node.parent).firstChild; c >= 0 && c != index; c = m_tree.at(c).nextSibling) {
        if (!m_tree.at(c).isText)
            previous = c;
    }
    if (previous >= 0 && previous == m_lastImage)
        return;
    // Depending on the parser's scripting mode the content is markup in a text node or elements.
    std::optional<GumboFragment> fragment;
    const GumboNode *top = node.source;
    if (m_tree.at(node.firstChild).isText) {
        const QByteArrayView markup = PageTree::text(m_tree.at(node.firstChild));
        if (!markup.contains("<img"))
            return;
        top = fragment.emplace(markup).root();
    }
    QList<const GumboNode *> stack{top};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (!n || n->type != GUMBO_NODE_ELEMENT)
            continue;
        if (n->v.element.tag == GUMBO_TAG_IMG) {
            writeImage(n, nullptr);
            continue;
        }
        for (unsigned i = n->v.element.children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(n->v.element.children.data[i - 1]));
    }
}

void ContentWriter::writeSubtree(int root)
{
    SanitizerWriter writer(m_base, m_result.html);
    struct Frame
    {
        int index;
        int next;    // the child to visit next
        bool emitted;
    };
    QList<Frame> stack;
    int linkDepth = 0;
    auto enter = [&](int index) {
        const PageNode &node = m_tree.at(index);
        if (node.isText) {
            writer.text(PageTree::text(node), linkDepth > 0);
            m_text.text(QString::fromUtf8(PageTree::text(node)));
            m_result.textLength += node.textLength;
            if (linkDepth > 0)
                m_result.linkLength += node.textLength;
            return;
        }
        if (node.removed) {
            if (node.tag == GUMBO_TAG_NOSCRIPT)
                writeNoscriptImages(index);
            return;
        }
        if (shouldDrop(index))
            return;
        if (node.tag == GUMBO_TAG_IMG) {
            const int parent = node.parent;
            const GumboNode *picture = parent >= 0 && PageTree::isUnknownElement(m_tree.at(parent).source, "picture")
                ? m_tree.at(parent).source : nullptr;
            if (writeImage(node.source, picture))
                m_lastImage = index;
            return;
        }
        if (isHeading(node.tag) && node.textLength > 0 && node.linkLength * 5 >= node.textLength * 4)
            ++m_result.linkedHeadings;
        if ((node.tag == GUMBO_TAG_P || (node.tag == GUMBO_TAG_DIV && !node.hasBlock))
            && node.textLength - node.linkLength >= 140)
            ++m_result.longParagraphs;
        SanitizerWriter::Action action = SanitizerWriter::actionFor(node.tag);
        if (node.source->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
            action = SanitizerWriter::Action::Drop;
        if (node.tag == GUMBO_TAG_HTML || node.tag == GUMBO_TAG_BODY)
            action = SanitizerWriter::Action::Unwrap;
        if (node.tag == GUMBO_TAG_A && linkDepth > 0)
            action = SanitizerWriter::Action::Unwrap;
        if (action == SanitizerWriter::Action::Drop)
            return;
        const bool emit = action == SanitizerWriter::Action::Keep;
        if (HtmlText::isBlock(node.tag))
            m_text.blockBreak();
        if (emit) {
            writer.open(node.source->v.element);
            if (node.tag == GUMBO_TAG_A)
                ++linkDepth;
        }
        stack.append({index, node.firstChild, emit});
    };
    enter(root);
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        if (f.next < 0) {
            const GumboTag tag = m_tree.at(f.index).tag;
            if (HtmlText::isBlock(tag))
                m_text.blockBreak();
            if (f.emitted) {
                writer.close(tag);
                if (tag == GUMBO_TAG_A)
                    --linkDepth;
            }
            stack.removeLast();
            continue;
        }
        const int child = f.next;
        f.next = m_tree.at(child).nextSibling;
        enter(child); // may append to `stack`: `f` is not used after this
    }
}

WrittenContent ContentWriter::write(const QList<int> &roots)
{
    m_result = {};
    m_lastImage = -1;
    m_text = {};
    for (int root : roots) {
        writeSubtree(root);
        m_text.blockBreak();
    }
    m_result.text = m_text.take();
    return m_result;
}
