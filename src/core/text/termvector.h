// Sparse term-weight vectors over stemmed terms, shared by the summariser (sentences against each other)
// and similarity (articles against each other). Terms are identified by a stable 64-bit hash of their
// stemmed spelling, so vectors from different articles and different runs can be compared and stored.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace TermHash {
/** FNV-1a over the UTF-16 code units: stable across runs and machines (unlike qHash's seeded hash). */
quint64 of(QStringView term);
}

struct TermWeight
{
    quint64 term = 0;
    float weight = 0;
};

class TermVector final
{
public:
    TermVector() = default;
    /** From term → weight pairs in any order (equal terms are summed); the result is L2-normalised. */
    static TermVector normalized(QList<TermWeight> weights);

    /** Cosine of two normalised vectors: a merge over the sorted terms. */
    float cosine(const TermVector &other) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<TermWeight> &entries() const { return m_entries; }

    /** Keeps the `n` heaviest terms (renormalised): an article's signature for storage. */
    TermVector strongest(qsizetype n) const;

    /** Compact binary form for the store (and back; a damaged blob gives an empty vector). */
    QByteArray toBytes() const;
    static TermVector fromBytes(const QByteArray &bytes);

private:
    QList<TermWeight> m_entries; // sorted by term
};

namespace Stopwords {
/** True for the stem of an Arabic or English function word ("the", "which", "في", "الذي", "قال" …):
 *  such words say nothing about what a sentence or an article is about. */
bool contains(const QString &stemmedTerm);

/** A term worth weighing: not a function word, and holding a letter or at least three digits (years and
 *  counts carry news; "1" and "25" do not). */
bool isContentTerm(const QString &stemmedTerm);
}
