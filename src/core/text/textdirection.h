// Text direction as data: decides whether a text reads right-to-left from its letters, so that
// templates and delegates can set `dir` per article and per title instead of following the UI language.
#pragma once

#include <QString>

namespace TextDirection {
/** "rtl" when strong right-to-left letters make up most of the strong letters
 *  (the first strong letter breaks a tie), else "ltr". Empty or neutral text gives `fallback`. */
QString detect(QStringView text, const QString &fallback = QStringLiteral("ltr"));
bool isRightToLeft(QStringView text);
}
