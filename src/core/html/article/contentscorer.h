// Finds the article in a page the way Mozilla's Readability does: clutter is pruned by tag, role,
// visibility and class/id names; every paragraph gives points (one, one per clause mark, one per
// hundred characters) to its parent, half to its grandparent and less further up; link-heavy
// containers lose points; the best container, moved up when the article is split over several
// blocks, is joined by the siblings that read like more of the same article.
#pragma once

#include "html/article/pagetree.h"

#include <QList>
#include <QString>

struct ScoringOptions
{
    bool stripUnlikely = true;  // drop elements whose class/id names say clutter
    bool weightClasses = true;  // let class/id names add or take points
};

class ContentScorer final
{
public:
    ContentScorer(PageTree &tree, ScoringOptions options);

    /** Prunes, scores and returns the article's top-level nodes in document order; empty when the
     *  page has no paragraph worth scoring. */
    QList<int> select();

    /** Text of the byline element found while pruning (it is removed from the article), or empty. */
    const QString &byline() const { return m_byline; }

private:
    void prune();
    bool isClutter(int index);
    QString bylineText(int index) const;
    void scoreParagraphs();
    void scoreInlineRuns(int container);
    void addParagraph(int firstAncestor, int length, int commas);
    void initialise(int index);
    int topCandidate() const;
    int raiseForSplitArticle(int top) const;
    int raiseToBetterParent(int top) const;
    QList<int> withSiblings(int top) const;
    double linkDensity(int index) const;
    bool isParagraphLike(int index) const;
    int classWeight(int index) const;

    PageTree &m_tree;
    ScoringOptions m_options;
    QList<double> m_score;      // per node
    QList<bool> m_isCandidate;  // per node
    QList<int> m_candidates;
    QString m_byline;
};
