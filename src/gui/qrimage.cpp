#include "qrimage.h"

#include "share/qrmatrix.h"

#include <QPainter>

namespace QrImage {

QImage render(const QrMatrix &matrix, int modulePixels)
{
    const int side = (matrix.size() + 2 * QrMatrix::kQuietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y))
                painter.fillRect((x + QrMatrix::kQuietZone) * modulePixels, (y + QrMatrix::kQuietZone) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
        }
    }
    return image;
}

QImage forData(const QByteArray &data, int minSide)
{
    const auto matrix = QrMatrix::encode(data);
    if (!matrix)
        return {};
    const int modules = matrix->size() + 2 * QrMatrix::kQuietZone;
    const int modulePixels = qMax(3, (minSide + modules - 1) / modules);
    return render(*matrix, modulePixels);
}

QImage fitting(const QByteArray &data, int maxSide)
{
    const auto matrix = QrMatrix::encode(data);
    if (!matrix)
        return {};
    const int modules = matrix->size() + 2 * QrMatrix::kQuietZone;
    return render(*matrix, qMax(2, maxSide / modules));
}
}
