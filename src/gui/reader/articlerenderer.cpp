#include "reader/articlerenderer.h"

#include "displayformat.h"
#include "saving/articleimages.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

ArticleRenderer::ArticleRenderer()
    : m_template(readResource(QStringLiteral(":/reader/article.html"))),
      m_css(readResource(QStringLiteral(":/reader/article.css")))
{
    // The documentation comment names every placeholder; drop it so it is not filled too.
    const qsizetype start = m_template.indexOf(u"<!--");
    const qsizetype end = m_template.indexOf(u"-->", start);
    if (start >= 0 && end > start)
        m_template.remove(start, end + 3 - start);
}

QString ArticleRenderer::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::Sepia: return QStringLiteral("sepia");
    case Theme::Light: break;
    }
    return QStringLiteral("light");
}

std::optional<ArticleRenderer::Theme> ArticleRenderer::themeNamed(const QString &name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    if (name == u"sepia")
        return Theme::Sepia;
    return std::nullopt;
}

QString ArticleRenderer::withAutoDirectionBlocks(const QString &html)
{
    // The sanitiser writes canonical lower-case tags with double-quoted attributes, so a start tag
    // can be recognised reliably here.
    static const QRegularExpression blockStart(
        QStringLiteral("<(p|li|h[1-6]|blockquote|td|th|dd|dt|figcaption|caption|div|section)(?=[\\s>])(?![^>]*\\sdir=)"));
    QString result = html;
    result.replace(blockStart, QStringLiteral("<\\1 dir=\"auto\""));
    return result;
}

QString ArticleRenderer::withoutTrackingPixels(const QString &html)
{
    // Canonical sanitiser output: lower-case names, double-quoted values with '<' and '>' escaped,
    // so "[^>]*" stays inside one tag.
    static const QRegularExpression pixel(QStringLiteral(
        "<img\\s[^>]*?\\b(width|height)=\"[01](px)?\"[^>]*>"
        "|<img\\s[^>]*?\\bstyle=\"[^\"]*\\b(width|height)\\s*:\\s*[01](px)?\\s*(;|\")[^>]*>"));
    static const QRegularExpression target(QStringLiteral("(<a\\s[^>]*?)\\starget=\"[^\"]*\""));
    QString result = html;
    result.remove(pixel);
    result.replace(target, QStringLiteral("\\1"));
    return result;
}

QString ArticleRenderer::typographyCss(const Typography &typography)
{
    QString css = QStringLiteral(":root { --reader-size: %1px; }").arg(qBound(10, typography.fontSizePx, 40));
    // Only letters, digits, spaces and hyphens: a family name cannot close the string or the rule.
    QString family = typography.fontFamily;
    family.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N} _-]")));
    family = family.simplified();
    if (!family.isEmpty()) {
        css += QStringLiteral("\nbody { font-family: \"%1\", \"Noto Serif\", \"DejaVu Serif\", serif; }"
                              "\narticle[dir=\"rtl\"], :lang(ar), :lang(fa), :lang(ur) { font-family: \"%1\", "
                              "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Amiri\", serif; }")
                   .arg(family);
    }
    if (typography.justify)
        css += QStringLiteral("\n.content p, .content li, .content dd { text-align: justify; }");
    return css;
}

QString ArticleRenderer::enclosuresHtml(const QList<Enclosure> &enclosures)
{
    QString html;
    for (const Enclosure &enclosure : enclosures) {
        const QUrl url(enclosure.url);
        if (url.scheme() != u"http" && url.scheme() != u"https")
            continue;
        const QString label = enclosure.type.startsWith(u"audio/")   ? tr("▶ Play audio in the system player")
                              : enclosure.type.startsWith(u"video/") ? tr("▶ Play video in the system player")
                                                                     : tr("Open attachment");
        html += QStringLiteral("<a class=\"enclosure\" href=\"%1\" title=\"%1\">%2</a>")
                    .arg(enclosure.url.toHtmlEscaped(), label.toHtmlEscaped());
    }
    return html.isEmpty() ? html : u"<p class=\"enclosures\" dir=\"auto\">" + html + u"</p>";
}

QString ArticleRenderer::render(const Article &article, const QString &sourceName, const Options &options) const
{
    const QString direction = options.directionOverride == u"rtl" || options.directionOverride == u"ltr"
                                  ? options.directionOverride
                                  : (article.direction == u"rtl" ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    QString language = article.language;
    language.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    if (language.isEmpty() && direction == u"rtl")
        language = QStringLiteral("ar");

    QStringList meta;
    if (!sourceName.isEmpty())
        meta << sourceName;
    if (!article.author.isEmpty())
        meta << article.author;
    if (article.displayTime().isValid())
        meta << DisplayFormat::dateTime(article.displayTime());

    // Each piece isolated, so an Arabic source name in an English article (or the reverse) keeps
    // the line's order: source · author · date, read in the article's direction.
    QString metaHtml;
    for (const QString &piece : std::as_const(meta)) {
        if (!metaHtml.isEmpty())
            metaHtml += QStringLiteral(" · ");
        metaHtml += u"<bdi>" + piece.toHtmlEscaped() + u"</bdi>";
    }

    const QString title = article.title.isEmpty() ? tr("(untitled)") : article.title;
    const QUrl link(article.url);
    const QString safeLink = link.scheme() == u"http" || link.scheme() == u"https" ? article.url : QString();

    // Fill placeholders in one pass so text inside a value can never be taken for another placeholder.
    const QHash<QString, QString> values = {
        {QStringLiteral("lang"), language},
        {QStringLiteral("dir"), direction},
        {QStringLiteral("theme"), themeName(options.theme)},
        {QStringLiteral("imgsrc"), options.imagesAllowed ? QStringLiteral("http: https: data:") : QStringLiteral("'none'")},
        {QStringLiteral("css"), m_css},
        {QStringLiteral("typography"), typographyCss(options.typography)},
        {QStringLiteral("enclosures"), enclosuresHtml(options.enclosures)},
        {QStringLiteral("title"), title.toHtmlEscaped()},
        {QStringLiteral("link"), safeLink.toHtmlEscaped()},
        {QStringLiteral("meta"), metaHtml},
        // Kept images go in last, so the passes before never scan their megabytes of base64.
        {QStringLiteral("body"), ArticleImages::withLocalImages(withAutoDirectionBlocks(withoutTrackingPixels(article.bodyHtml())),
                                                                options.localImages)},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z]+)\\}\\}"));
    QString page;
    page.reserve(m_template.size() + article.bodyHtml().size() + m_css.size());
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(m_template); it.hasNext();) {
        const auto match = it.next();
        page += QStringView(m_template).mid(last, match.capturedStart() - last);
        page += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    page += QStringView(m_template).mid(last);
    return page;
}
