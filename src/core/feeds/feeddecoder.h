// Turns the bytes of a feed into UTF-8, the one encoding the XML and JSON stages read.
// Order of authority: byte-order mark, then the HTTP charset, then the XML declaration, then
// UTF-8. Documents that claim UTF-8 but are not (very common with Arabic feeds written in
// windows-1256) are repaired and flagged, so the reader still shows them.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace FeedDecoder {

struct Decoded
{
    QByteArray utf8;
    QByteArray encoding; // what the text turned out to be, e.g. "utf-8", "windows-1256"
    bool repaired = false; // the declared encoding lied; the text was repaired
    QString note;          // why it was repaired
};

/** Fails only for an encoding we do not know. */
Result<Decoded> toUtf8(const QByteArray &data, const QByteArray &httpCharset = {});

/** The encoding named in an XML declaration at the start of ASCII-compatible bytes, or empty. */
QByteArray declaredEncoding(QByteArrayView data);

/** True when the bytes are well-formed UTF-8. */
bool isValidUtf8(QByteArrayView data);
}
