#include "html/article/contentscorer.h"

#include "html/article/contenthints.h"

#include <algorithm>
#include <cmath>

namespace {

bool alwaysClutter(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_MATH: case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

bool isHidden(const PageNode &node)
{
    if (!PageTree::attribute(node, "hidden").isNull())
        return true;
    if (PageTree::attribute(node, "aria-hidden") == "true")
        return true;
    const QByteArray style = PageTree::attribute(node, "style").toByteArray().toLower().replace(' ', "");
    return style.contains("display:none") || style.contains("visibility:hidden");
}

int tagScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

bool isContainerOfRuns(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN
        || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_BODY;
}

bool endsSentence(const QString &text)
{
    // Latin and Arabic sentence ends: . ! ? ؟ ۔ and the ellipsis.
    static const QString ends = QStringLiteral(".!?\u061F\u06D4\u2026");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (ends.contains(text.at(i)) && (i + 1 == text.size() || text.at(i + 1).isSpace()))
            return true;
    }
    return false;
}

} // namespace

ContentScorer::ContentScorer(PageTree &tree, ScoringOptions options) : m_tree(tree), m_options(options) {}

int ContentScorer::classWeight(int index) const
{
    if (!m_options.weightClasses)
        return 0;
    const PageNode &node = m_tree.at(index);
    return ContentHints::weight(PageTree::attribute(node, "class"), PageTree::attribute(node, "id"));
}

QString ContentScorer::bylineText(int index) const
{
    // "By <span class=author>Name</span> · 2 hours ago": the innermost author element holds the name.
    int innermost = index;
    for (int i = index + 1; i < m_tree.size() && m_tree.isInside(i, index); ++i) {
        const PageNode &node = m_tree.at(i);
        if (!node.isText
            && ContentHints::isByline(ContentHints::nameOf(PageTree::attribute(node, "class"), PageTree::attribute(node, "id"))))
            innermost = i;
    }
    static const QStringList Prefixes = {QStringLiteral("by "), QStringLiteral("بقلم:"), QStringLiteral("بقلم"),
                                         QStringLiteral("كتب:"), QStringLiteral("كتبت:"), QStringLiteral("كتب "),
                                         QStringLiteral("كتبت ")};
    QString text = m_tree.textOf(innermost);
    for (const QString &prefix : Prefixes) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size()).trimmed();
            break;
        }
    }
    return text;
}

bool ContentScorer::isClutter(int index)
{
    const PageNode &node = m_tree.at(index);
    if (node.tag == GUMBO_TAG_HTML || node.tag == GUMBO_TAG_BODY)
        return false;
    if (alwaysClutter(node.tag) || PageTree::isUnknownElement(node.source, "dialog") || isHidden(node) || ContentHints::isUnlikelyRole(PageTree::attribute(node, "role")))
        return true;
    const QByteArray names =
        ContentHints::nameOf(PageTree::attribute(node, "class"), PageTree::attribute(node, "id"));
    if (names.size() <= 1)
        return false;
    const bool byline = ContentHints::isByline(names) || PageTree::attribute(node, "rel") == "author"
        || PageTree::attribute(node, "itemprop").contains("author");
    if (byline) {
        const QString text = m_tree.textOf(index);
        if (!text.isEmpty() && text.size() < 100) {
            if (m_byline.isEmpty())
                m_byline = bylineText(index);
            return true;
        }
    }
    if (ContentHints::isShareWidget(names) && node.tag != GUMBO_TAG_ARTICLE && m_tree.textOf(index).size() < 500)
        return true;
    if (!m_options.stripUnlikely || node.tag == GUMBO_TAG_A || node.tag == GUMBO_TAG_ARTICLE
        || node.tag == GUMBO_TAG_MAIN)
        return false;
    if (!ContentHints::isUnlikely(names) || ContentHints::isMaybeContent(names))
        return false;
    // What sits inside data tables and code is left alone: class names there mean other things.
    return !m_tree.isInsideDataTable(index) && m_tree.enclosing(index, GUMBO_TAG_CODE) < 0;
}

void ContentScorer::prune()
{
    // The array is in document order, so a parent is decided before its children.
    for (int i = 0; i < m_tree.size(); ++i) {
        PageNode &node = m_tree.at(i);
        if (node.parent >= 0 && m_tree.at(node.parent).removed) {
            node.removed = true;
            continue;
        }
        if (!node.isText && isClutter(i))
            m_tree.at(i).removed = true;
    }
}

void ContentScorer::initialise(int index)
{
    if (m_isCandidate[index])
        return;
    m_isCandidate[index] = true;
    m_score[index] = tagScore(m_tree.at(index).tag) + classWeight(index);
    m_candidates.append(index);
}

void ContentScorer::addParagraph(int firstAncestor, int length, int commas)
{
    if (length < 25)
        return;
    const double score = 1 + commas + std::min(length / 100, 3);
    int level = 0;
    for (int a = firstAncestor; a >= 0 && level < 5; a = m_tree.at(a).parent, ++level) {
        if (m_tree.at(a).tag == GUMBO_TAG_HTML)
            break;
        initialise(a);
        const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        m_score[a] += score / divider;
    }
}

void ContentScorer::scoreInlineRuns(int container)
{
    // Text written straight into a container between blocks, or between double <br>s (common in
    // Arabic CMSs), is a paragraph of the container itself, as Readability's <p> wrapping makes it.
    int length = 0, commas = 0;
    bool lastWasBreak = false;
    for (int c = m_tree.at(container).firstChild; c >= 0; c = m_tree.at(c).nextSibling) {
        const PageNode &child = m_tree.at(c);
        if (child.removed)
            continue;
        const bool isBreak = !child.isText && child.tag == GUMBO_TAG_BR;
        const bool isBlock = !child.isText && (child.hasBlock || PageTree::isBlockTag(child.tag));
        if (isBlock || (isBreak && lastWasBreak)) {
            addParagraph(container, length, commas);
            length = commas = 0;
            lastWasBreak = false;
            continue;
        }
        if (isBreak) {
            lastWasBreak = true;
            continue;
        }
        if (child.isText && child.textLength == 0)
            continue; // white space between two <br>s keeps them a pair
        lastWasBreak = false;
        length += child.textLength;
        commas += child.commas;
    }
    addParagraph(container, length, commas);
}

void ContentScorer::scoreParagraphs()
{
    for (int i = 0; i < m_tree.size(); ++i) {
        const PageNode &node = m_tree.at(i);
        if (node.removed || node.isText)
            continue;
        if (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_PRE || (node.tag == GUMBO_TAG_TD && !node.hasBlock)) {
            if (m_tree.enclosing(node.parent, GUMBO_TAG_P) < 0) // a <p> inside a <p> counts once
                addParagraph(node.parent, node.textLength, node.commas);
        } else if (isContainerOfRuns(node.tag)) {
            bool doubleBreak = false;
            for (int c = node.firstChild, previousBreak = 0; c >= 0 && !doubleBreak; c = m_tree.at(c).nextSibling) {
                const PageNode &child = m_tree.at(c);
                if (child.isText && child.textLength == 0)
                    continue;
                const bool isBreak = !child.isText && child.tag == GUMBO_TAG_BR;
                doubleBreak = isBreak && previousBreak;
                previousBreak = isBreak;
            }
            if (!node.hasBlock && !doubleBreak && node.tag != GUMBO_TAG_BODY)
                addParagraph(node.parent, node.textLength, node.commas); // a <div> that is a paragraph
            else
                scoreInlineRuns(i);
        }
    }
}

double ContentScorer::linkDensity(int index) const
{
    const PageNode &node = m_tree.at(index);
    return node.textLength > 0 ? double(node.linkLength) / node.textLength : 0.0;
}

int ContentScorer::topCandidate() const
{
    int top = -1;
    for (int c : m_candidates) {
        if (top < 0 || m_score[c] > m_score[top])
            top = c;
    }
    return top;
}

int ContentScorer::raiseForSplitArticle(int top) const
{
    // When several near-equal candidates share an ancestor, the article was split over them:
    // take the ancestor that holds at least three of them.
    QList<int> rivals;
    for (int c : m_candidates) {
        if (c != top && m_score[c] >= 0.75 * m_score[top])
            rivals.append(c);
    }
    std::sort(rivals.begin(), rivals.end(), [this](int a, int b) { return m_score[a] > m_score[b]; });
    if (rivals.size() > 4)
        rivals.resize(4);
    if (rivals.size() < 3)
        return top;
    for (int a = m_tree.at(top).parent; a >= 0 && m_tree.at(a).tag != GUMBO_TAG_BODY; a = m_tree.at(a).parent) {
        int holding = 0;
        for (int r : rivals)
            holding += m_tree.isInside(r, a) ? 1 : 0;
        if (holding >= 3)
            return a;
    }
    return top;
}

int ContentScorer::raiseToBetterParent(int top) const
{
    double lastScore = m_score[top];
    const double threshold = lastScore / 3;
    for (int a = m_tree.at(top).parent; a >= 0 && m_tree.at(a).tag != GUMBO_TAG_BODY; a = m_tree.at(a).parent) {
        if (!m_isCandidate[a])
            continue;
        if (m_score[a] < threshold)
            break;
        if (m_score[a] > lastScore) {
            top = a;
            break;
        }
        lastScore = m_score[a];
    }
    // An only child says nothing its parent does not: take the parent.
    for (int parent = m_tree.at(top).parent; parent >= 0 && m_tree.at(parent).tag != GUMBO_TAG_BODY;
         parent = m_tree.at(top).parent) {
        int elements = 0;
        for (int c = m_tree.at(parent).firstChild; c >= 0; c = m_tree.at(c).nextSibling)
            elements += (!m_tree.at(c).isText && !m_tree.at(c).removed) ? 1 : 0;
        if (elements != 1)
            break;
        top = parent;
    }
    return top;
}

bool ContentScorer::isParagraphLike(int index) const
{
    const PageNode &node = m_tree.at(index);
    return node.tag == GUMBO_TAG_P || (node.tag == GUMBO_TAG_DIV && !node.hasBlock);
}

QList<int> ContentScorer::withSiblings(int top) const
{
    const int parent = m_tree.at(top).parent;
    if (parent < 0 || m_tree.at(top).tag == GUMBO_TAG_BODY)
        return {top};
    const double topScore = m_isCandidate[top] ? m_score[top] : 0;
    const double threshold = std::max(10.0, topScore * 0.2);
    const QByteArrayView topClass = PageTree::attribute(m_tree.at(top), "class");
    QList<int> selected;
    for (int s = m_tree.at(parent).firstChild; s >= 0; s = m_tree.at(s).nextSibling) {
        const PageNode &sibling = m_tree.at(s);
        if (s == top) {
            selected.append(s);
            continue;
        }
        if (sibling.isText || sibling.removed)
            continue;
        double bonus = 0;
        if (!topClass.isEmpty() && PageTree::attribute(sibling, "class") == topClass)
            bonus = topScore * 0.2;
        if (m_isCandidate[s] && m_score[s] + bonus >= threshold) {
            selected.append(s);
        } else if (sibling.images > 0 && sibling.textLength < 300 && classWeight(s) >= 0
                   && !m_tree.contains(s, GUMBO_TAG_A)) {
            selected.append(s); // the article's own picture (and caption) set beside its text
        } else if (isParagraphLike(s)) {
            const double density = linkDensity(s);
            const int length = sibling.textLength;
            if (length > 80 && density < 0.25)
                selected.append(s);
            else if (length > 0 && length <= 80 && density == 0 && endsSentence(m_tree.textOf(s)))
                selected.append(s);
        }
    }
    return selected;
}

QList<int> ContentScorer::select()
{
    m_score.fill(0, m_tree.size());
    m_isCandidate.fill(false, m_tree.size());
    m_candidates.clear();
    m_byline.clear();
    prune();
    m_tree.measure();
    scoreParagraphs();
    for (int c : m_candidates)
        m_score[c] *= 1 - linkDensity(c);
    int top = topCandidate();
    if (top < 0)
        return {};
    top = raiseForSplitArticle(top);
    initialise(top);
    top = raiseToBetterParent(top);
    return withSiblings(top);
}
