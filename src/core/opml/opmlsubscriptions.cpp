#include "opml/opmlsubscriptions.h"

#include "store/store.h"

#include <QHash>
#include <QUrl>

Result<OpmlImportOutcome> OpmlSubscriptions::import(Store &store, const QByteArray &opml)
{
    auto parsed = OpmlDocument::parse(opml);
    if (!parsed)
        return Result<OpmlImportOutcome>::failure(parsed.error());
    OpmlImportOutcome outcome;
    QHash<QString, qint64> folderIds;
    for (const OpmlFeed &entry : *parsed) {
        const QString url = QUrl(entry.url).toString(QUrl::FullyEncoded);
        if (store.feedIdByUrl(url)) {
            ++outcome.alreadySubscribed;
            continue;
        }
        qint64 folderId = 0;
        if (!entry.folder.isEmpty()) {
            if (!folderIds.contains(entry.folder)) {
                auto folder = store.ensureFolder(entry.folder);
                if (!folder)
                    return Result<OpmlImportOutcome>::failure(folder.error());
                folderIds.insert(entry.folder, *folder);
            }
            folderId = folderIds.value(entry.folder);
        }
        auto added = store.addFeed(entry.url, entry.title, folderId);
        if (!added) {
            outcome.rejected.append(entry.url + u": " + added.error());
            continue;
        }
        if (!entry.siteUrl.isEmpty())
            store.updateFeedMetadata(*added, QString(), entry.siteUrl);
        ++outcome.added;
    }
    return outcome;
}

QByteArray OpmlSubscriptions::exportAll(const Store &store)
{
    QList<OpmlFeed> feeds;
    for (const Feed &feed : store.feeds()) {
        if (!feed.builtin)
            feeds.append({feed.url, feed.title, feed.siteUrl, feed.folderName});
    }
    return OpmlDocument::write(feeds, QStringLiteral("Khulasa subscriptions"));
}
