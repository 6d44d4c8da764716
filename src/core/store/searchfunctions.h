// The SQL functions through which the full-text index sees article text: every connection that may
// write articles registers them, so the triggers of the search index (resources/sql/006_search.sql)
// run the same normaliser and stemmer as the query side, inside the writing transaction.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

namespace SearchFunctions {
/** Registers khulasa_terms(text), khulasa_words(text) and khulasa_search_version() on `db`.
 *  False when the connection is not SQLite (or the functions cannot be added). */
bool install(const QSqlDatabase &db);

/** Stemmed terms of `text`, space-separated: what the title/body columns of the index hold. */
QString termsColumn(const QString &text);
/** Normalised, unstemmed words of `text`, space-separated: what prefix queries look in. */
QString wordsColumn(const QString &text);
/** An Arabic word without a leading definite article (ال, وال, بال, …), or the word itself. */
QStringView withoutArticle(QStringView normalizedWord);
/** A fingerprint of the normaliser and stemmer's output on a fixed sample: when a newer libstemmer
 *  stems differently, the stored index no longer matches and is rebuilt (see Database). */
QString version();
}
