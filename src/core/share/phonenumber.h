// Phone numbers as people write them ("050 123 4567", "+966 (0) 50-123-4567", "٠٥٠١٢٣٤٥٦٧",
// "00966501234567") turned into E.164 digits ("966501234567"), the form wa.me and tel: links need.
#pragma once

#include <QString>

namespace PhoneNumber {

/** The calling code for an ISO 3166 country ("SA" → "966"), empty when the country is not known. */
QString callingCode(const QString &isoCountry);

/** The country a page or feed is most likely from: the language tag's region ("ar-EG"), else the
 *  host's country-code domain (".sa"); empty when neither tells. */
QString countryFor(const QString &languageTag, const QString &host);

/** E.164 digits without '+', or empty when `text` is not a plausible phone number. Local forms
 *  (a leading trunk 0) need `defaultCountry`; international ones (+, 00) do not. Arabic-Indic and
 *  Persian digits, spaces, dashes, dots, slashes, parentheses and direction marks are accepted. */
QString toE164(const QString &text, const QString &defaultCountry = {});

/** Digits that are already international (wa.me/NUMBER, ?phone=NUMBER): validated, not re-based. */
QString internationalDigits(const QString &text);

/** A number for people to read: "+966 50 123 4567" style grouping is not attempted; "+" and digits. */
inline QString display(const QString &e164) { return e164.isEmpty() ? QString() : u'+' + e164; }
}
