// Finds how to reach a publisher in one of its HTML pages: chat widgets' settings (phone,
// greeting, button text), wa.me / api.whatsapp.com links, t.me links, mailto: and tel: links,
// schema.org contact data, and a "contact us" page. Pure: bytes in, channels out, no I/O.
// Only structured places are read (links, widget settings, JSON-LD), never free text, so order
// numbers, prices, dates and ids in a page are not taken for phone numbers.
#pragma once

#include "model/contactchannel.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

struct DiscoveredContacts
{
    QList<ContactChannel> channels; // one per kind and value, in the order found (widgets first)
    QString country;                // ISO code used for local numbers, empty when unknown
};

namespace ContactDiscovery {

/** Pages are read up to this size; the rest of a larger page is ignored. */
constexpr qsizetype kMaxPageBytes = 2 * 1024 * 1024;

/** Reads a UTF-8 HTML document fetched from `pageUrl` (relative links resolve against it). */
DiscoveredContacts discover(const QByteArray &utf8Html, const QUrl &pageUrl);

/** The channel a single link stands for (wa.me, api.whatsapp.com/send, t.me, tg:, mailto:, tel:),
 *  if any; `country` is used for local tel: numbers. */
std::optional<ContactChannel> channelFromLink(const QUrl &link, const QString &country);
}
