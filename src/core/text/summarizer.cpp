#include "text/summarizer.h"

#include "text/stemmer.h"
#include "text/termvector.h"
#include "text/textnormalizer.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace Summarizer {
namespace {

// Long texts are bounded: the key points of a news article are found well before this many sentences,
// and the sentence graph grows with the square of it.
constexpr qsizetype kMaxSentences = 160;
// Sentences this close to an already chosen one say the same thing again.
constexpr float kNearDuplicate = 0.55f;
constexpr double kRedundancyWeight = 0.3; // MMR's 1 - λ

/** The article's distinct content terms, numbered in order of first appearance: sentences then work
 *  on small integers instead of strings. Looked up by term hash, so no string is hashed twice. */
class Vocabulary
{
public:
    int idOf(quint64 hash, const QString &term)
    {
        const auto it = m_ids.constFind(hash);
        if (it != m_ids.cend())
            return it.value();
        const int id = int(m_terms.size());
        m_ids.insert(hash, id);
        m_terms.append(term);
        m_hashes.append(hash);
        return id;
    }
    const QStringList &terms() const { return m_terms; }
    quint64 hashOf(int id) const { return m_hashes.at(id); }
    int size() const { return int(m_terms.size()); }

private:
    QHash<quint64, int> m_ids;
    QStringList m_terms;
    QList<quint64> m_hashes;
};

struct SentenceTerms
{
    QList<int> terms; // content term ids, in order (repeats kept: they are the term frequency)
    int words = 0;
};

/** A content term: its stemmed spelling and that spelling's TermHash. */
struct Stem
{
    QString term; // empty: a function word or a lone figure, not a content term
    quint64 hash = 0;
};

/** A normalised word's stem when it is a content term. Cached per thread by the word's hash: stemming
 *  and the stop-word test are most of a summary's cost, and news vocabulary repeats. */
const Stem &contentStem(QStringView word)
{
    thread_local QHash<quint64, Stem> cache;
    const quint64 wordHash = TermHash::of(word);
    const auto it = cache.constFind(wordHash);
    if (it != cache.cend())
        return it.value();
    if (cache.size() > 200000) // bounded: a long-running process meets many rare words
        cache.clear();
    Stem stem;
    stem.term = Stemmer::forThisThread().stem(word.toString());
    if (Stopwords::isContentTerm(stem.term))
        stem.hash = TermHash::of(stem.term);
    else
        stem.term.clear();
    return *cache.insert(wordHash, stem);
}

SentenceTerms analyse(const QString &text, Vocabulary &vocabulary)
{
    SentenceTerms result;
    const QString normalized = TextNormalizer::normalize(text);
    for (const QStringView word : TextNormalizer::words(normalized)) {
        ++result.words;
        const Stem &stem = contentStem(word);
        if (!stem.term.isEmpty())
            result.terms.append(vocabulary.idOf(stem.hash, stem.term));
    }
    return result;
}

/** Inverse document frequency of each vocabulary term: from the cache, or from the article's own
 *  sentences (each sentence a document) when the cache is thin. */
QList<double> inverseFrequencies(const Vocabulary &vocabulary, const QList<SentenceTerms> &sentences,
                                 const DocumentFrequencies &corpus)
{
    QList<double> idf(vocabulary.size());
    if (corpus.documents >= kMinCorpusDocuments) {
        for (int id = 0; id < vocabulary.size(); ++id)
            idf[id] = std::log(double(corpus.documents + 1) / double(corpus.counts.value(vocabulary.terms().at(id)) + 1)) + 1.0;
        return idf;
    }
    QList<int> counts(vocabulary.size(), 0), lastSentence(vocabulary.size(), -1);
    for (int s = 0; s < int(sentences.size()); ++s) {
        for (int id : sentences.at(s).terms) {
            if (lastSentence[id] != s) {
                lastSentence[id] = s;
                ++counts[id];
            }
        }
    }
    for (int id = 0; id < vocabulary.size(); ++id)
        idf[id] = std::log(double(sentences.size() + 1) / (counts[id] + 0.5)) + 1.0;
    return idf;
}

TermVector weigh(QList<int> ids, const QList<double> &idf, const Vocabulary &vocabulary)
{
    std::sort(ids.begin(), ids.end());
    QList<TermWeight> weights;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j < ids.size() && ids[j] == ids[i])
            ++j;
        weights.append({vocabulary.hashOf(ids[i]), float((1.0 + std::log(double(j - i))) * idf.at(ids[i]))});
        i = j;
    }
    return TermVector::normalized(std::move(weights));
}

/** TextRank: PageRank over the sentence graph weighted by cosine similarity; scaled to a maximum of 1. */
QList<double> centrality(const QList<TermVector> &vectors)
{
    const qsizetype n = vectors.size();
    QList<double> similarity(n * n, 0.0);
    QList<double> outWeight(n, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double s = vectors.at(i).cosine(vectors.at(j));
            similarity[i * n + j] = similarity[j * n + i] = s;
            outWeight[i] += s;
            outWeight[j] += s;
        }
    }
    constexpr double damping = 0.85;
    QList<double> rank(n, 1.0 / qMax<qsizetype>(n, 1));
    for (int iteration = 0; iteration < 40; ++iteration) {
        QList<double> next(n, (1.0 - damping) / n);
        for (qsizetype j = 0; j < n; ++j) {
            if (outWeight.at(j) <= 0)
                continue;
            const double share = damping * rank.at(j) / outWeight.at(j);
            for (qsizetype i = 0; i < n; ++i)
                next[i] += share * similarity.at(j * n + i);
        }
        double change = 0;
        for (qsizetype i = 0; i < n; ++i)
            change += std::abs(next.at(i) - rank.at(i));
        rank = std::move(next);
        if (change < 1e-6) // converged: the ranking no longer moves
            break;
    }
    const double top = n ? *std::max_element(rank.cbegin(), rank.cend()) : 0;
    if (top > 0) {
        for (double &r : rank)
            r /= top;
    }
    return rank;
}

/** The lead carries a news story; later paragraphs still hold key facts, so the prior decays gently,
 *  and a paragraph's first sentence (its topic sentence) gets a little extra. */
double positionPrior(int index, const Sentence &sentence)
{
    const double lead = 1.0 / (1.0 + 0.3 * index);
    return qMin(1.0, lead + (sentence.indexInParagraph == 0 ? 0.1 : 0.0));
}

/** Datelines, captions and headings are too short to be a key point; run-ons are hard to read. */
double lengthFactor(const Sentence &sentence, int words)
{
    if (words < 5)
        return 0.1;
    const QChar last = sentence.text.back();
    const bool ended = !last.isLetterOrNumber();
    double factor = 1.0;
    if (words < 8)
        factor = 0.6;
    else if (words > 60)
        factor = 0.6;
    else if (words > 45)
        factor = 0.85;
    if (!ended && words < 12)
        factor *= 0.4; // a heading or a caption, not a sentence
    return factor;
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x00AB) || c == QChar(0x201E) || c == QChar(0x2018);
}

/** News key points are facts in the reporter's voice: figures (tolls, sums, dates) raise a sentence;
 *  a bare quotation (colour, reaction) lowers it, though the attribution around a quote does not. */
double newsFactor(const Sentence &sentence)
{
    double factor = 1.0;
    if (std::any_of(sentence.text.cbegin(), sentence.text.cend(), [](QChar c) { return c.isDigit(); }))
        factor *= 1.15;
    if (isOpeningQuote(sentence.text.front()))
        factor *= 0.7;
    return factor;
}

} // namespace

int adaptiveCount(qsizetype sentenceCount)
{
    const int wanted = sentenceCount < 12 ? 3 : sentenceCount < 25 ? 4 : 5;
    return int(qMin<qsizetype>(wanted, sentenceCount));
}

QStringList contentTerms(QStringView text)
{
    Vocabulary vocabulary;
    analyse(text.toString(), vocabulary);
    return vocabulary.terms();
}

QList<KeyPoint> summarize(const QList<Sentence> &allSentences, const QString &title, int count,
                          const DocumentFrequencies &corpus)
{
    const QList<Sentence> sentences = allSentences.mid(0, kMaxSentences);
    const qsizetype n = sentences.size();
    if (n == 0)
        return {};
    const int wanted = int(qMin<qsizetype>(count > 0 ? count : adaptiveCount(n), n));

    Vocabulary vocabulary;
    QList<SentenceTerms> analysed;
    analysed.reserve(n);
    for (const Sentence &sentence : sentences)
        analysed.append(analyse(sentence.text, vocabulary));
    const SentenceTerms titleTerms = analyse(title, vocabulary);
    const QList<double> idf = inverseFrequencies(vocabulary, analysed, corpus);

    QList<TermVector> vectors;
    QList<int> allTerms;
    vectors.reserve(n);
    for (const SentenceTerms &sentence : analysed) {
        vectors.append(weigh(sentence.terms, idf, vocabulary));
        allTerms += sentence.terms;
    }
    // The centroid keeps only the article's strongest terms: what the whole piece is about.
    const TermVector centroid = weigh(allTerms, idf, vocabulary).strongest(20);
    const TermVector headline = weigh(titleTerms.terms, idf, vocabulary);
    const QList<double> rank = centrality(vectors);

    QList<double> score(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double central = centroid.cosine(vectors.at(i));
        const double onHeadline = headline.isEmpty() ? central : headline.cosine(vectors.at(i));
        const double combined = 0.35 * central + 0.2 * rank.at(i) + 0.3 * positionPrior(int(i), sentences.at(i))
                              + 0.15 * onHeadline;
        score[i] = vectors.at(i).isEmpty() ? 0.0 : combined * lengthFactor(sentences.at(i), analysed.at(i).words)
                                                    * newsFactor(sentences.at(i));
    }

    // Maximal Marginal Relevance, deterministic: ties go to the earlier sentence.
    QList<qsizetype> chosen;
    QSet<QString> chosenTexts;
    while (chosen.size() < wanted) {
        qsizetype best = -1;
        double bestValue = -1e9;
        for (qsizetype i = 0; i < n; ++i) {
            if (vectors.at(i).isEmpty() || chosen.contains(i) || chosenTexts.contains(sentences.at(i).text))
                continue; // nothing to say (no content words), or said already
            double redundancy = 0;
            for (qsizetype j : chosen)
                redundancy = qMax(redundancy, double(vectors.at(i).cosine(vectors.at(j))));
            if (redundancy >= kNearDuplicate)
                continue;
            const double value = (1.0 - kRedundancyWeight) * score.at(i) - kRedundancyWeight * redundancy;
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        if (best < 0)
            break;
        chosen.append(best);
        chosenTexts.insert(sentences.at(best).text);
    }
    std::sort(chosen.begin(), chosen.end());
    QList<KeyPoint> points;
    for (qsizetype i : chosen)
        points.append({sentences.at(i).text, int(i), score.at(i)});
    return points;
}

QList<KeyPoint> summarizeText(const QString &plainText, const QString &title, int count,
                              const DocumentFrequencies &corpus)
{
    return summarize(SentenceSplitter::split(plainText), title, count, corpus);
}

} // namespace Summarizer
