// khulasa-cli extract FILE|- --url URL : the article in a saved web page, as one JSON object
// {"title", "byline", "published", "image", "site_name", "dir", "content_html", "text", "lang"};
// a message on stderr and a non-zero exit when the page holds no article or cannot be read.
#include "clicontext.h"
#include "commands.h"
#include "html/article/articleextractor.h"
#include "jsonformat.h"

#include <QFile>
#include <QJsonObject>

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const ExtractedArticle &article)
{
    QJsonObject object;
    object.insert(u"title", article.title);
    object.insert(u"byline", stringOrNull(article.byline));
    object.insert(u"published", JsonFormat::time(article.published));
    object.insert(u"image", stringOrNull(article.image));
    object.insert(u"site_name", stringOrNull(article.siteName));
    object.insert(u"dir", article.direction);
    object.insert(u"lang", stringOrNull(article.language));
    object.insert(u"content_html", article.contentHtml);
    object.insert(u"text", article.text);
    return object;
}

} // namespace

int runExtract(CliContext &context)
{
    const QStringList urls = context.takeOption(QStringLiteral("url"));
    const QStringList charsets = context.takeOption(QStringLiteral("charset"));
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() != 1)
        return CliContext::fail(CliContext::tr("extract needs one FILE (or - for standard input)."), 2);
    const QUrl url = urls.isEmpty() ? QUrl() : QUrl(urls.last());
    if (!urls.isEmpty() && (!url.isValid() || url.isRelative()))
        return CliContext::fail(CliContext::tr("--url needs an absolute URL, not “%1”.").arg(urls.last()), 2);
    const QString path = context.arguments().first();
    QFile file;
    if (!CliContext::openInput(path, file))
        return 1;
    // One byte more than the limit tells a page that is too large from one that fits exactly.
    const QByteArray page = file.read(ArticleExtractor::MaxPageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return CliContext::fail(CliContext::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const auto article = ArticleExtractor::extract(page, url, charsets.isEmpty() ? QByteArray() : charsets.last().toLatin1());
    if (!article)
        return CliContext::fail(article.error());
    CliContext::printJson(QJsonDocument(toJson(article.value())));
    return 0;
}
