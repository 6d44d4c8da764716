// The Store's part for offline copies of saved articles (issue 5): the images kept for each saved
// article and the copy's state. Files live in the profile's cache; only their names are here.
#include "store/store.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<SavedCopy> Store::savedCopy(qint64 articleId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT state, checked_at FROM saved_copies WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SavedCopy copy;
    copy.state = q.value(0).toString() == u"complete" ? SavedCopy::State::Complete : SavedCopy::State::Partial;
    copy.checkedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    q.finish();
    QSqlQuery images(m_database->connection());
    images.prepare(QStringLiteral(
        "SELECT url, file_name, mime_type, size, error FROM saved_images WHERE article_id = ? ORDER BY url"));
    images.addBindValue(articleId);
    if (images.exec()) {
        while (images.next()) {
            copy.images.append({images.value(0).toString(), images.value(1).toString(), images.value(2).toString(),
                                images.value(3).toLongLong(), images.value(4).toString()});
        }
    }
    return copy;
}

Status Store::recordSavedCopy(qint64 articleId, const QList<SavedImage> &images)
{
    auto failure = [](const QString &error) { return Status::failure(tr("Cannot record the saved copy: %1").arg(error)); };
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return failure(db.lastError().text());
    auto undo = [&db, &failure](const QSqlQuery &q) {
        const QString error = q.lastError().text();
        db.rollback();
        return failure(error);
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM saved_images WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec())
        return undo(q);
    q.prepare(QStringLiteral(
        "INSERT INTO saved_images (article_id, url, file_name, mime_type, size, error) VALUES (?, ?, ?, ?, ?, ?)"));
    bool partial = false;
    for (const SavedImage &image : images) {
        q.addBindValue(articleId);
        q.addBindValue(image.url);
        q.addBindValue(image.fileName.isNull() ? QStringLiteral("") : image.fileName);
        q.addBindValue(image.mimeType.isNull() ? QStringLiteral("") : image.mimeType);
        q.addBindValue(image.size);
        q.addBindValue(image.error.isNull() ? QStringLiteral("") : image.error);
        if (!q.exec())
            return undo(q);
        partial = partial || !image.kept();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO saved_copies (article_id, state, checked_at) VALUES (?, ?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET state = excluded.state, checked_at = excluded.checked_at"));
    q.addBindValue(articleId);
    q.addBindValue(partial ? QStringLiteral("partial") : QStringLiteral("complete"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec())
        return undo(q);
    if (!db.commit())
        return failure(db.lastError().text());
    return {};
}

bool Store::forgetSavedCopy(qint64 articleId)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    for (const QString &sql : {QStringLiteral("DELETE FROM saved_images WHERE article_id = ?"),
                               QStringLiteral("DELETE FROM saved_copies WHERE article_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(articleId);
        if (!q.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QList<qint64> Store::savedArticlesToComplete(int limit) const
{
    // Saved but never copied (saved elsewhere, e.g. starred on a sync server) or copied in part.
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "SELECT a.id FROM articles a LEFT JOIN saved_copies c ON c.article_id = a.id "
        "WHERE a.saved = 1 AND (c.state IS NULL OR c.state = 'partial') ORDER BY c.checked_at, a.id LIMIT ?"));
    q.addBindValue(limit);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QSet<qint64> Store::articlesWithSavedCopies() const
{
    QSqlQuery q(m_database->connection());
    QSet<qint64> ids;
    if (q.exec(QStringLiteral("SELECT article_id FROM saved_copies"))) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> Store::unsavedArticlesWithCopies() const
{
    QSqlQuery q(m_database->connection());
    QList<qint64> ids;
    if (q.exec(QStringLiteral(
            "SELECT c.article_id FROM saved_copies c JOIN articles a ON a.id = c.article_id WHERE a.saved = 0"))) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}
