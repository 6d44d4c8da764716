// The profile's settings file, read and written through named accessors so that every key,
// its type and its default live in one place. Unreadable values fall back to the defaults.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

class Profile;

class Settings final
{
public:
    explicit Settings(const Profile &profile);

    /** "" follows the system; otherwise a language code such as "ar" or "en". */
    QString language() const;
    void setLanguage(const QString &code);

    bool refreshAtStart() const;
    void setRefreshAtStart(bool on);

    /** Whether first-run content (welcome article, default subscriptions) was already added. */
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    /** Minutes between two refreshes of a feed that sets no interval of its own. */
    int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);

    /** Stall timeout for downloads, seconds. */
    int fetchStallTimeoutSeconds() const;

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};
