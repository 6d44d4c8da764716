// Sentence segmentation for Arabic and English news prose, the first step of the summariser.
// Works on plain text in which every HTML block (paragraph, heading, list item, line break) is its own
// line, as HtmlText / SanitizedText produce it: a block always ends a sentence.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

struct Sentence
{
    QString text;      // trimmed, exactly as written
    int paragraph = 0; // index of the block (line) it came from, counting only non-empty blocks
    int indexInParagraph = 0;
};

namespace SentenceSplitter {
/** Splits `plainText` into sentences. Ends a sentence at . ! ? ؟ ؛ … (and runs of them) followed by
 *  space, taking any closing quotes or brackets along; keeps together abbreviations (Mr., Dr., U.S., e.g.,
 *  Inc., د. أ. م. before a name), initials (J. R. R. Tolkien), decimal numbers (3.5, ٣٫٥, 1,000.5),
 *  URLs and e-mail addresses. */
QList<Sentence> split(QStringView plainText);

/** The same for HTML (any HTML: parsed with gumbo; block elements end sentences). */
QList<Sentence> splitHtml(const QString &html);

/** Just the texts of split(). */
QStringList texts(const QList<Sentence> &sentences);
}
