// The images a stored (sanitised) article shows, and the same HTML with some of them replaced by local
// copies. Images come from <img src>, one candidate of <img srcset> and url() in inline styles; the
// sanitiser drops <picture>/<source> and <video>, so nothing else can load an image. Both functions
// read the HTML with the HTML5 parser and splice attribute values in place, so the rest of the
// markup stays byte for byte what the sanitiser wrote.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ArticleImages {
/** Most images taken from one article: a page with more is a gallery, not an article. */
constexpr int MaxImages = 100;

/** The http(s) images `html` shows, each once, in document order; at most MaxImages. For an <img>
 *  with a srcset, its chosen candidate (see chooseFromSrcset) stands for the image. */
QStringList references(const QString &html);

/** `html` with every image found in `local` (original URL → replacement, e.g. a data: URI) replaced.
 *  An <img> whose chosen image is local loses its srcset, so the browser cannot pick another one. */
QString withLocalImages(const QString &html, const QHash<QString, QString> &local);

/** The srcset candidate worth keeping: the widest up to 1600 px ("w"), else the densest up to 2x
 *  ("x"), else the smallest one offered; empty when the list holds no candidate. */
QString chooseFromSrcset(const QString &srcset);
}
