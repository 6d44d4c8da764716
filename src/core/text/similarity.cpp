#include "text/similarity.h"

#include "text/stemmer.h"
#include "text/summarizer.h"
#include "text/textnormalizer.h"

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

QList<quint64> ArticleTerms::distinct() const
{
    QList<quint64> result = stems;
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

quint64 TermDictionary::contentStem(QStringView word, quint64 wordHash)
{
    const auto known = m_stemOfWord.constFind(wordHash);
    if (known != m_stemOfWord.cend())
        return known.value();
    const QString stem = Stemmer::forThisThread().stem(word.toString());
    quint64 stemHash = 0;
    if (Stopwords::isContentTerm(stem)) {
        stemHash = TermHash::of(stem);
        m_spellings.insert(stemHash, stem);
    }
    m_stemOfWord.insert(wordHash, stemHash);
    return stemHash;
}

quint64 TermDictionary::addTerm(const QString &term)
{
    const quint64 hash = TermHash::of(term);
    m_spellings.insert(hash, term);
    return hash;
}

InverseFrequencies::InverseFrequencies(const DocumentFrequencies &corpus, qint64 addedDocuments,
                                       const QHash<quint64, int> &added)
{
    const qint64 documents = corpus.documents + addedDocuments;
    if (documents <= 0)
        return; // no corpus yet: plain term frequencies
    QHash<quint64, qint64> counts;
    counts.reserve(corpus.counts.size() + added.size());
    for (auto it = corpus.counts.cbegin(); it != corpus.counts.cend(); ++it)
        counts.insert(TermHash::of(it.key()), it.value());
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        counts[it.key()] += it.value();
    auto idf = [&](qint64 count) { return std::log(double(documents + 1) / double(count + 1)) + 1.0; };
    m_unseen = idf(0);
    m_idf.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_idf.insert(it.key(), idf(it.value()));
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

ArticleTerms analyse(const QString &title, const QString &plainText, TermDictionary &dictionary, int maxWords)
{
    ArticleTerms result;
    result.words.reserve(maxWords);
    result.stems.reserve(maxWords);
    auto take = [&](const QString &text) {
        const QString normalized = TextNormalizer::normalize(QStringView(text).left(analysedCharacters(maxWords)));
        const QList<QStringView> words = TextNormalizer::words(normalized);
        for (qsizetype i = 0; i < words.size() && result.words.size() < maxWords; ++i) {
            QStringView word = words.at(i);
            if (isDigits(word)) {
                // Figures identify an event (a toll, a sum, a rate): "5.25", "1,250" and "٣٫٥" are one
                // term each, and count double.
                QString number = word.toString();
                while (i + 1 < words.size() && isDigits(words.at(i + 1))
                       && words.at(i + 1).data() == words.at(i).data() + words.at(i).size() + 1
                       && isNumberSeparator(*(words.at(i).data() + words.at(i).size()))) {
                    const QChar separator = *(words.at(i).data() + words.at(i).size());
                    if (separator == u'.' || separator == QChar(0x066B))
                        number += u'.';
                    result.words.append(TermHash::of(word));
                    word = words.at(++i);
                    number += word;
                }
                if (number.size() >= 3) {
                    const quint64 term = dictionary.addTerm(number);
                    result.stems.append(term);
                    result.stems.append(term);
                }
                result.words.append(TermHash::of(word));
                continue;
            }
            const quint64 wordHash = TermHash::of(word);
            if (const quint64 stem = dictionary.contentStem(word, wordHash))
                result.stems.append(stem);
            result.words.append(wordHash);
        }
    };
    // The headline says what the story is about: its terms count twice.
    take(title);
    take(title);
    take(plainText);
    return result;
}

ArticleSignature signature(const ArticleTerms &terms, const InverseFrequencies &idf)
{
    ArticleSignature sig;
    if (terms.words.isEmpty())
        return sig;
    sig.empty = false;

    // Word 3-shingles (single words for a very short text), each as one 64-bit value.
    QList<quint64> shingleHashes;
    const qsizetype n = terms.words.size();
    if (n < 3) {
        shingleHashes = terms.words;
    } else {
        shingleHashes.reserve(n - 2);
        const quint64 *w = terms.words.constData();
        for (qsizetype i = 0; i + 2 < n; ++i)
            shingleHashes.append(mix(w[i] ^ mix(w[i + 1] ^ mix(w[i + 2]))));
    }
    // A repeated shingle cannot change a minimum: no need to make the list a set first.
    sig.shingles = minHash<ArticleSignature::kShingleHashes, 0x51>(shingleHashes);

    // TF-IDF over stemmed terms; the corpus makes the day's common words weigh less. Sorted stems put
    // each term's occurrences side by side: their run is its frequency.
    QList<quint64> stems = terms.stems;
    std::sort(stems.begin(), stems.end());
    QList<TermWeight> weights;
    for (qsizetype i = 0; i < stems.size();) {
        qsizetype j = i + 1;
        while (j < stems.size() && stems.at(j) == stems.at(i))
            ++j;
        weights.append({stems.at(i), float((1.0 + std::log(double(j - i))) * idf.of(stems.at(i)))});
        i = j;
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
