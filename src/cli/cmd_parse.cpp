// khulasa-cli parse FILE|- : one JSON object describing the feed, or a message and a non-zero exit.
#include "clicontext.h"
#include "commands.h"
#include "feeds/feedparser.h"
#include "feeds/parsedfeedjson.h"

#include <QFile>

namespace {
constexpr qint64 kMaxInputBytes = 256LL * 1024 * 1024;
}

int runParse(CliContext &context)
{
    const QStringList urls = context.takeOption(QStringLiteral("url"));
    const QStringList charsets = context.takeOption(QStringLiteral("charset"));
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() != 1)
        return CliContext::fail(CliContext::tr("parse needs one FILE (or - for standard input)."), 2);
    const QString path = context.arguments().first();
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return CliContext::fail(CliContext::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(kMaxInputBytes + 1);
    if (data.size() > kMaxInputBytes)
        return CliContext::fail(CliContext::tr("%1 is larger than %2 MB; not parsed.").arg(path).arg(kMaxInputBytes / (1024 * 1024)));
    FeedParseOptions options;
    if (!urls.isEmpty())
        options.documentUrl = QUrl(urls.last());
    if (!charsets.isEmpty())
        options.httpCharset = charsets.last().toLatin1();
    const auto parsed = FeedParser::parse(data, options);
    if (!parsed)
        return CliContext::fail(parsed.error());
    CliContext::printJson(QJsonDocument(ParsedFeedJson::toJson(parsed.value())));
    return 0;
}
