// Tells a raster image by its first bytes, whatever the server's Content-Type claims: a page that
// answers an image address with HTML (a login wall, an error page) or an SVG (which can carry script)
// must never be kept as an image.
#pragma once

#include <QByteArray>
#include <QString>

namespace ImageSniffer {
/** "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp" or "image/avif"; empty for
 *  anything else (SVG included: it is a document, not a raster image). */
QString rasterMimeType(const QByteArray &bytes);
/** The usual file name extension of such a type ("png", "jpg", …). */
QString extensionFor(const QString &mimeType);
}
