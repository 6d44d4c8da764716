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
    bool ok = false;
    const qint64 id = articleIds.last().toLongLong(&ok);
    if (!ok || id <= 0)
        return CliContext::fail(CliContext::tr("--article needs an article id (see list articles)."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const std::optional<Article> article = store->article(id);
    if (!article)
        return CliContext::fail(CliContext::tr("There is no article %1.").arg(id));
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
