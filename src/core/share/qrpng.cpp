#include "share/qrpng.h"

#include "share/qrmatrix.h"

#include <QSaveFile>

#include <png.h>

#include <csetjmp>
#include <vector>

namespace {
// libpng writes through these so that the bytes go to a QSaveFile (atomic) instead of a FILE*.
void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto *file = static_cast<QSaveFile *>(png_get_io_ptr(png));
    if (file->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        png_error(png, "write failed");
}

void flushBytes(png_structp) {}

/** Encodes the rows into `file`; false on any libpng error (reported through longjmp). */
bool encodePng(QSaveFile &file, const std::vector<std::vector<png_byte>> &rows, int side)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &file, writeBytes, flushBytes);
    // 8-bit greyscale: every viewer and decoder reads it; zlib shrinks the flat areas to little.
    png_set_IHDR(png, info, png_uint_32(side), png_uint_32(side), 8, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (const auto &row : rows)
        png_write_row(png, row.data());
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return true;
}
} // namespace

Status QrPng::write(const QrMatrix &matrix, const QString &path, int modulePixels)
{
    modulePixels = qBound(1, modulePixels, 64);
    const int modules = matrix.size() + 2 * QrMatrix::kQuietZone;
    const int side = modules * modulePixels;
    std::vector<std::vector<png_byte>> rows(size_t(side), std::vector<png_byte>(size_t(side), 0xFF));
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.isDark(x, y))
                continue;
            const int left = (x + QrMatrix::kQuietZone) * modulePixels;
            const int top = (y + QrMatrix::kQuietZone) * modulePixels;
            for (int py = top; py < top + modulePixels; ++py)
                std::fill_n(rows[size_t(py)].begin() + left, modulePixels, png_byte(0));
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!encodePng(file, rows, side)) {
        file.cancelWriting();
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}
