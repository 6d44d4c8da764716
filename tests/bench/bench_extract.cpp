// Full-article extraction time on one large page (issue 7: a 500 KB page in under 20 ms).
//   khulasa_bench_extract [FILE [URL]] [--runs N] [--write-page PATH]
// Without FILE the page is built from the Arabic fixture tests/data/pages/ar_news_clutter.html,
// grown the way real news pages are heavy: a long story, 150 KB of inline script and JSON state,
// a comment thread, mega-menus and sidebars, to about 500 KB. Prints the page size, then the median,
// minimum and 90th percentile of the runs (wall clock and thread CPU time) for the whole extraction
// and, for comparison, for gumbo parsing the unstripped page alone.
#include "feeds/feeddecoder.h"
#include "html/article/articleextractor.h"
#include "html/article/contentscorer.h"
#include "html/article/contentwriter.h"
#include "html/article/pagemetadata.h"
#include "html/article/pagetree.h"
#include "html/gumbofragment.h"
#include "html/inertcontent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

#include <algorithm>
#include <ctime>
#include <utility>
#include <cstdio>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray syntheticPage()
{
    QByteArray page = readFile(QStringLiteral(KHULASA_TEST_DATA "/pages/ar_news_clutter.html"));
    if (page.isEmpty())
        return page;
    // Inline script and serialised application state, as single-page news sites ship them.
    QByteArray script = "<script>window.__STATE__ = {\"items\":[";
    while (script.size() < 150 * 1024)
        script.append("{\"id\":12345,\"title\":\"\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86 \xd8\xae\xd8\xa8\xd8\xb1\",\"url\":\"/a/12345\",\"tags\":[\"x\",\"y\"]},");
    script.append("{}]};</script>\n");
    page.replace("</head>", QByteArray(script + "</head>"));
    // A long story: the fixture's paragraphs many times over.
    const qsizetype start = page.indexOf("<div class=\"matn\">") + 18;
    const qsizetype adBox = page.indexOf("<div class=\"i3lan-box\">");
    page.insert(adBox, page.mid(start, adBox - start).repeated(14));
    // A comment thread and a mega-menu.
    const QByteArray comment = "<div class=\"ta3liq\"><b>\xd9\x82\xd8\xa7\xd8\xb1\xd8\xa6</b><p>\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x82 \xd8\xb7\xd9\x88\xd9\x8a\xd9\x84 \xd9\x86\xd8\xb3\xd8\xa8\xd9\x8a\xd8\xa7\xd9\x8b\xd8\x8c \xd9\x8a\xd9\x83\xd8\xb1\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xb1\xd8\xa3\xd9\x8a \xd9\x86\xd9\x81\xd8\xb3\xd9\x87 \xd8\xa8\xd8\xb9\xd8\xa8\xd8\xa7\xd8\xb1\xd8\xa7\xd8\xaa \xd9\x85\xd8\xae\xd8\xaa\xd9\x84\xd9\x81\xd8\xa9.</p><a href=\"#reply\">\xd8\xb1\xd8\xaf</a></div>\n";
    QByteArray menu = "<div class=\"mega-menu\"><ul>";
    while (page.size() + menu.size() < 500 * 1024) {
        page.replace("<h3>التعليقات</h3>", QByteArray("<h3>التعليقات</h3>" + comment.repeated(40)));
        menu.append("<li class=\"menu-item\"><a href=\"/section/sub\">\xd9\x82\xd8\xb3\xd9\x85 \xd9\x81\xd8\xb1\xd8\xb9\xd9\x8a</a></li>\n");
    }
    menu.append("</ul></div>");
    page.replace("<div class=\"container\">", QByteArray(menu + "<div class=\"container\">"));
    return page;
}

struct Stats
{
    double median, minimum, p90;
};

Stats summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.first(), ms[std::min<qsizetype>(ms.size() - 1, ms.size() * 9 / 10)]};
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/** Wall-clock and CPU time of each run: on a shared machine the CPU time is the fairer figure. */
template <typename Work>
std::pair<Stats, Stats> measure(int runs, Work work)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    return {summarise(wall), summarise(cpu)};
}

void print(const char *label, const std::pair<Stats, Stats> &s)
{
    std::printf("%-11s wall median %7.2f ms  min %7.2f  p90 %7.2f | cpu median %7.2f ms  min %7.2f  p90 %7.2f\n", label,
                s.first.median, s.first.minimum, s.first.p90, s.second.median, s.second.minimum, s.second.p90);
}

/** Median CPU time of each stage of one extraction, to show where the time goes. The stages are the
 *  ones ArticleExtractor::extract runs, called here one by one on the same page. */
void printStages(const QByteArray &page, const QUrl &url, int runs)
{
    const QByteArray utf8 = FeedDecoder::toUtf8(page, ArticleExtractor::declaredCharset(page)).value().utf8;
    const QByteArray stripped = InertContent::strip(utf8).html;
    const auto time = [runs](auto work) { return measure(runs, work).second.median; };
    const double decode = time([&] { (void)FeedDecoder::toUtf8(page, ArticleExtractor::declaredCharset(page)); });
    const double prepass = time([&] { (void)InertContent::strip(utf8); });
    const double parse = time([&] { const GumboFragment doc(stripped, GumboFragment::Scope::Document); });
    const GumboFragment document(stripped, GumboFragment::Scope::Document);
    const double tree = time([&] { const PageTree t(document.root(), stripped.size()); });
    PageTree pageTree(document.root(), stripped.size());
    const double metadata = time([&] { (void)PageMetadataReader::read(pageTree, url); });
    const PageMetadata meta = PageMetadataReader::read(pageTree, url);
    const double scoring = time([&] {
        pageTree.restoreAll();
        ContentScorer scorer(pageTree, ScoringOptions{});
        const QList<int> roots = scorer.select();
        ContentWriter writer(pageTree, url, meta.title, true);
        (void)writer.write(roots);
    });
    std::printf("stages (cpu medians, ms): decode %.2f  pre-pass %.2f (%lld -> %lld bytes)  parse %.2f  tree %.2f  "
                "metadata %.2f  score+write %.2f\n",
                decode, prepass, (long long)utf8.size(), (long long)stripped.size(), parse, tree, metadata, scoring);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 101;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    QString writeTo; // --write-page PATH: keep the generated page, e.g. to profile the parser on it
    if (const qsizetype at = args.indexOf(QStringLiteral("--write-page")); at >= 0 && at + 1 < args.size()) {
        writeTo = args.at(at + 1);
        args.remove(at, 2);
    }
    const QByteArray page = args.isEmpty() ? syntheticPage() : readFile(args.first());
    const QUrl url(args.size() > 1 ? args.at(1) : QStringLiteral("https://alwaha.example/mahaliyat/2026/11/15/tahliya"));
    if (page.isEmpty()) {
        std::fprintf(stderr, "no page to read\n");
        return 1;
    }
    if (!writeTo.isEmpty()) {
        QFile out(writeTo);
        if (!out.open(QIODevice::WriteOnly) || out.write(page) != page.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(writeTo));
            return 1;
        }
    }
    const auto check = ArticleExtractor::extract(page, url);
    if (!check) {
        std::fprintf(stderr, "extraction failed: %s\n", qPrintable(check.error()));
        return 1;
    }
    std::printf("page: %lld bytes, article text: %lld characters, %d runs\n", (long long)page.size(),
                (long long)check->text.size(), runs);
    print("extract", measure(runs, [&] { (void)ArticleExtractor::extract(page, url); }));
    print("gumbo-whole", measure(runs, [&] { const GumboFragment doc(page, GumboFragment::Scope::Document); }));
    printStages(page, url, runs);
    return 0;
}
