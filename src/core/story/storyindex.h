// The story index over the store: after the refresh writes a batch, each new or changed article gets its
// similarity signature and joins the story cluster of the articles that tell the same story; the sidebar
// and the CLI ask it for related articles and for key points (cached per content).
// Runs wherever its Store lives: the refresh's writer thread, a worker of the sidebar, or the CLI.
#pragma once

#include "model/article.h"
#include "text/summarizer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Store;

struct RelatedArticle
{
    qint64 id = 0;
    QString title;
    qint64 feedId = 0;
    QDateTime published;
    double score = 0;
    bool sameStory = false;
};

struct IndexOutcome
{
    int indexed = 0;
    int clustered = 0; // of those, how many joined a story told by other articles too
};

class StoryIndex final
{
    Q_DECLARE_TR_FUNCTIONS(StoryIndex)

public:
    explicit StoryIndex(Store &store) : m_store(store) {}

    /** Indexes up to `limit` articles (of `feedId`, 0: all) that have no signature or changed since,
     *  and clusters them with each other and with what is stored. */
    Result<IndexOutcome> indexPending(qint64 feedId = 0, int limit = 5000);

    /** Articles related to `articleId`, best first: same story (near-duplicate or same event) or same topic. */
    QList<RelatedArticle> related(qint64 articleId, int limit = 20) const;

    /** The article's key points: cached for its content, else computed (3–5) and cached. */
    QStringList keyPoints(const Article &article);
    /** `count` key points (0: adaptive), computed with the cache's document frequencies; not cached. */
    QList<KeyPoint> summarize(const QString &title, const QString &plainText, int count) const;

private:
    Store &m_store;
};
