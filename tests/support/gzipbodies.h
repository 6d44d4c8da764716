// Compressed bodies for the test server: real gzip and zlib streams, and a decompression bomb.
// Link zlib (`z`) into tests that use these.
#pragma once

#include <QByteArray>

namespace TestBodies {
/** A real gzip stream (RFC 1952) of `data`. */
QByteArray gzip(const QByteArray &data);
/** A zlib stream (RFC 1950) of `data`: what Content-Encoding: deflate means. */
QByteArray deflate(const QByteArray &data);
/** A gzip stream of `size` zero bytes, built without holding them in memory (a decompression bomb). */
QByteArray gzipOfZeros(qint64 size);
}
