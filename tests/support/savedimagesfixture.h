// An article page's images served on 127.0.0.1 for the saving tests (core, CLI, GUI): two real
// raster images (PNG, JPEG), an "image" that is really an HTML page, a 404 and one over the size cap,
// plus sanitised article content that shows all of them (src, a srcset, an inline-style url(), a
// duplicate).
#pragma once

#include "html/htmlsanitizer.h"
#include "localhttpserver.h"

#include <QFile>
#include <QString>

namespace SavedImagesFixture {

inline QByteArray imageFile(const char *name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/images/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray png() { return imageFile("gradient.png"); }
inline QByteArray jpeg() { return imageFile("plasma.jpg"); }

/** Routes the images: /img/photo.png, /img/large.jpg (the srcset's chosen candidate), /img/back.png
 *  (an inline style's background), /img/fake.png (HTML), /img/missing.png (404), /img/huge.png (11 MB). */
inline void serveImages(LocalHttpServer &server)
{
    server.route("/img/photo.png", HttpResponse{200, "image/png", png(), {}});
    server.route("/img/large.jpg", HttpResponse{200, "image/jpeg", jpeg(), {}});
    server.route("/img/back.png", HttpResponse{200, "application/octet-stream", png(), {}});
    // A login wall that claims to be an image.
    server.route("/img/fake.png", HttpResponse{200, "image/png", "<!DOCTYPE html><html><body>Sign in</body></html>", {}});
    server.route("/img/missing.png", HttpResponse{404, "text/html", "<html><body>Not found</body></html>", {}});
    QByteArray huge = png();
    huge.append(QByteArray(11 * 1024 * 1024, 'x')); // a PNG signature, but past the 10 MB cap
    server.route("/img/huge.png", HttpResponse{200, "image/png", huge, {}});
}

/** Sanitised content showing every served image, the way the store keeps an entry. */
inline QString content(const LocalHttpServer &server)
{
    auto url = [&](const char *path) { return server.url(QString::fromLatin1(path)).toString(); };
    const QString html =
        u"<p>صورة من الموقع قبل الفقرة الأولى.</p>"
        u"<figure><img src=\"" + url("/img/photo.png") + u"\" alt=\"photo\" width=\"40\" height=\"30\">"
        u"<figcaption>Photo</figcaption></figure>"
        u"<p><img src=\"" + url("/img/small.jpg") + u"\" srcset=\"" + url("/img/small.jpg") + u" 300w, "
        + url("/img/large.jpg") + u" 1200w, " + url("/img/giant.jpg") + u" 4000w\" alt=\"plasma\"></p>"
        u"<p style=\"background-image: url('" + url("/img/back.png") + u"')\">With a background.</p>"
        u"<p><img src=\"" + url("/img/fake.png") + u"\" alt=\"fake\"></p>"
        u"<p><img src=\"" + url("/img/missing.png") + u"\" alt=\"missing\"></p>"
        u"<p><img src=\"" + url("/img/huge.png") + u"\" alt=\"huge\"></p>"
        u"<p>The same photo again: <img src=\"" + url("/img/photo.png") + u"\" alt=\"again\"></p>";
    return HtmlSanitizer::sanitize(html, server.url(QStringLiteral("/")));
}

} // namespace SavedImagesFixture
