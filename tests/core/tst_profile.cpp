// Profile resolution: --profile beats KHULASA_PROFILE beats XDG; settings live in the profile.
#include "profile/profile.h"
#include "profile/settings.h"

#include <QTemporaryDir>
#include <QTest>

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Profile::applyApplicationIdentity(); }

    void explicitFolderHoldsEverything()
    {
        QTemporaryDir dir;
        const auto profile = Profile::resolve(dir.path() + u"/p");
        QVERIFY(profile.ok());
        QCOMPARE(profile->databasePath(), dir.path() + u"/p/khulasa.db");
        QCOMPARE(profile->settingsPath(), dir.path() + u"/p/settings.ini");
        QCOMPARE(profile->cacheDir(), dir.path() + u"/p/cache");
        QVERIFY(QFileInfo(profile->cacheDir()).isDir());
    }

    void environmentIsUsedWithoutOption()
    {
        QTemporaryDir dir;
        qputenv("KHULASA_PROFILE", dir.path().toUtf8());
        const auto fromEnvironment = Profile::resolve(QString());
        QTemporaryDir other;
        const auto explicitWins = Profile::resolve(other.path());
        qunsetenv("KHULASA_PROFILE");
        QVERIFY(fromEnvironment.ok());
        QCOMPARE(fromEnvironment->rootDir(), dir.path());
        QCOMPARE(explicitWins->rootDir(), other.path());
    }

    void xdgLocationsWithoutEither()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", (home.path() + u"/data").toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + u"/config").toUtf8());
        qputenv("XDG_CACHE_HOME", (home.path() + u"/cache").toUtf8());
        qunsetenv("KHULASA_PROFILE");
        const auto profile = Profile::resolve(QString());
        QVERIFY(profile.ok());
        QCOMPARE(profile->databasePath(), home.path() + u"/data/khulasa/khulasa.db");
        QCOMPARE(profile->settingsPath(), home.path() + u"/config/khulasa/settings.ini");
        QCOMPARE(profile->cacheDir(), home.path() + u"/cache/khulasa");
        QVERIFY(profile->rootDir().isEmpty());
    }

    void unwritableFolderIsReported()
    {
        const auto profile = Profile::resolve(QStringLiteral("/proc/khulasa-cannot-exist"));
        QVERIFY(!profile.ok());
        QVERIFY(profile.error().contains(u"/proc/khulasa-cannot-exist"));
    }

    void settingsRoundTripAndSaneDefaults()
    {
        QTemporaryDir dir;
        const auto profile = Profile::inFolder(dir.path());
        {
            Settings settings(*profile);
            QCOMPARE(settings.language(), QString());
            QCOMPARE(settings.refreshAtStart(), true);
            QCOMPARE(settings.fetchStallTimeoutSeconds(), 30);
            QCOMPARE(settings.showHijriDate(), true);
            QCOMPARE(settings.groupSameStory(), true);
            settings.setLanguage(QStringLiteral("ar"));
            settings.setRefreshAtStart(false);
            settings.setShowHijriDate(false);
            settings.setGroupSameStory(false);
        }
        Settings reopened(*profile);
        QCOMPARE(reopened.language(), QStringLiteral("ar"));
        QCOMPARE(reopened.refreshAtStart(), false);
        QCOMPARE(reopened.showHijriDate(), false);
        QCOMPARE(reopened.groupSameStory(), false);
        QVERIFY(QFileInfo::exists(profile->settingsPath()));
    }

    void garbageSettingsFallBackToDefaults()
    {
        QTemporaryDir dir;
        const auto profile = Profile::inFolder(dir.path());
        QFile file(profile->settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=klingon\n[refresh]\nstallTimeoutSeconds=-5\n\x01\x02garbage=\n");
        file.close();
        Settings settings(*profile);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.fetchStallTimeoutSeconds(), 30);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
