// The settings dialog against a real profile: each control writes its setting to the profile's file
// (read back through a second Settings on the same file), and the window applies it at once — the
// article pane re-renders in the new theme and direction (checked in the DOM), the lists change density,
// the language choice asks for a rebuilt window, and clearing the cache keeps saved articles' images.
#include "mainwindowtestbase.h"
#include "readertesting.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "models/directionaltextdelegate.h"
#include "profile/firstrun.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace {

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // what a click on the entry sends
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TestSettingsDialog final : public MainWindowTestBase
{
    Q_OBJECT

private:
    SettingsDialog *m_dialog = nullptr;
    qint64 m_welcomeId = 0;

    template <typename T>
    T *control(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1StringView(name));
    }
    /** A fresh reader of the profile's settings file: what a restart would see. */
    Settings reread() const { return Settings(*m_profile); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openProfile());
        const auto populated = FirstRun::populate(*m_store, QStringLiteral("en"), false);
        QVERIFY(populated);
        m_welcomeId = populated->welcomeArticleId;
        QVERIFY(openWindow());
        m_window->setCacheFolder(m_profile->cacheDir());
        QVERIFY(showAndWait(m_welcomeId));
        m_window->showSettings();
        m_dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(m_dialog);
        QVERIFY(m_dialog->isVisible());
    }

    void themeChangesThePaneAtOnce()
    {
        QWebEnginePage *page = m_window->articlePane()->page();
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        choose(control<QComboBox>("themeCombo"), QStringLiteral("sepia"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("document.documentElement.className")).toString(), QStringLiteral("theme-sepia"));
        QCOMPARE(reread().readerTheme(), QStringLiteral("sepia"));
    }

    void defaultDirectionAppliesToAutomaticFeeds()
    {
        QWebEnginePage *page = m_window->articlePane()->page();
        const QString before = ReaderTesting::evaluate(page, QStringLiteral("document.querySelector('article').dir")).toString();
        const QString forced = before == u"rtl" ? QStringLiteral("ltr") : QStringLiteral("rtl");
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        choose(control<QComboBox>("directionCombo"), forced);
        QVERIFY(shown.wait(20000));
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("document.querySelector('article').dir")).toString(), forced);
        QCOMPARE(reread().defaultDirection(), forced);
        choose(control<QComboBox>("directionCombo"), QStringLiteral("auto"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(ReaderTesting::evaluate(page, QStringLiteral("document.querySelector('article').dir")).toString(), before);
    }

    void densityChangesRowHeights()
    {
        QTreeView *list = m_window->feedView();
        const QModelIndex first = list->model()->index(0, 0);
        choose(control<QComboBox>("densityCombo"), QStringLiteral("comfortable"));
        const int comfortable = list->visualRect(first).height();
        choose(control<QComboBox>("densityCombo"), QStringLiteral("compact"));
        QTRY_VERIFY(list->visualRect(first).height() < comfortable);
        QCOMPARE(reread().listDensity(), QStringLiteral("compact"));
    }

    void numbersAndTogglesRoundTrip()
    {
        control<QSpinBox>("intervalSpin")->setValue(45);
        control<QSpinBox>("concurrencySpin")->setValue(8);
        control<QSpinBox>("perHostSpin")->setValue(4);
        control<QSpinBox>("markReadSpin")->setValue(7);
        control<QSpinBox>("fontSizeSpin")->setValue(22);
        control<QCheckBox>("justifyCheck")->setChecked(true);
        control<QCheckBox>("closeToTrayCheck")->setChecked(true);
        control<QCheckBox>("refreshAtStartCheck")->setChecked(false);
        choose(control<QComboBox>("imagesCombo"), QStringLiteral("never"));
        control<QSpinBox>("readRetentionSpin")->setValue(30);
        control<QSpinBox>("unreadRetentionSpin")->setValue(0); // shown as "for ever"
        const Settings saved = reread();
        QCOMPARE(saved.readRetentionDays(), 30);
        QCOMPARE(saved.unreadRetentionDays(), 0);
        QCOMPARE(saved.refreshIntervalMinutes(), 45);
        QCOMPARE(saved.fetchConcurrency(), 8);
        QCOMPARE(saved.fetchPerHost(), 4);
        QCOMPARE(saved.markReadDelaySeconds(), 7);
        QCOMPARE(saved.readerFontSize(), 22);
        QVERIFY(saved.readerJustify());
        QVERIFY(saved.closeToTray());
        QVERIFY(!saved.refreshAtStart());
        QCOMPARE(saved.imagesPolicy(), Settings::ImagesPolicy::Never);
    }

    void spinBoxesRefuseOutOfRangeValues()
    {
        // The dialog's bounds are the settings' own: nothing it offers is refused later.
        QCOMPARE(control<QSpinBox>("intervalSpin")->minimum(), 5);
        QCOMPARE(control<QSpinBox>("perHostSpin")->maximum(), 32);
        control<QSpinBox>("concurrencySpin")->setValue(500);
        QCOMPARE(reread().fetchConcurrency(), 64);
    }

    void languageChoiceAsksForARebuild()
    {
        QSignalSpy rebuild(m_window.get(), &MainWindow::languageChangeRequested);
        choose(control<QComboBox>("languageCombo"), QStringLiteral("ar"));
        QCOMPARE(rebuild.size(), 1);
        QCOMPARE(rebuild.first().first().toString(), QStringLiteral("ar"));
        QCOMPARE(reread().language(), QStringLiteral("ar"));
        choose(control<QComboBox>("languageCombo"), QString());
        QCOMPARE(reread().language(), QString());
        // The digits change every number on screen: the window is rebuilt too.
        control<QCheckBox>("arabicDigitsCheck")->setChecked(false);
        QCOMPARE(rebuild.size(), 3);
        QVERIFY(!reread().arabicIndicDigits());
    }

    void clearingTheCacheKeepsSavedImages()
    {
        const QString cache = m_profile->cacheDir();
        writeFile(cache + QStringLiteral("/icon-1.png"), QByteArray(2048, 'x'));
        writeFile(cache + QStringLiteral("/pages/p.html"), QByteArray(1024, 'y'));
        writeFile(cache + QStringLiteral("/saved/7/image.jpg"), QByteArray(4096, 'z'));
        const auto feeds = m_store->feeds();
        QVERIFY(!feeds.isEmpty());
        QVERIFY(m_store->setFeedIcon(feeds.first().id, QStringLiteral("icon-1.png")));
        // Answer the confirmation as a user would.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box->button(QMessageBox::Yes)->click();
        });
        control<QPushButton>("clearCacheButton")->click();
        QVERIFY(!QFile::exists(cache + QStringLiteral("/icon-1.png")));
        QVERIFY(!QFile::exists(cache + QStringLiteral("/pages/p.html")));
        QVERIFY(QFile::exists(cache + QStringLiteral("/saved/7/image.jpg")));
        QVERIFY(m_store->feed(feeds.first().id)->iconFile.isEmpty());
    }

    void everyControlIsReachableByKeyboard()
    {
        // Each page's controls take focus from the keyboard and have a label naming them.
        for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
            if (!qobject_cast<QComboBox *>(widget) && !qobject_cast<QSpinBox *>(widget) && !qobject_cast<QCheckBox *>(widget))
                continue;
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
        }
        for (const char *name : {"themeCombo", "fontSizeSpin", "markReadSpin", "intervalSpin", "languageCombo"}) {
            QWidget *field = m_dialog->findChild<QWidget *>(QLatin1StringView(name));
            bool labelled = false;
            for (QLabel *label : m_dialog->findChildren<QLabel *>())
                labelled = labelled || label->buddy() == field;
            QVERIFY2(labelled, name);
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
