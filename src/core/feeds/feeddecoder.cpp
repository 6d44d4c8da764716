#include "feeds/feeddecoder.h"

#include "feeds/utf8validator.h"

#include <QStringDecoder>

#include <cstring>

namespace FeedDecoder {
namespace {

/** Length of the well-formed UTF-8 sequence at p (1..4), or 0 when it is malformed. */
int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int len = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < len)
        return 0;
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

QByteArray normaliseName(QByteArrayView name)
{
    QByteArray n = name.trimmed().toByteArray().toLower();
    if (n.startsWith('"') || n.startsWith('\''))
        n = n.mid(1);
    if (n.endsWith('"') || n.endsWith('\''))
        n.chop(1);
    if (n == "utf8" || n == "unicode-1-1-utf-8" || n == "us-ascii" || n == "ascii" || n == "ansi_x3.4-1968"
        || n == "utf-8")
        return "utf-8"; // ASCII is a subset; a document that says ASCII and is not gets repaired
    if (n == "iso-8859-1" || n == "latin1" || n == "latin-1" || n == "iso8859-1" || n == "l1")
        return "windows-1252"; // what every browser does: C1 bytes are the windows-1252 characters
    if (n == "cp1256" || n == "x-cp1256" || n == "windows1256")
        return "windows-1256";
    if (n == "iso-8859-6-i" || n == "iso-8859-6-e" || n == "arabic" || n == "asmo-708" || n == "iso_8859-6"
        || n == "iso8859-6" || n == "ecma-114")
        return "iso-8859-6";
    // Names Python (and so feedparser's test corpus) accepts that ICU, behind QStringDecoder, lacks.
    struct Alias { const char *name; const char *icu; };
    static constexpr Alias Aliases[] = {
        {"ms-ansi", "windows-1252"}, {"ms-arab", "windows-1256"}, {"ms-cyrl", "windows-1251"},
        {"ms-ee", "windows-1250"},   {"ms-greek", "windows-1253"}, {"ms-hebr", "windows-1255"},
        {"ms-turk", "windows-1254"}, {"ibm039", "ibm037"},         {"cp874", "windows-874"},
        {"cp65001", "utf-8"},        {"macgreek", "x-mac-greek"},  {"mac-greek", "x-mac-greek"},
        {"macturkish", "x-mac-turkish"}, {"mac-turkish", "x-mac-turkish"},
        {"maciceland", "macintosh"}, {"mac-iceland", "macintosh"}, {"maclatin2", "x-mac-centraleurroman"},
        {"mac-latin2", "x-mac-centraleurroman"}, {"maccentraleurope", "x-mac-centraleurroman"},
        {"windows-1256-2000", "windows-1256"}};
    QByteArray key = n;
    key.replace('_', '-');
    for (const Alias &a : Aliases) {
        if (key == a.name)
            return a.icu;
    }
    return n;
}

/** Whether an encoding name means plain ASCII, which a document with other bytes is lying about. */
bool isAsciiName(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toLower();
    return n == "us-ascii" || n == "ascii" || n == "ansi_x3.4-1968";
}

/** Arabic written in windows-1256 strings high bytes together into words; Latin-1 text sprinkles
 *  single accented letters between ASCII ones. */
bool looksLikeArabic1256(QByteArrayView data)
{
    qsizetype runs = 0, isolated = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0xC1)
            continue;
        const bool next = i + 1 < data.size() && static_cast<unsigned char>(data[i + 1]) >= 0xC1;
        if (next) {
            ++runs;
            ++i;
        } else {
            ++isolated;
        }
    }
    return runs > isolated;
}

QByteArray decodeWith(const QByteArray &encoding, QByteArrayView data, bool *known)
{
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    *known = decoder.isValid();
    if (!decoder.isValid())
        return {};
    const QString text = decoder.decode(data);
    return text.toUtf8();
}

/** Keeps the well-formed UTF-8 and reads each stray byte in the legacy encoding. */
QByteArray repairUtf8(QByteArrayView data, const char *legacy)
{
    QStringDecoder single(legacy, QStringConverter::Flag::Stateless);
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    while (p < end) {
        const int len = sequenceLength(p, end);
        if (len > 0) {
            out.append(reinterpret_cast<const char *>(p), len);
            p += len;
        } else {
            out.append(QString(single.decode(QByteArrayView(reinterpret_cast<const char *>(p), 1))).toUtf8());
            ++p;
        }
    }
    return out;
}

} // namespace

bool isValidUtf8(QByteArrayView data)
{
    return Utf8Validator::isValid(data);
}

QByteArray declaredEncoding(QByteArrayView data)
{
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 512));
    if (!head.startsWith("<?xml")) {
        const qsizetype at = head.indexOf("<?xml");
        if (at < 0 || !head.first(at).trimmed().isEmpty())
            return {};
    }
    const qsizetype close = head.indexOf("?>");
    const QByteArrayView decl = close < 0 ? head : head.first(close);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype p = at + 8;
    while (p < decl.size() && (decl[p] == ' ' || decl[p] == '=' || decl[p] == '\t'))
        ++p;
    if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\''))
        return {};
    const char quote = decl[p++];
    const qsizetype end = decl.indexOf(quote, p);
    if (end < 0)
        return {};
    return decl.sliced(p, end - p).toByteArray();
}

Result<Decoded> toUtf8(const QByteArray &data, const QByteArray &httpCharset)
{
    Decoded out;
    const QByteArrayView bytes(data);
    // 1. Byte-order marks, and UTF-16/32 recognisable by the way "<?" is laid out.
    struct Mark { const char *bytes; int size; const char *encoding; };
    static constexpr Mark Marks[] = {
        {"\xEF\xBB\xBF", 3, "utf-8"},       {"\x00\x00\xFE\xFF", 4, "utf-32be"},
        {"\xFF\xFE\x00\x00", 4, "utf-32le"}, {"\xFE\xFF", 2, "utf-16be"},
        {"\xFF\xFE", 2, "utf-16le"},         {"\x3C\x00\x3F\x00", 0, "utf-16le"},
        {"\x00\x3C\x00\x3F", 0, "utf-16be"}, {"\x3C\x00\x00\x00", 0, "utf-32le"},
        {"\x00\x00\x00\x3C", 0, "utf-32be"}};
    for (const Mark &m : Marks) {
        const int probe = m.size ? m.size : 4;
        if (bytes.size() < probe || std::memcmp(bytes.data(), m.bytes, size_t(probe)) != 0)
            continue;
        out.encoding = m.encoding;
        if (out.encoding == "utf-8") // the mark outranks any declaration; validity is still checked
            return toUtf8(data.mid(3), QByteArrayLiteral("utf-8"));
        bool known = false;
        out.utf8 = decodeWith(out.encoding, bytes.sliced(m.size), &known);
        return out;
    }

    // EBCDIC: "<?xm" in code page 037. The declaration is read in that code page first.
    if (httpCharset.isEmpty() && bytes.startsWith("\x4C\x6F\xA7\x94")) {
        bool known = false;
        const QByteArray head = decodeWith("ibm037", bytes.first(qMin<qsizetype>(bytes.size(), 512)), &known);
        QByteArray declared = normaliseName(declaredEncoding(head));
        if (declared.isEmpty())
            declared = "ibm037";
        out.encoding = declared;
        out.utf8 = decodeWith(declared, bytes, &known);
        if (!known)
            return Result<Decoded>::failure(
                QStringLiteral("unknown character encoding \"%1\"").arg(QString::fromLatin1(declared)));
        return out;
    }

    // 2. HTTP charset, 3. XML declaration, 4. UTF-8.
    QByteArray encoding = normaliseName(httpCharset);
    const bool claimsAscii = isAsciiName(httpCharset.isEmpty() ? QByteArrayView(declaredEncoding(bytes))
                                                               : QByteArrayView(httpCharset));
    if (encoding.isEmpty())
        encoding = normaliseName(declaredEncoding(bytes));
    if (encoding.startsWith("utf-16") || encoding.startsWith("utf-32") || encoding == "ucs-2"
        || encoding == "unicode")
        encoding = "utf-8"; // no BOM and ASCII-shaped bytes: the declaration is wrong
    if (encoding.isEmpty())
        encoding = "utf-8";
    out.encoding = encoding;

    if (encoding == "utf-8") {
        if (isValidUtf8(bytes)) {
            out.utf8 = data;
            if (claimsAscii) { // valid UTF-8 that said it was ASCII: read as UTF-8, but it lied
                for (char c : bytes) {
                    if (static_cast<unsigned char>(c) >= 0x80) {
                        out.repaired = true;
                        out.note = QStringLiteral("the document is declared as US-ASCII but is UTF-8");
                        break;
                    }
                }
            }
            return out;
        }
        const bool arabic = looksLikeArabic1256(bytes);
        const char *legacy = arabic ? "windows-1256" : "windows-1252";
        out.repaired = true;
        out.note = QStringLiteral("the document is not valid UTF-8; read as %1").arg(QLatin1String(legacy));
        out.encoding = legacy;
        // Wholly legacy text decodes as such; mostly-UTF-8 text keeps its UTF-8 and repairs strays.
        qsizetype multi = 0;
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
        const auto *end = p + bytes.size();
        while (p < end) {
            const int len = sequenceLength(p, end);
            if (len > 1)
                ++multi;
            p += len > 0 ? len : 1;
        }
        bool known = false;
        out.utf8 = multi == 0 ? decodeWith(legacy, bytes, &known) : repairUtf8(bytes, legacy);
        return out;
    }

    bool known = false;
    out.utf8 = decodeWith(encoding, bytes, &known);
    if (!known)
        return Result<Decoded>::failure(
            QStringLiteral("unknown character encoding \"%1\"").arg(QString::fromLatin1(encoding)));
    return out;
}

} // namespace FeedDecoder
