// Named character references of HTML, for feeds that use &nbsp; or &eacute; in XML without ever
// declaring them (a very common ill-formedness a reader must forgive).
#pragma once

#include <QByteArrayView>

namespace HtmlEntities {
/** Code point of the named entity (name without '&' and ';', case-sensitive), 0 when unknown. */
char32_t lookup(QByteArrayView name);
}
