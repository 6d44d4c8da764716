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
#include <QHash>
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

/** The words and stemmed terms of one article as 64-bit term hashes (TermHash), computed once and used
 *  for both the signature and the corpus document frequencies. Hashes, not strings: a 5,000-article
 *  batch handles about a million words, and hashing each spelling once keeps that within its time. */
struct ArticleTerms
{
    QList<quint64> words;  // normalised words, in order (for shingles)
    QList<quint64> stems;  // content terms, stemmed, in order (repeats are the term frequency)
    /** The distinct stems, sorted. */
    QList<quint64> distinct() const;
};

/** Stems met while analysing a batch: each distinct word is stemmed (and tested for a function word)
 *  once, and each stem's spelling is kept, since the corpus table counts terms by their spelling. */
class TermDictionary final
{
public:
    /** The stem of a normalised word (whose TermHash is `wordHash`) when it is a content term, else 0. */
    quint64 contentStem(QStringView word, quint64 wordHash);
    /** Records a term that needs no stemming (a figure) and returns its hash. */
    quint64 addTerm(const QString &term);
    QString spelling(quint64 term) const { return m_spellings.value(term); }
    /** Every content term met so far. */
    QStringList spellings() const { return QStringList(m_spellings.cbegin(), m_spellings.cend()); }

private:
    QHash<quint64, quint64> m_stemOfWord; // word hash → stem hash (0: not a content term)
    QHash<quint64, QString> m_spellings;  // stem hash → stem
};

/** The inverse document frequency of each term of a batch, by term hash, computed once per batch
 *  (a logarithm per term occurrence would cost more than the rest of a signature). */
class InverseFrequencies final
{
public:
    InverseFrequencies() = default;
    /** `corpus` (documents == 0: every term weighs 1) plus `added`, counts by term hash that the
     *  corpus does not hold yet. */
    InverseFrequencies(const DocumentFrequencies &corpus, qint64 addedDocuments, const QHash<quint64, int> &added);
    double of(quint64 term) const { return m_idf.value(term, m_unseen); }

private:
    QHash<quint64, double> m_idf;
    double m_unseen = 1.0;
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
/** How many words of an article its signature reads. */
constexpr int kAnalysedWords = 300;

/** Title and plain text → words and stems. Long texts are cut at `maxWords` (the top of a news story
 *  says what it is about; the cut keeps a 5,000-article batch within its time). `dictionary` is shared
 *  by a batch, so each distinct word is stemmed once. */
ArticleTerms analyse(const QString &title, const QString &plainText, TermDictionary &dictionary,
                     int maxWords = kAnalysedWords);
/** No more of a text than this is read for its `maxWords` (so the store may hand over only this much). */
constexpr int analysedCharacters(int maxWords = kAnalysedWords) { return maxWords * 12; }

/** The signature, with TF-IDF weights. */
ArticleSignature signature(const ArticleTerms &terms, const InverseFrequencies &idf);

Relation relate(const ArticleSignature &a, const ArticleSignature &b);
}
