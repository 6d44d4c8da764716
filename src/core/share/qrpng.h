// Writes a QR matrix as a PNG file with libpng, so the command-line tool can save a code without
// linking Qt Gui. Black modules on white, the standard quiet zone, square pixels per module.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

class QrMatrix;

class QrPng final
{
    Q_DECLARE_TR_FUNCTIONS(QrPng)

public:
    /** Pixels per module: 8 keeps a 1-inch code legible to phone cameras from paper or a screen. */
    static constexpr int kDefaultModulePixels = 8;

    /** Writes `matrix` to `path` atomically (a half-written file never replaces a good one). */
    static Status write(const QrMatrix &matrix, const QString &path, int modulePixels = kDefaultModulePixels);
};
