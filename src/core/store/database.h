// Opens the profile's SQLite file with the settings Khulasa relies on (WAL, synchronous=NORMAL,
// foreign keys, a busy timeout) and brings its schema up to date from the SQL resources.
// Each thread opens its own Database: a QSqlDatabase connection must stay on the thread that made it.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /** The schema version this build writes; files with a higher one are refused, untouched. */
    static int currentSchemaVersion();

    /** Opens (creating if needed) and migrates the database at `path`. */
    static Result<std::shared_ptr<Database>> open(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    /** The schema version found in the file before this session migrated it. */
    int versionBeforeOpen() const { return m_versionBeforeOpen; }
    /** Returns the free pages left by deletions to the file system (incremental vacuum). */
    void reclaimFreePages();

private:
    Database(QString connectionName, QString path);
    Status configure();
    Status migrate();
    Status applyMigration(int version, const QString &resource);
    Status backUpBeforeMigration(int fromVersion);
    Status ensureSearchIndexCurrent();
    void enableIncrementalVacuum();

    QString m_connectionName;
    QString m_path;
    int m_versionBeforeOpen = 0;
};
