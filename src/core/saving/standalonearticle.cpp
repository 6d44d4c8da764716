#include "saving/standalonearticle.h"

#include "saving/articleimages.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {
// Light and dark follow the reader's system; Arabic gets a Naskh face and a taller line.
constexpr auto kCss = R"css(
:root { color-scheme: light dark; }
body { margin: 0 auto; padding: 1.5em 2em 3em; max-width: 46em; line-height: 1.6; overflow-wrap: break-word;
       font-family: "Noto Serif", "DejaVu Serif", "Noto Naskh Arabic", "Amiri", serif; }
article[dir="rtl"], :lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", serif; line-height: 1.9; }
h1 { font-size: 1.6em; line-height: 1.35; margin: 0 0 0.3em; }
h1 a { color: inherit; text-decoration: none; }
.meta { opacity: 0.75; font-size: 0.85em; margin: 0 0 1.5em; border-bottom: 1px solid #8884; padding-bottom: 0.8em; }
img { max-width: 100%; height: auto; }
blockquote { margin: 1em 0; padding: 0.5em 1em; border-inline-start: 4px solid #8886; }
pre, code { font-family: "DejaVu Sans Mono", monospace; direction: ltr; unicode-bidi: isolate; }
pre { overflow-x: auto; text-align: left; }
)css";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString StandaloneArticle::html(const Article &article, const QString &sourceName, const QHash<QString, QString> &localImages)
{
    const QString direction = article.direction == u"rtl" ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString language = article.language;
    language.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    if (language.isEmpty() && direction == u"rtl")
        language = QStringLiteral("ar");
    const QUrl link(article.url);
    const bool linkUsable = link.scheme() == u"http" || link.scheme() == u"https";
    const QString title = article.title.isEmpty() ? tr("(untitled)") : article.title;

    QStringList meta;
    if (!sourceName.isEmpty())
        meta << u"<bdi>" + escaped(sourceName) + u"</bdi>";
    if (!article.author.isEmpty())
        meta << u"<bdi>" + escaped(article.author) + u"</bdi>";
    if (article.displayTime().isValid()) {
        const QDateTime when = article.displayTime().toUTC();
        // A machine-readable time beside one a person reads (in UTC: the file may travel).
        meta << QStringLiteral("<time datetime=\"%1\">%2</time>")
                    .arg(when.toString(Qt::ISODate), escaped(QLocale().toString(when, QLocale::LongFormat)));
    }
    QString original;
    if (linkUsable)
        original = QStringLiteral("<p class=\"meta\"><a href=\"%1\">%2</a></p>").arg(escaped(article.url), escaped(tr("Original article")));

    return u"<!DOCTYPE html>\n<html lang=\"" + language + u"\" dir=\"" + direction + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
           u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data: http: https:; "
           u"style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
           + (article.author.isEmpty() ? QString() : u"<meta name=\"author\" content=\"" + escaped(article.author) + u"\">\n")
           + u"<title>" + escaped(title) + u"</title>\n<style>" + QLatin1String(kCss) + u"</style>\n</head>\n<body>\n"
           u"<article lang=\"" + language + u"\" dir=\"" + direction + u"\">\n<header>\n<h1 dir=\"auto\">"
           + (linkUsable ? u"<a href=\"" + escaped(article.url) + u"\">" + escaped(title) + u"</a>" : escaped(title))
           + u"</h1>\n<p class=\"meta\">" + meta.join(QStringLiteral(" · ")) + u"</p>\n</header>\n<div class=\"content\">"
           + ArticleImages::withLocalImages(article.bodyHtml(), localImages) + u"</div>\n<footer>" + original
           + u"</footer>\n</article>\n</body>\n</html>\n";
}
