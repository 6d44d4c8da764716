#include "store/searchfunctions.h"

#include "store/sqlitehandle.h"

#include "text/stemmer.h"
#include "text/textnormalizer.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace {
QString argumentText(sqlite3_value *value)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(value)) : QString();
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void termsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, SearchFunctions::termsColumn(argumentText(argv[0])));
}

void wordsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, SearchFunctions::wordsColumn(argumentText(argv[0])));
}

void versionFunction(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, SearchFunctions::version());
}
} // namespace

QString SearchFunctions::termsColumn(const QString &text)
{
    return Stemmer::forThisThread().terms(text).join(u' ');
}

QStringView SearchFunctions::withoutArticle(QStringView normalizedWord)
{
    // The definite article and the particles written onto it, longest first: والاتفاقية → اتفاقيه.
    static const char16_t *const clitics[] = {u"وال", u"فال", u"بال", u"كال", u"لل", u"ال"};
    for (const char16_t *clitic : clitics) {
        const QStringView prefix(clitic);
        if (normalizedWord.size() >= prefix.size() + 2 && normalizedWord.startsWith(prefix))
            return normalizedWord.mid(prefix.size());
    }
    return normalizedWord;
}

QString SearchFunctions::wordsColumn(const QString &text)
{
    const QString normalized = TextNormalizer::normalize(text);
    QString joined;
    joined.reserve(normalized.size() + normalized.size() / 4);
    for (const QStringView word : TextNormalizer::words(normalized)) {
        if (!joined.isEmpty())
            joined += u' ';
        joined += word;
        // A prefix query اتفا* should find الاتفاقية as well: the word also goes in without its article.
        if (const QStringView bare = withoutArticle(word); bare.size() != word.size())
            joined += u' ' + bare;
    }
    return joined;
}

QString SearchFunctions::version()
{
    static const QString fingerprint = [] {
        // One sample per rule the index depends on: hamza seats, ta marbuta, tashkeel, the article and
        // conjunctions, digits, English plurals and suffixes.
        const QString sample = QStringLiteral(
            "وَالاتِّفاقِيَّةُ الإتفاقيه اتفاقيات المعلمون كتبوا ٢٠٢٤ Agreements running studies ponies Café");
        const QByteArray bytes = (termsColumn(sample) + u'|' + wordsColumn(sample)).toUtf8();
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
    }();
    return fingerprint;
}

bool SearchFunctions::install(const QSqlDatabase &db)
{
    sqlite3 *sqlite = SqliteHandle::of(db);
    if (!sqlite)
        return false;
    // Deterministic and innocuous: the index triggers may call them even with trusted_schema off.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function(sqlite, "khulasa_terms", 1, flags, nullptr, termsFunction, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(sqlite, "khulasa_words", 1, flags, nullptr, wordsFunction, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function(sqlite, "khulasa_search_version", 0, flags, nullptr, versionFunction, nullptr,
                                   nullptr) == SQLITE_OK;
}
