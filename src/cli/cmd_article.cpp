// khulasa-cli show ID --json | save ID | unsave ID | read ID | unread ID
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

namespace {
/** The article named on the command line, with the store it lives in; on failure the exit code
 *  (2 for a usage error, 1 for an unknown id or an unusable profile) after printing why. */
struct Target
{
    Store *store = nullptr;
    std::optional<Article> article;
    int exitCode = 0;
};

Target findArticle(CliContext &context, const QString &command)
{
    const QString word = context.takeFirstArgument();
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    if (!ok || id <= 0)
        return {nullptr, std::nullopt, CliContext::fail(CliContext::tr("%1 needs an article id (see list articles).").arg(command), 2)};
    if (context.rejectUnknownOptions())
        return {nullptr, std::nullopt, 2};
    Target target;
    target.store = context.store();
    if (!target.store)
        return {nullptr, std::nullopt, 1};
    target.article = target.store->article(id);
    if (!target.article)
        target.exitCode = CliContext::fail(CliContext::tr("There is no article with id %1.").arg(id));
    return target;
}
} // namespace

int runShow(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    const Target target = findArticle(context, QStringLiteral("show"));
    if (!target.article)
        return target.exitCode;
    const Article &article = *target.article;
    if (json) {
        CliContext::printJson(QJsonDocument(JsonFormat::articleFull(article)));
        return 0;
    }
    CliContext::printLine(article.title);
    CliContext::printLine(article.url);
    CliContext::printLine(QString());
    CliContext::printLine(article.text);
    return 0;
}

int runMark(CliContext &context, const QString &command)
{
    const Target target = findArticle(context, command);
    if (!target.article)
        return target.exitCode;
    const qint64 id = target.article->id;
    const bool done = command == u"save" || command == u"unsave" ? target.store->setSaved(id, command == u"save")
                                                                 : target.store->setRead(id, command == u"read");
    if (!done)
        return CliContext::fail(CliContext::tr("Cannot change article %1.").arg(id));
    return 0;
}
