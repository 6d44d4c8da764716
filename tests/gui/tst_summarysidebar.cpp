// The summary sidebar: Hijri dates against conversions computed independently of QCalendar
// (the arithmetic Islamic calendar of Reingold & Dershowitz, "Calendrical Calculations": civil epoch
// 16 July 622 Julian; 1 Ramadan 1447 = 18 February 2026 also matches the announced start of Ramadan),
// the setting that hides them, and key points and the same story elsewhere from a real profile,
// computed off the UI thread.
#include "panels/summarysidebar.h"
#include "store/store.h"
#include "storyfixtures.h"
#include "story/storyindex.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstSummarySidebar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hijriDates_data()
    {
        QTest::addColumn<QDate>("gregorian");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("arabic");
        QTest::newRow("1 Ramadan 1447") << QDate(2026, 2, 18) << u"1 Ramadan 1447"_qs << u"١ رمضان ١٤٤٧"_qs;
        QTest::newRow("1 Muharram 1446") << QDate(2024, 7, 8) << u"1 Muharram 1446"_qs << u"١ محرم ١٤٤٦"_qs;
        QTest::newRow("1 Shawwal 1445") << QDate(2024, 4, 10) << u"1 Shawwal 1445"_qs << u"١ شوال ١٤٤٥"_qs;
        QTest::newRow("1 Muharram 1400") << QDate(1979, 11, 21) << u"1 Muharram 1400"_qs << u"١ محرم ١٤٠٠"_qs;
        QTest::newRow("29 Ramadan 1447") << QDate(2026, 3, 18) << u"29 Ramadan 1447"_qs << u"٢٩ رمضان ١٤٤٧"_qs;
    }
    void hijriDates()
    {
        QFETCH(QDate, gregorian);
        QFETCH(QString, english);
        QFETCH(QString, arabic);
        QCOMPARE(SummarySidebar::hijriDate(gregorian, QLocale(QLocale::English, QLocale::UnitedStates)), english);
        // An Arabic interface writes Arabic-Indic digits.
        QCOMPARE(SummarySidebar::hijriDate(gregorian, QLocale(QLocale::Arabic, QLocale::Egypt)), arabic);
    }

    void keyPointsAndSameStoryFromTheProfile()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("khulasa.db")));
        QVERIFY(opened);
        Store &store = **opened;
        QHash<QString, qint64> ids;
        for (const QString &name : {u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs, u"rates-other-bank"_qs,
                                    u"highway-agency"_qs}) {
            const auto feedId = store.addFeed(u"https://" + name + u".example/feed.xml", name + u" news");
            QVERIFY(feedId);
            Article article = StoryFixtures::article(name);
            article.author = QStringLiteral("Lina Haddad");
            article.published = QDateTime(QDate(2026, 2, 18), QTime(12, 0), Qt::UTC);
            QVERIFY(store.storeArticles(*feedId, {article}));
            ids.insert(name, store.articles(ArticleQuery{.feedId = *feedId}).first().id);
        }
        QVERIFY(StoryIndex(store).indexPending());

        SummarySidebar sidebar;
        sidebar.setDatabasePath(store.databasePath());
        sidebar.resize(320, 900);
        sidebar.show();
        const Article article = *store.article(ids.value(u"rates-paper"_qs));
        sidebar.showArticle(article, *store.feed(article.feedId));

        auto *keyPoints = sidebar.findChild<QLabel *>(QStringLiteral("keyPoints"));
        auto *sameStory = sidebar.findChild<QLabel *>(QStringLiteral("sameStory"));
        auto *related = sidebar.findChild<QLabel *>(QStringLiteral("relatedArticles"));
        QVERIFY(keyPoints && sameStory && related);
        const QString lead = article.text.section(u'\n', 0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(keyPoints->text().contains(lead.toHtmlEscaped()), 10000);
        QTRY_VERIFY(sameStory->text().contains(u"article:"));
        for (const QString &other : {u"rates-wire"_qs, u"rates-broadcaster"_qs})
            QVERIFY2(sameStory->text().contains(QStringLiteral("article:%1").arg(ids.value(other))), qPrintable(sameStory->text()));
        QVERIFY(!sameStory->text().contains(QStringLiteral("article:%1").arg(ids.value(u"highway-agency"_qs))));
        QVERIFY(sameStory->text().contains(u"rates-wire news")); // the other report's source
        // Cached in the store for the next time.
        QCOMPARE(store.cachedKeyPoints(article.id, article.contentHash).value_or(QStringList()).size(), 3);

        // A click on a story asks for that article.
        QSignalSpy requested(&sidebar, &SummarySidebar::articleRequested);
        Q_EMIT sameStory->linkActivated(QStringLiteral("article:%1").arg(ids.value(u"rates-wire"_qs)));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), ids.value(u"rates-wire"_qs));

        // The author and the Hijri date, and the setting that hides the latter.
        auto *hijri = sidebar.findChild<QLabel *>(QStringLiteral("hijriDate"));
        QVERIFY(hijri && hijri->isVisible());
        QVERIFY(hijri->text().contains(u"1447") || hijri->text().contains(u"١٤٤٧"));
        QSignalSpy hijriChanged(&sidebar, &SummarySidebar::showHijriChanged);
        sidebar.showHijriAction()->trigger();
        QCOMPARE(hijriChanged.size(), 1);
        QVERIFY(!hijri->isVisible());
        sidebar.showArticle(article, *store.feed(article.feedId));
        QVERIFY(!hijri->isVisible());
        bool authorShown = false;
        for (QLabel *label : sidebar.findChildren<QLabel *>())
            authorShown = authorShown || label->text().contains(u"Lina Haddad");
        QVERIFY(authorShown);
        sidebar.clear(); // a result still on its way must not land after a clear
        QTest::qWait(200);
        QVERIFY(!keyPoints->text().contains(lead.toHtmlEscaped()));
    }
};

QTEST_MAIN(TstSummarySidebar)
#include "tst_summarysidebar.moc"
