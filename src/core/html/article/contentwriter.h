// Writes the chosen part of a page as sanitised HTML, through the same SanitizerWriter (whitelist,
// URL policy, CSS filter) as every feed entry. On the way it drops what Readability's clean-up
// drops (link-heavy lists and boxes, form remnants, empty paragraphs, the headline repeated above
// the text) and restores lazily loaded images (data-src, data-srcset, <noscript> fallbacks).
#pragma once

#include "html/article/pagetree.h"
#include "html/htmltext.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct WrittenContent
{
    QByteArray html;
    QString text;            // the plain text of `html`, as HtmlText::toPlainText would read it
    int textLength = 0;      // characters of text written
    int linkLength = 0;      // of which inside links
    int longParagraphs = 0;  // paragraphs of 140 characters or more
    int linkedHeadings = 0;  // headings that are links: the mark of a list of teasers
};

class ContentWriter final
{
public:
    ContentWriter(const PageTree &tree, const QUrl &base, const QString &title, bool cleanConditionally);

    WrittenContent write(const QList<int> &roots);

private:
    bool shouldDrop(int index) const;
    bool isClutterBox(int index) const;
    void writeSubtree(int root);
    void writeNoscriptImages(int index);
    bool writeImage(const GumboNode *img, const GumboNode *picture);

    const PageTree &m_tree;
    const QUrl m_base;
    const QString m_titleKey;
    const bool m_cleanConditionally;
    WrittenContent m_result;
    HtmlText::TextFolder m_text;
    int m_lastImage = -1; // the last <img> node written with a real source
};
