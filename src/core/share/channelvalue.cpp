#include "share/channelvalue.h"

#include "share/contactdiscovery.h"
#include "share/phonenumber.h"
#include "share/sharelinks.h"

Result<QString> ChannelValue::normalized(ContactChannel::Kind kind, const QString &input, const QString &country)
{
    using R = Result<QString>;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return R::failure(tr("Enter a value for the contact."));
    switch (kind) {
    case ContactChannel::Kind::WhatsApp:
    case ContactChannel::Kind::Phone: {
        QString digits = PhoneNumber::toE164(text, country);
        if (digits.isEmpty() && kind == ContactChannel::Kind::WhatsApp) {
            // A pasted wa.me link or bare international digits, as WhatsApp itself writes them.
            if (const auto fromLink = ContactDiscovery::channelFromLink(QUrl::fromUserInput(text), country))
                digits = fromLink->kind == kind ? fromLink->value : QString();
            else
                digits = PhoneNumber::internationalDigits(text);
        }
        if (digits.isEmpty())
            return R::failure(tr("“%1” is not a phone number. Write it with the country code (+966 …) "
                                 "or as a local number starting with 0.").arg(text));
        return digits;
    }
    case ContactChannel::Kind::Telegram: {
        QString name = text.startsWith(u'@') ? text.mid(1) : text;
        if (name.contains(u'/') || name.contains(u':')) {
            const auto fromLink = ContactDiscovery::channelFromLink(QUrl::fromUserInput(text), country);
            name = fromLink && fromLink->kind == kind ? fromLink->value : QString();
        } else if (!ContactDiscovery::channelFromLink(QUrl(u"https://t.me/" + name), country)) {
            name.clear();
        }
        if (name.isEmpty())
            return R::failure(tr("“%1” is not a Telegram user name or t.me link.").arg(text));
        return name;
    }
    case ContactChannel::Kind::Email: {
        const auto fromLink = ContactDiscovery::channelFromLink(QUrl(u"mailto:" + text), country);
        if (!fromLink)
            return R::failure(tr("“%1” is not an e-mail address.").arg(text));
        return fromLink->value;
    }
    case ContactChannel::Kind::Web: {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return R::failure(tr("“%1” is not a web address.").arg(text));
        return url.toString(QUrl::FullyEncoded);
    }
    }
    return R::failure(tr("Unknown kind of contact."));
}

QUrl ChannelValue::chatUrl(const ContactChannel &channel, const QString &message, const QString &subject)
{
    switch (channel.kind) {
    case ContactChannel::Kind::WhatsApp:
        return ShareLinks::whatsApp(channel.value, message);
    case ContactChannel::Kind::Telegram:
        return ShareLinks::telegramChat(channel.value);
    case ContactChannel::Kind::Email:
        return ShareLinks::email(channel.value, subject, message);
    case ContactChannel::Kind::Phone:
        return ShareLinks::telephone(channel.value);
    case ContactChannel::Kind::Web:
        return QUrl(channel.value);
    }
    return {};
}

QString ChannelValue::display(const ContactChannel &channel)
{
    switch (channel.kind) {
    case ContactChannel::Kind::WhatsApp:
    case ContactChannel::Kind::Phone:
        return PhoneNumber::display(channel.value);
    case ContactChannel::Kind::Telegram:
        return u'@' + channel.value;
    default:
        return channel.value;
    }
}
