#include "share/qrmatrix.h"

#include <qrencode.h>

#include <memory>

std::optional<QrMatrix> QrMatrix::encode(const QByteArray &data)
{
    if (data.isEmpty() || data.contains('\0'))
        return std::nullopt; // libqrencode reads a C string
    // Byte mode keeps UTF-8 as it is (case-sensitive); version 0 lets libqrencode pick the smallest.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    const int size = code->width;
    QByteArray modules(qsizetype(size) * size, '\0');
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 1); // bit 0 is the module's colour; the others are metadata
    return QrMatrix(size, modules);
}
