// Spares the HTML parser what a reader never sees, in one pass over the bytes before it runs: the
// contents of scripts (but not JSON-LD, which holds an article's metadata), style sheets, inline SVG
// and comments are removed, their tags kept. On real news pages that is half the bytes or more, and
// gumbo spends as long on a byte of script as on a byte of text.
//
// The pass follows the HTML5 tokenizer (see HtmlScan) so that the parser builds the same tree from
// the result, only without the removed contents: the same elements, attributes and text everywhere
// else. Where it cannot be sure of that without building the tree (MathML, SVG holding HTML, a
// <select> holding more than options, framesets) it stops removing and copies the rest as it is.
//
// On the way it estimates how deeply the page nests its elements: parsing time grows with the square
// of the depth (every new element checks the stack of open ones), so 8 MB of "<div>" would keep a
// worker busy for hours, while real pages nest a few dozen levels. Such pages are refused (article
// extraction) or flattened (feed entries, whose text must survive).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace InertContent {

/** Pages nested deeper than this are not worth parsing. */
constexpr int MaxDepth = 3000;

enum class JsonLd { Keep, Remove };

struct Options
{
    JsonLd jsonLd = JsonLd::Keep;
    /** Past this estimated depth the pass stops and `html` is incomplete: a page to refuse. */
    int stopAboveDepth = MaxDepth;
    /** Past this depth the tags of further elements are dropped and their content kept, so that
     *  text nested absurdly deep is still read, flat (-1: never). */
    int flattenBeyondDepth = -1;
};

struct Stripped
{
    QByteArray html;
    /** Estimated depth of open elements in the page as written: start tags minus the end tags that
     *  can close one of them, not counting void elements, elements whose end tag is optional (p, li,
     *  td…) and self-closed foreign elements. Never lower than the depth an HTML5 parser builds for
     *  balanced markup. */
    int depth = 0;
};

Stripped strip(QByteArrayView html, const Options &options = {});

/** The depth `strip` would report, for HTML that is parsed as it is. */
int estimatedDepth(QByteArrayView html, int stopAboveDepth = MaxDepth);

} // namespace InertContent
