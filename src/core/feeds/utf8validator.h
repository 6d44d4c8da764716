// UTF-8 validation at memory speed. Every feed goes through it before parsing (most are UTF-8 and
// are then used in place), and Arabic text is almost all multi-byte, so a byte-at-a-time check
// dominated the XML stage. The vector path is the "lookup" algorithm of Keiser and Lemire
// (Validating UTF-8 In Less Than One Instruction Per Byte, 2021), on SSSE3 where the CPU has it.
#pragma once

#include <QByteArrayView>

namespace Utf8Validator {
/** True when the bytes are well-formed UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
bool isValid(QByteArrayView data);
/** The plain byte-by-byte check, kept for CPUs without SSSE3 and to test the vector path against. */
bool isValidScalar(QByteArrayView data);
} // namespace Utf8Validator
