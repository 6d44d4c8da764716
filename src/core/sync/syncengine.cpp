#include "sync/syncengine.h"

#include "secrets/credentialstore.h"
#include "sync/blockingcredentials.h"
#include "sync/greaderitems.h"

#include <QSet>

namespace {
const QString kRead = QStringLiteral("user/-/state/com.google/read");
const QString kStarred = QStringLiteral("user/-/state/com.google/starred");
const QString kReadingList = QStringLiteral("user/-/state/com.google/reading-list");

constexpr int kContentsBatch = 250;     // ids per stream/items/contents request
constexpr int kEditTagBatch = 100;      // ids per edit-tag request
constexpr int kWriteEvery = 2000;       // items collected before they are written
constexpr int kMaxItemsPerSync = 50000; // the newest items a first sync takes

bool isItemChange(const SyncChange &change)
{
    return change.kind == SyncChange::Kind::Read || change.kind == SyncChange::Kind::Saved;
}

// No answer, a server error or a refused login: the whole push stops and is tried again next sync.
bool isServerTrouble(int status)
{
    return status == 0 || status == 401 || status == 403 || status >= 500 || status == 429;
}
} // namespace

SyncEngine::SyncEngine(Store &store, QNetworkAccessManager *network, CredentialStore *credentials,
                       GReaderLimits limits)
    : m_store(store), m_network(network), m_credentials(credentials), m_limits(limits)
{
}

Result<qint64> SyncEngine::addAccount(const QString &typedUrl, const QString &user, const QString &password)
{
    using R = Result<qint64>;
    if (user.trimmed().isEmpty())
        return R::failure(tr("The account needs a user name."));
    if (password.isEmpty())
        return R::failure(tr("The account needs a password."));
    if (!m_credentials)
        return R::failure(tr("No system keychain is available to keep the password."));
    GReaderClient client(m_network, QString(), user.trimmed(), m_credentials, m_limits);
    auto apiUrl = client.discoverAndLogin(typedUrl, password);
    if (!apiUrl)
        return R::failure(apiUrl.error());
    for (const SyncAccount &existing : m_store.accounts()) {
        if (existing.url == *apiUrl && existing.user == user.trimmed())
            return R::failure(tr("There is already an account for %1 on %2 (id %3).").arg(user, *apiUrl).arg(existing.id));
    }
    const CredentialResult saved = BlockingCredentials::store(*m_credentials, GReaderClient::passwordKey(*apiUrl, user.trimmed()), password);
    if (!saved.ok())
        return R::failure(saved.message);
    // The token came with the login: keep it too, so the first sync does not log in again.
    if (const Status relogged = client.relogin(); !relogged)
        return R::failure(relogged.error());
    return m_store.addAccount(QStringLiteral("greader"), *apiUrl, user.trimmed());
}

Status SyncEngine::removeAccount(qint64 accountId)
{
    const std::optional<SyncAccount> account = m_store.account(accountId);
    if (!account)
        return Status::failure(tr("There is no account with id %1 (see account list).").arg(accountId));
    if (m_credentials) {
        for (const QString &key : {GReaderClient::passwordKey(account->url, account->user),
                                   GReaderClient::tokenKey(account->url, account->user)}) {
            const CredentialResult removed = BlockingCredentials::remove(*m_credentials, key);
            if (!removed.ok() && removed.error != CredentialError::NotFound)
                return Status::failure(removed.message);
        }
    }
    if (!m_store.removeAccount(accountId))
        return Status::failure(tr("Cannot remove the account %1.").arg(accountId));
    return {};
}

SyncReport SyncEngine::sync(qint64 accountId)
{
    SyncReport report;
    const std::optional<SyncAccount> account = m_store.account(accountId);
    if (!account) {
        report.error = tr("There is no account with id %1 (see account list).").arg(accountId);
        return report;
    }
    GReaderClient client(m_network, account->url, account->user, m_credentials, m_limits);
    const auto finish = [&](const Status &status) {
        report.logins = client.logins();
        report.ok = status.ok() && report.refused == 0;
        report.error = status.ok() && report.refused > 0
                           ? tr("The server refused %n change(s); they stay queued and are tried again later.", nullptr, report.refused)
                           : status.error();
        m_store.recordAccountSync(accountId, report.ok ? AccountStatus::Ok : AccountStatus::Error, report.error);
        return report;
    };

    // Feed-level changes first: a feed unsubscribed here should not come back with the list.
    if (const Status pushed = pushChanges(client, *account, true, report); !pushed)
        return finish(pushed);

    auto folders = client.folders();
    if (!folders)
        return finish(Status::failure(folders.error()));
    for (const QString &folder : std::as_const(*folders))
        m_store.ensureFolder(folder);
    auto subscriptions = client.subscriptions();
    if (!subscriptions)
        return finish(Status::failure(subscriptions.error()));
    auto feedIds = m_store.replaceAccountFeeds(accountId, *subscriptions);
    if (!feedIds)
        return finish(Status::failure(feedIds.error()));

    // The state as the server has it now; "now" is taken before asking, so the rule errs towards the server.
    const QDateTime observed = QDateTime::currentDateTimeUtc();
    ItemIdsQuery unreadQuery;
    unreadQuery.exclude = kRead;
    auto unread = client.itemIds(unreadQuery);
    if (!unread)
        return finish(Status::failure(unread.error()));
    ItemIdsQuery starredQuery;
    starredQuery.stream = kStarred;
    auto starred = client.itemIds(starredQuery);
    if (!starred)
        return finish(Status::failure(starred.error()));

    if (const Status pulled = pullItems(client, *account, *feedIds, unread->ids + starred->ids, report); !pulled)
        return finish(pulled);

    RemoteState state;
    state.unreadComplete = unread->complete;
    state.unreadIds = unread->ids;
    state.starredComplete = starred->complete;
    state.starredIds = starred->ids;
    if (const Status applied = m_store.applyRemoteState(accountId, state, observed); !applied)
        return finish(applied);

    return finish(pushChanges(client, *account, false, report));
}

Status SyncEngine::pullItems(GReaderClient &client, const SyncAccount &account, QHash<QString, qint64> &feedIds,
                             const QStringList &stateIds, SyncReport &report)
{
    ItemIdsQuery freshQuery;
    freshQuery.stream = kReadingList;
    freshQuery.maxIds = kMaxItemsPerSync;
    // ot is in seconds; one second of overlap, since the cursor's second may hold more items.
    if (account.itemsCursor > 0)
        freshQuery.olderThan = account.itemsCursor / 1000000 - 1;
    auto fresh = client.itemIds(freshQuery);
    if (!fresh)
        return Status::failure(fresh.error());
    qint64 cursor = qMax(account.itemsCursor, fresh->newestUsec);

    QSet<QString> known = m_store.accountItemIds(account.id);
    QStringList wanted;
    for (const QStringList &list : {fresh->ids, stateIds}) {
        for (const QString &id : list) {
            if (wanted.size() >= kMaxItemsPerSync)
                break;
            if (!known.contains(id)) {
                known.insert(id);
                wanted.append(id);
            }
        }
    }

    QHash<qint64, QList<Article>> collected;
    int collectedCount = 0;
    auto write = [&]() -> Status {
        auto stored = m_store.storeAccountArticles(collected);
        if (!stored)
            return Status::failure(stored.error());
        report.newItems += stored->added;
        collected.clear();
        collectedCount = 0;
        return {};
    };
    for (qsizetype start = 0; start < wanted.size(); start += kContentsBatch) {
        if (client.cancelled())
            break; // what arrived so far is written below; the cursor stays, so the rest comes next time
        auto items = client.itemContents(wanted.mid(start, kContentsBatch));
        if (!items)
            return Status::failure(items.error());
        for (const QJsonValue &value : std::as_const(*items)) {
            RemoteItem item = GReaderItems::fromJson(value.toObject());
            if (item.article.guid.isEmpty() || item.origin.streamId.isEmpty())
                continue;
            qint64 feedId = feedIds.value(item.origin.streamId);
            if (feedId == 0) {
                auto created = m_store.ensureAccountFeed(account.id, item.origin);
                if (!created)
                    return Status::failure(created.error());
                feedId = *created;
                feedIds.insert(item.origin.streamId, feedId);
            }
            cursor = qMax(cursor, item.receivedUsec);
            collected[feedId].append(std::move(item.article));
            ++collectedCount;
        }
        if (collectedCount >= kWriteEvery) {
            if (const Status written = write(); !written)
                return written;
        }
    }
    if (const Status written = write(); !written)
        return written;
    if (client.cancelled())
        return Status::failure(tr("The sync was interrupted because Khulasa is closing; it goes on next time."));
    // Only after the items are stored: an interrupted sync asks for the same items again.
    m_store.setAccountCursor(account.id, cursor);
    return {};
}

Status SyncEngine::pushOne(GReaderClient &client, const SyncChange &change)
{
    switch (change.kind) {
    case SyncChange::Kind::Read: return client.editTag({change.target}, kRead, change.value);
    case SyncChange::Kind::Saved: return client.editTag({change.target}, kStarred, change.value);
    case SyncChange::Kind::Unsubscribe: return client.unsubscribe(change.target);
    case SyncChange::Kind::Rename: return client.rename(change.target, change.argument);
    case SyncChange::Kind::MarkAllRead: return client.markAllAsRead(change.target, change.argument.toLongLong());
    }
    return {};
}

Status SyncEngine::pushChanges(GReaderClient &client, const SyncAccount &account, bool feedChanges, SyncReport &report)
{
    QList<SyncChange> singles;
    // Item changes go in batches of one kind and value; the rest one by one.
    QHash<QPair<int, bool>, QList<SyncChange>> batches;
    for (const SyncChange &change : m_store.pendingChanges(account.id)) {
        if (isItemChange(change) == feedChanges)
            continue;
        if (isItemChange(change))
            batches[{int(change.kind), change.value}].append(change);
        else
            singles.append(change);
    }
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        const QList<SyncChange> &all = it.value();
        for (qsizetype start = 0; start < all.size(); start += kEditTagBatch) {
            const QList<SyncChange> batch = all.mid(start, kEditTagBatch);
            QStringList ids;
            for (const SyncChange &change : batch)
                ids.append(change.target);
            const bool add = batch.first().value;
            const QString tag = batch.first().kind == SyncChange::Kind::Read ? kRead : kStarred;
            const Status sent = client.editTag(ids, tag, add);
            if (sent) {
                m_store.confirmChanges(account.id, batch);
                report.pushed += int(batch.size());
                continue;
            }
            if (isServerTrouble(client.lastStatus()))
                return sent; // the queue stays as it is for the next sync
            // The server refused the batch: find the ids it refuses by sending them one at a time.
            singles.append(batch);
        }
    }
    for (const SyncChange &change : std::as_const(singles)) {
        const Status sent = pushOne(client, change);
        if (sent) {
            m_store.confirmChanges(account.id, {change});
            ++report.pushed;
        } else if (isServerTrouble(client.lastStatus())) {
            return sent;
        } else {
            m_store.deferChanges({change}, sent.error());
            ++report.refused;
        }
    }
    return {};
}
