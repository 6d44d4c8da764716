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

struct SentenceTerms
{
    QStringList terms; // content terms, stemmed, in order (repeats kept: they are the term frequency)
    int words = 0;
};

SentenceTerms analyse(const QString &text)
{
    SentenceTerms result;
    Stemmer &stemmer = Stemmer::forThisThread();
    const QString normalized = TextNormalizer::normalize(text);
    for (const QStringView word : TextNormalizer::words(normalized)) {
        ++result.words;
        const QString term = stemmer.stem(word.toString());
        if (Stopwords::isContentTerm(term))
            result.terms.append(term);
    }
    return result;
}

/** Inverse document frequency from the cache, or from the article's own sentences when the cache is thin. */
class Idf
{
public:
    Idf(const DocumentFrequencies &corpus, const QList<SentenceTerms> &sentences) : m_corpus(corpus)
    {
        m_useCorpus = corpus.documents >= kMinCorpusDocuments;
        if (m_useCorpus)
            return;
        for (const SentenceTerms &sentence : sentences) {
            for (const QString &term : QSet<QString>(sentence.terms.cbegin(), sentence.terms.cend()))
                ++m_sentenceCounts[term];
        }
        m_sentences = sentences.size();
    }
    double of(const QString &term) const
    {
        if (m_useCorpus)
            return std::log(double(m_corpus.documents + 1) / double(m_corpus.counts.value(term) + 1)) + 1.0;
        return std::log(double(m_sentences + 1) / (m_sentenceCounts.value(term) + 0.5)) + 1.0;
    }

private:
    const DocumentFrequencies &m_corpus;
    bool m_useCorpus = false;
    QHash<QString, int> m_sentenceCounts;
    qsizetype m_sentences = 0;
};

TermVector weigh(const QStringList &terms, const Idf &idf)
{
    QHash<QString, int> tf;
    for (const QString &term : terms)
        ++tf[term];
    QList<TermWeight> weights;
    weights.reserve(tf.size());
    for (auto it = tf.cbegin(); it != tf.cend(); ++it)
        weights.append({TermHash::of(it.key()), float((1.0 + std::log(double(it.value()))) * idf.of(it.key()))});
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
        rank = std::move(next);
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
    QStringList terms;
    QSet<QString> seen;
    for (const QString &term : analyse(text.toString()).terms) {
        if (!seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    }
    return terms;
}

QList<KeyPoint> summarize(const QList<Sentence> &allSentences, const QString &title, int count,
                          const DocumentFrequencies &corpus)
{
    const QList<Sentence> sentences = allSentences.mid(0, kMaxSentences);
    const qsizetype n = sentences.size();
    if (n == 0)
        return {};
    const int wanted = int(qMin<qsizetype>(count > 0 ? count : adaptiveCount(n), n));

    QList<SentenceTerms> analysed;
    analysed.reserve(n);
    for (const Sentence &sentence : sentences)
        analysed.append(analyse(sentence.text));
    const Idf idf(corpus, analysed);

    QList<TermVector> vectors;
    QStringList allTerms;
    vectors.reserve(n);
    for (const SentenceTerms &sentence : analysed) {
        vectors.append(weigh(sentence.terms, idf));
        allTerms += sentence.terms;
    }
    // The centroid keeps only the article's strongest terms: what the whole piece is about.
    const TermVector centroid = weigh(allTerms, idf).strongest(20);
    const TermVector headline = weigh(analyse(title).terms, idf);
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
