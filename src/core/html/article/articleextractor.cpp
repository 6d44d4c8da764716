#include "html/article/articleextractor.h"

#include "feeds/feeddecoder.h"
#include "html/article/contentscorer.h"
#include "html/article/contentwriter.h"
#include "html/article/pagemetadata.h"
#include "html/gumbofragment.h"
#include "html/inertcontent.h"
#include "text/textdirection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ArticleExtractor {
namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ArticleExtractor)
};

// Readability's retry: when a pass finds too little text, try again with fewer assumptions.
constexpr int EnoughText = 500;

struct Attempt
{
    ScoringOptions scoring;
    bool cleanConditionally;
};

constexpr Attempt Attempts[] = {
    {{true, true}, true},
    {{false, true}, true},
    {{false, false}, true},
    {{false, false}, false},
};

struct Candidate
{
    WrittenContent content;
    QString byline;
};

bool isRightToLeftLanguage(const QString &language)
{
    const QString primary = language.section(u'-', 0, 0).toLower();
    for (const char16_t *rtl : {u"ar", u"fa", u"he", u"iw", u"ur", u"ps", u"ckb", u"yi", u"dv", u"sd", u"ug"}) {
        if (primary == QStringView(rtl))
            return true;
    }
    return false;
}

/** Why the content is not an article, or an empty string when it is one. */
QString notAnArticle(const WrittenContent &content)
{
    if (content.textLength < 200)
        return Messages::tr("No article found: the page has too little text.");
    if (content.linkLength * 2 > content.textLength)
        return Messages::tr("No article found: the page is mostly links.");
    if (content.linkedHeadings >= 3 && content.linkedHeadings >= content.longParagraphs)
        return Messages::tr("No article found: the page is a list of stories.");
    if (content.longParagraphs == 0 && content.textLength < 400)
        return Messages::tr("No article found: the page has too little text.");
    return {};
}

QUrl baseUrl(const PageTree &tree, const QUrl &pageUrl)
{
    for (int i = 0; i < tree.size(); ++i) {
        const PageNode &node = tree.at(i);
        if (!node.isText && node.tag == GUMBO_TAG_BASE) {
            const QString href = QString::fromUtf8(PageTree::attribute(node, "href")).trimmed();
            if (href.isEmpty())
                continue;
            const QUrl base = pageUrl.resolved(QUrl(href));
            if (base.scheme() == u"http" || base.scheme() == u"https")
                return base;
        }
        if (!node.isText && node.tag == GUMBO_TAG_BODY)
            break;
    }
    return pageUrl;
}

/** Paragraphs from JSON-LD's plain-text articleBody (one per line), sanitised like any text. */
WrittenContent fromArticleBody(const QString &body)
{
    WrittenContent content;
    QStringList paragraphs;
    for (const QString &line : body.split(u'\n')) {
        const QString paragraph = line.simplified();
        if (paragraph.isEmpty())
            continue;
        paragraphs.append(paragraph);
        content.html.append("<p>").append(paragraph.toHtmlEscaped().toUtf8()).append("</p>");
    }
    content.text = paragraphs.join(u'\n');
    content.textLength = int(content.text.size());
    return content;
}

} // namespace

QByteArray declaredCharset(QByteArrayView page)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(page.first(std::min<qsizetype>(page.size(), 4096)));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

Result<ExtractedArticle> extract(QByteArrayView page, const QUrl &pageUrl, const QByteArray &httpCharset,
                                 Prepass prepass)
{
    if (page.size() > MaxPageBytes)
        return Result<ExtractedArticle>::failure(
            Messages::tr("The page is larger than %1 MB; not read.").arg(MaxPageBytes / (1024 * 1024)));
    const QByteArray charset = httpCharset.isEmpty() ? declaredCharset(page) : httpCharset;
    auto decoded = FeedDecoder::toUtf8(page.toByteArray(), charset);
    if (!decoded && !charset.isEmpty())
        decoded = FeedDecoder::toUtf8(page.toByteArray()); // an unknown charset name: read it as UTF-8
    if (!decoded)
        return Result<ExtractedArticle>::failure(decoded.error());
    InertContent::Stripped stripped;
    if (prepass == Prepass::StripInert)
        stripped = InertContent::strip(decoded.value().utf8);
    else
        stripped = {decoded.value().utf8, InertContent::estimatedDepth(decoded.value().utf8)};
    if (stripped.depth > InertContent::MaxDepth)
        return Result<ExtractedArticle>::failure(
            Messages::tr("The page nests its elements too deeply to be read safely."));
    const QByteArray &utf8 = stripped.html;

    const GumboFragment document(utf8, GumboFragment::Scope::Document);
    if (!document.root())
        return Result<ExtractedArticle>::failure(Messages::tr("The page's HTML is too broken to be read."));
    PageTree tree(document.root(), utf8.size());
    if (tree.size() == 0)
        return Result<ExtractedArticle>::failure(Messages::tr("No article found: the page is empty."));
    const PageMetadata metadata = PageMetadataReader::read(tree, pageUrl);
    const QUrl base = baseUrl(tree, pageUrl);

    Candidate best;
    for (const Attempt &attempt : Attempts) {
        tree.restoreAll();
        ContentScorer scorer(tree, attempt.scoring);
        const QList<int> roots = scorer.select();
        if (roots.isEmpty())
            continue;
        ContentWriter writer(tree, base, metadata.title, attempt.cleanConditionally);
        Candidate candidate{writer.write(roots), scorer.byline()};
        const bool enough = candidate.content.textLength >= EnoughText;
        if (candidate.content.textLength > best.content.textLength)
            best = std::move(candidate);
        if (enough)
            break;
    }
    if (const QString reason = notAnArticle(best.content); !reason.isEmpty()) {
        // Pages that build their text with scripts often still carry it in JSON-LD.
        if (metadata.articleBody.size() < EnoughText)
            return Result<ExtractedArticle>::failure(reason);
        best.content = fromArticleBody(metadata.articleBody);
    }

    ExtractedArticle article;
    article.title = metadata.title;
    article.byline = metadata.byline.isEmpty() ? best.byline : metadata.byline;
    article.published = metadata.published;
    article.image = metadata.image;
    article.siteName = metadata.siteName;
    article.language = metadata.language;
    article.contentHtml = QString::fromUtf8(best.content.html);
    article.text = std::move(best.content.text);
    if (!metadata.direction.isEmpty())
        article.direction = metadata.direction;
    else if (isRightToLeftLanguage(metadata.language))
        article.direction = QStringLiteral("rtl");
    else
        article.direction = TextDirection::detect(article.text);
    return article;
}
} // namespace ArticleExtractor
