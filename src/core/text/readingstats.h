// Word count and reading time of an article's plain text, for the summary sidebar.
#pragma once

#include <QString>

struct ReadingStats
{
    int words = 0;
    int minutes = 0; // rounded up, at least 1 for any text

    /** Counts words (runs of letters, marks or digits, so Arabic clitics stay inside their word)
     *  and estimates minutes at `wordsPerMinute` (a common estimate for news prose in Arabic and English). */
    static ReadingStats of(QStringView text, int wordsPerMinute = 200);
};
