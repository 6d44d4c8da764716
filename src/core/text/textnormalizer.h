// The one spelling under which text is indexed, searched and compared: Arabic written with or without
// diacritics, with any hamza seat on the alef, with ta marbuta or ha, with Arabic-Indic or Latin digits,
// and Latin in any case or accent, all meet here. Search, the summariser and similarity use it alike.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace TextNormalizer {
/** Folds one word or a whole text: drops tashkeel, tatweel, Quranic marks and invisible format
 *  characters; أ إ آ ٱ → ا, ة → ه, ى → ي (and the Persian ی ک → ي ك); Arabic-Indic and Persian digits
 *  → 0-9; Arabic presentation forms and full-width Latin → their plain letters; Latin case-folded
 *  and stripped of accents. Spaces and punctuation pass through unchanged. */
QString normalize(QStringView text);

/** The words of `text` in order: runs of letters, digits and combining marks (not normalised). */
QList<QStringView> words(QStringView text);

/** True when the word holds an Arabic-script letter (it then takes the Arabic stemmer). */
bool isArabicWord(QStringView word);
}
