#define ZX_USE_UTF8 1
#include "qrdecode.h"

#include "share/qrmatrix.h"

#include <ZXing/ReadBarcode.h>
#include <png.h>

#include <cstring>
#include <vector>

namespace {
QString decode(const std::vector<uint8_t> &grey, int width, int height)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode({grey.data(), width, height, ZXing::ImageFormat::Lum}, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}
} // namespace

namespace QrDecode {

QString fromMatrix(const QrMatrix &matrix)
{
    constexpr int pixels = 4;
    const int side = (matrix.size() + 2 * QrMatrix::kQuietZone) * pixels;
    std::vector<uint8_t> grey(size_t(side) * side, 0xFF);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int mx = x / pixels - QrMatrix::kQuietZone;
            const int my = y / pixels - QrMatrix::kQuietZone;
            if (mx >= 0 && my >= 0 && mx < matrix.size() && my < matrix.size() && matrix.isDark(mx, my))
                grey[size_t(y) * side + x] = 0;
        }
    }
    return decode(grey, side, side);
}

QString fromPng(const QString &path, int *side)
{
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.toLocal8Bit().constData()))
        return {};
    image.format = PNG_FORMAT_GRAY;
    std::vector<uint8_t> grey(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, grey.data(), 0, nullptr)) {
        png_image_free(&image);
        return {};
    }
    if (side)
        *side = int(image.width);
    return decode(grey, int(image.width), int(image.height));
}
}
