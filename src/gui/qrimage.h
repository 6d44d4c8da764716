// QR codes as images for the screen and the clipboard, drawn from the core's QrMatrix.
#pragma once

#include <QByteArray>
#include <QImage>

class QrMatrix;

namespace QrImage {
/** Black modules on white with the standard quiet zone, `modulePixels` pixels a module. */
QImage render(const QrMatrix &matrix, int modulePixels);
/** The code of `data`, at least `minSide` pixels wide (whole pixels per module so the edges stay
 *  sharp); a null image when the data does not fit in a QR code. */
QImage forData(const QByteArray &data, int minSide = 264);
/** The code of `data` as large as fits in `maxSide` pixels, with at least 2 pixels a module. */
QImage fitting(const QByteArray &data, int maxSide);
}
