// JSON shapes of the contact commands (discover-contact, contact). Public contracts: fields may be
// added, never renamed or dropped.
#pragma once

#include "model/contactchannel.h"

#include <QJsonObject>

namespace ContactJson {
/** {"kind", "value", "display", "greeting", "label", "url"}; stored channels add "id", "origin", "added". */
QJsonObject channel(const ContactChannel &channel, bool stored);
/** {"article_id", "article_title", "kind", "value", "opened"} */
QJsonObject chat(const ChatRecord &record);
/** One tab-separated line per channel for the text output. */
QString line(const ContactChannel &channel);
}
