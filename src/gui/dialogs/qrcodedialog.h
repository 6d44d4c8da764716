// Shows a QR code big enough to scan from the screen, with Copy Image and Save Image (PNG).
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

class QrCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeDialog)

public:
    /** The code holds `text` (an address); `caption` (the article's title) is shown under it. */
    QrCodeDialog(const QString &text, const QString &caption, QWidget *parent = nullptr);

    QImage image() const { return m_image; }
    void copyImage();
    /** Asks for a file name and writes the PNG; returns false when cancelled or failed. */
    bool saveImage() { return saveImageAs(this, m_image); }
    /** The same for any code image (the contact panel's "Save image"). */
    static bool saveImageAs(QWidget *parent, const QImage &image);

private:
    QImage m_image;
};
