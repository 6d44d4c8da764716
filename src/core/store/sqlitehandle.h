// The sqlite3 connection under a QSqlDatabase of the QSQLITE driver, for the few things Qt's driver
// cannot do: registering SQL functions, and running statements that return one empty row per step
// (PRAGMA incremental_vacuum), which QSqlQuery stops after the first of; and bulk statements run
// hundreds of thousands of times a batch.
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace SqliteHandle {
/** The connection's sqlite3 handle, or nullptr when it is not an open SQLite connection. */
sqlite3 *of(const QSqlDatabase &db);
/** Runs `sql` to completion (every step of every statement); false on an error. */
bool execToCompletion(const QSqlDatabase &db, const char *sql);
}

/** A prepared statement on the raw connection, for bulk work where QSqlQuery's QVariant per value is
 *  most of the cost: a 5,000-article story-index batch writes 160,000 band rows and reads as many
 *  candidate pairs. Runs inside whatever transaction the QSqlDatabase has open. */
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    /** Binds parameter `index` (1-based). */
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &blob);
    /** Runs a statement that returns no rows, then makes it ready to bind and run again. */
    bool exec();
    /** Steps a query: true while it has a row (read with int64()); resets it when done or failed. */
    bool next();
    qint64 int64(int column) const;
    /** The connection's last error, for a message. */
    QString errorText() const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
