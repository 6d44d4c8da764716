#include "store/retention.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Result<int> Retention::purge(const QSqlDatabase &db, const RetentionPolicy &policy, const QDateTime &now)
{
    using R = Result<int>;
    if (policy.readDays <= 0 && policy.unreadDays <= 0)
        return 0;
    // A cutoff in the past of everything (0) stands for "keep for ever".
    auto cutoff = [&](int days) { return days > 0 ? now.addDays(-days).toMSecsSinceEpoch() : qint64(0); };
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return R::failure(QCoreApplication::translate("Retention", "Cannot purge old articles: %1").arg(connection.lastError().text()));
    QSqlQuery q(connection);
    q.prepare(QStringLiteral(
        "DELETE FROM articles WHERE saved = 0 "
        "AND max(sort_time, fetched) < CASE WHEN read = 1 THEN ? ELSE ? END "
        "AND id NOT IN (SELECT id FROM (SELECT id, row_number() OVER "
        "    (PARTITION BY feed_id ORDER BY sort_time DESC, id DESC) AS newest FROM articles) WHERE newest <= ?)"));
    q.addBindValue(cutoff(policy.readDays));
    q.addBindValue(cutoff(policy.unreadDays));
    q.addBindValue(qMax(0, policy.keepPerFeed));
    if (!q.exec()) {
        const QString error = q.lastError().text();
        connection.rollback();
        return R::failure(QCoreApplication::translate("Retention", "Cannot purge old articles: %1").arg(error));
    }
    const int purged = q.numRowsAffected();
    if (!connection.commit())
        return R::failure(QCoreApplication::translate("Retention", "Cannot purge old articles: %1").arg(connection.lastError().text()));
    return purged;
}
