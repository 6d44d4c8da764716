#include "text/textnormalizer.h"

namespace {
bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) // tashkeel: fathatan … wavy hamza below
        || c == 0x0670                  // superscript alef
        || (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || (c >= 0x06E7 && c <= 0x06E8)
        || (c >= 0x06EA && c <= 0x06ED) // Quranic annotation marks
        || c == 0x0640;                 // tatweel: stretches a word, changes nothing
}

bool isInvisibleFormat(char16_t c)
{
    // Joiners, direction marks and bidi controls can sit inside a copied word and would split it.
    return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x00AD || c == 0xFEFF;
}

bool needsCompatibilityForm(char16_t c)
{
    // Arabic presentation forms (old pages and PDFs) and full-width Latin fold under NFKC.
    return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC) || (c >= 0xFF01 && c <= 0xFF5E);
}

char16_t foldArabicLetter(char16_t c)
{
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627; // آ أ إ ٱ → ا
    case 0x0629: return 0x0647;                                       // ة → ه
    case 0x0649: case 0x06CC: return 0x064A;                          // ى ی → ي
    case 0x06A9: return 0x0643;                                       // ک → ك
    default: return c;
    }
}

char16_t foldDigit(char16_t c)
{
    if (c >= 0x0660 && c <= 0x0669)
        return char16_t(u'0' + (c - 0x0660));
    if (c >= 0x06F0 && c <= 0x06F9)
        return char16_t(u'0' + (c - 0x06F0));
    return c;
}

/** A Latin letter without its accent (é → e), through its canonical decomposition. */
char16_t stripLatinAccent(char16_t c)
{
    if (c < 0x00C0 || c > 0x024F)
        return c;
    const QString decomposed = QChar(c).decomposition();
    if (QChar(c).decompositionTag() != QChar::Canonical || decomposed.isEmpty())
        return c;
    return decomposed.at(0).unicode();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.unicode() == 0x200C || c.unicode() == 0x200D;
}
} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    QString compatible;
    for (const QChar c : text) {
        if (needsCompatibilityForm(c.unicode())) {
            compatible = text.toString().normalized(QString::NormalizationForm_KC);
            text = compatible;
            break;
        }
    }
    // Written through a raw pointer: every character of every indexed and summarised text passes here,
    // and the output is never longer than the input.
    QString out(text.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c < 0x80) { // ASCII: only case matters
            *to++ = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            continue;
        }
        if (isArabicMark(c) || isInvisibleFormat(c))
            continue;
        if (c >= 0x0600 && c <= 0x06FF) {
            *to++ = foldDigit(foldArabicLetter(c));
            continue;
        }
        if (qc.isMark()) // combining accents after a Latin letter
            continue;
        *to++ = stripLatinAccent(QChar(c).toCaseFolded().unicode());
    }
    out.truncate(to - reinterpret_cast<const char16_t *>(out.constData()));
    return out;
}

QList<QStringView> TextNormalizer::words(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordCharacter(text.at(i));
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            result.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return result;
}

bool TextNormalizer::isArabicWord(QStringView word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if ((u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3) || (u >= 0xFB50 && u <= 0xFEFC))
            return true;
    }
    return false;
}
