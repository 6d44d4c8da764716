// khulasa-cli search QUERY [--limit N] --json
// Each result: {id, feed_id, title, snippet, title_html, published, score, read, saved, direction}.
// `snippet` and `title_html` are HTML-escaped text in which the matched words are wrapped in <b>…</b>
// (so a literal "<" in an article arrives as "&lt;"); `score` is bm25, lower is better.
#include "clicontext.h"
#include "commands.h"
#include "jsonformat.h"

#include <QJsonArray>

int runSearch(CliContext &context)
{
    const bool json = context.takeFlag(QStringLiteral("json"));
    int limit = 50;
    if (const QStringList limits = context.takeOption(QStringLiteral("limit")); !limits.isEmpty()) {
        bool ok = false;
        limit = limits.last().toInt(&ok);
        if (!ok || limit <= 0)
            return CliContext::fail(CliContext::tr("--limit needs a positive number."), 2);
    }
    if (context.rejectUnknownOptions())
        return 2;
    // The rest of the words are the query, so `search climate "paris agreement"` needs no extra quoting.
    const QString text = context.arguments().join(u' ');
    if (text.trimmed().isEmpty())
        return CliContext::fail(CliContext::tr("search needs the words to look for."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const auto hits = store->search(text, limit);
    if (!hits)
        return CliContext::fail(hits.error(), 2);
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(QJsonObject{
                {QStringLiteral("id"), hit.id},
                {QStringLiteral("feed_id"), hit.feedId},
                {QStringLiteral("title"), hit.title},
                {QStringLiteral("snippet"), hit.snippetHtml},
                {QStringLiteral("title_html"), hit.titleHtml},
                {QStringLiteral("published"), JsonFormat::time(hit.published)},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("read"), hit.read},
                {QStringLiteral("saved"), hit.saved},
                {QStringLiteral("direction"), hit.direction},
            });
        CliContext::printJson(QJsonDocument(array));
        return 0;
    }
    for (const SearchHit &hit : *hits)
        CliContext::printLine(QStringLiteral("%1\t%2").arg(hit.id).arg(hit.title));
    return 0;
}
