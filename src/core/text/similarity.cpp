#include "text/similarity.h"

#include "text/stemmer.h"
#include "text/summarizer.h"
#include "text/textnormalizer.h"

#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace {

// Shingle bands take two MinHash rows each (a near-duplicate agrees on many); keyword bands one (two
// reports of an event share fewer of their strongest terms, and each keyword bucket stays small).
constexpr int kShingleBandRows = 2;
constexpr int kKeywordBandRows = 1;
constexpr int kKeywordTerms = 20; // the strongest terms, whose set the keyword MinHash describes

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads every input bit over the whole word.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/** Per-slot multipliers of the universal hash family a·x + b: fixed, so signatures stay comparable
 *  across runs and versions. */
template <int N, quint64 Seed>
const std::array<std::pair<quint64, quint64>, N> &hashFamily()
{
    static const std::array<std::pair<quint64, quint64>, N> family = [] {
        std::array<std::pair<quint64, quint64>, N> f{};
        for (int i = 0; i < N; ++i)
            f[i] = {mix(Seed + 2 * i) | 1, mix(Seed + 2 * i + 1)};
        return f;
    }();
    return family;
}

template <int N, quint64 Seed>
std::array<quint32, N> minHash(const QList<quint64> &elements)
{
    std::array<quint32, N> result;
    result.fill(0xFFFFFFFFu);
    const auto &family = hashFamily<N, Seed>();
    for (quint64 element : elements) {
        for (int i = 0; i < N; ++i) {
            const quint32 h = quint32((family[i].first * element + family[i].second) >> 32);
            result[i] = qMin(result[i], h);
        }
    }
    return result;
}

template <int N>
float agreement(const std::array<quint32, N> &a, const std::array<quint32, N> &b)
{
    int same = 0;
    for (int i = 0; i < N; ++i)
        same += a[i] == b[i] ? 1 : 0;
    return float(same) / N;
}

template <int N, int Rows>
void appendBands(QList<qint64> &bands, const std::array<quint32, N> &hashes, quint64 kind)
{
    for (int band = 0; band < N / Rows; ++band) {
        quint64 h = mix(kind ^ (quint64(band) << 40));
        for (int row = 0; row < Rows; ++row)
            h = mix(h ^ hashes[band * Rows + row]);
        bands.append(qint64(h));
    }
}

bool isDigits(QStringView word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

bool isNumberSeparator(QChar c)
{
    return c == u'.' || c == u',' || c == QChar(0x066B) || c == QChar(0x066C);
}

} // namespace

QStringList ArticleTerms::distinct() const
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &stem : stems) {
        if (!seen.contains(stem)) {
            seen.insert(stem);
            result.append(stem);
        }
    }
    return result;
}

QList<qint64> ArticleSignature::bands() const
{
    QList<qint64> result;
    if (empty)
        return result;
    result.reserve(kShingleHashes / kShingleBandRows + kKeywordHashes / kKeywordBandRows);
    appendBands<kShingleHashes, kShingleBandRows>(result, shingles, 0x5348494E474C45ULL); // "SHINGLE"
    // An article without content terms has an all-ones keyword MinHash: no keyword bands, or every such
    // article would land in the same bucket.
    if (keywords[0] != 0xFFFFFFFFu)
        appendBands<kKeywordHashes, kKeywordBandRows>(result, keywords, 0x4B4559574F5244ULL); // "KEYWORD"
    return result;
}

QByteArray ArticleSignature::minHashBytes() const
{
    QByteArray bytes((kShingleHashes + kKeywordHashes) * 4, Qt::Uninitialized);
    char *out = bytes.data();
    for (quint32 h : shingles)
        qToLittleEndian(h, std::exchange(out, out + 4));
    for (quint32 h : keywords)
        qToLittleEndian(h, std::exchange(out, out + 4));
    return bytes;
}

bool ArticleSignature::setMinHashBytes(const QByteArray &bytes)
{
    if (bytes.size() != (kShingleHashes + kKeywordHashes) * 4)
        return false;
    const char *in = bytes.constData();
    for (quint32 &h : shingles)
        h = qFromLittleEndian<quint32>(std::exchange(in, in + 4));
    for (quint32 &h : keywords)
        h = qFromLittleEndian<quint32>(std::exchange(in, in + 4));
    empty = false;
    return true;
}

namespace Similarity {

ArticleTerms analyse(const QString &title, const QString &plainText, int maxWords, QHash<QString, QString> *stemCache)
{
    ArticleTerms result;
    Stemmer &stemmer = Stemmer::forThisThread();
    auto stemOf = [&](const QString &word) {
        if (!stemCache)
            return stemmer.stem(word);
        auto it = stemCache->constFind(word);
        if (it == stemCache->cend())
            it = stemCache->insert(word, stemmer.stem(word));
        return it.value();
    };
    auto take = [&](const QString &text) {
        const QString normalized = TextNormalizer::normalize(QStringView(text).left(maxWords * 12));
        const QList<QStringView> words = TextNormalizer::words(normalized);
        for (qsizetype i = 0; i < words.size() && result.words.size() < maxWords; ++i) {
            QString word = words.at(i).toString();
            if (isDigits(word)) {
                // Figures identify an event (a toll, a sum, a rate): "5.25", "1,250" and "٣٫٥" are one
                // term each, and count double.
                QString number = word;
                while (i + 1 < words.size() && isDigits(words.at(i + 1))
                       && words.at(i + 1).data() == words.at(i).data() + words.at(i).size() + 1
                       && isNumberSeparator(*(words.at(i).data() + words.at(i).size()))) {
                    const QChar separator = *(words.at(i).data() + words.at(i).size());
                    if (separator == u'.' || separator == QChar(0x066B))
                        number += u'.';
                    result.words.append(std::move(word));
                    word = words.at(++i).toString();
                    number += word;
                }
                if (number.size() >= 3) {
                    result.stems.append(number);
                    result.stems.append(number);
                }
                result.words.append(std::move(word));
                continue;
            }
            const QString stem = stemOf(word);
            if (Stopwords::isContentTerm(stem))
                result.stems.append(stem);
            result.words.append(std::move(word));
        }
    };
    // The headline says what the story is about: its terms count twice.
    take(title);
    take(title);
    take(plainText);
    return result;
}

ArticleSignature signature(const ArticleTerms &terms, const DocumentFrequencies &corpus)
{
    ArticleSignature sig;
    if (terms.words.isEmpty())
        return sig;
    sig.empty = false;

    // Word 3-shingles (single words for a very short text), each as one 64-bit value.
    QList<quint64> shingleHashes;
    const qsizetype n = terms.words.size();
    if (n < 3) {
        for (const QString &word : terms.words)
            shingleHashes.append(TermHash::of(word));
    } else {
        QList<quint64> wordHashes;
        wordHashes.reserve(n);
        for (const QString &word : terms.words)
            wordHashes.append(TermHash::of(word));
        for (qsizetype i = 0; i + 2 < n; ++i)
            shingleHashes.append(mix(wordHashes[i] ^ mix(wordHashes[i + 1] ^ mix(wordHashes[i + 2]))));
    }
    std::sort(shingleHashes.begin(), shingleHashes.end());
    shingleHashes.erase(std::unique(shingleHashes.begin(), shingleHashes.end()), shingleHashes.end());
    sig.shingles = minHash<ArticleSignature::kShingleHashes, 0x51>(shingleHashes);

    // TF-IDF over stemmed terms; the corpus makes the day's common words weigh less.
    QHash<QString, int> tf;
    for (const QString &stem : terms.stems)
        ++tf[stem];
    QList<TermWeight> weights;
    weights.reserve(tf.size());
    const bool useCorpus = corpus.documents > 0;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        const double idf = useCorpus ? std::log(double(corpus.documents + 1) / double(corpus.counts.value(it.key()) + 1)) + 1.0
                                     : 1.0;
        weights.append({TermHash::of(it.key()), float((1.0 + std::log(double(it.value()))) * idf)});
    }
    const TermVector full = TermVector::normalized(std::move(weights));
    sig.terms = full.strongest(ArticleSignature::kStoredTerms);

    QList<quint64> keywordHashes;
    const TermVector keywordTerms = full.strongest(kKeywordTerms);
    for (const TermWeight &w : keywordTerms.entries())
        keywordHashes.append(w.term);
    sig.keywords = minHash<ArticleSignature::kKeywordHashes, 0x4B>(keywordHashes);
    return sig;
}

Relation relate(const ArticleSignature &a, const ArticleSignature &b)
{
    Relation relation;
    if (a.empty || b.empty)
        return relation;
    relation.shingleSimilarity = agreement<ArticleSignature::kShingleHashes>(a.shingles, b.shingles);
    relation.cosine = a.terms.cosine(b.terms);
    relation.sameStory = relation.shingleSimilarity >= kSameStoryShingles || relation.cosine >= kSameEventCosine;
    return relation;
}

} // namespace Similarity
