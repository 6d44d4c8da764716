#include "feeds/datenames.h"

#include <QHash>

namespace DateNames {
namespace {

struct Tables
{
    QHash<QString, Word> words;
    QHash<QString, int> zones;
};

void addMonths(Tables &t, std::initializer_list<std::pair<const char16_t *, int>> names)
{
    for (const auto &[name, month] : names) {
        Word &w = t.words[fold(QStringView(name))];
        w.kind = Kind::Month;
        w.month = month;
    }
}

void addWords(Tables &t, Kind kind, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *name : names) {
        const QString key = fold(QStringView(name));
        auto it = t.words.find(key);
        if (kind == Kind::Weekday && it != t.words.end() && it->kind == Kind::Month) {
            it->alsoWeekday = true; // "mar": March, or Tuesday in French/Spanish
            continue;
        }
        t.words[key].kind = kind;
    }
}

Tables buildTables()
{
    Tables t;
    // English (full and abbreviated, with the "Sept" that people write).
    addMonths(t, {{u"jan", 1}, {u"january", 1}, {u"feb", 2}, {u"february", 2}, {u"mar", 3},
                  {u"march", 3}, {u"apr", 4}, {u"april", 4}, {u"may", 5}, {u"jun", 6}, {u"june", 6},
                  {u"jul", 7}, {u"july", 7}, {u"aug", 8}, {u"august", 8}, {u"sep", 9}, {u"sept", 9},
                  {u"september", 9}, {u"oct", 10}, {u"october", 10}, {u"nov", 11}, {u"november", 11},
                  {u"dec", 12}, {u"december", 12}});
    // French.
    addMonths(t, {{u"janvier", 1}, {u"janv", 1}, {u"février", 2}, {u"févr", 2}, {u"fév", 2},
                  {u"mars", 3}, {u"avril", 4}, {u"avr", 4}, {u"mai", 5}, {u"juin", 6},
                  {u"juillet", 7}, {u"juil", 7}, {u"août", 8}, {u"aoû", 8}, {u"septembre", 9},
                  {u"octobre", 10}, {u"novembre", 11}, {u"décembre", 12}, {u"déc", 12}});
    // German.
    addMonths(t, {{u"januar", 1}, {u"jänner", 1}, {u"jän", 1}, {u"februar", 2}, {u"märz", 3},
                  {u"mär", 3}, {u"mrz", 3}, {u"juni", 6}, {u"juli", 7}, {u"okt", 10},
                  {u"oktober", 10}, {u"dez", 12}, {u"dezember", 12}});
    // Spanish.
    addMonths(t, {{u"enero", 1}, {u"ene", 1}, {u"febrero", 2}, {u"marzo", 3}, {u"abril", 4},
                  {u"abr", 4}, {u"mayo", 5}, {u"junio", 6}, {u"julio", 7}, {u"agosto", 8},
                  {u"ago", 8}, {u"septiembre", 9}, {u"setiembre", 9}, {u"set", 9},
                  {u"octubre", 10}, {u"noviembre", 11}, {u"diciembre", 12}, {u"dic", 12}});
    // Arabic: Egyptian/Gulf forms, Maghreb forms, and the Levantine (Syriac) names. The two-word
    // Levantine names are joined with a space by the tokenizer before lookup.
    addMonths(t, {{u"يناير", 1}, {u"فبراير", 2}, {u"مارس", 3}, {u"أبريل", 4}, {u"إبريل", 4},
                  {u"مايو", 5}, {u"يونيو", 6}, {u"يونيه", 6}, {u"يوليو", 7}, {u"يوليه", 7},
                  {u"أغسطس", 8}, {u"سبتمبر", 9}, {u"أكتوبر", 10}, {u"نوفمبر", 11}, {u"ديسمبر", 12},
                  {u"ماي", 5}, {u"يونيوز", 6}, {u"يوليوز", 7}, {u"غشت", 8}, {u"شتنبر", 9},
                  {u"نونبر", 11}, {u"دجنبر", 12}, {u"جانفي", 1}, {u"فيفري", 2}, {u"أفريل", 4},
                  {u"جوان", 6}, {u"جويلية", 7}, {u"أوت", 8},
                  {u"كانون الثاني", 1}, {u"شباط", 2}, {u"آذار", 3}, {u"نيسان", 4}, {u"أيار", 5},
                  {u"حزيران", 6}, {u"تموز", 7}, {u"آب", 8}, {u"أيلول", 9}, {u"تشرين الأول", 10},
                  {u"تشرين الثاني", 11}, {u"كانون الأول", 12}});

    // Greek and Hungarian, as feedparser reads them (accents are folded away before lookup).
    addMonths(t, {{u"ιαν", 1}, {u"φεβ", 2}, {u"μαρ", 3}, {u"μαω", 3}, {u"απρ", 4}, {u"μαι", 5},
                  {u"ιουν", 6}, {u"ιον", 6}, {u"ιουλ", 7}, {u"ιολ", 7}, {u"αυγ", 8}, {u"σεπ", 9},
                  {u"οκτ", 10}, {u"νοε", 11}, {u"δεκ", 12}});
    addMonths(t, {{u"január", 1}, {u"február", 2}, {u"március", 3}, {u"április", 4}, {u"május", 5},
                  {u"máujus", 5}, {u"június", 6}, {u"július", 7}, {u"augusztus", 8},
                  {u"szeptember", 9}, {u"október", 10}});
    addWords(t, Kind::Weekday, {u"κυρ", u"δευ", u"τρι", u"τετ", u"πεμ", u"παρ", u"σαβ"});
    // Korean: year/month/day markers are filler; 오전/오후 are AM/PM (the parser then assumes KST).
    addWords(t, Kind::Filler, {u"년", u"월", u"일", u"etc", u"t"});
    addWords(t, Kind::Am, {u"오전"});
    addWords(t, Kind::Pm, {u"오후"});

    addWords(t, Kind::Weekday,
             {u"mon", u"monday", u"tue", u"tues", u"tuesday", u"wed", u"wednesday", u"thu",
              u"thur", u"thurs", u"thursday", u"fri", u"friday", u"sat", u"saturday", u"sun",
              u"sunday",
              u"lun", u"lundi", u"mar", u"mardi", u"mer", u"mercredi", u"jeu", u"jeudi", u"ven",
              u"vendredi", u"sam", u"samedi", u"dim", u"dimanche",
              u"mo", u"montag", u"di", u"dienstag", u"mi", u"mittwoch", u"do", u"donnerstag",
              u"fr", u"freitag", u"sa", u"samstag", u"sonnabend", u"so", u"sonntag",
              u"lunes", u"martes", u"miércoles", u"mié", u"jueves", u"jue", u"viernes", u"vie",
              u"sábado", u"sáb", u"domingo", u"dom",
              u"الأحد", u"الاثنين", u"الإثنين", u"الثلاثاء", u"الأربعاء", u"الخميس", u"الجمعة",
              u"السبت", u"أحد", u"اثنين", u"ثلاثاء", u"أربعاء", u"خميس", u"جمعة", u"سبت"});
    addWords(t, Kind::Filler, {u"de", u"del", u"le", u"den", u"am", u"um", u"à", u"a", u"at",
                               u"في", u"الساعة", u"on"});
    // "am" is German filler ("am 6. November") and English AM; the grammar treats a filler "am"
    // right after a time as AM, see dateparser.cpp.
    addWords(t, Kind::Pm, {u"pm", u"p.m", u"م", u"مساء", u"مساءً"});
    addWords(t, Kind::Am, {u"a.m", u"ص", u"صباحا", u"صباحاً"});

    // Zones: RFC 822 names, military letters (RFC 822 signs, as most software writes them),
    // and abbreviations common in European and Arab-world feeds. Ambiguous ones (IST) are left out.
    const std::initializer_list<std::pair<const char16_t *, int>> zones = {
        {u"ut", 0}, {u"utc", 0}, {u"gmt", 0}, {u"z", 0}, {u"wet", 0},
        {u"est", -5 * 60}, {u"edt", -4 * 60}, {u"cst", -6 * 60}, {u"cdt", -5 * 60},
        {u"mst", -7 * 60}, {u"mdt", -6 * 60}, {u"pst", -8 * 60}, {u"pdt", -7 * 60},
        {u"ast", -4 * 60}, {u"adt", -3 * 60}, {u"at", -4 * 60}, {u"et", -5 * 60}, {u"ct", -6 * 60},
        {u"mt", -7 * 60}, {u"pt", -8 * 60}, {u"akst", -9 * 60}, {u"akdt", -8 * 60},
        {u"hst", -10 * 60}, {u"nst", -(3 * 60 + 30)}, {u"ndt", -(2 * 60 + 30)},
        {u"bst", 60}, {u"west", 60}, {u"cet", 60}, {u"met", 60}, {u"cest", 120},
        {u"mest", 120}, {u"eet", 120}, {u"eest", 180}, {u"msk", 180}, {u"jst", 540},
        {u"kst", 540}, {u"aest", 600}, {u"aedt", 660}, {u"nzst", 720}, {u"nzdt", 780},
        {u"ict", 420}, {u"sgt", 480}, {u"hkt", 480}, {u"pkt", 300}, {u"irst", 210},
        {u"gst", 240}, {u"trt", 180}};
    for (const auto &[name, minutes] : zones)
        t.zones.insert(QString::fromUtf16(name), minutes);
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        if (c == u'j')
            continue;
        int hours = 0;
        if (c <= u'i')
            hours = -(c - u'a' + 1);
        else if (c <= u'm')
            hours = -(c - u'a');
        else if (c <= u'y')
            hours = c - u'n' + 1;
        t.zones.insert(QString(QChar(c)), hours * 60);
    }
    return t;
}

const Tables &tables()
{
    static const Tables t = buildTables();
    return t;
}

} // namespace

QString fold(QStringView word)
{
    while (!word.isEmpty() && (word.back() == u'.' || word.back() == u','))
        word.chop(1);
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return word.toString().toLower();
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.unicode() == 0x0640) // marks, tatweel
            continue;
        out.append(c.unicode() == 0x0649 ? QChar(0x064A) : c); // alef maqsura → ya
    }
    return out;
}

Word lookup(const QString &folded)
{
    return tables().words.value(folded);
}

std::optional<int> zoneOffsetMinutes(const QString &folded)
{
    const auto &zones = tables().zones;
    const auto it = zones.constFind(folded);
    if (it == zones.cend())
        return std::nullopt;
    return *it;
}

} // namespace DateNames
