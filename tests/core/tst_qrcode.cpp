// QR round trip: encode with libqrencode (QrMatrix), decode with ZXing-cpp, compare — from the
// matrix and from the PNG file QrPng writes without Qt Gui.
#include "qrdecode.h"
#include "share/qrmatrix.h"
#include "share/qrpng.h"
#include "share/sharelinks.h"

#include <QTemporaryDir>
#include <QTest>

class TestQrCode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("article url") << QByteArray("https://wakala.example/a/1?id=7&lang=ar");
        QTest::newRow("whatsapp chat link") << ShareLinks::whatsApp(QStringLiteral("966501234567"), QStringLiteral("مرحبا 👋 أهلاً! كيف يمكننا مساعدتك؟"))
                                                   .toEncoded();
        QTest::newRow("arabic url as utf-8") << QStringLiteral("https://أخبار.example/مقال/١").toUtf8();
        QTest::newRow("long") << QByteArray("https://news.example/") + QByteArray(400, 'a');
    }

    void matrixRoundTrip()
    {
        QFETCH(QByteArray, data);
        const auto matrix = QrMatrix::encode(data);
        QVERIFY(matrix);
        QVERIFY(matrix->size() >= 21);
        QCOMPARE((matrix->size() - 17) % 4, 0); // a real QR version: 21, 25, 29, …
        QCOMPARE(QrDecode::fromMatrix(*matrix), QString::fromUtf8(data));
    }

    void tooMuchOrNothingIsRefused()
    {
        QVERIFY(!QrMatrix::encode({}));
        QVERIFY(!QrMatrix::encode(QByteArray(5000, 'x')));
    }

    void pngRoundTripWithoutQtGui()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        const QByteArray url = "https://wakala.example/%D8%AE%D8%A8%D8%B1/2?utm=khulasa#top";
        const auto matrix = QrMatrix::encode(url);
        QVERIFY(matrix);
        const Status written = QrPng::write(*matrix, path);
        QVERIFY2(written, qPrintable(written.error()));
        int side = 0;
        QCOMPARE(QrDecode::fromPng(path, &side), QString::fromLatin1(url));
        // Quiet zone of four modules on each side, eight pixels a module.
        QCOMPARE(side, (matrix->size() + 2 * QrMatrix::kQuietZone) * QrPng::kDefaultModulePixels);
    }

    void unwritablePathFailsPlainly()
    {
        const auto matrix = QrMatrix::encode("https://a.example/");
        const Status written = QrPng::write(*matrix, QStringLiteral("/nonexistent-dir/khulasa/code.png"));
        QVERIFY(!written);
        QVERIFY(written.error().contains(QStringLiteral("/nonexistent-dir/khulasa/code.png")));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
