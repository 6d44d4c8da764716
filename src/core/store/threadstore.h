// A worker thread's own Store: a SQLite connection belongs to the thread that opened it, so a
// background loader opens one per thread and keeps it open between requests.
#pragma once

#include <QString>

class Store;

namespace ThreadStore {
/** The calling thread's Store for the database at `path`, opened on first use (reopened when the
 *  path changes); nullptr when it cannot be opened. It lives until the thread ends. */
Store *forPath(const QString &path);
}
