// Choosing another language in the settings rebuilds the main window at once: the new window speaks
// and mirrors the new language, keeps the article that was open, reopens the settings on the Language
// page, and the old window is gone.
#include "mainwindowtestbase.h"

#include "dialogs/settingsdialog.h"
#include "languagesetup.h"
#include "profile/firstrun.h"
#include "windowhost.h"

#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QTabWidget>

class TestWindowHost final : public MainWindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void languageChangeRebuildsTheWindow()
    {
        auto &app = *static_cast<QApplication *>(QCoreApplication::instance());
        LanguageSetup::apply(app, QStringLiteral("en"));
        QVERIFY(openProfile());
        const auto populated = FirstRun::populate(*m_store, QStringLiteral("en"), false);
        QVERIFY(populated);
        WindowHost host(app, {*m_store, *m_refresher, *m_settings, nullptr, m_profile->cacheDir(), false});
        QPointer<MainWindow> english = host.window();
        english->show();
        QVERIFY(QTest::qWaitForWindowExposed(english));
        QVERIFY(english->selectArticle(populated->welcomeArticleId));
        QCOMPARE(english->layoutDirection(), Qt::LeftToRight);

        english->showSettings(int(SettingsDialog::Page::Appearance));
        auto *dialog = english->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int arabic = languages->findData(QStringLiteral("ar"));
        QVERIFY(arabic >= 0);
        QSignalSpy rebuilt(&host, &WindowHost::windowRebuilt);
        languages->setCurrentIndex(arabic);
        Q_EMIT languages->activated(arabic);
        QVERIFY(rebuilt.wait(10000));

        QTRY_VERIFY(english.isNull()); // the old window is gone
        MainWindow *window = host.window();
        QVERIFY(window->isVisible());
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->actions().refreshAll->text(), QStringLiteral("تحديث &الكل"));
        QVERIFY(window->currentArticle());
        QCOMPARE(window->currentArticle()->id, populated->welcomeArticleId);
        auto *reopened = window->findChild<SettingsDialog *>();
        QVERIFY(reopened && reopened->isVisible());
        QCOMPARE(reopened->findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex(),
                 int(SettingsDialog::Page::Language));
        QCOMPARE(Settings(*m_profile).language(), QStringLiteral("ar"));
        LanguageSetup::apply(app, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"
