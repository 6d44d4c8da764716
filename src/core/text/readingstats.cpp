#include "text/readingstats.h"

ReadingStats ReadingStats::of(QStringView text, int wordsPerMinute)
{
    ReadingStats stats;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c.isMark() || c == u'\u0640'; // tatweel joins letters
        if (wordChar && !inWord)
            ++stats.words;
        inWord = wordChar;
    }
    if (stats.words > 0)
        stats.minutes = (stats.words + wordsPerMinute - 1) / qMax(1, wordsPerMinute);
    return stats;
}
