// The sqlite3 connection under a QSqlDatabase of the QSQLITE driver, for the few things Qt's driver
// cannot do: registering SQL functions, and running statements that return one empty row per step
// (PRAGMA incremental_vacuum), which QSqlQuery stops after the first of.
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace SqliteHandle {
/** The connection's sqlite3 handle, or nullptr when it is not an open SQLite connection. */
sqlite3 *of(const QSqlDatabase &db);
/** Runs `sql` to completion (every step of every statement); false on an error. */
bool execToCompletion(const QSqlDatabase &db, const char *sql);
}
