// Dates as feeds really write them: RFC 822/2822 with its real-world variants, RFC 3339 / ISO 8601 /
// W3C-DTF, and month/day names in Arabic, French, German and Spanish. Everything comes out in UTC;
// anything we cannot read with certainty comes out invalid, because a wrong date is worse than none.
#pragma once

#include <QDateTime>
#include <QStringView>

namespace DateParser {
/** Any supported form; UTC, or an invalid QDateTime when the text is not a date we can trust. */
QDateTime parse(QStringView text);

/** RFC 822/2822 family (also asctime, RFC 850 and localised month names). */
QDateTime parseRfc822(QStringView text);

/** RFC 3339 / ISO 8601 / W3C-DTF (date only, no seconds, fractions, Z or numeric offset). */
QDateTime parseIso8601(QStringView text);

/** "YYYY-MM-DDTHH:MM:SSZ", the form the parse JSON uses; empty for an invalid date. */
QString toIsoUtc(const QDateTime &dateTime);
}
