#include "windowhost.h"

#include "dialogs/settingsdialog.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "profile/settings.h"
#include "trayicon.h"

#include <QApplication>
#include <QTimer>

WindowHost::WindowHost(QApplication &app, Parts parts) : m_app(app), m_parts(std::move(parts)) { build(); }

WindowHost::~WindowHost()
{
    m_tray.reset(); // before the window it watches
    m_window.reset();
}

void WindowHost::build()
{
    m_window = std::make_unique<MainWindow>(m_parts.store, m_parts.refresher, m_parts.settings);
    m_window->setCredentialStore(m_parts.credentials);
    m_window->setCacheFolder(m_parts.cacheFolder);
    if (m_parts.sync)
        m_window->setSyncRunner(m_parts.sync);
    m_tray = std::make_unique<TrayIcon>(*m_window, m_parts.store, m_parts.refresher, m_parts.settings);
    if (m_parts.scheduledRefresh)
        m_window->startScheduledRefresh(m_parts.settings.refreshIntervalMinutes());
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, [this](const QString &language) {
        // Later, not inside the signal: the settings dialog that sent it belongs to the old window.
        QTimer::singleShot(0, this, [this, language] { rebuildIn(language); });
    });
}

void WindowHost::rebuildIn(const QString &language)
{
    const std::optional<Article> current = m_window->currentArticle();
    const bool wasVisible = m_window->isVisible();
    m_window->saveLayout();
    m_tray.reset();
    m_window.reset();
    LanguageSetup::apply(m_app, language, m_parts.settings.arabicIndicDigits());
    build();
    if (wasVisible)
        m_window->show();
    if (current)
        m_window->selectArticle(current->id);
    m_window->showSettings(int(SettingsDialog::Page::Language));
    Q_EMIT windowRebuilt(m_window.get());
}
