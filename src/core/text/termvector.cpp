#include "text/termvector.h"

#include "text/stemmer.h"

#include <QDataStream>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace TermHash {
quint64 of(QStringView term)
{
    quint64 hash = 14695981039346656037ULL;
    for (QChar c : term) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}
} // namespace TermHash

TermVector TermVector::normalized(QList<TermWeight> weights)
{
    std::sort(weights.begin(), weights.end(), [](const TermWeight &a, const TermWeight &b) { return a.term < b.term; });
    TermVector vector;
    double sumOfSquares = 0;
    for (const TermWeight &w : weights) {
        if (!vector.m_entries.isEmpty() && vector.m_entries.last().term == w.term)
            vector.m_entries.last().weight += w.weight;
        else
            vector.m_entries.append(w);
    }
    for (const TermWeight &w : vector.m_entries)
        sumOfSquares += double(w.weight) * w.weight;
    if (sumOfSquares <= 0)
        return {};
    const float scale = float(1.0 / std::sqrt(sumOfSquares));
    for (TermWeight &w : vector.m_entries)
        w.weight *= scale;
    return vector;
}

float TermVector::cosine(const TermVector &other) const
{
    float sum = 0;
    auto a = m_entries.cbegin(), b = other.m_entries.cbegin();
    while (a != m_entries.cend() && b != other.m_entries.cend()) {
        if (a->term < b->term)
            ++a;
        else if (b->term < a->term)
            ++b;
        else
            sum += (a++)->weight * (b++)->weight;
    }
    return sum;
}

TermVector TermVector::strongest(qsizetype n) const
{
    QList<TermWeight> heaviest = m_entries;
    if (heaviest.size() > n) {
        std::partial_sort(heaviest.begin(), heaviest.begin() + n, heaviest.end(),
                          [](const TermWeight &a, const TermWeight &b) {
                              return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                          });
        heaviest.resize(n);
    }
    return normalized(std::move(heaviest));
}

QByteArray TermVector::toBytes() const
{
    QByteArray bytes;
    bytes.reserve(m_entries.size() * 12);
    for (const TermWeight &w : m_entries) {
        char buffer[12];
        qToLittleEndian(w.term, buffer);
        qToLittleEndian(w.weight, buffer + 8);
        bytes.append(buffer, sizeof buffer);
    }
    return bytes;
}

TermVector TermVector::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() % 12 != 0)
        return {};
    QList<TermWeight> weights;
    weights.reserve(bytes.size() / 12);
    for (qsizetype at = 0; at < bytes.size(); at += 12) {
        const float weight = qFromLittleEndian<float>(bytes.constData() + at + 8);
        if (!std::isfinite(weight))
            return {};
        weights.append({qFromLittleEndian<quint64>(bytes.constData() + at), weight});
    }
    return normalized(std::move(weights));
}

namespace Stopwords {
bool contains(const QString &stemmedTerm)
{
    // Stemmed once per thread through the same path as the text, so the spellings meet.
    thread_local const QSet<QString> stems = [] {
        static const char16_t words[] =
            u"the a an and or but if of to in on at by for with from as into about over after before under "
            u"between through during against without within than then so such that this these those there here "
            u"is are was were be been being am has have had having do does did will would shall should can could "
            u"may might must not no nor only also just very more most other some any each every all both few "
            u"it its he him his she her they them their we us our you your i me my who whom whose which what "
            u"when where why how said says say told according while since until up down out off again further "
            u"one two new mr mrs ms "
            u"في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين هو هي هم هن نحن أنا انت "
            u"كان كانت يكون تكون قد لقد لم لن لا ما ماذا متى أين كيف كل بعض أي أو ثم حتى إذا اذا إن ان أن "
            u"لكن بل عند عندما بين بعد قبل خلال حول ضد دون غير منذ لدى لها له لهم بها به فيها فيه عليها عليه "
            u"منها منه عنها عنه وقد وكان وكانت وهو وهي وفي ومن وعلى وأن وإن كما أيضا ايضا قال قالت وقال "
            u"وقالت أضاف وأضاف أضافت وأضافت يوم اليوم أمس وذلك هناك هنا حيث إلى";
        QSet<QString> set;
        for (const QString &term : Stemmer::forThisThread().terms(QStringView(words)))
            set.insert(term);
        return set;
    }();
    return stems.contains(stemmedTerm);
}

bool isContentTerm(const QString &term)
{
    if (term.size() < 2 || contains(term))
        return false;
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetter(); }) || term.size() >= 3;
}
} // namespace Stopwords
