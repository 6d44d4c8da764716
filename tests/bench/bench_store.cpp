// Store benchmark at scale: builds a profile database with N articles (half Arabic, half English)
// through Store::storeArticles (the refresh path: triggers keep the search index), then measures
// search latency (p50/p95 per language) and the article-list queries the GUI runs.
//   khulasa_bench_store DATABASE [ARTICLES=100000] [RUNS=30]
// An existing DATABASE is reused (no insert figures then), so the queries can be re-measured quickly.
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
QStringList readWords(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.startsWith(u'#'))
            words += line.split(u' ', Qt::SkipEmptyParts);
    }
    return words;
}

/** Skewed choice: a few words are very common, most are rare (as in news prose). */
QString pick(const QStringList &words, QRandomGenerator &random)
{
    const double u = random.generateDouble();
    return words.at(qMin(words.size() - 1, qsizetype(std::pow(u, 2.2) * words.size())));
}

QString sentence(const QStringList &words, int count, QRandomGenerator &random)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << pick(words, random);
    return out.join(u' ');
}

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(std::ceil(q * ms.size())) - 1)); };
    return {at(0.50), at(0.95), ms.last()};
}

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void build(Store &store, int total, QRandomGenerator &random)
{
    const QStringList arabic = readWords(QStringLiteral(KHULASA_BENCH_DIR "/words_ar.txt"));
    const QStringList english = readWords(QStringLiteral(KHULASA_BENCH_DIR "/words_en.txt"));
    constexpr int kPerFeed = 500, kBatch = 50;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    qint64 textChars = 0;
    int stored = 0;
    for (int feedIndex = 0; stored < total; ++feedIndex) {
        const bool isArabic = feedIndex % 2 == 0;
        const QStringList &words = isArabic ? arabic : english;
        const qint64 feed = store.addFeed(QStringLiteral("https://bench%1.example/feed").arg(feedIndex)).value();
        for (int first = 0; first < kPerFeed && stored < total; first += kBatch) {
            QList<Article> batch;
            for (int i = first; i < first + kBatch && stored + batch.size() < total; ++i) {
                Article a;
                a.guid = QStringLiteral("f%1-%2").arg(feedIndex).arg(i);
                a.url = u"https://bench.example/" + a.guid;
                a.title = sentence(words, 6 + random.bounded(7), random);
                a.text = sentence(words, 150 + random.bounded(250), random);
                a.summaryHtml = u"<p>" + a.text.left(300).toHtmlEscaped() + u"</p>";
                a.direction = isArabic ? QStringLiteral("rtl") : QStringLiteral("ltr");
                a.language = isArabic ? QStringLiteral("ar") : QStringLiteral("en");
                a.published = now.addSecs(-qint64(random.bounded(60 * 24 * 3600)));
                a.contentHash = QCryptographicHash::hash(a.guid.toUtf8(), QCryptographicHash::Sha1);
                textChars += a.text.size();
                batch << a;
            }
            if (!store.storeArticles(feed, batch))
                qFatal("insert failed");
            stored += int(batch.size());
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    print(QStringLiteral("insert\t%1 articles (%2 MB of text) in %3 s = %4 articles/s (batches of %5, one transaction each)")
              .arg(stored).arg(textChars * 2 / 1e6, 0, 'f', 0).arg(seconds, 0, 'f', 1).arg(stored / seconds, 0, 'f', 0).arg(kBatch));
}

void measureSearch(Store &store, const QString &label, const QStringList &queries, int runs, int limit)
{
    QList<double> all;
    for (const QString &query : queries) {
        store.search(query, limit); // warm the page cache for this query
        QList<double> times;
        int found = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto hits = store.search(query, limit);
            times << timer.nsecsElapsed() / 1e6;
            found = hits ? int(hits->size()) : -1;
        }
        const Percentiles p = percentiles(times);
        print(QStringLiteral("search\t%1\t%2\tlimit %3\thits %4\tp50 %5 ms\tp95 %6 ms")
                  .arg(label, query).arg(limit).arg(found).arg(p.p50, 0, 'f', 2).arg(p.p95, 0, 'f', 2));
        all << times;
    }
    const Percentiles p = percentiles(all);
    print(QStringLiteral("search\t%1 overall\tlimit %2\tp50 %3 ms\tp95 %4 ms\tmax %5 ms")
              .arg(label).arg(limit).arg(p.p50, 0, 'f', 2).arg(p.p95, 0, 'f', 2).arg(p.max, 0, 'f', 2));
}

void measureList(Store &store, const QString &label, const ArticleQuery &query, int runs)
{
    QList<double> times;
    int rows = 0;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        rows = int(store.articles(query).size());
        if (run > 0)
            times << timer.nsecsElapsed() / 1e6;
    }
    const Percentiles p = percentiles(times);
    print(QStringLiteral("list\t%1\trows %2\tp50 %3 ms\tp95 %4 ms")
              .arg(label).arg(rows).arg(p.p50, 0, 'f', 2).arg(p.p95, 0, 'f', 2));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: khulasa_bench_store DATABASE [ARTICLES=100000] [RUNS=30]\n", stderr);
        return 2;
    }
    const QString path = args.at(1);
    const int total = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 30;
    const bool existing = QFileInfo::exists(path);
    QElapsedTimer openTimer;
    openTimer.start();
    auto store = Store::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    print(QStringLiteral("open\t%1 ms").arg(openTimer.elapsed()));
    QRandomGenerator random(20261129);
    if (!existing)
        build(**store, total, random);
    print(QStringLiteral("file\t%1 MB").arg(QFileInfo(path).size() / 1e6, 0, 'f', 0));

    const QStringList arabicQueries = {
        QStringLiteral("الحكومة"), QStringLiteral("الوزراء"), QStringLiteral("الإقتصاد"), QStringLiteral("وزارة الخارجية"),
        QStringLiteral("\"رئيس الوزراء\""), QStringLiteral("الاستثمار*"), QStringLiteral("القاهرة المفاوضات"),
        QStringLiteral("والمُفاوضاتُ"), QStringLiteral("الرياض"), QStringLiteral("اقتصا*"),
    };
    const QStringList englishQueries = {
        QStringLiteral("agreements"), QStringLiteral("climate"), QStringLiteral("oil prices"), QStringLiteral("\"trade agreement\""),
        QStringLiteral("vacc*"), QStringLiteral("elections parliament"), QStringLiteral("ceasefire"), QStringLiteral("satellites"),
        QStringLiteral("inflation rates"), QStringLiteral("refug*"),
    };
    for (int limit : {20, 50}) {
        measureSearch(**store, QStringLiteral("arabic"), arabicQueries, runs, limit);
        measureSearch(**store, QStringLiteral("english"), englishQueries, runs, limit);
    }
    // The commonest words of each language: the worst case (they match most of the articles).
    measureSearch(**store, QStringLiteral("worst"), {QStringLiteral("في"), QStringLiteral("the")}, qMax(3, runs / 5), 20);

    ArticleQuery page;
    page.limit = 200;
    measureList(**store, QStringLiteral("all, first 200"), page, runs);
    {
        // Deep in the list: the page after article 50,000 (keyset, as the GUI's fetchMore asks).
        ArticleQuery deep;
        deep.limit = 50000;
        const QList<Article> first = (*store)->articles(deep);
        ArticleQuery after = page;
        after.afterSortTime = first.last().sortTime;
        after.afterId = first.last().id;
        measureList(**store, QStringLiteral("all, 200 after row 50000 (keyset)"), after, runs);
    }
    page.unreadOnly = true;
    measureList(**store, QStringLiteral("unread, first 200"), page, runs);
    page.unreadOnly = false;
    page.feedId = 7;
    measureList(**store, QStringLiteral("one feed, first 200"), page, runs);
    page.feedId = 0;
    page.search = QStringLiteral("الحكومة");
    measureList(**store, QStringLiteral("search filter, first 200 by date"), page, runs);
    QElapsedTimer countTimer;
    countTimer.start();
    const ArticleCounts counts = (*store)->counts();
    print(QStringLiteral("counts\tunread %1 saved %2 today %3 in %4 ms").arg(counts.unread).arg(counts.saved).arg(counts.today).arg(countTimer.nsecsElapsed() / 1e6, 0, 'f', 2));
    QElapsedTimer feedsTimer;
    feedsTimer.start();
    const int feeds = int((*store)->feeds().size());
    print(QStringLiteral("feeds\t%1 feeds with unread counts in %2 ms").arg(feeds).arg(feedsTimer.nsecsElapsed() / 1e6, 0, 'f', 2));
    return 0;
}
