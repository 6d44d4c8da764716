// Benchmarks of the summary sidebar's core work (not a CTest test: timings belong to a quiet machine).
//   khulasa_bench_story summaries CORPUS_DIR [MAX]
//       key points of every article in the shared bench corpus (CORPUS_DIR/feeds/*): per-summary
//       mean, median, p95 and summaries per second (sentence splitting included).
//   khulasa_bench_story profile PROFILE_DIR CORPUS_DIR [ARTICLES] [LOOKUPS]
//       builds a profile of ARTICLES (default 100,000) articles made from the corpus texts, indexes it
//       in refresh batches of 5,000 (signatures, LSH bands, story clusters: wall and CPU time per batch;
//       the acceptance figure is a batch that brings the index to 10,000 articles or more, e.g. the
//       second batch of ARTICLES=10000 in a fresh PROFILE_DIR), then times LOOKUPS related-article lookups (p50/p95/max) and cached-frequency
//       summaries as the sidebar does. A profile with as many articles is reused (only what is not
//       indexed yet is indexed). Phase timings: QT_LOGGING_RULES="khulasa.storyindex.timing.debug=true".
#include "feeds/feedparser.h"
#include "store/store.h"
#include "story/storyindex.h"
#include "text/sanitizedtext.h"
#include "text/summarizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <vector>

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/** CPU time of this thread: on a shared, loaded machine wall time also counts other people's work. */
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

void report(const char *what, const std::vector<double> &ms)
{
    double total = 0;
    for (double v : ms)
        total += v;
    std::printf("%-28s n=%zu mean %.3f ms  p50 %.3f ms  p95 %.3f ms  max %.3f ms\n", what, ms.size(),
                ms.empty() ? 0 : total / double(ms.size()), percentile(ms, 0.5), percentile(ms, 0.95),
                percentile(ms, 1.0));
}

struct Text
{
    QString title;
    QString body; // plain text, one block a line, as the store keeps it
};

QList<Text> corpusTexts(const QString &corpusDir, qsizetype max)
{
    QList<Text> texts;
    const QDir dir(corpusDir + u"/feeds");
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto parsed = FeedParser::parse(file.readAll());
        if (!parsed)
            continue;
        for (const ParsedEntry &entry : parsed->entries) {
            texts.append({entry.title, SanitizedText::toPlainText(entry.content.isEmpty() ? entry.summary : entry.content)});
            if (texts.size() >= max)
                return texts;
        }
    }
    return texts;
}

int summaries(const QString &corpusDir, qsizetype max)
{
    const QList<Text> texts = corpusTexts(corpusDir, max);
    if (texts.isEmpty()) {
        std::fprintf(stderr, "no articles under %s/feeds (run gen_corpus.py)\n", qPrintable(corpusDir));
        return 1;
    }
    std::vector<double> ms, cpu;
    ms.reserve(size_t(texts.size()));
    qsizetype points = 0, sentences = 0;
    const auto all = Clock::now();
    for (const Text &text : texts) {
        const auto start = Clock::now();
        const double startCpu = threadCpuMs();
        const QList<Sentence> split = SentenceSplitter::split(text.body);
        points += Summarizer::summarize(split, text.title, 0).size();
        ms.push_back(msSince(start));
        cpu.push_back(threadCpuMs() - startCpu);
        sentences += split.size();
    }
    const double totalMs = msSince(all);
    report("summary wall time", ms);
    report("summary CPU time", cpu);
    std::printf("%lld articles, %.1f sentences each, %.2f key points each: %.0f summaries/s\n",
                qlonglong(texts.size()), double(sentences) / double(texts.size()), double(points) / double(texts.size()),
                double(texts.size()) / (totalMs / 1000.0));
    return 0;
}

/** Article k: the corpus text k mod N, its paragraphs rotated and one paragraph of another text added,
 *  so every article is distinct and some retell others (as republished wire copy does). */
Article syntheticArticle(const QList<Text> &texts, qsizetype k)
{
    const qsizetype n = texts.size();
    const Text &base = texts.at(k % n);
    QStringList paragraphs = base.body.split(u'\n', Qt::SkipEmptyParts);
    if (!paragraphs.isEmpty()) {
        const qsizetype rotate = (k / n) % paragraphs.size();
        std::rotate(paragraphs.begin(), paragraphs.begin() + rotate, paragraphs.end());
    }
    const QStringList other = texts.at((k * 7919 + 13) % n).body.split(u'\n', Qt::SkipEmptyParts);
    if (!other.isEmpty())
        paragraphs.append(other.at(k % other.size()));
    Article article;
    article.guid = QStringLiteral("bench-%1").arg(k);
    article.url = QStringLiteral("https://bench.example/%1").arg(k);
    article.title = base.title;
    article.text = paragraphs.join(u'\n');
    article.published = QDateTime::fromMSecsSinceEpoch(1790000000000LL + k * 60000LL, Qt::UTC);
    article.contentHash = QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha1);
    return article;
}

int profile(const QString &profileDir, const QString &corpusDir, qsizetype articles, int lookups)
{
    const QList<Text> texts = corpusTexts(corpusDir, 1000000);
    if (texts.isEmpty()) {
        std::fprintf(stderr, "no articles under %s/feeds (run gen_corpus.py)\n", qPrintable(corpusDir));
        return 1;
    }
    QDir().mkpath(profileDir);
    const QString path = profileDir + u"/khulasa.db";
    // A profile left by an earlier run with the same number of articles is reused (building 100,000
    // articles takes minutes); what it has not indexed yet is indexed below. Any other is started afresh.
    qsizetype existing = 0;
    if (QFile::exists(path)) {
        if (auto earlier = Store::open(path))
            existing = (*earlier)->articles(ArticleQuery{.limit = int(articles + 1)}).size();
        if (existing != articles) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1StringView(suffix));
        }
    }
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Store &store = **opened;
    constexpr qsizetype kPerFeed = 1000;
    auto start = Clock::now();
    if (existing == articles)
        std::printf("reusing the %lld articles of %s\n", qlonglong(existing), qPrintable(path));
    for (qsizetype from = existing == articles ? articles : 0; from < articles; from += kPerFeed) {
        const auto feedId = store.addFeed(QStringLiteral("https://bench.example/feed%1.xml").arg(from / kPerFeed));
        QList<Article> batch;
        for (qsizetype k = from; k < std::min(articles, from + kPerFeed); ++k)
            batch.append(syntheticArticle(texts, k));
        if (!feedId || !store.storeArticles(*feedId, batch)) {
            std::fprintf(stderr, "cannot store articles\n");
            return 1;
        }
    }
    std::printf("stored %lld articles in %.1f s\n", qlonglong(articles), msSince(start) / 1000.0);

    StoryIndex index(store);
    // The acceptance figure is a 5,000-article batch clustered into a profile of 10,000 articles or
    // more (counting the batch): earlier batches into a smaller index are listed but kept apart.
    constexpr qsizetype kBatch = 5000, kTargetProfile = 10000;
    std::vector<double> batches, batchesCpu, smallBatches;
    int clustered = 0;
    qsizetype indexed = articles - qsizetype(store.articlesToIndex(0, int(articles)).size());
    for (;;) {
        start = Clock::now();
        const double startCpu = threadCpuMs();
        const auto outcome = index.indexPending(0, int(kBatch));
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error()));
            return 1;
        }
        if (outcome->indexed == 0)
            break;
        const double wall = msSince(start), cpu = threadCpuMs() - startCpu;
        const bool target = indexed + outcome->indexed >= kTargetProfile;
        (target ? batches : smallBatches).push_back(wall);
        if (target)
            batchesCpu.push_back(cpu);
        clustered += outcome->clustered;
        std::printf("  batch of %d articles into a profile of %lld indexed: %.0f ms wall, %.0f ms CPU, %d joined a story\n",
                    outcome->indexed, qlonglong(indexed), wall, cpu, outcome->clustered);
        indexed += outcome->indexed;
    }
    report("batches, profile < 10,000", smallBatches);
    report("batch, profile >= 10,000 wall", batches);
    report("batch, profile >= 10,000 CPU", batchesCpu);
    std::printf("%d articles joined a story in these batches\n", clustered);

    QRandomGenerator random(8);
    std::vector<double> related, relatedCpu, summaries;
    qsizetype found = 0;
    for (int i = 0; i < lookups; ++i) {
        const qint64 id = 1 + qint64(random.bounded(quint32(articles)));
        start = Clock::now();
        const double startCpu = threadCpuMs();
        found += index.related(id).size();
        related.push_back(msSince(start));
        relatedCpu.push_back(threadCpuMs() - startCpu);
        const std::optional<Article> article = store.article(id);
        start = Clock::now();
        index.summarize(article->title, article->text, 0);
        summaries.push_back(msSince(start));
    }
    std::printf("profile of %lld articles:\n", qlonglong(articles));
    report("related lookup wall", related);
    report("related lookup CPU", relatedCpu);
    std::printf("%.1f related articles per lookup\n", double(found) / std::max(1, lookups));
    report("summary with store DF", summaries);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines as they come, also into a log file
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"summaries")
        return summaries(args.at(2), args.size() > 3 ? args.at(3).toLongLong() : 1000000);
    if (args.size() >= 4 && args.at(1) == u"profile")
        return profile(args.at(2), args.at(3), args.size() > 4 ? args.at(4).toLongLong() : 100000,
                       args.size() > 5 ? args.at(5).toInt() : 1000);
    std::fprintf(stderr, "usage: khulasa_bench_story summaries CORPUS_DIR [MAX]\n"
                         "       khulasa_bench_story profile PROFILE_DIR CORPUS_DIR [ARTICLES] [LOOKUPS]\n");
    return 2;
}
