// A QR code as a square of dark and light modules (libqrencode), free of any GUI type so the core,
// the CLI (PNG files) and the GUI (QImage) all draw the same code.
#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

class QrMatrix final
{
public:
    /** Encodes `data` in byte mode at error-correction level M (15 % damage tolerated), in the
     *  smallest version that fits; nothing when it does not fit in a QR code at all (~2.3 KB). */
    static std::optional<QrMatrix> encode(const QByteArray &data);

    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(qsizetype(y) * m_size + x) != 0; }

    /** The quiet zone the standard asks for around the code, in modules. */
    static constexpr int kQuietZone = 4;

private:
    QrMatrix(int size, QByteArray modules) : m_size(size), m_modules(std::move(modules)) {}
    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};
