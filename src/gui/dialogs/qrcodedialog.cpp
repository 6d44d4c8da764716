#include "dialogs/qrcodedialog.h"

#include "qrimage.h"
#include "text/textdirection.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

QrCodeDialog::QrCodeDialog(const QString &text, const QString &caption, QWidget *parent)
    : QDialog(parent), m_image(QrImage::forData(text.toUtf8(), 320))
{
    setObjectName(QStringLiteral("qrCodeDialog"));
    setWindowTitle(tr("Scan the Code"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Scan this code with your phone's camera to open the article there."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *code = new QLabel(this);
    code->setObjectName(QStringLiteral("qrCode"));
    code->setAlignment(Qt::AlignCenter);
    code->setPixmap(QPixmap::fromImage(m_image));
    code->setAccessibleName(tr("QR code of %1").arg(text));
    layout->addWidget(code);
    auto *title = new QLabel(caption, this);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    title->setLayoutDirection(TextDirection::isRightToLeft(caption) ? Qt::RightToLeft : Qt::LeftToRight);
    layout->addWidget(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Image"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save Image…"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyQrButton"));
    save->setObjectName(QStringLiteral("saveQrButton"));
    copy->setEnabled(!m_image.isNull());
    save->setEnabled(!m_image.isNull());
    connect(copy, &QPushButton::clicked, this, &QrCodeDialog::copyImage);
    connect(save, &QPushButton::clicked, this, &QrCodeDialog::saveImage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void QrCodeDialog::copyImage()
{
    QApplication::clipboard()->setImage(m_image);
}

bool QrCodeDialog::saveImageAs(QWidget *parent, const QImage &image)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Image"), QStringLiteral("khulasa-qr.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    if (!image.save(path, "PNG")) {
        QMessageBox::warning(parent, tr("Save Image"), tr("Cannot write %1.").arg(path));
        return false;
    }
    return true;
}
