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

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql) : m_connection(SqliteHandle::of(db))
{
    if (m_connection && sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob64(m_statement, index, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    if (sqlite3_step(m_statement) == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    return false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::errorText() const
{
    return m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : QStringLiteral("not an SQLite connection");
}
