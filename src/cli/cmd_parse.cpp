// khulasa-cli parse FILE|- : one JSON object describing the feed, or a message and a non-zero exit.
// The file is memory-mapped and the JSON streamed out as entries are sanitised, so a large feed
// costs little more memory than its own size.
#include "clicontext.h"
#include "commands.h"
#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"

#include <QFile>

#include <cstdio>

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
    QByteArray buffer;
    QByteArrayView data;
    // Mapping avoids copying the file; pipes and empty files cannot be mapped and are read instead.
    const qint64 size = path == u"-" ? 0 : file.size();
    if (size > kMaxInputBytes)
        return CliContext::fail(CliContext::tr("%1 is larger than %2 MB; not parsed.").arg(path).arg(kMaxInputBytes / (1024 * 1024)));
    if (const uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        data = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
    } else {
        buffer = file.read(kMaxInputBytes + 1);
        if (buffer.size() > kMaxInputBytes)
            return CliContext::fail(CliContext::tr("%1 is larger than %2 MB; not parsed.").arg(path).arg(kMaxInputBytes / (1024 * 1024)));
        data = buffer;
    }
    FeedParseOptions options;
    if (!urls.isEmpty())
        options.documentUrl = QUrl(urls.last());
    if (!charsets.isEmpty())
        options.httpCharset = charsets.last().toLatin1();
    static char outputBuffer[1 << 16];
    std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);
    FeedJsonWriter writer([](QByteArrayView bytes) { std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout); });
    const auto parsed = FeedParser::parse(data, options, writer);
    if (!parsed)
        return CliContext::fail(parsed.error());
    writer.finish(parsed.value());
    std::fflush(stdout);
    return 0;
}
