// Feed autodiscovery: the feeds a web page advertises (<link rel="alternate"> for RSS, Atom and
// JSON Feed), else the usual feed paths of its site to try in turn.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

struct FeedCandidate
{
    QUrl url;
    QString title;
    QString type; // MIME type as advertised, empty for guessed paths
};

namespace FeedDiscovery {
/** True when the bytes look like an HTML page rather than a feed document. */
bool looksLikeHtml(const QByteArray &data);
/** Feeds advertised in the page's <head> (and <body>, where some sites put them), in page order,
 *  without duplicates, resolved against <base href> and `pageUrl`. */
QList<FeedCandidate> advertisedFeeds(const QByteArray &html, const QUrl &pageUrl);
/** Common feed locations on the page's site, to try when the page advertises none. */
QList<FeedCandidate> conventionalLocations(const QUrl &pageUrl);
}
