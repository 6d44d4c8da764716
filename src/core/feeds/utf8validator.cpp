#include "feeds/utf8validator.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define KHULASA_UTF8_SSSE3 1
#endif

namespace Utf8Validator {

bool isValidScalar(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const auto *end = p + data.size();
    const auto cont = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (end - p < 2 || !cont(p[1]))
                return false;
            p += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (end - p < 3 || !cont(p[1]) || !cont(p[2]) || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
                return false;
            p += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (end - p < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3]) || (c == 0xF0 && p[1] < 0x90) ||
                (c == 0xF4 && p[1] > 0x8F))
                return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

#ifdef KHULASA_UTF8_SSSE3
namespace {

// Error classes of a pair of consecutive bytes, looked up by the high and low nibble of the first
// and the high nibble of the second; a pair is an error when all three lookups share a bit.
constexpr quint8 TooShort = 1 << 0;     // lead byte followed by a lead or ASCII byte
constexpr quint8 TooLong = 1 << 1;      // ASCII followed by a continuation
constexpr quint8 Overlong3 = 1 << 2;    // E0 followed by 80..9F
constexpr quint8 TooLarge = 1 << 3;     // F4 followed by 90..BF, or F5..FF
constexpr quint8 Surrogate = 1 << 4;    // ED followed by A0..BF
constexpr quint8 Overlong2 = 1 << 5;    // C0, C1
constexpr quint8 TooLarge1000 = 1 << 6; // F5..FF followed by 80..8F
constexpr quint8 Overlong4 = 1 << 6;    // F0 followed by 80..8F
constexpr quint8 TwoConts = 1 << 7;     // two continuations: fine only inside a 3/4-byte sequence
constexpr quint8 Carry = TooShort | TooLong | TwoConts;

__attribute__((target("ssse3"))) inline __m128i prev(__m128i input, __m128i previous, int n)
{
    switch (n) {
    case 1:
        return _mm_alignr_epi8(input, previous, 15);
    case 2:
        return _mm_alignr_epi8(input, previous, 14);
    default:
        return _mm_alignr_epi8(input, previous, 13);
    }
}

__attribute__((target("ssse3"))) inline __m128i lookup(__m128i table, __m128i nibbles)
{
    return _mm_shuffle_epi8(table, nibbles);
}

__attribute__((target("ssse3"))) bool isValidSsse3(QByteArrayView data)
{
    const __m128i byte1High =
        _mm_setr_epi8(TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TwoConts, TwoConts,
                      TwoConts, TwoConts, char(TooShort | Overlong2), TooShort, char(TooShort | Overlong3 | Surrogate),
                      char(TooShort | TooLarge | TooLarge1000 | Overlong4));
    const __m128i byte1Low =
        _mm_setr_epi8(char(Carry | Overlong3 | Overlong2 | Overlong4), char(Carry | Overlong2), Carry, Carry,
                      char(Carry | TooLarge), char(Carry | TooLarge | TooLarge1000),
                      char(Carry | TooLarge | TooLarge1000), char(Carry | TooLarge | TooLarge1000),
                      char(Carry | TooLarge | TooLarge1000), char(Carry | TooLarge | TooLarge1000),
                      char(Carry | TooLarge | TooLarge1000), char(Carry | TooLarge | TooLarge1000),
                      char(Carry | TooLarge | TooLarge1000), char(Carry | TooLarge | TooLarge1000 | Surrogate),
                      char(Carry | TooLarge | TooLarge1000), char(Carry | TooLarge | TooLarge1000));
    const __m128i byte2High = _mm_setr_epi8(
        TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
        char(TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4),
        char(TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge),
        char(TooLong | Overlong2 | TwoConts | Surrogate | TooLarge),
        char(TooLong | Overlong2 | TwoConts | Surrogate | TooLarge), TooShort, TooShort, TooShort, TooShort);
    const __m128i nibble = _mm_set1_epi8(0x0F);
    // Bytes that leave a sequence unfinished at the end of a block: the last three positions.
    const __m128i incompleteMax = _mm_setr_epi8(char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF),
                                                char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF), char(0xFF),
                                                char(0xFF), char(0xF0 - 1), char(0xE0 - 1), char(0xC0 - 1));
    __m128i error = _mm_setzero_si128();
    __m128i previous = _mm_setzero_si128();
    __m128i previousIncomplete = _mm_setzero_si128();

    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype left = data.size();
    alignas(16) unsigned char tail[16];
    while (left > 0) {
        __m128i input;
        if (left >= 16) {
            input = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        } else {
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, size_t(left));
            input = _mm_load_si128(reinterpret_cast<const __m128i *>(tail));
        }
        if (_mm_movemask_epi8(input) == 0) {
            // All ASCII: only a sequence left open by the previous block can be wrong.
            error = _mm_or_si128(error, previousIncomplete);
        } else {
            const __m128i prev1 = prev(input, previous, 1);
            const __m128i high1 = _mm_and_si128(_mm_srli_epi16(prev1, 4), nibble);
            const __m128i low1 = _mm_and_si128(prev1, nibble);
            const __m128i high2 = _mm_and_si128(_mm_srli_epi16(input, 4), nibble);
            const __m128i special = _mm_and_si128(_mm_and_si128(lookup(byte1High, high1), lookup(byte1Low, low1)),
                                                  lookup(byte2High, high2));
            const __m128i prev2 = prev(input, previous, 2);
            const __m128i prev3 = prev(input, previous, 3);
            const __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8(char(0xE0 - 0x80)));
            const __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8(char(0xF0 - 0x80)));
            const __m128i must23 = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8(char(0x80)));
            error = _mm_or_si128(error, _mm_xor_si128(must23, special));
            previousIncomplete = _mm_subs_epu8(input, incompleteMax);
        }
        previous = input;
        p += 16;
        left -= 16;
    }
    error = _mm_or_si128(error, previousIncomplete);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}

} // namespace
#endif

bool isValid(QByteArrayView data)
{
#ifdef KHULASA_UTF8_SSSE3
    static const bool ssse3 = __builtin_cpu_supports("ssse3");
    if (ssse3)
        return isValidSsse3(data);
#endif
    return isValidScalar(data);
}

} // namespace Utf8Validator
