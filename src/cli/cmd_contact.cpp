// khulasa-cli discover-contact FILE|- [--url URL] [--json]: what a saved page yields.
// khulasa-cli contact --feed ID [--json]: the channels stored for a feed and its chat history.
#include "clicontext.h"
#include "commands.h"
#include "contactjson.h"
#include "feeds/feeddecoder.h"
#include "jsonformat.h"
#include "share/contactdiscovery.h"

#include <QJsonArray>

int runDiscoverContact(CliContext &context)
{
    const QStringList urls = context.takeOption(QStringLiteral("url"));
    const bool json = context.takeFlag(QStringLiteral("json"));
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() != 1)
        return CliContext::fail(CliContext::tr("discover-contact needs one FILE (or - for standard input)."), 2);
    const QUrl pageUrl = urls.isEmpty() ? QUrl() : QUrl(urls.last());
    if (!urls.isEmpty() && (!pageUrl.isValid() || pageUrl.isRelative()))
        return CliContext::fail(CliContext::tr("--url needs an absolute address such as https://example.com/."), 2);
    QFile file;
    if (!CliContext::openInput(context.arguments().first(), file))
        return 1;
    // Pages beyond the limit are read in part, as discovery in the app does.
    const QByteArray bytes = file.read(ContactDiscovery::kMaxPageBytes);
    const auto decoded = FeedDecoder::toUtf8(bytes);
    const DiscoveredContacts found = ContactDiscovery::discover(decoded ? decoded->utf8 : bytes, pageUrl);
    if (json) {
        QJsonArray channels;
        for (const ContactChannel &c : found.channels)
            channels.append(ContactJson::channel(c, false));
        CliContext::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("url"), pageUrl.isEmpty() ? QJsonValue() : QJsonValue(pageUrl.toString(QUrl::FullyEncoded))},
            {QStringLiteral("country"), found.country.isEmpty() ? QJsonValue() : QJsonValue(found.country)},
            {QStringLiteral("channels"), channels},
        }));
        return 0;
    }
    for (const ContactChannel &c : found.channels)
        CliContext::printLine(ContactJson::line(c));
    return 0;
}

int runContact(CliContext &context)
{
    const QStringList feedIds = context.takeOption(QStringLiteral("feed"));
    const bool json = context.takeFlag(QStringLiteral("json"));
    if (context.rejectUnknownOptions())
        return 2;
    bool ok = false;
    const qint64 feedId = feedIds.isEmpty() ? 0 : feedIds.last().toLongLong(&ok);
    if (!ok || feedId <= 0)
        return CliContext::fail(CliContext::tr("contact needs --feed ID (see list feeds)."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const std::optional<Feed> feed = store->feed(feedId);
    if (!feed)
        return CliContext::fail(CliContext::tr("There is no feed %1 (see list feeds).").arg(feedId));
    const QList<ContactChannel> channels = store->contactChannels(feedId);
    if (!json) {
        for (const ContactChannel &c : channels)
            CliContext::printLine(ContactJson::line(c));
        return 0;
    }
    QJsonArray channelArray;
    for (const ContactChannel &c : channels)
        channelArray.append(ContactJson::channel(c, true));
    QJsonArray history;
    for (const ChatRecord &r : store->chatHistory(feedId))
        history.append(ContactJson::chat(r));
    CliContext::printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("feed"), QJsonObject{{QStringLiteral("id"), feed->id}, {QStringLiteral("title"), feed->title},
                                             {QStringLiteral("site_url"), feed->siteUrl}}},
        {QStringLiteral("checked"), JsonFormat::time(store->contactCheckedAt(feedId))},
        {QStringLiteral("channels"), channelArray},
        {QStringLiteral("history"), history},
    }));
    return 0;
}
