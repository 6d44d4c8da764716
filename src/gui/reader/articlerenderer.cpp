#include "reader/articlerenderer.h"

#include "displayformat.h"

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

    const QString title = article.title.isEmpty() ? tr("(untitled)") : article.title;
    const QUrl link(article.url);
    const QString safeLink = link.scheme() == u"http" || link.scheme() == u"https" ? article.url : QString();

    // Fill placeholders in one pass so text inside a value can never be taken for another placeholder.
    const QHash<QString, QString> values = {
        {QStringLiteral("lang"), language},
        {QStringLiteral("dir"), direction},
        {QStringLiteral("theme"), themeName(options.theme)},
        {QStringLiteral("css"), m_css},
        {QStringLiteral("title"), title.toHtmlEscaped()},
        {QStringLiteral("link"), safeLink.toHtmlEscaped()},
        {QStringLiteral("meta"), meta.join(QStringLiteral(" · ")).toHtmlEscaped()},
        {QStringLiteral("body"), withAutoDirectionBlocks(article.bodyHtml())},
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
