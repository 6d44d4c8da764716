// Where things end in HTML, by the tokenizer rules of the HTML5 standard (13.2.5 "Tokenization"):
// tags with their quoted attribute values, comments, raw text and script data with its "<!--"
// escapes. For byte-level passes that must agree with the real parser about what is markup and
// what is text without building a tree (see InertContent). Positions are byte indexes.
#pragma once

#include <QByteArrayView>

namespace HtmlScan {

struct Tag
{
    QByteArrayView name;  // as written; compare case-insensitively
    qsizetype end = -1;   // just past the closing '>'; -1 when the input ends inside the tag (the parser drops it)
    bool closing = false; // "</name…>"
    bool selfClosing = false;
};

inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** The start or end tag at `lt`, which must be '<' followed by a letter, or "</" and a letter. */
Tag readTag(QByteArrayView html, qsizetype lt);

/** Just past the comment whose "<!--" is at `lt` ("-->", "--!>", or the abrupt "<!-->" and "<!--->");
 *  the input's size when it runs to the end. */
qsizetype commentEnd(QByteArrayView html, qsizetype lt);

/** Just past a doctype or bogus comment ("<!x…>", "<?…>", "</ …>") at `lt`: the next '>'. */
qsizetype declarationEnd(QByteArrayView html, qsizetype lt);

/** True when "</name" followed by white space, '/' or '>' is at `lt`: an end tag that ends raw text. */
bool isEndTagOf(QByteArrayView html, qsizetype lt, QByteArrayView name);

/** The '<' of the end tag that ends raw text or RCDATA of element `name` begun at `from` (style,
 *  title, textarea…), or the input's size. */
qsizetype rawTextEnd(QByteArrayView html, qsizetype from, QByteArrayView name);

/** The '<' of the "</script" that ends script data begun at `from`, or the input's size. Follows the
 *  escape states: inside "<!--" a "<script>" starts a part where "</script>" does not end the script. */
qsizetype scriptDataEnd(QByteArrayView html, qsizetype from);

} // namespace HtmlScan
