// Plain text from HTML (for titles, search, reading time and direction detection).
#pragma once

#include <QString>

#include <gumbo.h>

namespace HtmlText {
/** Elements after and before which the text breaks onto a new line. */
bool isBlock(GumboTag tag);

/** Folds runs of white space to one space and block breaks to one newline, trimming each line.
 *  No-break and other typographic spaces are content (French and Arabic typography rely on them).
 *  Public so that a writer of HTML can build the same plain text as it goes, without a re-parse. */
class TextFolder
{
public:
    void text(QStringView s);
    void blockBreak() { m_pendingBreak = true; }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

/** Visible text of an HTML fragment, entities decoded, blocks separated by newlines,
 *  runs of white space folded. */
QString toPlainText(const QString &html);
}
