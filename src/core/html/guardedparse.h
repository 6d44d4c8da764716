// gumbo_parse_with_options, except that a failed assertion inside the parser becomes a failed parse.
// Debian builds gumbo 0.10.1 (no longer maintained upstream) with its assertions on, and a few
// hostile inputs trip them, e.g. "<table><svg><select><title><select><tr>": abort() would take the
// whole app or CLI down with one bad feed entry or web page. There is no other maintained HTML5
// parser for C or C++ in Debian 12, so the parser is kept and its assertion is caught instead.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

namespace GuardedParse {
/** The parse, or nullptr when gumbo gave up on the input (its partial tree is leaked, not freed:
 *  it may be inconsistent). */
GumboOutput *parse(const GumboOptions &options, const char *data, size_t size);

/** The text of HTML that could not be parsed, everything between < and > taken for a space: what is
 *  left to show of an input the parser refused. */
QString textWithoutMarkup(QByteArrayView utf8);
} // namespace GuardedParse
