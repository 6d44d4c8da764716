// Fuzz target: full-article extraction. Any bytes as a web page: never crashes or hangs, and an
// article, when one comes out, is consistent: sanitised HTML (no active content), its plain text
// present, a known direction, a UTC date or none, an absolute http(s) image or none.
#include "fuzztargets.h"

#include "html/article/articleextractor.h"

#include <QUrl>

int KhulasaFuzz::articleExtractor(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArrayView page(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto article = ArticleExtractor::extract(page, QUrl(QStringLiteral("https://site.example/a/page.html")));
    if (!article) {
        KHULASA_FUZZ_CHECK(!article.error().isEmpty());
        return 0;
    }
    KHULASA_FUZZ_CHECK(!article->text.isEmpty());
    KHULASA_FUZZ_CHECK(article->direction == u"rtl" || article->direction == u"ltr");
    const QString html = article->contentHtml.toLower();
    KHULASA_FUZZ_CHECK(!html.contains(u"<script") && !html.contains(u"<iframe") && !html.contains(u"<style")
                       && !html.contains(u"javascript:") && !html.contains(u"onerror="));
    KHULASA_FUZZ_CHECK(!article->published.isValid() || article->published.timeSpec() == Qt::UTC);
    KHULASA_FUZZ_CHECK(article->image.isEmpty() || article->image.startsWith(u"http"));
    return 0;
}

#ifdef KHULASA_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return KhulasaFuzz::articleExtractor(data, size);
}
#endif
