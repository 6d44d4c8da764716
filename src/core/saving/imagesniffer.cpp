#include "saving/imagesniffer.h"

namespace ImageSniffer {

QString rasterMimeType(const QByteArray &bytes)
{
    // Signatures from the WHATWG MIME Sniffing standard, "matching an image type pattern".
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (bytes.size() >= 14 && bytes.startsWith("BM"))
        return QStringLiteral("image/bmp");
    // ISO-BMFF: a box size, "ftyp", then the major brand.
    if (bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp" && (bytes.mid(8, 4) == "avif" || bytes.mid(8, 4) == "avis"))
        return QStringLiteral("image/avif");
    return {};
}

QString extensionFor(const QString &mimeType)
{
    if (mimeType == u"image/jpeg")
        return QStringLiteral("jpg");
    const qsizetype slash = mimeType.indexOf(u'/');
    return slash >= 0 ? mimeType.mid(slash + 1) : QStringLiteral("img");
}

} // namespace ImageSniffer
