// Typed output of the feed parsers: what a feed document says, before it meets the store.
// Plain values (no QObject) so parsing can run on any thread and be compared in tests.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct ParsedEnclosure
{
    QString url;
    QString type;
    qint64 length = 0;
};

struct ParsedEntry
{
    QString id;          // guid/id; falls back to the link
    QString title;       // plain text
    QString link;        // alternate link, absolute
    QString author;      // name, or e-mail when there is no name
    QDateTime published; // UTC, invalid when absent or unparsable
    QDateTime updated;   // UTC, invalid when absent or unparsable
    QString summary;     // sanitised HTML
    QString content;     // sanitised HTML
    QStringList categories;
    QList<ParsedEnclosure> enclosures;
    QString comments;    // URL of the comments page
    QString image;       // media:thumbnail / media:content / first image, absolute
    QString language;    // xml:lang in effect for the entry, if any
    quint64 contentHash = 0; // of the raw title, link, summary and content: changes when the entry does
};

struct ParsedFeed
{
    QString format; // rss090|rss091|rss092|rss093|rss094|rss20|rss10|atom03|atom10|json10|json11
    bool bozo = false;
    QString bozoMessage; // why the document was not well-formed, when bozo
    QString title;
    QString link;
    QString subtitle;
    QString language;
    QDateTime updated;
    QString author;
    QString image;
    QString generator;
    QString rights;
    int ttlMinutes = 0; // rss <ttl> or sy:updatePeriod/sy:updateFrequency, 0 when absent
    QList<ParsedEntry> entries;
};
