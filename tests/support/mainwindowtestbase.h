// What every main-window test starts from: a temporary profile with its real store, settings and
// refresher, and a MainWindow built over them. Tests derive from it and keep their own cases.
#pragma once

#include "mainwindow.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class MainWindowTestBase : public QObject
{
protected:
    /** Creates the profile, opens its store and settings and builds a refresher; false on failure. */
    bool openProfile()
    {
        auto profile = Profile::inFolder(m_dir.path());
        if (!m_dir.isValid() || !profile)
            return false;
        m_profile = *profile;
        auto store = Store::open(m_profile->databasePath());
        if (!store)
            return false;
        m_store = std::move(store).value();
        m_settings = std::make_unique<Settings>(*m_profile);
        m_refresher = std::make_unique<Refresher>(m_store->databasePath(), &m_network, HttpLimits{});
        return true;
    }

    /** Builds and shows a new main window; false when it was not shown on screen. */
    bool openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_store, *m_refresher, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    /** Closes the window as a user would (its layout is saved) and destroys it. */
    void closeWindow()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
    }

    /** Selects the article and waits until the pane has shown it. */
    bool showAndWait(qint64 articleId, int timeoutMs = 20000)
    {
        if (m_window->currentArticle() && m_window->currentArticle()->id == articleId)
            return true;
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        return m_window->selectArticle(articleId) && shown.wait(timeoutMs);
    }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::optional<Profile> m_profile;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Refresher> m_refresher;
    std::unique_ptr<MainWindow> m_window;
};
