#include "profile/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

void Profile::applyApplicationIdentity()
{
    // No organisation name: paths become ~/.local/share/khulasa, ~/.config/khulasa, ~/.cache/khulasa.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("khulasa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHULASA_VERSION));
}

Result<Profile> Profile::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return inFolder(explicitDir);
    const QString fromEnvironment = qEnvironmentVariable("KHULASA_PROFILE");
    if (!fromEnvironment.isEmpty())
        return inFolder(fromEnvironment);
    return make(QString(),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

Result<Profile> Profile::inFolder(const QString &dir)
{
    const QString root = QDir(dir).absolutePath();
    return make(root, root, root, root + u"/cache");
}

Result<Profile> Profile::make(const QString &root, const QString &dataDir, const QString &configDir,
                              const QString &cacheDir)
{
    for (const QString &path : {dataDir, configDir, cacheDir}) {
        if (path.isEmpty() || !QDir().mkpath(path))
            return Result<Profile>::failure(QCoreApplication::translate("Profile", "Cannot create the profile folder %1").arg(path));
    }
    Profile profile;
    profile.m_rootDir = root;
    profile.m_databasePath = dataDir + u"/khulasa.db";
    profile.m_settingsPath = configDir + u"/settings.ini";
    profile.m_cacheDir = cacheDir;
    return profile;
}
