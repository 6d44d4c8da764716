// The Store's publisher-contact part: channels per feed (discovered or the user's) and the local
// chat history. Kept apart from store.cpp so the facade's other parts stay small.
#include "store/store.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kChannelColumns = QStringLiteral("id, feed_id, kind, value, greeting, label, origin, added");

ContactChannel channelFromRow(const QSqlQuery &q)
{
    ContactChannel c;
    c.id = q.value(0).toLongLong();
    c.feedId = q.value(1).toLongLong();
    ContactChannel::kindFromName(q.value(2).toString(), &c.kind);
    c.value = q.value(3).toString();
    c.greeting = q.value(4).toString();
    c.label = q.value(5).toString();
    c.origin = q.value(6).toString() == u"user" ? ContactChannel::Origin::User : ContactChannel::Origin::Discovered;
    c.added = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return c;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** Binds feed_id, kind, value, greeting, label and added of a new row, in that order. */
void bindNewChannel(QSqlQuery &q, qint64 feedId, const ContactChannel &channel)
{
    q.addBindValue(feedId);
    q.addBindValue(ContactChannel::kindName(channel.kind));
    q.addBindValue(channel.value);
    q.addBindValue(text(channel.greeting));
    q.addBindValue(text(channel.label));
    q.addBindValue(nowMs());
}

/** Inserts the user's channel or turns an existing row (hidden or discovered) into it. */
Result<qint64> upsertUserChannel(QSqlDatabase db, qint64 feedId, const ContactChannel &channel)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO contact_channels (feed_id, kind, value, greeting, label, origin, removed, added) "
        "VALUES (?, ?, ?, ?, ?, 'user', 0, ?) ON CONFLICT (feed_id, kind, value) DO UPDATE SET "
        "greeting = excluded.greeting, label = excluded.label, origin = 'user', removed = 0"));
    bindNewChannel(q, feedId, channel);
    if (!q.exec())
        return Result<qint64>::failure(Store::tr("Cannot save the contact: %1").arg(q.lastError().text()));
    QSqlQuery id(db);
    id.prepare(QStringLiteral("SELECT id FROM contact_channels WHERE feed_id = ? AND kind = ? AND value = ?"));
    id.addBindValue(feedId);
    id.addBindValue(ContactChannel::kindName(channel.kind));
    id.addBindValue(channel.value);
    if (!id.exec() || !id.next())
        return Result<qint64>::failure(Store::tr("Cannot save the contact: %1").arg(id.lastError().text()));
    return id.value(0).toLongLong();
}
} // namespace

QList<ContactChannel> Store::contactChannels(qint64 feedId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT " + kChannelColumns
              + u" FROM contact_channels WHERE feed_id = ? AND removed = 0 ORDER BY origin = 'user' DESC, id");
    q.addBindValue(feedId);
    QList<ContactChannel> channels;
    if (q.exec()) {
        while (q.next())
            channels.append(channelFromRow(q));
    }
    return channels;
}

QSet<qint64> Store::feedsWithContact() const
{
    QSqlQuery q(m_database->connection());
    QSet<qint64> ids;
    if (q.exec(QStringLiteral("SELECT DISTINCT feed_id FROM contact_channels WHERE removed = 0"))) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

Result<int> Store::mergeDiscoveredContacts(qint64 feedId, const QList<ContactChannel> &found)
{
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return Result<int>::failure(tr("Cannot save the contacts: %1").arg(db.lastError().text()));
    int added = 0;
    for (const ContactChannel &channel : found) {
        if (channel.value.isEmpty())
            continue;
        // A row that exists is left to the user: only a discovered, visible one gets a newer greeting.
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id, origin = 'discovered' AND removed = 0 FROM contact_channels "
                                        "WHERE feed_id = ? AND kind = ? AND value = ?"));
        existing.addBindValue(feedId);
        existing.addBindValue(ContactChannel::kindName(channel.kind));
        existing.addBindValue(channel.value);
        QSqlQuery write(db);
        if (!existing.exec()) {
            const QString error = existing.lastError().text();
            db.rollback();
            return Result<int>::failure(tr("Cannot save the contacts: %1").arg(error));
        }
        if (!existing.next()) {
            write.prepare(QStringLiteral("INSERT INTO contact_channels (feed_id, kind, value, greeting, label, origin, added) "
                                         "VALUES (?, ?, ?, ?, ?, 'discovered', ?)"));
            bindNewChannel(write, feedId, channel);
            ++added;
        } else if (existing.value(1).toBool()) {
            write.prepare(QStringLiteral("UPDATE contact_channels SET "
                                         "greeting = CASE WHEN ? <> '' THEN ? ELSE greeting END, "
                                         "label = CASE WHEN ? <> '' THEN ? ELSE label END WHERE id = ?"));
            for (const QString &value : {channel.greeting, channel.greeting, channel.label, channel.label})
                write.addBindValue(text(value));
            write.addBindValue(existing.value(0));
        } else {
            continue;
        }
        existing.finish();
        if (!write.exec()) {
            const QString error = write.lastError().text();
            db.rollback();
            return Result<int>::failure(tr("Cannot save the contacts: %1").arg(error));
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Result<int>::failure(tr("Cannot save the contacts: %1").arg(db.lastError().text()));
    }
    return added;
}

Result<qint64> Store::addContactChannel(qint64 feedId, const ContactChannel &channel)
{
    if (channel.value.trimmed().isEmpty())
        return Result<qint64>::failure(tr("The contact is empty."));
    return upsertUserChannel(m_database->connection(), feedId, channel);
}

Status Store::updateContactChannel(const ContactChannel &channel)
{
    if (channel.value.trimmed().isEmpty())
        return Status::failure(tr("The contact is empty."));
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kChannelColumns + u" FROM contact_channels WHERE id = ? AND removed = 0");
    q.addBindValue(channel.id);
    if (!q.exec() || !q.next())
        return Status::failure(tr("That contact no longer exists."));
    const ContactChannel old = channelFromRow(q);
    q.finish();
    if (!db.transaction())
        return Status::failure(tr("Cannot save the contact: %1").arg(db.lastError().text()));
    if (old.kind != channel.kind || old.value != channel.value) {
        // The old value stays as a hidden row: discovery finding it again must not bring it back.
        QSqlQuery hide(db);
        hide.prepare(QStringLiteral("UPDATE contact_channels SET removed = 1 WHERE id = ?"));
        hide.addBindValue(old.id);
        if (!hide.exec()) {
            db.rollback();
            return Status::failure(tr("Cannot save the contact: %1").arg(hide.lastError().text()));
        }
    }
    const Result<qint64> saved = upsertUserChannel(db, old.feedId, channel);
    if (!saved || !db.commit()) {
        db.rollback();
        return Status::failure(saved ? tr("Cannot save the contact: %1").arg(db.lastError().text()) : saved.error());
    }
    return {};
}

bool Store::removeContactChannel(qint64 channelId)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("UPDATE contact_channels SET removed = 1 WHERE id = ? AND removed = 0"));
    q.addBindValue(channelId);
    return q.exec() && q.numRowsAffected() == 1;
}

QDateTime Store::contactCheckedAt(qint64 feedId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT checked FROM contact_checks WHERE feed_id = ?"));
    q.addBindValue(feedId);
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

bool Store::setContactChecked(qint64 feedId, const QDateTime &when, const QString &error)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO contact_checks (feed_id, checked, error) VALUES (?, ?, ?) "
                             "ON CONFLICT (feed_id) DO UPDATE SET checked = excluded.checked, error = excluded.error"));
    q.addBindValue(feedId);
    q.addBindValue(when.toMSecsSinceEpoch());
    q.addBindValue(text(error));
    return q.exec();
}

Result<qint64> Store::recordChat(const ChatRecord &record)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO chat_history (article_id, feed_id, article_title, kind, value, opened) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.articleId > 0 ? QVariant(record.articleId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(record.feedId > 0 ? QVariant(record.feedId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(record.articleTitle));
    q.addBindValue(ContactChannel::kindName(record.kind));
    q.addBindValue(text(record.channelValue));
    q.addBindValue((record.opened.isValid() ? record.opened : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    if (!q.exec())
        return Result<qint64>::failure(tr("Cannot record the chat: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

QList<ChatRecord> Store::chatHistory(qint64 feedId, int limit) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id, coalesce(article_id, 0), coalesce(feed_id, 0), article_title, kind, value, opened "
                             "FROM chat_history WHERE ? = 0 OR feed_id = ? ORDER BY opened DESC, id DESC LIMIT ?"));
    q.addBindValue(feedId);
    q.addBindValue(feedId);
    q.addBindValue(qMax(1, limit));
    QList<ChatRecord> records;
    if (q.exec()) {
        while (q.next()) {
            ChatRecord r;
            r.id = q.value(0).toLongLong();
            r.articleId = q.value(1).toLongLong();
            r.feedId = q.value(2).toLongLong();
            r.articleTitle = q.value(3).toString();
            ContactChannel::kindFromName(q.value(4).toString(), &r.kind);
            r.channelValue = q.value(5).toString();
            r.opened = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
            records.append(r);
        }
    }
    return records;
}
