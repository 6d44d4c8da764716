// khulasa-cli account add --type greader --url URL --user NAME | account list [--json] | account remove ID
// The password comes from standard input (or a no-echo prompt) and goes only to the system keychain.
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"
#include "passwordinput.h"
#include "secrets/keychaincredentialstore.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace {
int addAccount(CliContext &context)
{
    const QStringList types = context.takeOption(QStringLiteral("type"));
    const QStringList urls = context.takeOption(QStringLiteral("url"));
    const QStringList users = context.takeOption(QStringLiteral("user"));
    if (context.rejectUnknownOptions())
        return 2;
    if (!context.arguments().isEmpty())
        return CliContext::fail(CliContext::tr("account add takes no other words; the password is read from "
                                               "standard input, never from the command line."), 2);
    if (types.isEmpty() || types.last() != u"greader")
        return CliContext::fail(CliContext::tr("account add needs --type greader (the Google Reader API)."), 2);
    if (urls.isEmpty() || users.isEmpty() || users.last().trimmed().isEmpty())
        return CliContext::fail(CliContext::tr("account add needs --url URL and --user NAME."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const std::optional<QString> password = PasswordInput::read(CliContext::tr("Password for %1: ").arg(users.last()));
    if (!password || password->isEmpty())
        return CliContext::fail(CliContext::tr("No password was given (it is read as one line from standard input)."), 2);
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    SyncEngine engine(*store, &network, &keychain);
    auto added = engine.addAccount(urls.last(), users.last(), *password);
    if (!added)
        return CliContext::fail(added.error());
    const std::optional<SyncAccount> account = store->account(*added);
    CliContext::printLine(CliContext::tr("Added account %1: %2 on %3 (run “khulasa-cli sync” to fetch it).")
                              .arg(*added).arg(users.last(), account ? account->url : urls.last()));
    return 0;
}

int listAccounts(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    if (context.rejectUnknownOptions())
        return 2;
    Store *store = context.store();
    if (!store)
        return 1;
    const QList<SyncAccount> accounts = store->accounts();
    if (json) {
        QJsonArray array;
        for (const SyncAccount &account : accounts)
            array.append(JsonFormat::account(account));
        CliContext::printJson(QJsonDocument(array));
        return 0;
    }
    for (const SyncAccount &account : accounts)
        CliContext::printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(account.id).arg(account.user, account.url,
                                                                             accountStatusName(account.status), account.error));
    return 0;
}

int removeAccount(CliContext &context)
{
    if (context.rejectUnknownOptions())
        return 2;
    bool ok = false;
    const qint64 id = context.takeFirstArgument().toLongLong(&ok);
    if (!ok || id <= 0)
        return CliContext::fail(CliContext::tr("account remove needs an account id (see account list)."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    QNetworkAccessManager network;
    KeychainCredentialStore keychain;
    SyncEngine engine(*store, &network, &keychain);
    if (const Status removed = engine.removeAccount(id); !removed)
        return CliContext::fail(removed.error());
    return 0;
}
} // namespace

int runAccount(CliContext &context)
{
    const QString what = context.takeFirstArgument();
    if (what == u"add")
        return addAccount(context);
    if (what == u"list")
        return listAccounts(context);
    if (what == u"remove")
        return removeAccount(context);
    return CliContext::fail(CliContext::tr("account needs “add”, “list” or “remove”."), 2);
}
