// How dates are shown to people: the locale's long date and its short time, in local time,
// without seconds or a zone name (those read as noise beside a news headline).
#pragma once

#include <QDateTime>
#include <QLocale>

namespace DisplayFormat {
inline QString dateTime(const QDateTime &time, const QLocale &locale = QLocale())
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u' ' + locale.toString(local.time(), QLocale::ShortFormat);
}
}
