// Words that appear in feed dates: month and weekday names (English, French, German, Spanish, Arabic
// in its Egyptian, Maghreb and Levantine forms), filler words, AM/PM markers and zone abbreviations.
// Kept apart from the grammar in dateparser.cpp so the tables can grow without touching the logic.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace DateNames {
enum class Kind { Unknown, Month, Weekday, Filler, Am, Pm };

struct Word
{
    Kind kind = Kind::Unknown;
    int month = 0;      // 1..12 when kind == Month
    bool alsoWeekday = false; // e.g. French/Spanish "mar" (mardi/martes) is also English "Mar"
};

/** Folds case, accents that writers drop (é→e) and Arabic letter variants (أ إ آ → ا, ى → ي). */
QString fold(QStringView word);

/** Classifies a folded word. */
Word lookup(const QString &folded);

/** Offset from UTC in minutes of a zone abbreviation (folded), or nullopt when we do not know it. */
std::optional<int> zoneOffsetMinutes(const QString &folded);
}
