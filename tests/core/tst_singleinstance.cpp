// Single instance per profile over a real local socket: the second launch hands its arguments over,
// a different profile runs on its own, a stale socket from a crash does not block the next start.
#include "ipc/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
// handOver() blocks (as the second process would); run it on a thread so this one keeps serving.
bool handOverFromAnotherThread(const QString &key, const QStringList &arguments)
{
    bool taken = false;
    QThread *thread = QThread::create([&] { taken = SingleInstance(key).handOver(arguments); });
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    delete thread;
    return taken;
}
} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunchHandsOverArguments()
    {
        const QString key = QStringLiteral("/tmp/profile-a/khulasa.db-%1").arg(QCoreApplication::applicationPid());
        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        const QStringList arguments{QStringLiteral("feed:https://akhbar.example/rss"), QStringLiteral("--lang"), QStringLiteral("ar")};
        QVERIFY(handOverFromAnotherThread(key, arguments));
        QVERIFY(received.count() == 1 || received.wait(2000));
        QCOMPARE(received.first().first().toStringList(), arguments);
    }

    void otherProfilesRunSideBySide()
    {
        SingleInstance a(QStringLiteral("/tmp/profile-x/%1").arg(QCoreApplication::applicationPid()));
        SingleInstance b(QStringLiteral("/tmp/profile-y/%1").arg(QCoreApplication::applicationPid()));
        QVERIFY(a.serverName() != b.serverName());
        QVERIFY(a.listen());
        QVERIFY(!b.handOver({}, 300)); // nobody runs profile-y yet
        QVERIFY(b.listen());
    }

    void staleSocketIsReplaced()
    {
        const QString key = QStringLiteral("/tmp/profile-stale/%1").arg(QCoreApplication::applicationPid());
        SingleInstance instance(key);
        // A crashed instance leaves its socket file behind; a plain listen would fail with "address in use".
        QFile leftover(QDir::tempPath() + u'/' + instance.serverName());
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QLocalServer plain;
        QVERIFY(!plain.listen(instance.serverName()));
        QVERIFY(!instance.handOver({}, 300));
        QVERIFY(instance.listen());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
