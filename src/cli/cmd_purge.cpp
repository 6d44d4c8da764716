// khulasa-cli purge [--read-days N] [--unread-days N] [--json]
// Forgets old articles as the profile's settings say (read after 90 days, unread after 365 by
// default; saved ones and the newest 20 of each feed never); the options override the settings
// for this run. Prints how many articles went ({"purged": N} with --json).
#include "clicontext.h"
#include "commands.h"
#include "profile/settings.h"

#include <QJsonObject>

namespace {
/** The value of --NAME as days (0 = keep for ever), or `fallback`; -1 after printing a usage error. */
int daysOption(CliContext &context, const QString &name, int fallback)
{
    const QStringList values = context.takeOption(name);
    if (values.isEmpty())
        return fallback;
    bool ok = false;
    const int days = values.last().toInt(&ok);
    if (!ok || days < 0) {
        CliContext::fail(CliContext::tr("--%1 needs a number of days (0 keeps articles for ever).").arg(name), 2);
        return -1;
    }
    return days;
}
} // namespace

int runPurge(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    const Profile *profile = context.profile();
    if (!profile)
        return 1;
    RetentionPolicy policy = Settings(*profile).retentionPolicy();
    policy.readDays = daysOption(context, QStringLiteral("read-days"), policy.readDays);
    if (policy.readDays < 0)
        return 2;
    policy.unreadDays = daysOption(context, QStringLiteral("unread-days"), policy.unreadDays);
    if (policy.unreadDays < 0)
        return 2;
    if (context.rejectUnknownOptions())
        return 2;
    Store *store = context.store();
    if (!store)
        return 1;
    const auto purged = store->purgeOldArticles(policy);
    if (!purged)
        return CliContext::fail(purged.error());
    if (json)
        CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("purged"), *purged}}));
    else
        CliContext::printLine(CliContext::tr("Purged %1 old articles.").arg(*purged));
    return 0;
}
