// khulasa-cli add URL : subscribe (the same code path as the add-feed dialog).
#include "clicontext.h"
#include "commands.h"
#include "refresh/refresher.h"
#include "refresh/subscriber.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

int runAdd(CliContext &context)
{
    const QStringList folders = context.takeOption(QStringLiteral("folder"));
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() != 1)
        return CliContext::fail(CliContext::tr("add needs one URL."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    qint64 folderId = 0;
    if (!folders.isEmpty()) {
        auto folder = store->ensureFolder(folders.last());
        if (!folder)
            return CliContext::fail(folder.error());
        folderId = *folder;
    }
    QNetworkAccessManager network;
    Refresher refresher(store->databasePath(), &network, HttpLimits{});
    refresher.setHostWaits(store->hostWaits());
    Subscriber subscriber(*store, refresher);
    QEventLoop loop;
    int exitCode = 1;
    // A page that advertises several feeds: the first one (in page order) is taken.
    subscriber.subscribe(context.arguments().first(), folderId, true, [&](const SubscribeReply &reply) {
        if (reply.added) {
            CliContext::printLine(CliContext::tr("Added feed %1: %2 (%3 articles)")
                                      .arg(reply.added->feedId).arg(reply.added->title).arg(reply.added->articles));
            exitCode = 0;
        } else {
            CliContext::fail(reply.error);
        }
        loop.quit();
    });
    loop.exec();
    return exitCode;
}
