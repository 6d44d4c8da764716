// Throughput of each stage of feed parsing on one file, so a regression shows where it happened:
//   tokenizer    XmlTokenizer alone: every token, no field handling (compare QXmlStreamReader)
//   xml-stage    decoding + tokenizer + XmlFeedReader: every field, HTML collected but not sanitised
//   sanitizer    the HTML stage alone, one thread, over the entries the XML stage collected
//   gumbo-only   the same with the fast path disabled (every entry through gumbo)
//   full-1cpu    FeedParser::parse + JSON writing, HTML stage on the parsing thread
//   full         the same with the default worker threads (what `khulasa-cli parse` does)
// Prints "stage MB/s" lines (median of RUNS) with the file size as the numerator.
// Usage: khulasa_bench_parse FILE [RUNS] [STAGE]   (STAGE: run only that one, e.g. under perf)
//        khulasa_bench_parse DIR [RUNS]            (every file in DIR, full parse: many small feeds)
#include "feeds/entrypipeline.h"
#include "feeds/feeddecoder.h"
#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"
#include "feeds/xmlfeedreader.h"
#include "feeds/xmltokenizer.h"
#include "html/htmlsanitizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double seconds(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::vector<PendingEntry> collectEntries(const QByteArray &utf8)
{
    std::vector<PendingEntry> entries;
    XmlFeedReader reader(utf8, QUrl(), XmlFeedReader::Limits{},
                         [&entries](PendingEntry &&e) { entries.push_back(std::move(e)); });
    (void)reader.read();
    return entries;
}

/** Full parse (JSON written to a counter) of every feed in a folder: the cost of a refresh of many
 *  small feeds, where per-feed overheads (thread start, buffers) would show. */
int benchFolder(const QString &dir, int runs)
{
    QList<QByteArray> feeds;
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(u".xml") && !path.endsWith(u".json"))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            feeds.append(f.readAll());
            bytes += feeds.last().size();
        }
    }
    std::printf("folder %s: %lld feeds, %.1f MB\n", qPrintable(dir), static_cast<long long>(feeds.size()),
                double(bytes) / 1e6);
    for (const int threads : {0, -1}) {
        std::vector<double> times;
        for (int r = 0; r < runs; ++r) {
            times.push_back(seconds([&] {
                for (const QByteArray &data : std::as_const(feeds)) {
                    qint64 written = 0;
                    FeedJsonWriter writer([&written](QByteArrayView out) { written += out.size(); });
                    FeedParseOptions options;
                    options.sanitizerThreads = threads;
                    const auto parsed = FeedParser::parse(QByteArrayView(data), options, writer);
                    if (parsed)
                        writer.finish(parsed.value());
                }
            }));
        }
        const double t = median(times);
        std::printf("%-11s %8.1f MB/s  (%.3f s, %.2f ms per feed)\n", threads == 0 ? "feeds-1cpu" : "feeds",
                    double(bytes) / 1e6 / t, t, t * 1000 / std::max<qsizetype>(1, feeds.size()));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    if (QFileInfo(QString::fromLocal8Bit(argv[1])).isDir())
        return benchFolder(QString::fromLocal8Bit(argv[1]), runs);
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const QByteArray data = file.readAll();
    const double mb = double(data.size()) / 1e6;
    const QByteArray utf8 = FeedDecoder::toUtf8(data)->utf8;
    std::vector<PendingEntry> entries = collectEntries(utf8);
    qint64 htmlBytes = 0;
    for (const PendingEntry &e : entries)
        htmlBytes += e.summary.size() + (e.summaryFromContent ? 0 : e.content.size());
    std::printf("file %s: %.1f MB, %zu entries, %.1f MB of HTML\n", argv[1], mb, entries.size(),
                double(htmlBytes) / 1e6);

    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    const auto report = [&](const char *stage, const std::function<void()> &work) {
        if (!only.isEmpty() && only != stage)
            return;
        std::vector<double> times;
        for (int r = 0; r < runs; ++r)
            times.push_back(seconds(work));
        const double t = median(times);
        std::printf("%-11s %8.1f MB/s  (%.3f s)\n", stage, mb / t, t);
        std::fflush(stdout);
    };

    report("tokenizer", [&] {
        XmlTokenizer xml(utf8);
        qsizetype tokens = 0;
        while (xml.next() != XmlTokenizer::Token::EndDocument)
            ++tokens;
        if (tokens == 0)
            std::abort();
    });
    report("xml-stage", [&] {
        const QByteArray decoded = FeedDecoder::toUtf8(data)->utf8;
        qsizetype n = 0;
        XmlFeedReader reader(decoded, QUrl(), XmlFeedReader::Limits{}, [&n](PendingEntry &&) { ++n; });
        if (!reader.read() || n != qsizetype(entries.size()))
            std::abort();
    });
    report("sanitizer", [&] {
        for (const PendingEntry &e : entries) {
            PendingEntry copy = e;
            (void)EntryPipeline::sanitize(std::move(copy));
        }
    });
    report("gumbo-only", [&] {
        for (const PendingEntry &e : entries) {
            QByteArray out;
            HtmlSanitizer::sanitizeWithParser(e.content, e.contentBase, out);
            if (!e.summaryFromContent)
                HtmlSanitizer::sanitizeWithParser(e.summary, e.summaryBase, out);
        }
    });
    entries.clear();
    const auto full = [&](int threads) {
        return [&data, threads] {
            qint64 written = 0;
            FeedJsonWriter writer([&written](QByteArrayView bytes) { written += bytes.size(); });
            FeedParseOptions options;
            options.sanitizerThreads = threads;
            const auto parsed = FeedParser::parse(QByteArrayView(data), options, writer);
            if (!parsed)
                std::abort();
            writer.finish(parsed.value());
        };
    };
    report("full-1cpu", full(0));
    report("full", full(-1));
    return 0;
}
