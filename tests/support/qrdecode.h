// Decodes QR codes with ZXing-cpp, a decoder independent of the libqrencode encoder Khulasa uses:
// from a module matrix drawn into a bitmap, or from a PNG file read back with libpng.
#pragma once

#include <QString>

class QrMatrix;

namespace QrDecode {
/** The text of the code drawn from `matrix` (4-pixel modules, quiet zone); empty when unreadable. */
QString fromMatrix(const QrMatrix &matrix);
/** The text of the code in the PNG at `path`; empty when unreadable. `size` gets the image's side. */
QString fromPng(const QString &path, int *side = nullptr);
}
