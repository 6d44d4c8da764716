// A quick look at how deeply a page nests its elements, before the HTML5 parser sees it. Parsing
// time grows with the square of the nesting depth (every new element checks the stack of open
// ones), so 8 MB of "<div>" would keep a worker busy for hours. Real pages nest a few dozen levels.
#pragma once

#include <QByteArrayView>

namespace NestingGuard {
/** Pages whose estimated depth exceeds this are refused. */
constexpr int MaxDepth = 3000;

/** Estimated depth of open elements: start tags minus end tags, not counting void elements, elements
 *  whose end tag is optional (p, li, td…), self-closed tags and the content of script, style and
 *  comments. Never lower than the depth an HTML5 parser builds for balanced markup. */
int estimatedDepth(QByteArrayView html, int stopAbove = MaxDepth);
}
