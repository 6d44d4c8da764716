// khulasa-cli show ID --json | read ID | unread ID  (save/unsave: cmd_saved.cpp)
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

int runShow(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    int exitCode = 0;
    const std::optional<Article> article = context.articleArgument(QStringLiteral("show"), exitCode);
    if (!article)
        return exitCode;
    if (json) {
        CliContext::printJson(QJsonDocument(JsonFormat::articleFull(*article)));
        return 0;
    }
    CliContext::printLine(article->title);
    CliContext::printLine(article->url);
    CliContext::printLine(QString());
    CliContext::printLine(article->text);
    return 0;
}

int runMark(CliContext &context, const QString &command)
{
    int exitCode = 0;
    const std::optional<Article> article = context.articleArgument(command, exitCode);
    if (!article)
        return exitCode;
    if (!context.store()->setRead(article->id, command == u"read"))
        return CliContext::fail(CliContext::tr("Cannot change article %1.").arg(article->id));
    return 0;
}
