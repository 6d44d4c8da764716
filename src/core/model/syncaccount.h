// An account on a sync server (Google Reader API) as the store keeps it, the feeds it delivers,
// and the changes made here that wait for the server. Secrets are never part of these values.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

enum class AccountStatus { Never, Ok, Error };

inline QString accountStatusName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Ok: return QStringLiteral("ok");
    case AccountStatus::Error: return QStringLiteral("error");
    case AccountStatus::Never: break;
    }
    return QStringLiteral("never");
}

struct SyncAccount
{
    qint64 id = 0;
    QString type = QStringLiteral("greader");
    QString url;  // the API address, e.g. https://host/api/greader.php
    QString user;
    AccountStatus status = AccountStatus::Never;
    QString error; // the last failure in plain words
    QDateTime lastSync;
    QDateTime stateSynced; // when read/starred state was last taken from the server
    qint64 itemsCursor = 0; // newest server receive time seen (µs): the next pull starts there
};

/** A subscription as the server lists it. */
struct RemoteFeed
{
    QString streamId; // "feed/12"
    QString title;
    QString url;      // the feed document's address
    QString siteUrl;
    QString folder;   // the first label, "" for none
};

/** A change made here, queued until the server confirms it. */
struct SyncChange
{
    enum class Kind { Read, Saved, Unsubscribe, Rename, MarkAllRead };
    qint64 id = 0;
    Kind kind = Kind::Read;
    QString target;   // long-form item id, or a stream id
    bool value = true;
    QString argument; // rename: the new title; mark_all_read: the time in µs
    QDateTime changed;
    int attempts = 0;
};

/** What the server says about read and starred items; a list that could not be read whole is absent. */
struct RemoteState
{
    bool unreadComplete = false;
    QStringList unreadIds; // long form
    bool starredComplete = false;
    QStringList starredIds;
};
