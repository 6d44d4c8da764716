// OPML subscription lists: reading (with folders, bounded, tolerant of what other readers write)
// and writing (OPML 2.0). Pure: bytes in, values out.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct OpmlFeed
{
    QString url;     // xmlUrl
    QString title;
    QString siteUrl; // htmlUrl
    QString folder;  // the enclosing outline's title; empty at top level
};

namespace OpmlDocument {
/** Reads every feed outline. Fails with a message when the bytes are not OPML. */
Result<QList<OpmlFeed>> parse(const QByteArray &data);
/** Writes an OPML 2.0 document with one outline per folder. */
QByteArray write(const QList<OpmlFeed> &feeds, const QString &title);
}
