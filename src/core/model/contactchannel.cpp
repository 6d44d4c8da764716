#include "model/contactchannel.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ContactChannel::Kind, const char16_t *>, 5> kKindNames = {{
    {ContactChannel::Kind::WhatsApp, u"whatsapp"},
    {ContactChannel::Kind::Telegram, u"telegram"},
    {ContactChannel::Kind::Email, u"email"},
    {ContactChannel::Kind::Phone, u"phone"},
    {ContactChannel::Kind::Web, u"web"},
}};
}

QString ContactChannel::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromUtf16(name);
    }
    return {};
}

bool ContactChannel::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QStringView(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ContactChannel::originName(Origin origin)
{
    return origin == Origin::User ? QStringLiteral("user") : QStringLiteral("discovered");
}
