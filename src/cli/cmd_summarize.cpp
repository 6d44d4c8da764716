// khulasa-cli summarize FILE|--article ID [--sentences N]: the key points, one per line, in the order
// of the text. FILE is HTML or plain text (- for standard input); --article takes a stored article.
#include "clicontext.h"
#include "commands.h"
#include "html/htmltext.h"
#include "story/storyindex.h"
#include "text/summarizer.h"

#include <QRegularExpression>

namespace {
constexpr qint64 kMaxInputBytes = 32LL * 1024 * 1024;

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("<\\s*(html|body|p|div|br|h[1-6]|li|article|section|span|a|blockquote)\\b|</\\w+\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(QStringView(text).left(64 * 1024)).hasMatch();
}

/** --sentences N: 0 when absent (adaptive), -1 when invalid (reported). */
int sentenceCount(CliContext &context)
{
    const QStringList values = context.takeOption(QStringLiteral("sentences"));
    if (values.isEmpty())
        return 0;
    bool ok = false;
    const int n = values.last().toInt(&ok);
    if (!ok || n < 1 || n > 100) {
        CliContext::fail(CliContext::tr("--sentences needs a number from 1 to 100."), 2);
        return -1;
    }
    return n;
}
} // namespace

int runSummarize(CliContext &context)
{
    const QStringList articleIds = context.takeOption(QStringLiteral("article"));
    const int count = sentenceCount(context);
    if (count < 0)
        return 2;
    if (context.rejectUnknownOptions())
        return 2;
    QStringList points;
    if (!articleIds.isEmpty()) {
        if (!context.arguments().isEmpty())
            return CliContext::fail(CliContext::tr("summarize takes either FILE or --article ID, not both."), 2);
        int exitCode = 0;
        const std::optional<Article> article = context.storedArticle(articleIds.last(), exitCode);
        if (!article)
            return exitCode;
        StoryIndex index(*context.store());
        if (count == 0) {
            points = index.keyPoints(*article); // the sidebar's points, cached
        } else {
            for (const KeyPoint &point : index.summarize(article->title, article->text, count))
                points.append(point.text);
        }
    } else {
        if (context.arguments().size() != 1)
            return CliContext::fail(CliContext::tr("summarize needs one FILE (or - for standard input) or --article ID."), 2);
        QFile file;
        if (!CliContext::openInput(context.arguments().first(), file))
            return 1;
        const QByteArray bytes = file.read(kMaxInputBytes + 1);
        if (bytes.size() > kMaxInputBytes)
            return CliContext::fail(CliContext::tr("%1 is larger than %2 MB; not summarised.")
                                        .arg(context.arguments().first()).arg(kMaxInputBytes / (1024 * 1024)));
        const QString text = QString::fromUtf8(bytes);
        const QString plain = looksLikeHtml(text) ? HtmlText::toPlainText(text) : text;
        for (const KeyPoint &point : Summarizer::summarizeText(plain, QString(), count))
            points.append(point.text);
    }
    for (const QString &point : points)
        CliContext::printLine(point);
    return 0;
}
