// Same story, same event, same topic: how two articles relate, from signatures computed once per
// article and stored.
//
// - Near-duplicates (a wire story republished, lightly edited) share many word 3-shingles: a MinHash
//   over the normalised shingles estimates their Jaccard similarity.
// - The same event told in different words shares its names, places, numbers and subject terms: the
//   cosine of TF-IDF vectors over stemmed terms catches it, and at a lower level it marks related articles.
// - Finding candidates among 100,000 articles must not compare with each: both MinHash signatures are cut
//   into bands (LSH); articles that share a band hash are the only ones compared.
#pragma once

#include "text/termvector.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <array>
#include <functional>

struct DocumentFrequencies;

struct ArticleSignature
{
    static constexpr int kShingleHashes = 32;  // 16 bands of 2 rows: Jaccard 0.3 → found 79% of the time
    static constexpr int kKeywordHashes = 16;  // 16 bands of 1 row over the article's strongest terms
    static constexpr int kStoredTerms = 40;    // the TF-IDF vector kept for cosine scoring

    std::array<quint32, kShingleHashes> shingles{};
    std::array<quint32, kKeywordHashes> keywords{};
    TermVector terms;
    bool empty = true; // no words at all: never similar to anything

    /** The LSH band hashes: the values other articles are looked up by. */
    QList<qint64> bands() const;

    QByteArray minHashBytes() const;
    /** False for a damaged blob. */
    bool setMinHashBytes(const QByteArray &bytes);
};

/** The words and stemmed terms of one article, computed once and used for both the signature and the
 *  corpus document frequencies. */
struct ArticleTerms
{
    QStringList words;      // normalised, in order (for shingles)
    QStringList stems;      // content terms, stemmed, in order (repeats are the term frequency)
    QStringList distinct() const;
};

/** How one article relates to another. */
struct Relation
{
    float shingleSimilarity = 0; // estimated Jaccard of the word 3-shingles
    float cosine = 0;            // TF-IDF cosine over stemmed terms
    bool sameStory = false;
    float score() const { return qMax(shingleSimilarity, cosine); }
};

namespace Similarity {
/** Above these the two articles tell the same story. */
constexpr float kSameStoryShingles = 0.35f;
constexpr float kSameEventCosine = 0.30f;
/** Below this cosine an article is not related at all. */
constexpr float kRelatedCosine = 0.10f;

/** Title and plain text → words and stems. Long texts are cut at `maxWords` (the top of a news story
 *  says what it is about; the cut keeps a 5,000-article batch within its time). A cache of stems per
 *  word may be passed to save stemming the same word again. */
ArticleTerms analyse(const QString &title, const QString &plainText, int maxWords = 300,
                     QHash<QString, QString> *stemCache = nullptr);

/** The signature, with TF-IDF weights from `corpus` (documents == 0: plain term frequencies). */
ArticleSignature signature(const ArticleTerms &terms, const DocumentFrequencies &corpus);

Relation relate(const ArticleSignature &a, const ArticleSignature &b);
}
