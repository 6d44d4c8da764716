// The tray icon's pieces that do not need a desktop tray: the unread badge and the grouped text.
#include "trayicon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeIsDrawnOnlyWithUnread()
    {
        const QIcon base(QStringLiteral(":/icons/khulasa.svg"));
        QVERIFY(!base.isNull());
        const QImage none = TrayIcon::iconWithCount(base, 0).pixmap(64, 64).toImage();
        const QImage some = TrayIcon::iconWithCount(base, 12).pixmap(64, 64).toImage();
        const QColor plain = none.pixelColor(46, 34);
        const QColor badge = some.pixelColor(46, 34); // inside the badge circle, away from its digits
        QVERIFY2(badge.red() > 180 && badge.green() < 90, qPrintable(badge.name()));
        QVERIFY(plain != badge);
    }

    void notificationGroupsFeeds()
    {
        const QString one = TrayIcon::notificationText({{QStringLiteral("BBC عربي"), 3}});
        QVERIFY2(one.contains(u'3') && one.contains(u"BBC عربي"), qPrintable(one));
        const QString many = TrayIcon::notificationText({{QStringLiteral("A"), 1}, {QStringLiteral("B"), 2},
                                                          {QStringLiteral("C"), 3}, {QStringLiteral("D"), 4},
                                                          {QStringLiteral("E"), 5}});
        QVERIFY2(many.contains(u"15"), qPrintable(many));
        QVERIFY(many.contains(u"A") && many.contains(u"B") && many.contains(u"C"));
        QVERIFY2(!many.contains(u"D") && !many.contains(u"E"), qPrintable(many)); // "and 2 more" instead
        QVERIFY(many.contains(u'2'));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
