// One way to reach a publisher (a feed's site): a WhatsApp number, a Telegram name, an e-mail
// address, a phone number or a contact web page, with where it came from.
#pragma once

#include <QDateTime>
#include <QString>

struct ContactChannel
{
    enum class Kind { WhatsApp, Telegram, Email, Phone, Web };
    enum class Origin { Discovered, User };

    qint64 id = 0;
    qint64 feedId = 0;
    Kind kind = Kind::Web;
    /** WhatsApp/phone: E.164 digits without '+'; Telegram: the user name; e-mail: the address; web: the URL. */
    QString value;
    QString greeting; // the publisher's welcome line (chat widgets), shown as an incoming bubble
    QString label;    // the widget's button text, when it had one
    Origin origin = Origin::Discovered;
    QDateTime added;

    static QString kindName(Kind kind);      // "whatsapp", "telegram", "email", "phone", "web"
    static bool kindFromName(const QString &name, Kind *kind);
    static QString originName(Origin origin); // "discovered", "user"
};

/** A chat or share opened from Khulasa, kept in the profile's local history. */
struct ChatRecord
{
    qint64 id = 0;
    qint64 articleId = 0; // 0 once the article is gone from the store
    qint64 feedId = 0;
    QString articleTitle;
    ContactChannel::Kind kind = ContactChannel::Kind::WhatsApp;
    QString channelValue;
    QDateTime opened;
};
