#include "share/phonenumber.h"

#include <QHash>

namespace {
// Countries whose readers Khulasa serves first (the Arab world), and the common places of
// publishers beside them. Numbers from elsewhere are still accepted in international form.
const QHash<QString, QString> &callingCodes()
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("SA"), QStringLiteral("966")}, {QStringLiteral("AE"), QStringLiteral("971")},
        {QStringLiteral("EG"), QStringLiteral("20")},  {QStringLiteral("JO"), QStringLiteral("962")},
        {QStringLiteral("LB"), QStringLiteral("961")}, {QStringLiteral("KW"), QStringLiteral("965")},
        {QStringLiteral("QA"), QStringLiteral("974")}, {QStringLiteral("BH"), QStringLiteral("973")},
        {QStringLiteral("OM"), QStringLiteral("968")}, {QStringLiteral("IQ"), QStringLiteral("964")},
        {QStringLiteral("SY"), QStringLiteral("963")}, {QStringLiteral("PS"), QStringLiteral("970")},
        {QStringLiteral("YE"), QStringLiteral("967")}, {QStringLiteral("MA"), QStringLiteral("212")},
        {QStringLiteral("DZ"), QStringLiteral("213")}, {QStringLiteral("TN"), QStringLiteral("216")},
        {QStringLiteral("LY"), QStringLiteral("218")}, {QStringLiteral("SD"), QStringLiteral("249")},
        {QStringLiteral("MR"), QStringLiteral("222")}, {QStringLiteral("SO"), QStringLiteral("252")},
        {QStringLiteral("DJ"), QStringLiteral("253")}, {QStringLiteral("KM"), QStringLiteral("269")},
        {QStringLiteral("TR"), QStringLiteral("90")},  {QStringLiteral("IR"), QStringLiteral("98")},
        {QStringLiteral("GB"), QStringLiteral("44")},  {QStringLiteral("FR"), QStringLiteral("33")},
        {QStringLiteral("DE"), QStringLiteral("49")},  {QStringLiteral("US"), QStringLiteral("1")},
        {QStringLiteral("CA"), QStringLiteral("1")},   {QStringLiteral("PK"), QStringLiteral("92")},
        {QStringLiteral("IN"), QStringLiteral("91")},
    };
    return codes;
}

bool isIgnorableSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'-': case u'.': case u'/': case u'(': case u')': case 0x00A0: case 0x2010: case 0x2011:
    case 0x2012: case 0x2013: case 0x200E: case 0x200F: case 0x061C: case 0x202A: case 0x202B: case 0x202C:
    case 0x202D: case 0x202E: case 0x2066: case 0x2067: case 0x2068: case 0x2069: case 0x202F: case 0x2009:
        return true;
    default:
        return false;
    }
}

/** ASCII digit for ASCII, Arabic-Indic (٠-٩) and Persian (۰-۹) digits; -1 otherwise. */
int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0x0660 && u <= 0x0669)
        return u - 0x0660;
    if (u >= 0x06F0 && u <= 0x06F9)
        return u - 0x06F0;
    return -1;
}

// E.164 allows at most 15 digits; the shortest real subscriber numbers with their country code
// have 8 (e.g. small island states). Anything outside that is an id, a price or a date.
bool plausibleE164(const QString &digits)
{
    return digits.size() >= 8 && digits.size() <= 15 && digits.front() != u'0';
}

/** "+", then digits; separators dropped; "(0)" after an international prefix dropped. Empty if other text. */
QString canonicalCharacters(const QString &text)
{
    QString trimmed = text.trimmed();
    // "+44 (0)20 …": the trunk zero in parentheses is not dialled from abroad.
    trimmed.replace(QStringLiteral("(0)"), QStringLiteral(" "));
    trimmed.replace(QStringLiteral("(٠)"), QStringLiteral(" "));
    QString out;
    out.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (const int d = digitValue(c); d >= 0)
            out += QChar(u'0' + d);
        else if (c == u'+' && out.isEmpty())
            out += c;
        else if (!isIgnorableSeparator(c))
            return {};
    }
    return out;
}
} // namespace

namespace PhoneNumber {

QString callingCode(const QString &isoCountry)
{
    return callingCodes().value(isoCountry.toUpper());
}

QString countryFor(const QString &languageTag, const QString &host)
{
    QString tag = languageTag.trimmed();
    tag.replace(u'_', u'-'); // "ar_SA" as some servers write it
    const QStringList parts = tag.split(u'-');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString region = parts.at(i).toUpper();
        if (region.size() == 2 && callingCodes().contains(region))
            return region;
    }
    const QString tld = host.section(u'.', -1).toUpper();
    if (tld.size() == 2 && callingCodes().contains(tld))
        return tld;
    return {};
}

QString toE164(const QString &text, const QString &defaultCountry)
{
    const QString chars = canonicalCharacters(text);
    if (chars.isEmpty())
        return {};
    QString digits;
    if (chars.startsWith(u'+'))
        digits = chars.mid(1);
    else if (chars.startsWith(QStringLiteral("00")))
        digits = chars.mid(2);
    else if (chars.startsWith(u'0') && !callingCode(defaultCountry).isEmpty())
        digits = callingCode(defaultCountry) + chars.mid(1);
    else
        return {}; // without a leading 0, +, or 00 we cannot tell a local number from an international one
    return plausibleE164(digits) ? digits : QString();
}

QString internationalDigits(const QString &text)
{
    QString chars = canonicalCharacters(text);
    if (chars.startsWith(u'+'))
        chars.remove(0, 1);
    else if (chars.startsWith(QStringLiteral("00")))
        chars.remove(0, 2);
    return plausibleE164(chars) ? chars : QString();
}
}
