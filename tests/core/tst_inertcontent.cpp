// The pre-pass that removes the contents of scripts, styles, SVG and comments before parsing
// (InertContent) must leave the parser building the same tree, apart from those contents, and the
// extractor finding the same article. Checked against gumbo itself: on every page fixture, on
// inputs written to trip a careless scanner (unterminated scripts, "</script" in strings, "<!--" in
// scripts, upper case, NUL bytes, markup in attribute values, SVG with HTML inside…) and on
// thousands of documents assembled at random from such pieces.
#include "html/article/articleextractor.h"
#include "html/gumbofragment.h"
#include "html/inertcontent.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <gumbo.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A byte string literal that may hold NUL bytes. */
template <size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QByteArray elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(element.tag);
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name);
    return QByteArray(name.data, qsizetype(name.length)).toLower();
}

/** Children the pre-pass may remove: the text of scripts other than JSON-LD and of styles, and
 *  everything inside <svg>. They are left out of the description on both sides. */
bool contentIsInert(const GumboElement &element)
{
    if (element.tag_namespace == GUMBO_NAMESPACE_SVG && element.tag == GUMBO_TAG_SVG)
        return true;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    if (element.tag == GUMBO_TAG_STYLE)
        return true;
    const QByteArrayView startTag(element.original_tag.data, qsizetype(element.original_tag.length));
    return element.tag == GUMBO_TAG_SCRIPT && !startTag.toByteArray().toLower().contains("ld+json");
}

/** The tree as text: elements with namespace and attributes, text with its node type, comments
 *  without their text. */
void describe(const GumboNode *node, QByteArray &out, int depth)
{
    out.append(QByteArray(depth, ' '));
    switch (node->type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
        const GumboElement &element = node->v.element;
        out.append('<').append(QByteArray::number(element.tag_namespace)).append(':').append(elementName(element));
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            out.append(' ').append(a->name).append("=\"").append(a->value).append('"');
        }
        out.append(">\n");
        if (contentIsInert(element))
            return;
        for (unsigned i = 0; i < element.children.length; ++i)
            describe(static_cast<const GumboNode *>(element.children.data[i]), out, depth + 1);
        return;
    }
    case GUMBO_NODE_COMMENT:
        out.append("#comment\n");
        return;
    default:
        out.append("#text").append(QByteArray::number(node->type)).append(" \"").append(node->v.text.text).append("\"\n");
        return;
    }
}

QByteArray tree(QByteArrayView html, GumboFragment::Scope scope = GumboFragment::Scope::Document)
{
    const GumboFragment document(html, scope);
    QByteArray out;
    if (document.root())
        describe(document.root(), out, 0);
    return out;
}

QString describe(const Result<ExtractedArticle> &result)
{
    if (!result)
        return u"error: "_s + result.error();
    const ExtractedArticle &a = result.value();
    return QStringList{a.title, a.byline, a.published.toString(Qt::ISODate), a.image, a.siteName, a.language,
                       a.direction, a.contentHtml, a.text}
        .join(u"\n|"_s);
}

const QUrl kPageUrl(u"https://news.example/2026/11/story.html"_s);

QByteArray articleParagraphs()
{
    return "<p>The committee met on Monday to discuss the proposal, which would change how the city pays for "
           "its buses, trams and ferries over the next ten years.</p>\n"
           "<p>\xd8\xa7\xd8\xac\xd8\xaa\xd9\x85\xd8\xb9\xd8\xaa \xd8\xa7\xd9\x84\xd9\x84\xd8\xac\xd9\x86\xd8\xa9 "
           "\xd9\x8a\xd9\x88\xd9\x85 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xab\xd9\x86\xd9\x8a\xd9\x86\xd8\x8c and members "
           "said the plan, if adopted, would be reviewed every two years by an independent panel.</p>\n"
           "<p>Opponents argued that fares would rise, that the ferries would lose their subsidy, and that the "
           "consultation had been far too short for a change of this size.</p>\n";
}

/** Inputs that a scanner ignorant of the tokenizer's rules gets wrong. */
const QList<QPair<const char *, QByteArray>> kHostile = {
    {"unterminated script", "<script>var a = '<p>not text</p>';"},
    {"unterminated style", "<style>p { color: red }"},
    {"unterminated comment", "<!-- <p>hidden</p>"},
    {"end tag in a string", "<script>document.write(\"</script>\");</script><p>after</p>"},
    {"end tag name longer", "<script>a = '</scripts>'; b = '<p>in script</p>';</script><p>after</p>"},
    {"end tag with attributes", "<script>x</script foo=\">\" bar>tail</p><p>after</p>"},
    {"end tag self-closed", "<script>x</script/><p>after</p>"},
    {"end tag at the end", "<p>before</p><script>x</script"},
    {"escaped script", "<script><!-- document.write('</script>'); --></script><p>after</p>"},
    {"double-escaped script", "<script><!--<script>a='</script>';</script>b--></script><p>after</p>"},
    {"double escape ended", "<script><!--<script></script></script><p>after</p>"},
    {"escape closed at once", "<script><!--></script><p>after</p>"},
    {"escape with dash", "<script><!---></script><p>after</p>"},
    {"escape never closed", "<script><!-- <script> </script> <p>in script</p>"},
    {"upper case", "<SCRIPT TYPE=\"text/javascript\">x</SCRIPT ><STYLE>p{}</Style\t><p>after</p>"},
    {"mixed case end", "<script>x</ScRiPt><p>after</p>"},
    {"NUL in tag name", bytes("<scr\0ipt>text</scr\0ipt><p>after</p>")},
    {"NUL in end tag", bytes("<script>a</script\0>b</script><p>after</p>")},
    {"NUL in script", bytes("<script>a\0b</script><p>af\0ter</p>")},
    {"markup in attribute", "<a href=\"/x\" title=\"<script>\">link</a><p>after <b>bold</b></p>"},
    {"comment in attribute", "<div data-x='<!--'><p>visible</p></div><p>--></p>"},
    {"quoted > in tag", "<div title=\"a>b\" class=x><script src=\"a>b\">y</script></div><p>after</p>"},
    {"unquoted attribute", "<div title=a<b>c</div><script a=b/>x</script><p>after</p>"},
    {"script in title", "<title>A <script>x</script> title</title><p>after</p>"},
    {"comment in textarea", "<textarea><!--</textarea><p>after</p>-->"},
    {"script in iframe", "<iframe><script>x</iframe><p>after</p>"},
    {"script in xmp", "<xmp><script></xmp><p>after</p></script>"},
    {"script in noscript", "<noscript><script>x</script><img src=a.jpg></noscript><p>after</p>"},
    {"script in template", "<template><script>x</script><p>t</p></template><p>after</p>"},
    {"script in table", "<table><script>x</script><tr><td>cell</td></tr></table><p>after</p>"},
    {"comment forms", "<!-->a<!--->b<!---->c<!-- x --!>d<!-- y --!-->e<!--<!-- z -->f"},
    {"bogus comments", "<!x <script> ><p>a</p><? <style> ?><p>b</p></ <script> ><p>c</p></><p>d</p>"},
    {"simple svg", "<svg viewBox=\"0 0 1 1\"><title>Share</title><path d=\"M0 0\"/><g><circle r=\"1\"/></g></svg><p>after</p>"},
    {"svg with html", "<svg><path/><p>breaks out</p></svg><p>after</p>"},
    {"svg with font", "<svg><font color=red>out</font></svg><p>after</p>"},
    {"svg in svg", "<svg><svg></svg>inner text</svg><p>after</p>"},
    {"svg cdata", "<svg><![CDATA[ </svg> <p>cdata</p> ]]></svg><p>after</p>"},
    {"svg style", "<svg><style><b>x</b></style></svg><p>after</p>"},
    {"svg script", "<svg><script>if (a<b) x();</script></svg><p>after</p>"},
    {"svg foreignObject", "<svg><foreignObject><script>x</script><p>html</p></foreignObject></svg><p>after</p>"},
    {"svg stray end tag", "<div><svg><g></div>after div</g></svg><p>after</p></div>"},
    {"svg unterminated", "<p>before</p><svg><path d=\"M0\"/>"},
    {"self-closed svg", "<svg/><p>after</p><script>x</script>"},
    {"math", "<math><mi><style>x</style></mi></math><script>y</script><p>after</p>"},
    {"select", "<select><style><b>x</b></style><option>o</select><script>y</script><p>after</p>"},
    {"select with script", "<select><option>a<script>x</script></select><script>y</script><p>after</p>"},
    {"frameset after svg", "<svg>text</svg><frameset><frame src=a></frameset>"},
    {"plaintext", "<p>before</p><plaintext><script>x</script><p>not a tag"},
    {"tag cut off", "<p>before</p><script src=\"a"},
    {"json-ld kept", "<script type=\"application/LD+JSON\">{\"headline\": \"H\", \"author\": {\"name\": \"A <b>B</b>\"}}</script>"},
    {"doctype", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><table><p>quirks?</table>"},
};

/** Pieces of markup for random documents: ordinary structure and every kind of trap above. */
const QList<QByteArray> kPieces = {
    "<p>", "</p>", "<div class=\"a\">", "</div>", "words ", "\xd9\x86\xd8\xb5 ", "<b>", "</b>", "<i>", "<table>",
    "<td>", "</table>", "<tr>", "<script>", "</script>", "</SCRIPT >", "</script/>", "</scripts>",
    "<script type=\"application/ld+json\">", "{\"a\":\"</b>\"}", "<!--", "-->", "--!>", "<!-->", "<!--->", "x<y",
    "<style>", "</style>", "</style ", "<svg>", "</svg>", "<svg viewBox=\"0 0 1 1\">", "<path d=\"M0 0\"/>", "<g>",
    "</g>", "<title>", "</title>", "<desc>", "<foreignObject>", "<![CDATA[", "]]>", "<math>", "</math>",
    "<select>", "<option>", "</select>", "<textarea>", "</textarea>", "<iframe>", "</iframe>", "<noscript>",
    "</noscript>", "<template>", "</template>", "<xmp>", "</xmp>", "<a href=\"x\" title=\"<script>\">", "'",
    "\"", ">", "<", "/", "=", QByteArray(1, '\0'), "<img src=x>", "<br/>", "<font color=red>", "<noembed>",
    "<noframes>", "<!DOCTYPE html>", "<?php x ?>", "</ x>", "</>", "\n", "<head>", "<body>", "<SCRIPT>",
    "<sCrIpT src=a>", "<STYLE>", "<SVG>", "</SVG>", "-", "<frameset>", "<plaintext>", "<a title=", "<h1>",
    "</h1>", "<span>", "</span>", "<li>", "<ul>", "</ul>", "<meta name=x content=y>", "<time datetime=2026-01-01>",
};

QByteArray randomDocument(QRandomGenerator &random)
{
    QByteArray html;
    const int pieces = 1 + int(random.bounded(30));
    for (int i = 0; i < pieces; ++i)
        html.append(kPieces.at(random.bounded(int(kPieces.size()))));
    return html;
}

} // namespace

class TestInertContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesInertContent();
    void keepsJsonLd();
    void sameTreeOnHostileInput_data();
    void sameTreeOnHostileInput();
    void sameArticleOnHostileInput_data();
    void sameArticleOnHostileInput();
    void sameArticleOnFixtures_data();
    void sameArticleOnFixtures();
    void sameTreeOnRandomDocuments();
    void estimatesDepth();
    void stopsAtDepthBound();
    void flattensBeyondDepth();
};

void TestInertContent::removesInertContent()
{
    const QByteArray page = "<head><style>p { color: red }</style><script src=a.js>var x = '<p>';</script></head>"
                            "<body><!-- a note --><svg><path d=\"M0 0\"/></svg><p>text</p></body>";
    QCOMPARE(InertContent::strip(page).html,
             QByteArray("<head><style></style><script src=a.js></script></head>"
                        "<body><!----><svg></svg><p>text</p></body>"));
    // Nothing to remove: the page comes back as it was.
    const QByteArray plain = "<p>a <b>b</b> &lt;c&gt;</p>";
    QCOMPARE(InertContent::strip(plain).html, plain);
}

void TestInertContent::keepsJsonLd()
{
    const QByteArray page = "<script type=\"application/ld+json\">{\"headline\": \"H\"}</script><script>x()</script>";
    QCOMPARE(InertContent::strip(page).html,
             QByteArray("<script type=\"application/ld+json\">{\"headline\": \"H\"}</script><script></script>"));
    QCOMPARE(InertContent::strip(page, {InertContent::JsonLd::Remove}).html,
             QByteArray("<script type=\"application/ld+json\"></script><script></script>"));
}

void TestInertContent::sameTreeOnHostileInput_data()
{
    QTest::addColumn<QByteArray>("html");
    for (const auto &[name, html] : kHostile)
        QTest::newRow(name) << html;
}

void TestInertContent::sameTreeOnHostileInput()
{
    QFETCH(QByteArray, html);
    const QByteArray stripped = InertContent::strip(html).html;
    QCOMPARE(tree(stripped), tree(html));
}

void TestInertContent::sameArticleOnHostileInput_data()
{
    sameTreeOnHostileInput_data();
}

void TestInertContent::sameArticleOnHostileInput()
{
    // The trap before, inside and after an article, so that there is an article to find.
    QFETCH(QByteArray, html);
    const QByteArray article = articleParagraphs();
    for (const QByteArray &page : {QByteArray("<html><body>" + html + "<article>" + article + "</article>"),
                                   QByteArray("<html><body><article>" + article + html + article + "</article>"),
                                   QByteArray("<html><body><article>" + article + "</article>" + html)}) {
        const auto with = ArticleExtractor::extract(page, kPageUrl);
        const auto without = ArticleExtractor::extract(page, kPageUrl, {}, ArticleExtractor::Prepass::None);
        QCOMPARE(describe(with), describe(without));
    }
}

void TestInertContent::sameArticleOnFixtures_data()
{
    QTest::addColumn<QString>("path");
    const QDir pages(QStringLiteral(KHULASA_TEST_DATA "/pages"));
    const QStringList names = pages.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 6);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << pages.filePath(name);
}

void TestInertContent::sameArticleOnFixtures()
{
    QFETCH(QString, path);
    const QByteArray page = readFile(path);
    QVERIFY(!page.isEmpty());
    const auto with = ArticleExtractor::extract(page, kPageUrl);
    const auto without = ArticleExtractor::extract(page, kPageUrl, {}, ArticleExtractor::Prepass::None);
    QCOMPARE(describe(with), describe(without));
    // The trees of the UTF-8 fixtures (the pre-pass reads bytes; the extractor decodes first).
    if (ArticleExtractor::declaredCharset(page).toLower() != "windows-1256") {
        const InertContent::Stripped stripped = InertContent::strip(page);
        QCOMPARE(tree(stripped.html), tree(page));
    }
}

void TestInertContent::sameTreeOnRandomDocuments()
{
    QRandomGenerator random(20261129);
    const QByteArray article = articleParagraphs();
    int compared = 0, changed = 0;
    for (int i = 0; i < 4000; ++i) {
        const QByteArray html = randomDocument(random);
        const QByteArray stripped = InertContent::strip(html).html;
        changed += stripped != html ? 1 : 0;
        // As a page (extraction) and as the inside of a <body> (feed entries, the sanitiser).
        if (tree(stripped) != tree(html)
            || tree(stripped, GumboFragment::Scope::BodyContent) != tree(html, GumboFragment::Scope::BodyContent)) {
            qWarning("document %d differs:\n%s\n--- stripped:\n%s", i, html.toPercentEncoding(" <>/=\"'!-").constData(),
                     stripped.toPercentEncoding(" <>/=\"'!-").constData());
            QCOMPARE(tree(stripped), tree(html));
            QCOMPARE(tree(stripped, GumboFragment::Scope::BodyContent), tree(html, GumboFragment::Scope::BodyContent));
        }
        if (i % 8 == 0) { // the extractor over a sample of them, around an article
            const QByteArray page = "<html><body><article>" + article + html + article + "</article>" + html;
            QCOMPARE(describe(ArticleExtractor::extract(page, kPageUrl)),
                     describe(ArticleExtractor::extract(page, kPageUrl, {}, ArticleExtractor::Prepass::None)));
        }
        ++compared;
    }
    qInfo("%d documents compared, %d changed by the pre-pass", compared, changed);
    QVERIFY(changed > compared / 5); // the pieces do exercise the removal
}

void TestInertContent::estimatesDepth()
{
    QCOMPARE(InertContent::strip("<div><div><span>x</span></div></div>").depth, 3);
    // Void elements, optional end tags and the content of scripts and comments do not count.
    QCOMPARE(InertContent::strip("<div><p>a<p>b<br><img src=x><li>c</div>").depth, 1);
    QCOMPARE(InertContent::strip("<div><script><div><div><div></script><!-- <div><div> --></div>").depth, 2);
    // HTML ignores the slash of "<div/>", so it nests; SVG honours "<path/>".
    QCOMPARE(InertContent::strip("<div/><div/><div/>").depth, 3);
    // End tags of elements that are not open close nothing, for the parser as for the estimate.
    QCOMPARE(InertContent::strip(QByteArray("<div></span>").repeated(40)).depth, 40);
    QCOMPARE(InertContent::estimatedDepth("<svg><path/><path/><g><path/></g></svg>"), 2);
    QCOMPARE(InertContent::estimatedDepth(QByteArray("<div>").repeated(50)), 50);
}

void TestInertContent::stopsAtDepthBound()
{
    // Eight megabytes of "<div>" are refused at once rather than after hours of parsing.
    const QByteArray deep = QByteArray("<div>").repeated(1'600'000);
    QElapsedTimer timer;
    timer.start();
    const InertContent::Stripped stripped = InertContent::strip(deep);
    QCOMPARE_GT(stripped.depth, InertContent::MaxDepth);
    QCOMPARE_LT(timer.elapsed(), 500);
}

void TestInertContent::flattensBeyondDepth()
{
    InertContent::Options options;
    options.flattenBeyondDepth = 2;
    const auto flat = [&options](const char *html) { return InertContent::strip(html, options); };
    QCOMPARE(flat("<div><section><div class=x><b>deep</b></div></section></div><p>after</p>").html,
             QByteArray("<div><section>deep</section></div><p>after</p>"));
    QCOMPARE(flat("<div><section><div class=x><b>deep</b></div></section></div>").depth, 4);
    // Tags that change how what follows is read are never dropped.
    QCOMPARE(flat("<div><div><div><script>a<b</script><textarea><i></textarea></div></div></div>").html,
             QByteArray("<div><div><script></script><textarea><i></textarea></div></div>"));
}

QTEST_GUILESS_MAIN(TestInertContent)
#include "tst_inertcontent.moc"
