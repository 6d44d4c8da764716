// The forms of Google Reader API item ids and the title quirk, against values worked out by hand
// (0x0000000000000e6f = 3695; FreshRSS's 16-digit decimal ids are microsecond times).
#include "sync/greaderids.h"

#include <QTest>

class TestGReaderIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString prefix = QStringLiteral("tag:google.com,2005:reader/item/");
        QTest::newRow("decimal") << QStringLiteral("3695") << prefix + u"0000000000000e6f";
        QTest::newRow("long form") << prefix + u"0000000000000e6f" << prefix + u"0000000000000e6f";
        QTest::newRow("long form, upper case, unpadded") << prefix + u"E6F" << prefix + u"0000000000000e6f";
        QTest::newRow("16-digit decimal (FreshRSS)") << QStringLiteral("1700000000000001") << prefix + u"00060a24181e4001";
        QTest::newRow("negative decimal (signed 64 bits)") << QStringLiteral("-1") << prefix + u"ffffffffffffffff";
        QTest::newRow("short hex") << QStringLiteral("0000000000000e6f") << prefix + u"0000000000000e6f";
        QTest::newRow("bare hex with letters") << QStringLiteral("e6f") << prefix + u"0000000000000e6f";
        QTest::newRow("garbage") << QStringLiteral("item-12") << QString();
        QTest::newRow("too long") << prefix + u"10000000000000000" << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void longForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(GReaderIds::toLongForm(input), expected);
    }

    void decimal()
    {
        QCOMPARE(GReaderIds::toDecimal(u"tag:google.com,2005:reader/item/0000000000000e6f"), QStringLiteral("3695"));
        QCOMPARE(GReaderIds::toDecimal(u"3695"), QString());
    }

    void fullWidthTitles()
    {
        QCOMPARE(GReaderIds::restoreTitle(QStringLiteral("A \uFF06 B \uFF1C C \uFF1E D")), QStringLiteral("A & B < C > D"));
        QCOMPARE(GReaderIds::restoreTitle(QStringLiteral("عنوان عربي")), QStringLiteral("عنوان عربي"));
    }
};

QTEST_GUILESS_MAIN(TestGReaderIds)
#include "tst_greaderids.moc"
