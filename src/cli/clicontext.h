// What every command needs: the parsed global options, the profile, the store, and the way
// results and errors are written (JSON or text on stdout, messages on stderr).
#pragma once

#include "profile/profile.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>
#include <memory>
#include <optional>

class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    /** `arguments` are the words after the program name with global options removed. */
    CliContext(QString profileDir, QStringList arguments);

    const QStringList &arguments() const { return m_arguments; }

    /** Opens the profile and its store on first use; prints the reason and returns nullptr on failure. */
    Store *store();
    const Profile *profile();

    /** Removes and returns the first word that is not an option, or "" when there is none. */
    QString takeFirstArgument();
    /** Removes `--name VALUE` (or `--name=VALUE`) from the arguments; repeated options give every value. */
    QStringList takeOption(const QString &name);
    /** Removes a flag such as `--json`; true when it was present. */
    bool takeFlag(const QString &name);
    /** Whatever is left that starts with "--" is an unknown option: reports it. */
    bool rejectUnknownOptions();

    /** The stored article named by an --article value; on failure prints the reason, sets `exitCode`
     *  (2 for a malformed id, 1 otherwise) and returns nullopt. */
    std::optional<Article> storedArticle(const QString &idText, int &exitCode);

    /** The stored article named by the first word (`command ID`), after checking that no unknown
     *  option is left; on failure prints the reason, sets `exitCode` (2 for a usage error, 1 for an
     *  unknown id or an unusable profile) and returns nullopt. */
    std::optional<Article> articleArgument(const QString &command, int &exitCode);

    /** Opens FILE, or standard input for "-"; on failure prints the reason and returns false. */
    static bool openInput(const QString &path, QFile &file);

    static void printJson(const QJsonDocument &document);
    static void printLine(const QString &line);
    static int fail(const QString &message, int exitCode = 1);

private:
    QString m_profileDir;
    QStringList m_arguments;
    std::optional<Profile> m_profile;
    std::unique_ptr<Store> m_store;
    bool m_failed = false;
};
