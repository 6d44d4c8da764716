// `khulasa --render FILE --entry N --screenshot OUT.png` as a separate process, the way reviewers and
// the external hostile-content run use it: exit codes and messages, a broken but recoverable feed,
// both offscreen and under Xvfb, and every hostile entry against a canary server (nothing but images).
#include "ipc/singleinstance.h"
#include "localhttpserver.h"
#include "profile/profile.h"
#include "readertesting.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString errors;
};

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class TestRenderCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_canary;
    QString m_articles;
    QString m_hostile;

    /** Runs the built binary with a throw-away profile; the event loop keeps serving the canary meanwhile. */
    Run khulasa(QStringList arguments)
    {
        const QString program = QStringLiteral(KHULASA_BUILD_DIR "/khulasa");
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        arguments.prepend(m_dir.filePath(QStringLiteral("profile")));
        arguments.prepend(QStringLiteral("--profile"));
        process.start(program, arguments);
        if (!process.waitForStarted(10000))
            return {};
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
            process.kill();
            process.waitForFinished(5000);
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList renderArguments(const QString &file, int entry, const QString &out) const
    {
        return {QStringLiteral("--render"), file, QStringLiteral("--entry"), QString::number(entry), QStringLiteral("--screenshot"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_canary.listen());
        const QByteArray png = pngBytes();
        for (const char *path : {"/allowed/img.png", "/allowed/srcset.png", "/allowed/srcset2.png", "/allowed/picture.png",
                                 "/allowed/picture-img.png", "/allowed/inline-bg.png"})
            m_canary.route(path, HttpResponse{200, "image/png", png, {}});
        m_articles = m_dir.filePath(QStringLiteral("articles.xml"));
        m_hostile = m_dir.filePath(QStringLiteral("hostile.xml"));
        QVERIFY(ReaderTesting::writeFixture(QStringLiteral("articles.xml"), m_articles));
        QVERIFY(ReaderTesting::writeFixture(QStringLiteral("hostile.xml"), m_hostile, m_canary.authority().prepend("http://")));
    }

    void rendersAnEntryToPng()
    {
        const QString out = m_dir.filePath(QStringLiteral("out/ar.png"));
        QStringList arguments = renderArguments(m_articles, 0, out);
        arguments << QStringLiteral("--theme") << QStringLiteral("sepia") << QStringLiteral("--width") << QStringLiteral("700")
                  << QStringLiteral("--lang") << QStringLiteral("ar");
        const Run run = khulasa(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 700);
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(0xf4, 0xec, 0xd8));
    }

    void recoverableFeedStillRenders()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.xml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // An undefined entity, an unclosed element and no closing tags at the end.
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>مكسور &nbsp;</title>"
                   "<item><title>خبر عاجل&hellip;</title><link>https://broken.example/1</link>"
                   "<description>&lt;p&gt;نص الخبر &lt;b&gt;بلا إغلاق</description><category>x</item>");
        file.close();
        const Run run = khulasa(renderArguments(broken, 0, m_dir.filePath(QStringLiteral("out/broken.png"))));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("out/broken.png"))).isNull());
    }

    void entryOutOfRangeFails()
    {
        const Run run = khulasa(renderArguments(m_articles, 3, m_dir.filePath(QStringLiteral("out/none.png"))));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.errors.contains(u"Entry 3 does not exist") && run.errors.contains(u"3 entries"), qPrintable(run.errors));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out/none.png"))));
        const Run negative = khulasa(renderArguments(m_articles, -1, m_dir.filePath(QStringLiteral("out/none.png"))));
        QVERIFY(negative.exitCode != 0);
    }

    void unreadableFileFails()
    {
        const Run missing = khulasa(renderArguments(m_dir.filePath(QStringLiteral("missing.xml")), 0, m_dir.filePath(QStringLiteral("out/x.png"))));
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.errors.contains(u"Cannot read"), qPrintable(missing.errors));
        const QString text = m_dir.filePath(QStringLiteral("not-a-feed.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some words, not a feed");
        file.close();
        const Run notFeed = khulasa(renderArguments(text, 0, m_dir.filePath(QStringLiteral("out/x.png"))));
        QVERIFY(notFeed.exitCode != 0);
        QVERIFY2(notFeed.errors.contains(u"not a feed"), qPrintable(notFeed.errors));
        QStringList badTheme = renderArguments(m_articles, 0, m_dir.filePath(QStringLiteral("out/x.png")));
        badTheme << QStringLiteral("--theme") << QStringLiteral("neon");
        QVERIFY(khulasa(badTheme).exitCode != 0);
    }

    void rendersWhileTheAppRunsOnTheSameProfile()
    {
        // A running app owns the profile's single-instance socket; a render must not hand over to it.
        const auto profile = Profile::inFolder(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile);
        SingleInstance running(profile->databasePath());
        QVERIFY(running.listen());
        QSignalSpy handedOver(&running, &SingleInstance::argumentsReceived);
        const QString out = m_dir.filePath(QStringLiteral("out/while-running.png"));
        const Run run = khulasa(renderArguments(m_articles, 0, out));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(!QImage(out).isNull());
        QCOMPARE(handedOver.count(), 0);
    }

    void worksUnderXvfb()
    {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            QSKIP("xvfb-run is not installed");
        qputenv("QT_QPA_PLATFORM", "xcb");
        const QString out = m_dir.filePath(QStringLiteral("out/xvfb.png"));
        QProcess process;
        QStringList full = {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(KHULASA_BUILD_DIR "/khulasa"),
                            QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile"))};
        full += renderArguments(m_articles, 1, out);
        process.start(xvfbRun, full);
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000));
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(!QImage(out).isNull());
    }

    void hostileEntriesLoadNothingButImages()
    {
        m_canary.clearRecords();
        int entry = 0;
        for (;; ++entry) {
            const Run run = khulasa(renderArguments(m_hostile, entry, m_dir.filePath(QStringLiteral("out/hostile-%1.png").arg(entry))));
            if (run.errors.contains(u"does not exist"))
                break;
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("entry %1: %2").arg(entry).arg(run.errors)));
            QTest::qWait(100);
        }
        QVERIFY(entry >= 12);
        QList<QByteArray> forbidden;
        for (const HttpRequestRecord &request : m_canary.requests()) {
            if (!request.path.startsWith("/allowed/"))
                forbidden.append(request.path);
        }
        QVERIFY2(forbidden.isEmpty(), forbidden.join(' ').constData());
        QVERIFY2(m_canary.requestCount("/allowed/img.png") == 1, "the canary must be reachable for the test to mean anything");
    }
};

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
