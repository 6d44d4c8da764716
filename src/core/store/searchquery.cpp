#include "store/searchquery.h"

#include "store/searchfunctions.h"
#include "text/stemmer.h"
#include "text/textnormalizer.h"

namespace {
/** FTS5 string literal: the text in double quotes, quotes inside doubled. */
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The shortest prefix worth a prefix query; a single letter would match most of the index.
constexpr int kMinPrefixLength = 2;
} // namespace

namespace {
const QString kWordsColumns = QStringLiteral("{title_words body_words} : ");
} // namespace

void SearchQuery::addClause(const QString &clause, const QString &prefix)
{
    if (m_clauses.size() < kMaxClauses && !m_clauses.contains(clause)) {
        m_clauses.append(clause);
        m_clausePrefixes.append(prefix);
    }
}

QString SearchQuery::matchExpression(const QHash<QString, QStringList> &wordsByPrefix) const
{
    QStringList clauses = m_clauses;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const QStringList words = wordsByPrefix.value(m_clausePrefixes.at(i));
        if (m_clausePrefixes.at(i).isEmpty() || words.isEmpty())
            continue;
        QStringList quotedWords;
        for (const QString &word : words)
            quotedWords.append(quoted(word));
        clauses[i] = kWordsColumns + u'(' + quotedWords.join(QStringLiteral(" OR ")) + u')';
    }
    return clauses.join(QStringLiteral(" AND "));
}

Result<SearchQuery> SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    Stemmer &stemmer = Stemmer::forThisThread();
    const QString text = input.left(kMaxInputLength);
    auto addWords = [&](QStringView chunk, bool asPhrase) {
        const QString normalized = TextNormalizer::normalize(chunk);
        const QList<QStringView> words = TextNormalizer::words(normalized);
        if (words.isEmpty())
            return;
        // A trailing * (outside a phrase) asks for words starting with the last word.
        const bool prefix = !asPhrase && chunk.trimmed().endsWith(u'*');
        QStringList stems;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString word = words.at(i).toString();
            const bool isPrefix = prefix && i == words.size() - 1 && word.size() >= kMinPrefixLength;
            if (isPrefix) {
                query.m_prefixes.append(word);
                query.addClause(kWordsColumns + quoted(word) + QStringLiteral(" *"), word);
                continue;
            }
            const QString stem = stemmer.stem(word);
            query.m_stems.insert(stem);
            if (asPhrase)
                stems.append(stem);
            else
                query.addClause(QStringLiteral("{title body} : ") + quoted(stem));
        }
        if (asPhrase)
            query.addClause(QStringLiteral("{title body} : ") + quoted(stems.join(u' ')));
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            addWords(QStringView(text).mid(i + 1, end - i - 1), true);
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        addWords(QStringView(text).mid(i, end - i), false);
        i = end;
    }
    if (query.m_clauses.isEmpty())
        return Result<SearchQuery>::failure(tr("Type a word to search for (letters or digits)."));
    query.m_expression = query.m_clauses.join(QStringLiteral(" AND "));
    return query;
}

bool SearchQuery::matchesWord(QStringView word) const
{
    // Snippets test every word they show; news text repeats its words, so the answer is kept per
    // word as written (no normalising or stemming the second time).
    const QString written = word.toString();
    if (const auto cached = m_matchCache.constFind(written); cached != m_matchCache.cend())
        return *cached;
    const QString normalized = TextNormalizer::normalize(word);
    bool matches = m_stems.contains(Stemmer::forThisThread().stem(normalized));
    const QStringView bare = SearchFunctions::withoutArticle(normalized);
    for (const QString &prefix : m_prefixes)
        matches = matches || normalized.startsWith(prefix) || bare.startsWith(prefix);
    if (m_matchCache.size() < 20000)
        m_matchCache.insert(written, matches);
    return matches;
}

QList<QPair<qsizetype, qsizetype>> SearchQuery::matchRanges(const QString &text) const
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const QStringView word : TextNormalizer::words(text)) {
        if (matchesWord(word))
            ranges.append({word.data() - text.constData(), word.size()});
    }
    return ranges;
}

QString SearchQuery::highlight(const QString &text, int maxWords) const
{
    const QList<QStringView> words = TextNormalizer::words(text);
    qsizetype first = 0, last = words.size(); // the window of words shown, [first, last)
    if (maxWords > 0 && words.size() > maxWords) {
        // Long texts: look for the first match among the first few thousand words only (bounded work).
        const qsizetype scan = qMin<qsizetype>(words.size(), 5000);
        qsizetype hit = -1;
        for (qsizetype i = 0; i < scan && hit < 0; ++i) {
            if (matchesWord(words.at(i)))
                hit = i;
        }
        first = hit < 0 ? 0 : qMax<qsizetype>(0, hit - maxWords / 3);
        last = qMin(words.size(), first + maxWords);
        first = qMax<qsizetype>(0, last - maxWords);
    }
    if (words.isEmpty())
        return text.left(maxWords > 0 ? 200 : text.size()).toHtmlEscaped();
    auto offsetOf = [&](QStringView word) { return word.data() - text.constData(); };
    const qsizetype begin = first == 0 ? 0 : offsetOf(words.at(first));
    const qsizetype end = last == words.size() ? text.size() : offsetOf(words.at(last - 1)) + words.at(last - 1).size();
    QString out;
    if (begin > 0)
        out += QStringLiteral("…");
    qsizetype position = begin;
    for (qsizetype i = first; i < last; ++i) {
        const QStringView word = words.at(i);
        if (!matchesWord(word))
            continue;
        const qsizetype at = offsetOf(word);
        out += text.mid(position, at - position).toHtmlEscaped();
        out += QStringLiteral("<b>") + word.toString().toHtmlEscaped() + QStringLiteral("</b>");
        position = at + word.size();
    }
    out += text.mid(position, end - position).toHtmlEscaped();
    if (end < text.size())
        out += QStringLiteral("…");
    return out.simplified();
}
