// Removes what a reader never sees from a page before the HTML5 parser reads it: scripts (but not
// JSON-LD, which holds the article's metadata), style sheets, inline SVG and comments. On real news
// pages these are half the bytes or more, and gumbo spends as long on a byte of script as on a
// byte of text, so this halves the parse.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace InertContent {
QByteArray strip(QByteArrayView html);
}
