// What a contact channel's value may be, and the link that opens it: the rules shared by the
// panel's editor, the CLI and discovery.
#pragma once

#include "model/contactchannel.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QUrl>

class ChannelValue final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelValue)

public:
    /** The stored form of what a user typed: E.164 digits for WhatsApp and phone (local numbers
     *  need `country`), a Telegram name (from "@name" or a t.me link), an address, an http(s) URL. */
    static Result<QString> normalized(ContactChannel::Kind kind, const QString &input, const QString &country = {});

    /** The link that opens a chat with the channel, starting with `message` where the channel
     *  takes one (WhatsApp text, e-mail body with `subject`). */
    static QUrl chatUrl(const ContactChannel &channel, const QString &message = {}, const QString &subject = {});

    /** The value as people read it: "+966…" for numbers, "@name" for Telegram, else as stored. */
    static QString display(const ContactChannel &channel);
};
