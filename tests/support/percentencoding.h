// RFC 3986 percent-encoding written out for tests, independently of Qt's and Khulasa's encoders:
// unreserved ASCII stays, every other UTF-8 byte becomes %XX (upper-case hex).
#pragma once

#include <QString>

inline QString percentEncoded(const QString &text)
{
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}
