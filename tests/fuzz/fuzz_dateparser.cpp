// Fuzz target: the date parser, every entry point.
#include "fuzztargets.h"

#include "feeds/dateparser.h"

#include <QString>

#include <cstdio>
#include <cstdlib>

int KhulasaFuzz::dateParser(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)DateParser::parseRfc822(text);
    (void)DateParser::parseIso8601(text);
    const QDateTime date = DateParser::parse(text);
    if (!date.isValid())
        return 0;
    const QString iso = DateParser::toIsoUtc(date);
    KHULASA_FUZZ_CHECK(iso.size() == 20 && iso.endsWith(QLatin1Char('Z'))); // "YYYY-MM-DDTHH:MM:SSZ"
    KHULASA_FUZZ_CHECK(DateParser::parse(iso) == date);
    return 0;
}

#ifdef KHULASA_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return KhulasaFuzz::dateParser(data, size);
}
#endif
