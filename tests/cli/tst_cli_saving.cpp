// khulasa-cli save / unsave / export end to end: a feed whose entry shows images served on 127.0.0.1,
// the real binary and a real profile. save waits for the images and says what it kept (the refused
// ones on stderr), a second save fetches only what is missing, export writes one HTML file whose images
// are the kept bytes, and unsave removes them.
#include "clirun.h"
#include "localhttpserver.h"
#include "savedimagesfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestCliSaving final : public QObject
{
    Q_OBJECT

private:
    LocalHttpServer m_server;
    QTemporaryDir m_profile;
    QString m_id;

    CliRun run(QStringList arguments)
    {
        return runCli(QStringList{u"--profile"_s, m_profile.path()} + arguments);
    }

    QString folder() const { return m_profile.filePath(u"cache/saved/"_s + m_id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_server.listen());
        SavedImagesFixture::serveImages(m_server);
        const QByteArray feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>صور</title>"
                                "<link>" + m_server.url(u"/"_s).toEncoded() + "</link><item><title>خبر مصور</title>"
                                "<link>" + m_server.url(u"/story"_s).toEncoded() + "</link><guid>pictures-1</guid>"
                                "<description><![CDATA[" + SavedImagesFixture::content(m_server).toUtf8()
                                + "]]></description></item></channel></rss>";
        m_server.route("/feed.xml", HttpResponse{200, "application/rss+xml; charset=utf-8", feed, {}});
        const CliRun added = run({u"add"_s, m_server.url(u"/feed.xml"_s).toString()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonArray articles = QJsonDocument::fromJson(run({u"list"_s, u"articles"_s, u"--json"_s}).out).array();
        QCOMPARE(articles.size(), 1);
        m_id = QString::number(articles.first().toObject().value(u"id").toInteger());
    }

    void saveKeepsTheImagesAndListsTheRefusedOnes()
    {
        const CliRun saved = run({u"save"_s, m_id});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        QVERIFY2(saved.out.contains("3 of 6 images kept"), saved.out.constData());
        for (const char *path : {"/img/fake.png", "/img/missing.png", "/img/huge.png"})
            QVERIFY2(saved.err.contains(m_server.url(QString::fromLatin1(path)).toEncoded()), saved.err.constData());
        QVERIFY(saved.err.contains("404"));
        QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 3);
        const QJsonArray listed = QJsonDocument::fromJson(run({u"list"_s, u"articles"_s, u"--saved"_s, u"--json"_s}).out).array();
        QCOMPARE(listed.size(), 1);

        // Again: only the missing ones are asked for.
        m_server.clearRecords();
        QCOMPARE(run({u"save"_s, m_id}).exitCode, 0);
        QCOMPARE(m_server.requestCount("/img/photo.png"), 0);
        QCOMPARE(m_server.requestCount("/img/missing.png"), 1);
    }

    void exportWritesOneFileWithTheKeptBytes()
    {
        const QString out = m_profile.filePath(u"خبر.html"_s);
        const CliRun exported = run({u"export"_s, m_id, u"--out"_s, out});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"<title>خبر مصور</title>"_s));
        QVERIFY(html.contains(u"dir=\"rtl\""_s));
        static const QRegularExpression dataImage(u"<img [^>]*src=\"data:(image/[a-z]+);base64,([^\"]+)\""_s);
        int inlined = 0;
        for (auto it = dataImage.globalMatch(html); it.hasNext(); ++inlined) {
            const auto match = it.next();
            const QByteArray bytes = QByteArray::fromBase64(match.captured(2).toLatin1());
            QCOMPARE(bytes, match.captured(1) == u"image/jpeg" ? SavedImagesFixture::jpeg() : SavedImagesFixture::png());
        }
        QCOMPARE(inlined, 3); // photo.png twice, large.jpg; the refused ones keep their addresses
        QVERIFY(html.contains(m_server.url(u"/img/missing.png"_s).toString()));

        QCOMPARE(run({u"export"_s, m_id}).exitCode, 2);
        QCOMPARE(run({u"export"_s, u"999"_s, u"--out"_s, out}).exitCode, 1);
        QCOMPARE(run({u"export"_s, m_id, u"--out"_s, m_profile.filePath(u"no/such/folder/x.html"_s)}).exitCode, 1);
    }

    void unsaveRemovesTheKeptImages()
    {
        QVERIFY(QDir(folder()).exists());
        QCOMPARE(run({u"unsave"_s, m_id}).exitCode, 0);
        QVERIFY(!QDir(folder()).exists());
        QCOMPARE(QJsonDocument::fromJson(run({u"list"_s, u"articles"_s, u"--saved"_s, u"--json"_s}).out).array().size(), 0);
        const CliRun unknown = run({u"save"_s, u"999"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("999"));
    }
};

QTEST_GUILESS_MAIN(TestCliSaving)
#include "tst_cli_saving.moc"
