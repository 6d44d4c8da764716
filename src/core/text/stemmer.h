// Light stemming for search and similarity: Snowball's Arabic and English stemmers (Debian's libstemmer)
// behind one call, so that "agreements"/"agreement" and الاتفاقية/اتفاقية/والاتفاقية share one stem.
// A Snowball stemmer keeps state per call and is not thread-safe: use one Stemmer per thread
// (Stemmer::forThisThread()).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

struct sb_stemmer;

class Stemmer final
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    /** The calling thread's own stemmer. */
    static Stemmer &forThisThread();

    /** The stem of one word that already went through TextNormalizer::normalize. Words of one or two
     *  letters and words holding digits are returned unchanged. */
    QString stem(const QString &normalizedWord);

    /** normalize → split into words → stem: the terms that search indexes and queries with. */
    QStringList terms(QStringView text);

private:
    QString stemArabic(QString word);
    QString runSnowball(sb_stemmer *stemmer, const QString &word);

    sb_stemmer *m_arabic = nullptr;
    sb_stemmer *m_english = nullptr;
};
