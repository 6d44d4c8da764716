// A flat, index-linked copy of one parsed HTML page (gumbo's document tree), with the text measures
// the content scorer needs on every element. Nodes point into the gumbo tree, which must outlive it.
// Walks are iterative and the depth is capped, so hostile nesting costs neither stack nor time.
#pragma once

#include <QByteArrayView>
#include <QList>

#include <gumbo.h>

struct PageNode
{
    const GumboNode *source = nullptr;
    GumboTag tag = GUMBO_TAG_UNKNOWN; // GUMBO_TAG_UNKNOWN for text nodes too
    bool isText = false;
    bool removed = false;  // dropped before scoring (navigation, hidden, clutter), with its subtree
    int parent = -1;
    int firstChild = -1;
    int nextSibling = -1;
    int depth = 0;
    // Measures of the visible text below the node, removed subtrees excluded (see PageTree::measure).
    int textLength = 0; // characters, runs of white space counted as one
    int linkLength = 0; // the part of textLength inside links
    int commas = 0;     // , ، ؛ and their kin: clause marks, Arabic and Latin alike
    bool hasBlock = false; // some element below it lays out as a block (so it is no paragraph itself)
    // Counts below the node (itself included) for the conditional clean-up of the article.
    int paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0, headingLength = 0;
};

class PageTree final
{
public:
    static constexpr int MaxDepth = 256;

    /** Copies the element and text nodes below `root` (usually gumbo's <html>). `htmlBytes`, the size
     *  of the parsed HTML, lets it make room for all of them at once (pages have a node per 20 to 35
     *  bytes), rather than copy a large page's nodes over and over as the list grows. */
    explicit PageTree(const GumboNode *root, qsizetype htmlBytes = 0);

    const PageNode &at(int index) const { return m_nodes[index]; }
    PageNode &at(int index) { return m_nodes[index]; }
    int size() const { return int(m_nodes.size()); }
    int root() const { return 0; }

    /** Makes every node visible again (before another extraction attempt). */
    void restoreAll();

    /** Recomputes every node's text measures, skipping removed subtrees. */
    void measure();

    /** The attribute's value, or an empty view. */
    static QByteArrayView attribute(const PageNode &node, const char *name);
    /** Text of a text node (decoded UTF-8). */
    static QByteArrayView text(const PageNode &node);
    /** The visible text below `index` as UTF-16, white space folded, removed subtrees skipped. */
    QString textOf(int index) const;

    /** True when `ancestor` is `index` or one of its ancestors. */
    bool isInside(int index, int ancestor) const;
    /** The nearest ancestor (or the node itself) with this tag, or -1. */
    int enclosing(int index, GumboTag tag) const;
    /** True when an ancestor (or the node) is a table of data (caption, header cells) rather than of
     *  layout: old news sites lay whole pages out in tables, and their class names still mean clutter. */
    bool isInsideDataTable(int index) const;
    /** True when the subtree holds an element with this tag. */
    bool contains(int index, GumboTag tag) const;

    static bool isBlockTag(GumboTag tag);
    /** True for an element gumbo does not know by tag (<picture>, <dialog>…) with this lower-case name. */
    static bool isUnknownElement(const GumboNode *node, QByteArrayView name);

private:
    QList<PageNode> m_nodes;
};

/** Characters in UTF-8 text with runs of white space counted once; `commas` gets the clause marks. */
int measureText(QByteArrayView utf8, int *commas);
