#include "store/database.h"

#include "store/searchfunctions.h"
#include "store/sqlitehandle.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>

namespace {
// Written into the file header (PRAGMA application_id) so a foreign SQLite file is recognised.
constexpr qint64 kApplicationId = 0x4B484C53; // "KHLS"

// The schema steps in order: step N takes a database from version N-1 to N.
const QStringList &migrationFiles()
{
    static const QStringList files = {
        QStringLiteral(":/sql/001_initial.sql"),
        QStringLiteral(":/sql/002_fetch_state.sql"),
        QStringLiteral(":/sql/003_notifications.sql"),
        QStringLiteral(":/sql/004_raw_hash.sql"),
        QStringLiteral(":/sql/005_enclosures.sql"),
        QStringLiteral(":/sql/006_sync_accounts.sql"),
        QStringLiteral(":/sql/007_contacts.sql"),
        QStringLiteral(":/sql/008_search.sql"),
        QStringLiteral(":/sql/009_full_articles.sql"),
        QStringLiteral(":/sql/010_story_index.sql"),
        QStringLiteral(":/sql/011_saved_images.sql"),
        QStringLiteral(":/sql/012_search_full_text.sql"),
    };
    return files;
}

QString migrationResource(int version)
{
    const QStringList &files = migrationFiles();
    return version >= 1 && version <= files.size() ? files.at(version - 1) : QString();
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("khulasa-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    const QVariant value = query.value(0);
    query.finish();
    return value;
}
} // namespace

int Database::currentSchemaVersion() { return int(migrationFiles().size()); }

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    using R = Result<std::shared_ptr<Database>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."));
    const QString name = uniqueConnectionName();
    std::shared_ptr<Database> database(new Database(name, path));
    {
        // Scoped: the handle must be gone before ~Database removes the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return R::failure(tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        if (!SearchFunctions::install(db))
            return R::failure(tr("Cannot prepare the search functions of the database %1.").arg(path));
    }
    if (const Status configured = database->configure(); !configured)
        return R::failure(configured.error());
    if (const Status migrated = database->migrate(); !migrated)
        return R::failure(migrated.error());
    if (const Status indexed = database->ensureSearchIndexCurrent(); !indexed)
        return R::failure(indexed.error());
    database->enableIncrementalVacuum();
    return database;
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    // Reading the header first tells a non-database file apart before we write anything to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("PRAGMA schema_version")))
        return Status::failure(tr("%1 is not a Khulasa database or is damaged: %2")
                                   .arg(m_path, probe.lastError().text()));
    probe.finish(); // an unfinished statement holds a read transaction, and WAL cannot be set inside one
    const qint64 applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (applicationId != 0 && applicationId != kApplicationId)
        return Status::failure(tr("%1 belongs to another application; it was left untouched.").arg(m_path));
    if (version > currentSchemaVersion())
        return Status::failure(tr("%1 was written by a newer version of Khulasa (schema %2, this version "
                                  "knows %3). It was left untouched; please update Khulasa.")
                                   .arg(m_path).arg(version).arg(currentSchemaVersion()));
    m_versionBeforeOpen = version;
    // A new file gets incremental vacuum before its first table; older files switch in
    // enableIncrementalVacuum() once they are migrated.
    if (version == 0) {
        QSqlQuery vacuumMode(db);
        vacuumMode.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-16384"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Status::failure(tr("Cannot configure the database: %1").arg(query.lastError().text()));
    }
    return {};
}

Status Database::migrate()
{
    for (int version = m_versionBeforeOpen + 1; version <= currentSchemaVersion(); ++version) {
        if (version == m_versionBeforeOpen + 1 && m_versionBeforeOpen > 0) {
            if (const Status backedUp = backUpBeforeMigration(m_versionBeforeOpen); !backedUp)
                return backedUp;
        }
        if (const Status applied = applyMigration(version, migrationResource(version)); !applied)
            return applied;
    }
    return {};
}

Status Database::backUpBeforeMigration(int fromVersion)
{
    // VACUUM INTO gives a consistent copy even with a WAL file beside the database.
    const QString copy = m_path + QStringLiteral(".schema%1.bak").arg(fromVersion);
    QFile::remove(copy);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(copy);
    if (!query.exec())
        return Status::failure(tr("Cannot back up the database before upgrading it: %1").arg(query.lastError().text()));
    return {};
}

Status Database::applyMigration(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The schema step %1 is missing from this build.").arg(version));
    const QString script = QString::fromUtf8(file.readAll());
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Status::failure(tr("Cannot start the schema upgrade: %1").arg(db.lastError().text()));
    static const QRegularExpression separator(QStringLiteral("^;\\s*$"), QRegularExpression::MultilineOption);
    for (const QString &statement : script.split(separator, Qt::SkipEmptyParts)) {
        QString sql;
        for (const QString &line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"))
                sql += line + u'\n';
        }
        if (sql.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            const QString error = query.lastError().text();
            db.rollback();
            return Status::failure(tr("Schema step %1 failed: %2").arg(version).arg(error));
        }
    }
    QSqlQuery stamp(db);
    if (!stamp.exec(QStringLiteral("PRAGMA user_version=%1").arg(version))
        || !stamp.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)) || !db.commit()) {
        db.rollback();
        return Status::failure(tr("Cannot record the schema version: %1").arg(db.lastError().text()));
    }
    return {};
}

Status Database::ensureSearchIndexCurrent()
{
    // The index holds what the normaliser and stemmer made of each article. Should a newer libstemmer
    // stem differently, the stored terms no longer match new queries (nor the delete triggers): rebuild.
    QSqlDatabase db = connection();
    const QString stored = scalar(db, QStringLiteral("SELECT version FROM search_state WHERE id = 1")).toString();
    if (stored == SearchFunctions::version())
        return {};
    if (!db.transaction())
        return Status::failure(tr("Cannot rebuild the search index: %1").arg(db.lastError().text()));
    const QStringList steps = {
        QStringLiteral("INSERT INTO article_search(article_search) VALUES('delete-all')"),
        // The body is the article's best text, as in the triggers of migration 012.
        QStringLiteral("INSERT INTO article_search(rowid, title, body, title_words, body_words) "
                       "SELECT id, khulasa_terms(title), khulasa_terms(body), khulasa_words(title), khulasa_words(body) "
                       "FROM (SELECT id, title, CASE WHEN full_text <> '' THEN full_text ELSE text END AS body "
                       "      FROM articles)"),
        QStringLiteral("INSERT INTO search_state(id, version) VALUES(1, khulasa_search_version()) "
                       "ON CONFLICT(id) DO UPDATE SET version = excluded.version"),
    };
    for (const QString &step : steps) {
        QSqlQuery query(db);
        if (!query.exec(step)) {
            const QString error = query.lastError().text();
            db.rollback();
            return Status::failure(tr("Cannot rebuild the search index: %1").arg(error));
        }
    }
    if (!db.commit())
        return Status::failure(tr("Cannot rebuild the search index: %1").arg(db.lastError().text()));
    return {};
}

void Database::enableIncrementalVacuum()
{
    // 2 = incremental. A file made before this setting existed needs one full VACUUM to switch; it
    // runs once, after the migration (and its backup copy), and a failure (say, a full disk) only
    // means the space of purged articles is reused instead of returned, so it is not fatal.
    QSqlDatabase db = connection();
    if (scalar(db, QStringLiteral("PRAGMA auto_vacuum")).toInt() == 2)
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL")) || !query.exec(QStringLiteral("VACUUM")))
        qWarning("Database: cannot switch %s to incremental vacuum: %s", qPrintable(m_path),
                 qPrintable(query.lastError().text()));
}

void Database::reclaimFreePages()
{
    if (!SqliteHandle::execToCompletion(connection(), "PRAGMA incremental_vacuum"))
        qWarning("Database: incremental vacuum of %s failed", qPrintable(m_path));
}
