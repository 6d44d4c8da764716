// Rows of the story index (similarity signatures, LSH bands, clusters, cached key points) as the Store
// reads and writes them; the logic that fills them is StoryIndex.
#pragma once

#include "text/similarity.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/** An article whose signature is missing or stale. */
struct ArticleToIndex
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString title;
    QString text;
    QByteArray contentHash;
    bool indexedBefore = false;      // its terms are already in the corpus counts
    QList<qint64> previousBands;     // to remove before writing the new ones
};

/** One article's computed index entry, written in one transaction with its batch. */
struct IndexedArticle
{
    qint64 id = 0;
    QByteArray contentHash;
    ArticleSignature signature;
    QList<qint64> previousBands;
};

/** What a batch adds to the corpus counts: its articles indexed for the first time, and how many of
 *  them hold each term. */
struct CorpusIncrement
{
    int documents = 0;
    QHash<QString, int> termDocuments;
};

/** A stored signature with what a related-articles list shows. */
struct StoredSignature
{
    qint64 articleId = 0;
    qint64 feedId = 0;
    QString title;
    QDateTime published;
    qint64 clusterId = 0;
    ArticleSignature signature;
};

/** An article's story cluster: the id the story's reports share, and how many there are. */
struct StoryCluster
{
    qint64 clusterId = 0;
    int size = 1;
};
