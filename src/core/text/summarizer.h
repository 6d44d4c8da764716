// Extractive key points for the summary sidebar and `khulasa-cli summarize`: picks the sentences that
// carry an article, in the article's order. Deterministic, local, no network.
//
// Each sentence becomes a TF-IDF vector over stemmed terms (document frequencies from the local cache,
// so the day's common words weigh less). A sentence scores by its closeness to the article's centroid,
// its centrality in the sentence graph (TextRank), its closeness to the headline, and a news position
// prior (the lead carries the story, later paragraphs add to it); fragments, run-ons and bare quotations
// weigh less, sentences with figures more.
// Maximal Marginal Relevance then picks sentences that are strong and say something new.
#pragma once

#include "text/sentencesplitter.h"

#include <QHash>
#include <QList>
#include <QString>

/** How many of the cached articles hold each term: the corpus side of TF-IDF. */
struct DocumentFrequencies
{
    qint64 documents = 0;
    QHash<QString, qint64> counts; // stemmed term → articles holding it
};

struct KeyPoint
{
    QString text;
    int sentenceIndex = 0; // position among the article's sentences
    double score = 0;
};

namespace Summarizer {
/** Below this many cached articles the corpus frequencies are too thin: the article's own sentence
 *  statistics stand in for them. */
constexpr qint64 kMinCorpusDocuments = 30;

/** 3 for a short article, 4 for a medium one, 5 for a long one (never more than there are sentences). */
int adaptiveCount(qsizetype sentenceCount);

/** The distinct stemmed content terms of `text` (what DocumentFrequencies must cover). */
QStringList contentTerms(QStringView text);

/** `count` key points (0: adaptive) in document order. `title` (may be empty) helps to find the
 *  sentences about the headline's subject. */
QList<KeyPoint> summarize(const QList<Sentence> &sentences, const QString &title, int count,
                          const DocumentFrequencies &corpus = {});

/** Convenience: splits plain text (blocks as lines) first. */
QList<KeyPoint> summarizeText(const QString &plainText, const QString &title, int count,
                              const DocumentFrequencies &corpus = {});
}
