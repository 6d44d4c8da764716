// Where a user's data lives. One profile = khulasa.db + the settings file + cache/.
// Chosen by --profile DIR, else $KHULASA_PROFILE, else the XDG locations (QStandardPaths).
#pragma once

#include "util/result.h"

#include <QString>

class Profile final
{
public:
    /** Sets the application/organisation names that QStandardPaths and QSettings derive paths from. */
    static void applyApplicationIdentity();

    /** Resolves and creates the profile folders. `explicitDir` is the --profile value (may be empty). */
    static Result<Profile> resolve(const QString &explicitDir);

    /** A profile rooted in one folder: khulasa.db, settings.ini and cache/ side by side. */
    static Result<Profile> inFolder(const QString &dir);

    QString databasePath() const { return m_databasePath; }
    QString settingsPath() const { return m_settingsPath; }
    QString cacheDir() const { return m_cacheDir; }
    /** The folder given by --profile/KHULASA_PROFILE, empty for XDG profiles. */
    QString rootDir() const { return m_rootDir; }

private:
    Profile() = default;
    static Result<Profile> make(const QString &root, const QString &dataDir, const QString &configDir,
                                const QString &cacheDir);
    QString m_rootDir;
    QString m_databasePath;
    QString m_settingsPath;
    QString m_cacheDir;
};
