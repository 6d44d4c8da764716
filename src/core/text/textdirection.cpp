#include "text/textdirection.h"

#include <QList>

namespace {
enum class Strong { None, Left, Right };

Strong strongClass(uint c)
{
    // Fast paths for the scripts of nearly every article: ASCII and the Arabic block.
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Strong::Left : Strong::None;
    if (c >= 0x0621 && c <= 0x064A)
        return Strong::Right;
    switch (QChar::direction(c)) {
    case QChar::DirL: return Strong::Left;
    case QChar::DirR:
    case QChar::DirAL: return Strong::Right;
    default: return Strong::None;
    }
}
} // namespace

QString TextDirection::detect(QStringView text, const QString &fallback)
{
    // Only a prefix is needed to decide; it keeps the cost flat for very long articles.
    constexpr qsizetype kSampleLength = 1500;
    const QStringView sample = text.left(kSampleLength);
    qsizetype left = 0, right = 0;
    Strong first = Strong::None;
    for (const uint c : sample.toUcs4()) {
        const Strong s = strongClass(c);
        if (s == Strong::None)
            continue;
        if (first == Strong::None)
            first = s;
        (s == Strong::Left ? left : right) += 1;
    }
    if (left == 0 && right == 0)
        return fallback;
    if (right != left)
        return right > left ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return first == Strong::Right ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

bool TextDirection::isRightToLeft(QStringView text) { return detect(text) == u"rtl"; }
