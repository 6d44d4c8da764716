// khulasa-cli sync [--account ID]: exit 0 when every account synced, 1 when any failed (each failure is
// recorded on its account: see account list).
#include "clicontext.h"
#include "commands.h"
#include "secrets/keychaincredentialstore.h"
#include "sync/syncengine.h"

#include <QNetworkAccessManager>

int runSync(CliContext &context)
{
    const QStringList accountIds = context.takeOption(QStringLiteral("account"));
    if (context.rejectUnknownOptions())
        return 2;
    Store *store = context.store();
    if (!store)
        return 1;
    QList<qint64> ids;
    if (accountIds.isEmpty()) {
        for (const SyncAccount &account : store->accounts())
            ids.append(account.id);
    } else {
        for (const QString &word : accountIds) {
            bool ok = false;
            const qint64 id = word.toLongLong(&ok);
            if (!ok || !store->account(id))
                return CliContext::fail(CliContext::tr("There is no account with id %1 (see account list).").arg(word), 2);
            ids.append(id);
        }
    }
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    SyncEngine engine(*store, &network, &keychain);
    int failed = 0;
    for (qint64 id : std::as_const(ids)) {
        const SyncReport report = engine.sync(id);
        if (report.ok) {
            CliContext::printLine(CliContext::tr("Account %1: %2 new articles, %3 changes sent.")
                                      .arg(id).arg(report.newItems).arg(report.pushed));
        } else {
            ++failed;
            CliContext::fail(CliContext::tr("account %1: %2").arg(id).arg(report.error));
        }
    }
    return failed == 0 ? 0 : 1;
}
