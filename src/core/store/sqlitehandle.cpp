#include "store/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *SqliteHandle::of(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteHandle::execToCompletion(const QSqlDatabase &db, const char *sql)
{
    sqlite3 *connection = of(db);
    return connection && sqlite3_exec(connection, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}
