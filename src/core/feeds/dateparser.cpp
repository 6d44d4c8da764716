#include "feeds/dateparser.h"

#include "feeds/datenames.h"

#include <QList>
#include <optional>

namespace DateParser {
namespace {

// Years outside this range in a feed are typos or placeholders ("0000-00-00"), not dates.
constexpr int MinYear = 1000;
constexpr int MaxYear = 9999;

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

/** Arabic-Indic and Persian digits to ASCII, so "٦ نوفمبر ٢٠٢٢" reads like "6 نوفمبر 2022". */
QString normaliseDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
        else if (u == 0x060C || u == 0x00A0) // Arabic comma, no-break space
            c = u' ';
    }
    return out;
}

struct Cursor
{
    QStringView s;
    qsizetype i = 0;
    bool atEnd() const { return i >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s[i]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++i;
        return true;
    }
    void skipSpaces()
    {
        while (!atEnd() && s[i].isSpace())
            ++i;
    }
    /** Exactly `count` digits, or -1 (cursor unchanged). */
    int digits(int count)
    {
        if (i + count > s.size())
            return -1;
        int v = 0;
        for (int k = 0; k < count; ++k) {
            if (!isDigit(s[i + k]))
                return -1;
            v = v * 10 + (s[i + k].unicode() - u'0');
        }
        i += count;
        return v;
    }
};

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second, int offsetMinutes)
{
    if (year < MinYear || year > MaxYear)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    bool nextDay = false;
    if (hour == 24 && minute == 0 && second == 0) { // ISO 8601 end of day
        hour = 0;
        nextDay = true;
    }
    if (second == 60) // leap second: the last representable second is closer than the next minute
        second = 59;
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return {};
    QDateTime dt(nextDay ? date.addDays(1) : date, time, Qt::UTC);
    return dt.addSecs(-qint64(offsetMinutes) * 60);
}

/** "+hh:mm", "+hhmm", "+hh", "Z" at the cursor; nullopt when malformed. */
std::optional<int> readNumericZone(Cursor &c)
{
    if (c.take(u'Z') || c.take(u'z'))
        return 0;
    const QChar sign = c.peek();
    if (sign != u'+' && sign != u'-' && sign != QChar(0x2212))
        return std::nullopt;
    ++c.i;
    const int hh = c.digits(2);
    if (hh < 0) {
        const int h = c.digits(1);
        if (h < 0)
            return std::nullopt;
        return (sign == u'+' ? 1 : -1) * h * 60;
    }
    c.take(u':');
    int mm = c.digits(2);
    if (mm < 0)
        mm = 0;
    if (hh > 23 || mm > 59)
        return std::nullopt;
    return (sign == u'+' ? 1 : -1) * (hh * 60 + mm);
}

struct Clock
{
    int hour = 0, minute = 0, second = 0;
};

/** "hh:mm[:ss[.fff]]" (hour may be one digit), fraction dropped; false when malformed. */
bool readClock(Cursor &c, Clock &clock)
{
    int h = c.digits(2);
    if (h < 0)
        h = c.digits(1);
    if (h < 0 || !c.take(u':'))
        return false;
    const int m = c.digits(2);
    if (m < 0)
        return false;
    clock = {h, m, 0};
    if (c.take(u':')) {
        const int s = c.digits(2);
        if (s < 0)
            return false;
        clock.second = s;
        if (c.take(u'.') || c.take(u',')) {
            while (isDigit(c.peek()))
                ++c.i;
        }
    }
    return true;
}

QDateTime parseIsoText(QStringView text)
{
    Cursor c{text.trimmed()};
    const int year = c.digits(4);
    if (year < 0)
        return {};
    if (c.atEnd())
        return makeUtc(year, 1, 1, 0, 0, 0, 0);
    const bool extended = c.take(u'-');
    if (extended && c.peek() == u'0' && c.i + 3 <= c.s.size() && isDigit(c.s[c.i + 1]) && isDigit(c.s[c.i + 2]))
        ++c.i; // "2003-012-31": a zero-padded month some generators wrote
    const int month = c.digits(2);
    if (month < 0)
        return {};
    if (c.atEnd())
        return extended ? makeUtc(year, month, 1, 0, 0, 0, 0) : QDateTime();
    if (extended && !c.take(u'-'))
        return {};
    const int day = c.digits(2);
    if (day < 0)
        return {};
    if (c.atEnd())
        return makeUtc(year, month, day, 0, 0, 0, 0);
    if (!(c.take(u'T') || c.take(u't') || c.peek().isSpace()))
        return {};
    c.skipSpaces();
    Clock clock;
    const qsizetype clockStart = c.i;
    if (!readClock(c, clock)) {
        // Basic format "hhmm[ss]".
        c.i = clockStart;
        clock.hour = c.digits(2);
        clock.minute = c.digits(2);
        if (clock.hour < 0 || clock.minute < 0)
            return {};
        const int s = c.digits(2);
        clock.second = s < 0 ? 0 : s;
        if (c.take(u'.') || c.take(u',')) {
            while (isDigit(c.peek()))
                ++c.i;
        }
    }
    c.skipSpaces();
    int offset = 0;
    if (!c.atEnd()) {
        const QStringView rest = c.s.mid(c.i);
        if (rest.compare(u"UTC", Qt::CaseInsensitive) == 0 || rest.compare(u"GMT", Qt::CaseInsensitive) == 0) {
            c.i = c.s.size();
        } else {
            const auto zone = readNumericZone(c);
            if (!zone)
                return {};
            offset = *zone;
        }
    }
    if (!c.atEnd())
        return {};
    return makeUtc(year, month, day, clock.hour, clock.minute, clock.second, offset);
}

/** Splits a loose date into tokens: words, numbers, clock times and numeric zones. */
QList<QStringView> tokenize(QStringView s)
{
    QList<QStringView> tokens;
    bool seenClock = false;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        const bool dash = c == u'-' || c == QChar(0x2212);
        // A dash is a zone sign only after the clock ("08:49 -0500"); before it, it separates
        // "06-Nov-94".
        if (c.isSpace() || c == u',' || c == u'/' || (dash && !seenClock)) {
            ++i;
            continue;
        }
        if (c == u'(') { // "(UTC)", "(Coordinated Universal Time)": comments
            const qsizetype close = s.indexOf(u')', i);
            i = close < 0 ? s.size() : close + 1;
            continue;
        }
        qsizetype j = i + 1;
        if (c == u'+' || dash) {
            while (j < s.size() && (isDigit(s[j]) || s[j] == u':'))
                ++j;
        } else if (isDigit(c)) {
            while (j < s.size() && (isDigit(s[j]) || s[j] == u':' || s[j] == u'.'))
                ++j;
        } else {
            while (j < s.size() && !s[j].isSpace() && s[j] != u',' && s[j] != u'(' && s[j] != u'/'
                   && s[j] != u'+' && s[j] != u'-' && !isDigit(s[j]))
                ++j;
        }
        const QStringView token = s.mid(i, j - i);
        if (isDigit(c) && token.contains(u':'))
            seenClock = true;
        tokens.append(token);
        i = j;
    }
    return tokens;
}

/** ISO 8601:1988 forms with a two-digit year (of this century, as their writers meant):
 *  "YY-MM-DD", "YYMMDD", "-YY-MM", "-YYMM" and the ordinal "YYDDD". */
QDateTime parseIsoTwoDigitYear(QStringView text)
{
    Cursor c{text};
    const bool monthOnly = c.take(u'-');
    const int yy = c.digits(2);
    if (yy < 0)
        return {};
    const int century = QDate::currentDate().year() / 100 * 100;
    if (monthOnly) {
        const bool dashed = c.take(u'-');
        const int month = c.digits(2);
        if (month < 0 || !c.atEnd() || (!dashed && text.size() != 5))
            return {};
        return makeUtc(century + yy, month, 1, 0, 0, 0, 0);
    }
    if (text.size() == 5) { // YYDDD
        const int ordinal = c.digits(3);
        if (ordinal < 1 || !c.atEnd())
            return {};
        const QDate date = QDate(century + yy, 1, 1).addDays(ordinal - 1);
        if (date.year() != century + yy)
            return {};
        return makeUtc(date.year(), date.month(), date.day(), 0, 0, 0, 0);
    }
    const bool dashed = c.take(u'-');
    const int month = c.digits(2);
    if (month < 0 || (dashed && !c.take(u'-')))
        return {};
    const int day = c.digits(2);
    if (day < 0 || !c.atEnd())
        return {};
    return makeUtc(century + yy, month, day, 0, 0, 0, 0);
}

bool isTwoDigitYearShape(QStringView t)
{
    const auto digitsAt = [&t](std::initializer_list<int> positions) {
        for (int p : positions) {
            if (p >= t.size() || !isDigit(t[p]))
                return false;
        }
        return true;
    };
    switch (t.size()) {
    case 5: return (t[0] == u'-' && digitsAt({1, 2, 3, 4})) || digitsAt({0, 1, 2, 3, 4});
    case 6: return (t[0] == u'-' && t[3] == u'-' && digitsAt({1, 2, 4, 5})) || digitsAt({0, 1, 2, 3, 4, 5});
    case 8: return t[2] == u'-' && t[5] == u'-' && digitsAt({0, 1, 3, 4, 6, 7});
    default: return false;
    }
}

} // namespace

QDateTime parseIso8601(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (isTwoDigitYearShape(trimmed))
        return parseIsoTwoDigitYear(trimmed);
    return parseIsoText(text);
}

QDateTime parseRfc822(QStringView rawText)
{
    const QString text = normaliseDigits(rawText);
    const QList<QStringView> tokens = tokenize(text);
    int day = -1, month = -1, year = -1;
    std::optional<Clock> clock;
    std::optional<int> offset;
    int halfDay = 0; // -1 AM, +1 PM
    bool korean = false;
    QList<int> numbers;
    QList<int> numberWidths;
    QList<int> weekdayMonthCandidates; // "mar": March, or mardi/martes

    for (qsizetype k = 0; k < tokens.size(); ++k) {
        QStringView tok = tokens[k];
        const QChar first = tok.front();
        if (isDigit(first)) {
            if (tok.contains(u':')) {
                if (clock)
                    return {};
                Cursor c{tok};
                Clock parsed;
                if (!readClock(c, parsed) || !c.atEnd())
                    return {};
                clock = parsed;
                continue;
            }
            while (tok.endsWith(u'.')) // German "6." and "2022."
                tok.chop(1);
            bool ok = false;
            const int value = tok.toInt(&ok);
            if (!ok || tok.size() > 4)
                return {};
            numbers.append(value);
            numberWidths.append(int(tok.size()));
            continue;
        }
        if (first == u'+' || first == u'-' || first == QChar(0x2212)) {
            Cursor c{tok};
            const auto zone = readNumericZone(c);
            // "GMT+0200": the numeric offset refines a zero-offset zone name.
            if (!zone || !c.atEnd() || (offset.has_value() && *offset != 0))
                return {};
            offset = zone;
            continue;
        }
        QString folded = DateNames::fold(tok);
        if (tok == u"년" || tok == u"월" || tok == u"일" || tok == u"오전" || tok == u"오후")
            korean = true;
        if ((folded == u"كانون" || folded == u"تشرين") && k + 1 < tokens.size())
            folded += u' ' + DateNames::fold(tokens[++k]);
        if (clock && !offset) {
            if (const auto zone = DateNames::zoneOffsetMinutes(folded)) {
                offset = zone;
                continue;
            }
        }
        if (clock && folded == u"am") {
            halfDay = -1;
            continue;
        }
        const DateNames::Word word = DateNames::lookup(folded);
        switch (word.kind) {
        case DateNames::Kind::Month:
            if (word.alsoWeekday)
                weekdayMonthCandidates.append(word.month);
            else if (month > 0)
                return {};
            else
                month = word.month;
            break;
        case DateNames::Kind::Weekday:
        case DateNames::Kind::Filler:
            break;
        case DateNames::Kind::Am:
            halfDay = -1;
            break;
        case DateNames::Kind::Pm:
            halfDay = 1;
            break;
        case DateNames::Kind::Unknown:
            if (const auto zone = DateNames::zoneOffsetMinutes(folded); zone && folded.size() > 1 && !offset) {
                offset = zone; // "GMT" before the time, as some servers write
                break;
            }
            return {};
        }
    }
    if (month < 0 && weekdayMonthCandidates.isEmpty() && numbers.size() == 3 && numberWidths[0] == 4) {
        // All-numeric year first ("2006/09/15 08:19:53 EDT", Korean "2004년 05월 28일"): Y M D,
        // the only order that starts with the year.
        year = numbers[0];
        month = numbers[1];
        day = numbers[2];
        numbers.clear();
        numberWidths.clear();
    }
    if (month < 0) {
        if (weekdayMonthCandidates.size() != 1)
            return {};
        month = weekdayMonthCandidates.first();
    }

    // Numbers: the four-digit one is the year; otherwise day comes first, then year.
    for (qsizetype k = 0; k < numbers.size(); ++k) {
        if (numberWidths[k] >= 3) {
            if (year >= 0)
                return {};
            year = numbers[k];
        }
    }
    for (qsizetype k = 0; k < numbers.size(); ++k) {
        if (numberWidths[k] >= 3)
            continue;
        if (day < 0)
            day = numbers[k];
        else if (year < 0) {
            // RFC 2822 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
            year = numbers[k] < 50 ? 2000 + numbers[k] : 1900 + numbers[k];
        } else {
            return {};
        }
    }
    if (day < 1 || year < 0)
        return {};
    if (korean && !offset)
        offset = 9 * 60; // Korean blog software writes local time (KST) without a zone
    Clock time = clock.value_or(Clock{});
    if (halfDay != 0) {
        if (!clock || time.hour < 1 || time.hour > 12)
            return {};
        if (halfDay > 0 && time.hour < 12)
            time.hour += 12;
        else if (halfDay < 0 && time.hour == 12)
            time.hour = 0;
    }
    return makeUtc(year, month, day, time.hour, time.minute, time.second, offset.value_or(0));
}

QDateTime parse(QStringView text)
{
    const QString normalised = normaliseDigits(text.trimmed());
    text = normalised;
    if (text.isEmpty() || text.size() > 200)
        return {};
    if (isTwoDigitYearShape(text))
        return parseIsoTwoDigitYear(text);
    if (text.size() >= 4 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2]) && isDigit(text[3])) {
        const QDateTime iso = parseIsoText(text);
        if (iso.isValid())
            return iso;
    }
    return parseRfc822(text);
}

QString toIsoUtc(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace DateParser
