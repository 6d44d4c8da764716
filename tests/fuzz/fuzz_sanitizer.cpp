// Fuzz target: the HTML sanitiser. Two oracles: safety (re-parse the output with gumbo and allow
// only whitelisted elements, attributes and URL schemes) and agreement (the fast path, whenever it
// accepts the input, must write exactly what the gumbo path writes).
#include "fuzztargets.h"

#include "html/gumbofragment.h"
#include "html/htmlsanitizer.h"
#include "html/sanitizerwriter.h"
#include "html/simplemarkup.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool allowedAttribute(const char *name)
{
    static const char *const Allowed[] = {"dir",     "lang",     "title", "style", "href",     "hreflang",
                                          "src",     "srcset",   "alt",   "width", "height",   "colspan",
                                          "rowspan", "scope",    "span",  "align", "valign",   "start",
                                          "type",    "reversed", "value", "cite",  "datetime", "rel"};
    for (const char *a : Allowed) {
        if (std::strcmp(a, name) == 0)
            return true;
    }
    return false;
}

bool safeUrl(const char *value, bool image)
{
    const QByteArray v = QByteArray(value).trimmed().toLower();
    if (v.startsWith("http:") || v.startsWith("https:")) // "https:/x" is an https URL to a browser
        return true;
    if (!image && v.startsWith("mailto:"))
        return true;
    return image && v.startsWith("data:image/") && !v.startsWith("data:image/svg");
}

void checkSafe(const QByteArray &html)
{
    const GumboFragment document{QByteArrayView(html)};
    if (!document.root())
        return;
    QList<const GumboNode *> stack{document.root()};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        const GumboElement &el = node->v.element;
        if (node != document.root()) {
            KHULASA_FUZZ_CHECK(el.tag_namespace == GUMBO_NAMESPACE_HTML);
            KHULASA_FUZZ_CHECK(SanitizerWriter::actionFor(el.tag) == SanitizerWriter::Action::Keep);
        }
        for (unsigned i = 0; i < el.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(el.attributes.data[i]);
            KHULASA_FUZZ_CHECK(allowedAttribute(a->name));
            if (std::strcmp(a->name, "href") == 0 || std::strcmp(a->name, "cite") == 0)
                KHULASA_FUZZ_CHECK(safeUrl(a->value, false));
            if (std::strcmp(a->name, "src") == 0)
                KHULASA_FUZZ_CHECK(safeUrl(a->value, true));
            if (std::strcmp(a->name, "style") == 0) {
                const QByteArray style = QByteArray(a->value).toLower();
                KHULASA_FUZZ_CHECK(!style.contains("expression") && !style.contains("javascript:") &&
                                   !style.contains("\\") && !style.contains("/*"));
            }
        }
        for (unsigned i = 0; i < el.children.length; ++i)
            stack.append(static_cast<const GumboNode *>(el.children.data[i]));
    }
}

} // namespace

int KhulasaFuzz::sanitizer(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    // The sanitiser's contract is valid UTF-8 (the feed decoder guarantees it): repair first.
    const QByteArray html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).toUtf8();
    const QUrl base(QStringLiteral("https://site.example/a/page.html"));
    QByteArray viaParser;
    HtmlSanitizer::sanitizeWithParser(html, base, viaParser);
    QByteArray viaFastPath;
    if (SimpleMarkup::sanitize(html, base, viaFastPath)) {
        if (viaFastPath != viaParser) {
            std::fprintf(stderr, "fast path: %s\ngumbo:     %s\n", viaFastPath.constData(), viaParser.constData());
            KHULASA_FUZZ_CHECK(viaFastPath == viaParser);
        }
    }
    QByteArray combined;
    HtmlSanitizer::sanitizeUtf8(html, base, combined);
    KHULASA_FUZZ_CHECK(combined == viaParser);
    checkSafe(viaParser);
    return 0;
}

#ifdef KHULASA_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return KhulasaFuzz::sanitizer(data, size);
}
#endif
