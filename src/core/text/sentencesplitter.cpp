#include "text/sentencesplitter.h"

#include "html/htmltext.h"
#include "text/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace SentenceSplitter {
namespace {

bool isTerminator(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case 0x061F /* ؟ */: case 0x061B /* ؛ */: case 0x2026 /* … */:
    case 0x06D4 /* ۔ Arabic full stop */: case 0x203C /* ‼ */: case 0x2047: case 0x2048: case 0x2049:
        return true;
    default:
        return false;
    }
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case 0x00BB /* » */: case 0x201D /* ” */: case 0x2019 /* ’ */: case u'"': case u'\'': case u')':
    case u']': case u'}': case 0x203A /* › */: case 0xFD3F /* ﴿ */:
        return true;
    default:
        return false;
    }
}

bool isOpening(QChar c)
{
    switch (c.unicode()) {
    case 0x00AB /* « */: case 0x201C /* “ */: case 0x201E /* „ */: case 0x2018 /* ‘ */: case u'"':
    case u'\'': case u'(': case u'[': case u'{': case 0x2039 /* ‹ */: case 0xFD3E /* ﴾ */:
        return true;
    default:
        return false;
    }
}

bool isLatinLower(QChar c) { return c.isLower() && c.script() == QChar::Script_Latin; }

// Abbreviations that never end a sentence: they stand before a name or a number.
const QSet<QString> &titles()
{
    static const QSet<QString> set = {
        u"mr"_qs, u"mrs"_qs, u"ms"_qs, u"dr"_qs, u"prof"_qs, u"st"_qs, u"mt"_qs, u"gen"_qs, u"sen"_qs,
        u"rep"_qs, u"gov"_qs, u"capt"_qs, u"lt"_qs, u"col"_qs, u"sgt"_qs, u"maj"_qs, u"adm"_qs, u"cmdr"_qs,
        u"rev"_qs, u"hon"_qs, u"pres"_qs, u"supt"_qs, u"messrs"_qs, u"mme"_qs, u"mlle"_qs, u"vs"_qs, u"cf"_qs,
        u"approx"_qs, u"ca"_qs, u"jan"_qs, u"feb"_qs, u"mar"_qs, u"apr"_qs, u"jun"_qs, u"jul"_qs, u"aug"_qs,
        u"sep"_qs, u"sept"_qs, u"oct"_qs, u"nov"_qs, u"dec"_qs, u"e.g"_qs, u"i.e"_qs, u"viz"_qs, u"al"_qs};
    return set;
}

// Abbreviations that stand before a number ("No. 5", "p. 12") and otherwise are ordinary words.
const QSet<QString> &numberTitles()
{
    static const QSet<QString> set = {u"no"_qs, u"nos"_qs, u"vol"_qs, u"fig"_qs, u"p"_qs, u"pp"_qs, u"art"_qs,
                                      u"ch"_qs, u"sec"_qs, u"op"_qs};
    return set;
}

// Abbreviations that may close a sentence ("… works for Acme Inc. The company …") or not
// ("the U.S. Senate"): they end one only before a word that typically opens a sentence.
const QSet<QString> &mayEnd()
{
    static const QSet<QString> set = {u"inc"_qs, u"ltd"_qs, u"co"_qs, u"corp"_qs, u"llc"_qs, u"plc"_qs,
                                      u"etc"_qs, u"jr"_qs, u"sr"_qs, u"bros"_qs, u"dept"_qs, u"univ"_qs,
                                      u"est"_qs, u"govt"_qs};
    return set;
}

const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> set = {
        u"the"_qs, u"a"_qs, u"an"_qs, u"he"_qs, u"she"_qs, u"it"_qs, u"they"_qs, u"we"_qs, u"i"_qs,
        u"you"_qs, u"but"_qs, u"and"_qs, u"in"_qs, u"on"_qs, u"at"_qs, u"this"_qs, u"that"_qs, u"these"_qs,
        u"those"_qs, u"its"_qs, u"his"_qs, u"her"_qs, u"their"_qs, u"our"_qs, u"there"_qs, u"however"_qs,
        u"meanwhile"_qs, u"after"_qs, u"before"_qs, u"when"_qs, u"while"_qs, u"if"_qs, u"as"_qs, u"for"_qs,
        u"so"_qs, u"yet"_qs, u"still"_qs, u"then"_qs, u"now"_qs, u"last"_qs, u"since"_qs, u"earlier"_qs,
        u"later"_qs, u"officials"_qs, u"analysts"_qs, u"shares"_qs, u"one"_qs, u"some"_qs, u"many"_qs,
        u"most"_qs, u"both"_qs, u"what"_qs, u"why"_qs, u"how"_qs, u"who"_qs};
    return set;
}

// One-letter Arabic abbreviations of titles: د. (doctor), أ. (professor / mister), م. (engineer),
// ش. (street), ص. (page) … They come before a name; م. and هـ. after a year are the era marks (AD, AH)
// and then may well end the sentence.
bool isArabicTitle(const QString &token)
{
    static const QSet<QString> set = {u"د"_qs, u"أ"_qs, u"ا"_qs, u"م"_qs, u"ش"_qs, u"ص"_qs, u"ج"_qs,
                                      u"ب"_qs, u"ق"_qs, u"هـ"_qs, u"ه"_qs, u"أ.د"_qs, u"د.م"_qs, u"م.م"_qs};
    return set.contains(token);
}

// «…؟» سأل الوزير: the attribution after a quoted question or exclamation belongs to the quote's
// sentence. Latin script shows this by a lower-case letter; Arabic has no case, so we know the verbs.
bool isAttributionVerb(QStringView word)
{
    static const QSet<QString> set = [] {
        QSet<QString> verbs;
        for (const char16_t *verb : {u"قال", u"قالت", u"سأل", u"سألت", u"تساءل", u"تساءلت", u"أضاف", u"أضافت",
                                     u"أكد", u"أكدت", u"صرح", u"صرحت", u"رد", u"ردت", u"هتف", u"هتفت",
                                     u"صاح", u"صاحت", u"يقول", u"تقول", u"أجاب", u"أجابت", u"علق", u"علقت"})
            verbs.insert(TextNormalizer::normalize(QStringView(verb)));
        return verbs;
    }();
    return set.contains(TextNormalizer::normalize(word));
}

bool isEraMark(const QString &token) { return token == u"م" || token == u"هـ" || token == u"ه"; }

bool isNumber(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!c.isDigit() && c != u',' && c != u'.' && c != QChar(0x066B) && c != QChar(0x066C))
            return false;
    }
    return true;
}

// "U.S", "e.g", "a.m", "Ph.D": short letter groups joined by dots.
bool isDottedAbbreviation(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\p{L}{1,2}\\.)+\\p{L}{1,2}$"));
    return pattern.match(token).hasMatch();
}

/** The word that ends just before `end` (the terminator), without opening punctuation in front. */
qsizetype tokenStart(QStringView line, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !line.at(start - 1).isSpace())
        --start;
    while (start < end && isOpening(line.at(start)))
        ++start;
    return start;
}

QStringView wordAt(QStringView line, qsizetype from)
{
    qsizetype i = from;
    while (i < line.size() && isOpening(line.at(i)))
        ++i;
    qsizetype end = i;
    while (end < line.size() && line.at(end).isLetterOrNumber())
        ++end;
    return line.mid(i, end - i);
}

QStringView previousWord(QStringView line, qsizetype tokenBegin)
{
    qsizetype end = tokenBegin;
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && !line.at(start - 1).isSpace())
        --start;
    return line.mid(start, end - start);
}

/** Whether the single full stop at `dot` ends the sentence begun at `sentenceStart`, given that the
 *  next word starts at `next`. */
bool fullStopEnds(QStringView line, qsizetype sentenceStart, qsizetype dot, qsizetype next)
{
    const qsizetype begin = tokenStart(line, dot);
    const QString token = line.mid(begin, dot - begin).toString();
    if (token.isEmpty())
        return true;
    const QString lower = token.toLower();
    const QStringView nextWord = wordAt(line, next);
    const bool nextIsNumber = !nextWord.isEmpty() && nextWord.at(0).isDigit();
    if (titles().contains(lower))
        return false;
    if (numberTitles().contains(lower))
        return !nextIsNumber;
    if (token.size() == 1 && token.at(0).isUpper())
        return false; // an initial: J. R. R. Tolkien
    if (begin == sentenceStart && isNumber(token))
        return false; // a list number: "1. The first point"
    if (isArabicTitle(token)) {
        if (isEraMark(token))
            return isNumber(previousWord(line, begin)) && !nextWord.isEmpty();
        return false;
    }
    if (isDottedAbbreviation(token) || mayEnd().contains(lower))
        return nextWord.isEmpty() || !nextWord.at(0).isLetter() || nextWord.at(0).script() != QChar::Script_Latin
            || sentenceStarters().contains(nextWord.toString().toLower());
    return true;
}

void splitLine(QStringView line, int paragraph, QList<Sentence> &out)
{
    int index = 0;
    auto emit = [&](qsizetype from, qsizetype to) {
        const QString text = line.mid(from, to - from).trimmed().toString();
        if (!text.isEmpty())
            out.append({text, paragraph, index++});
    };
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        if (!isTerminator(line.at(i))) {
            ++i;
            continue;
        }
        qsizetype runEnd = i;
        while (runEnd < n && isTerminator(line.at(runEnd)))
            ++runEnd;
        qsizetype afterClosing = runEnd;
        while (afterClosing < n && isClosing(line.at(afterClosing)))
            ++afterClosing;
        // No space after the mark: inside a number (3.5), a host name, an e-mail address or a URL.
        if (afterClosing >= n || !line.at(afterClosing).isSpace()) {
            i = runEnd;
            continue;
        }
        qsizetype next = afterClosing;
        while (next < n && line.at(next).isSpace())
            ++next;
        if (next >= n)
            break;
        bool ends = !isLatinLower(wordAt(line, next).isEmpty() ? line.at(next) : wordAt(line, next).at(0));
        if (ends && afterClosing > runEnd && isAttributionVerb(wordAt(line, next)))
            ends = false;
        if (ends && runEnd - i == 1 && line.at(i) == u'.')
            ends = fullStopEnds(line, start, i, next);
        if (ends) {
            emit(start, afterClosing);
            start = next;
        }
        i = next;
    }
    emit(start, n);
}

} // namespace

QList<Sentence> split(QStringView plainText)
{
    QList<Sentence> sentences;
    int paragraph = 0;
    for (const QStringView line : plainText.split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        splitLine(trimmed, paragraph++, sentences);
    }
    return sentences;
}

QList<Sentence> splitHtml(const QString &html) { return split(HtmlText::toPlainText(html)); }

QStringList texts(const QList<Sentence> &sentences)
{
    QStringList result;
    result.reserve(sentences.size());
    for (const Sentence &sentence : sentences)
        result.append(sentence.text);
    return result;
}

} // namespace SentenceSplitter
