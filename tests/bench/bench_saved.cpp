// What showing a saved article costs the UI thread (issue 5): reading its kept images from the
// profile's cache as data: URIs and splicing them into the article's HTML.
//   khulasa_bench_saved [IMAGES [KB_EACH]] [--runs N]     (defaults: 12 images of 400 KB, 20 runs)
// The images are random bytes behind a PNG signature, kept in a temporary folder the way ArticleSaver
// keeps them; the article is the Arabic fixture page's paragraphs with an <img> between each pair.
// Prints the median and the 90th percentile of each step and of both together (wall clock).
#include "saving/articleimages.h"
#include "saving/articlesaver.h"
#include "saving/savedimagefiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
struct Timings
{
    QList<double> read, splice, total;
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void print(const char *what, const QList<double> &ms)
{
    std::printf("%-28s median %8.2f ms   p90 %8.2f ms\n", what, percentile(ms, 0.5), percentile(ms, 0.9));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 20;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = qMax(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    const int images = args.size() > 0 ? qMax(1, args.at(0).toInt()) : 12;
    const int kilobytes = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 400;

    QTemporaryDir dir;
    const QString root = SavedImageFiles::rootIn(dir.path());
    const qint64 articleId = 1;
    QList<SavedImage> kept;
    QString html;
    for (int i = 0; i < images; ++i) {
        QByteArray bytes("\x89PNG\r\n\x1a\n");
        bytes.resize(qsizetype(kilobytes) * 1024);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data() + 8), (bytes.size() - 8) / 4);
        const QString url = QStringLiteral("https://news.example/media/2026/11/photo-%1.png").arg(i);
        const QString name = SavedImageFiles::fileNameFor(url, QStringLiteral("image/png"));
        if (!SavedImageFiles::write(root, articleId, name, bytes)) {
            std::fprintf(stderr, "cannot write the images\n");
            return 1;
        }
        kept.append({url, name, QStringLiteral("image/png"), bytes.size(), {}});
        html += QStringLiteral("<p dir=\"auto\">افتتحت الحكومة صباح اليوم الأحد مشروعًا جديدًا للطاقة الشمسية في الجنوب، "
                               "بقدرة ٥٠٠ ميغاواط، وسط حضور رسمي واسع.</p><figure><img src=\"%1\" alt=\"صورة %2\" "
                               "srcset=\"%1 1200w\"><figcaption>صورة %2</figcaption></figure>")
                    .arg(url).arg(i);
    }
    std::printf("%d images of %d KB (%.1f MB), article HTML %lld KB, %d runs\n", images, kilobytes,
                images * kilobytes / 1024.0, static_cast<long long>(html.size() * 2 / 1024), runs);
    Timings t;
    qsizetype outSize = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QHash<QString, QString> uris = SavedImageFiles::dataUris(root, articleId, kept, ArticleSaver::MaxArticleBytes);
        const double read = double(timer.nsecsElapsed()) / 1e6;
        const QString out = ArticleImages::withLocalImages(html, uris);
        const double total = double(timer.nsecsElapsed()) / 1e6;
        outSize = out.size();
        t.read << read;
        t.splice << total - read;
        t.total << total;
    }
    std::printf("document with images inlined: %.1f MB (UTF-16)\n", double(outSize) * 2 / (1024 * 1024));
    print("read + data: URIs", t.read);
    print("splice into the HTML", t.splice);
    print("both (the UI thread's cost)", t.total);
    return 0;
}
