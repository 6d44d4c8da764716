#include "text/stemmer.h"

#include "text/textnormalizer.h"

#include <libstemmer.h>

Stemmer::Stemmer()
    : m_arabic(sb_stemmer_new("arabic", "UTF_8"))
    , m_english(sb_stemmer_new("english", "UTF_8"))
{
    // Both algorithms ship in every libstemmer since Snowball 2.0; a build without them would index
    // unstemmed words, which still works, only with less recall.
    Q_ASSERT(m_arabic && m_english);
}

Stemmer::~Stemmer()
{
    if (m_arabic)
        sb_stemmer_delete(m_arabic);
    if (m_english)
        sb_stemmer_delete(m_english);
}

Stemmer &Stemmer::forThisThread()
{
    thread_local Stemmer stemmer;
    return stemmer;
}

QString Stemmer::runSnowball(sb_stemmer *stemmer, const QString &word)
{
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) // out of memory inside Snowball: the word itself is the safest term
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(stemmer));
}

QString Stemmer::stemArabic(QString word)
{
    // Snowball strips the article ال and the prepositions بال/كال/لل, but not the conjunctions و/ف in
    // front of the article (والاتفاقية kept its و). Take those off first.
    if (word.size() >= 5 && (word.startsWith(u"وال") || word.startsWith(u"فال")))
        word.remove(0, 1);
    // The normaliser wrote ta marbuta as ha; Snowball only removes a feminine ending written as ة.
    // Index and query take the same path, so a possessive ه folded this way still matches itself.
    if (word.size() >= 3 && word.endsWith(u'\u0647'))
        word[word.size() - 1] = QChar(0x0629);
    // Snowball may hand back an alef with hamza or a ta marbuta: fold its answer once more.
    return TextNormalizer::normalize(runSnowball(m_arabic, word));
}

QString Stemmer::stem(const QString &normalizedWord)
{
    if (normalizedWord.size() <= 2)
        return normalizedWord;
    for (const QChar c : normalizedWord) {
        if (c.isDigit())
            return normalizedWord;
    }
    if (TextNormalizer::isArabicWord(normalizedWord))
        return stemArabic(normalizedWord);
    return runSnowball(m_english, normalizedWord);
}

QStringList Stemmer::terms(QStringView text)
{
    const QString normalized = TextNormalizer::normalize(text);
    QStringList result;
    for (const QStringView word : TextNormalizer::words(normalized))
        result.append(stem(word.toString()));
    return result;
}
