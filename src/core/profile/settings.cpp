#include "profile/settings.h"

#include "profile/profile.h"

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRefreshAtStart = QStringLiteral("refresh/atStart");
const QString kInterval = QStringLiteral("refresh/intervalMinutes");
const QString kStallTimeout = QStringLiteral("refresh/stallTimeoutSeconds");
const QString kFirstRunDone = QStringLiteral("profile/firstRunDone");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
}

Settings::Settings(const Profile &profile)
    : m_settings(profile.settingsPath(), QSettings::IniFormat)
{
}

QString Settings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return (code == u"ar" || code == u"en") ? code : QString();
}

void Settings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }

bool Settings::refreshAtStart() const { return m_settings.value(kRefreshAtStart, true).toBool(); }
void Settings::setRefreshAtStart(bool on) { m_settings.setValue(kRefreshAtStart, on); }

bool Settings::firstRunDone() const { return m_settings.value(kFirstRunDone, false).toBool(); }
void Settings::setFirstRunDone(bool done) { m_settings.setValue(kFirstRunDone, done); }

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(u"window/splitter-" + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"window/splitter-" + name, state);
}

int Settings::fetchStallTimeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(kStallTimeout, 30).toInt(&ok);
    return ok && seconds >= 1 && seconds <= 600 ? seconds : 30;
}

int Settings::refreshIntervalMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kInterval, 30).toInt(&ok);
    return ok && minutes >= 5 && minutes <= 7 * 24 * 60 ? minutes : 30;
}

void Settings::setRefreshIntervalMinutes(int minutes) { m_settings.setValue(kInterval, qBound(5, minutes, 7 * 24 * 60)); }
