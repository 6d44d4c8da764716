// khulasa-cli related --article ID [--json]: the same story elsewhere and related articles, best first.
// JSON: [{id, title, feed_id, score, same_story}].
#include "clicontext.h"
#include "commands.h"
#include "story/storyindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

int runRelated(CliContext &context)
{
    const QStringList articleIds = context.takeOption(QStringLiteral("article"));
    const bool json = context.takeFlag(QStringLiteral("json"));
    if (context.rejectUnknownOptions())
        return 2;
    if (articleIds.isEmpty() || !context.arguments().isEmpty())
        return CliContext::fail(CliContext::tr("related needs --article ID."), 2);
    int exitCode = 0;
    const std::optional<Article> article = context.storedArticle(articleIds.last(), exitCode);
    if (!article)
        return exitCode;
    const qint64 id = article->id;
    Store *store = context.store();
    StoryIndex index(*store);
    // A profile from before the story index, or an article changed since: index its feed first.
    if (!store->articlesToIndex(article->feedId, 1).isEmpty()) {
        if (const auto indexed = index.indexPending(article->feedId, 100000); !indexed)
            return CliContext::fail(indexed.error());
    }
    const QList<RelatedArticle> related = index.related(id);
    if (json) {
        QJsonArray array;
        for (const RelatedArticle &r : related)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("feed_id"), r.feedId},
                                     {QStringLiteral("score"), std::round(r.score * 1000.0) / 1000.0},
                                     {QStringLiteral("same_story"), r.sameStory}});
        CliContext::printJson(QJsonDocument(array));
        return 0;
    }
    for (const RelatedArticle &r : related)
        CliContext::printLine(QStringLiteral("%1\t%2\t%3\t%4")
                                  .arg(r.id)
                                  .arg(r.score, 0, 'f', 3)
                                  .arg(r.sameStory ? CliContext::tr("same story") : CliContext::tr("related"), r.title));
    return 0;
}
