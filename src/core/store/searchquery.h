// What a person types into the search field, turned into a safe FTS5 query and a word matcher for
// highlighting. Words match through the normaliser and stemmer ("agreements" finds "agreement",
// الإتفاقيه finds الاتفاقية); "quoted words" match as a phrase; word* matches the start of words.
// Nothing the person types reaches FTS5 as syntax: every term is emitted as a quoted string, so
// quotes, parentheses, AND/OR/NOT/NEAR, column filters and carets are just text.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class SearchQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    /** Longer input is cut here: a search needs a few words, not a pasted article. */
    static constexpr int kMaxInputLength = 1000;
    /** At most this many words, phrases and prefixes take part (the rest are ignored). */
    static constexpr int kMaxClauses = 16;

    /** Fails with a message when the text holds no word to look for. */
    static Result<SearchQuery> parse(const QString &input);

    /** The FTS5 MATCH expression (to be bound as a parameter, never spliced into SQL). */
    const QString &matchExpression() const { return m_expression; }
    /** The words typed with a trailing * (normalised), in order. */
    const QStringList &prefixes() const { return m_prefixes; }
    /** The expression with each prefix found in `wordsByPrefix` asked for as those whole words
     *  (any of them) instead: FTS5 merges every word of a prefix query, with all its positions,
     *  before it can return the first row, while words joined by OR are read lazily. */
    QString matchExpression(const QHash<QString, QStringList> &wordsByPrefix) const;

    /** True when `word` (as written in an article, with any diacritics) is one the query looks for. */
    bool matchesWord(QStringView word) const;

    /** Where the matched words of `text` are: start and length of each, in order. */
    QList<QPair<qsizetype, qsizetype>> matchRanges(const QString &text) const;

    /** `text` as HTML-escaped text with the matched words wrapped in <b>…</b>. With maxWords > 0,
     *  only a window of that many words around the first match, with "…" where text was cut. */
    QString highlight(const QString &text, int maxWords = 0) const;

private:
    SearchQuery() = default;
    void addClause(const QString &clause, const QString &prefix = {});

    QString m_expression;
    QStringList m_clauses;
    QStringList m_clausePrefixes; // per clause: its prefix word, or "" for words and phrases
    QSet<QString> m_stems;
    QStringList m_prefixes;
    mutable QHash<QString, bool> m_matchCache; // word as written → matches
};
