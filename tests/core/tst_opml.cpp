// OPML import and export: folders, tolerance of real-world files, idempotent import, round trip.
#include "opml/opmldocument.h"
#include "opml/opmlsubscriptions.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fixture()
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/opml/subscriptions.opml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestOpml final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void parsesFoldersAndAttributes()
    {
        const auto feeds = OpmlDocument::parse(fixture());
        QVERIFY2(feeds.ok(), qPrintable(feeds.error()));
        QCOMPARE(feeds->size(), 5);
        QCOMPARE(feeds->at(0).title, QStringLiteral("بي بي سي عربي"));
        QCOMPARE(feeds->at(0).folder, QStringLiteral("أخبار"));
        QCOMPARE(feeds->at(0).siteUrl, QStringLiteral("https://www.bbc.com/arabic"));
        QCOMPARE(feeds->at(1).url, QStringLiteral("https://wire.example/feed.xml")); // lower-case xmlurl
        QCOMPARE(feeds->at(1).folder, QStringLiteral("Regional"));                  // nearest folder
        QCOMPARE(feeds->at(2).title, QStringLiteral("Tech Log"));
        QCOMPARE(feeds->at(2).folder, QString());
    }

    void rejectsWhatIsNotOpml()
    {
        QVERIFY(!OpmlDocument::parse("<rss version=\"2.0\"><channel/></rss>").ok());
        QVERIFY(!OpmlDocument::parse("not xml at all").ok());
        QVERIFY(!OpmlDocument::parse("").ok());
        const QByteArray entities = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaa\">]><opml><body>"
                                    "<outline text=\"&a;\" xmlUrl=\"https://x.example/\"/></body></opml>";
        QVERIFY(!OpmlDocument::parse(entities).ok());
    }

    void importTwiceChangesNothing()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("import.db"))).value();
        const auto first = OpmlSubscriptions::import(*store, fixture());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->added, 3);
        QCOMPARE(first->alreadySubscribed, 1); // the duplicate inside the file
        QCOMPARE(first->rejected.size(), 1);   // javascript: is not a feed address
        const QList<Feed> feeds = store->feeds();
        QCOMPARE(feeds.size(), 3);
        QCOMPARE(store->folders().size(), 2);

        const auto second = OpmlSubscriptions::import(*store, fixture());
        QCOMPARE(second->added, 0);
        QCOMPARE(store->feeds().size(), 3);
        QCOMPARE(store->folders().size(), 2);
    }

    void exportRoundTrips()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("export.db"))).value();
        QVERIFY(OpmlSubscriptions::import(*store, fixture()).ok());
        const QByteArray exported = OpmlSubscriptions::exportAll(*store);
        QVERIFY(exported.contains("version=\"2.0\""));
        auto other = Store::open(m_dir.filePath(QStringLiteral("reimport.db"))).value();
        const auto reimported = OpmlSubscriptions::import(*other, exported);
        QCOMPARE(reimported->added, 3);
        QList<QPair<QString, QString>> original, copy;
        for (const Feed &f : store->feeds())
            original.append({f.url, f.folderName});
        for (const Feed &f : other->feeds())
            copy.append({f.url, f.folderName});
        std::sort(original.begin(), original.end());
        std::sort(copy.begin(), copy.end());
        QCOMPARE(copy, original);
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
