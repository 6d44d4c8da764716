#include "sync/greaderids.h"

#include <algorithm>

namespace {
constexpr QStringView kLongPrefix = u"tag:google.com,2005:reader/item/";

QString longFromValue(quint64 value)
{
    return kLongPrefix + QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}
} // namespace

QString GReaderIds::toLongForm(QStringView id)
{
    id = id.trimmed();
    bool ok = false;
    if (id.startsWith(kLongPrefix)) {
        const QStringView hex = id.mid(kLongPrefix.size());
        const quint64 value = hex.size() <= 16 ? hex.toULongLong(&ok, 16) : 0;
        return ok ? longFromValue(value) : QString();
    }
    if (id.isEmpty())
        return {};
    // All digits: the decimal form. FreshRSS's ids are microsecond times, 16 digits long, so a
    // string of digits is never read as hex. Some servers send the same 64 bits as a signed number.
    const bool negative = id.front() == u'-';
    const QStringView digits = negative ? id.mid(1) : id;
    if (!digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); })) {
        const quint64 value = negative ? quint64(id.toLongLong(&ok, 10)) : id.toULongLong(&ok, 10);
        return ok ? longFromValue(value) : QString();
    }
    // Otherwise a bare hex id (the short form): accepted on input, never sent.
    const quint64 value = id.size() <= 16 ? id.toULongLong(&ok, 16) : 0;
    return ok ? longFromValue(value) : QString();
}

QString GReaderIds::toDecimal(QStringView longForm)
{
    if (!longForm.startsWith(kLongPrefix))
        return {};
    bool ok = false;
    const quint64 value = longForm.mid(kLongPrefix.size()).toULongLong(&ok, 16);
    return ok ? QString::number(value) : QString();
}

QString GReaderIds::restoreTitle(const QString &title)
{
    QString restored = title;
    restored.replace(QChar(0xFF06), u'&').replace(QChar(0xFF1C), u'<').replace(QChar(0xFF1E), u'>');
    return restored;
}
