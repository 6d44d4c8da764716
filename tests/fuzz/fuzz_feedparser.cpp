// Fuzz target: the whole feed parser (decoding, XML/JSON stages, dates, sanitiser, JSON output).
#include "fuzztargets.h"

#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

int KhulasaFuzz::feedParser(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FeedParseOptions options;
    options.documentUrl = QUrl(QStringLiteral("https://feeds.example/dir/feed.xml"));
    options.sanitizerThreads = 0; // deterministic, and the sanitiser threads add nothing here
    options.maxEntries = 500;
    options.maxDepth = 64;
    // The first byte picks a declared HTTP charset now and then: the decoder's other paths.
    static const char *const Charsets[] = {"", "", "", "", "windows-1256", "iso-8859-6", "utf-16", "latin1"};
    if (size > 0)
        options.httpCharset = Charsets[data[0] % 8];
    QByteArray json;
    FeedJsonWriter writer([&json](QByteArrayView out) { json.append(out); });
    const auto parsed = FeedParser::parse(bytes, options, writer);
    if (!parsed) {
        KHULASA_FUZZ_CHECK(json.isEmpty()); // a failure must not have printed half a feed
        KHULASA_FUZZ_CHECK(!parsed.error().isEmpty());
        return 0;
    }
    writer.finish(parsed.value());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    KHULASA_FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject());
    KHULASA_FUZZ_CHECK(doc.object().contains(QLatin1StringView("entries")));
    return 0;
}

#ifdef KHULASA_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return KhulasaFuzz::feedParser(data, size);
}
#endif
