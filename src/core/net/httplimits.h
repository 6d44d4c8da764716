// Bounds that keep one bad server from costing more than its share of time, memory or connections.
#pragma once

#include <QtGlobal>

struct HttpLimits
{
    int maxConcurrent = 32;          // requests in flight at once
    int maxPerHost = 16;             // requests in flight to one host (feed hosts are mostly CDNs; 429/503 slow us down)
    int stallTimeoutSeconds = 30;    // no byte for this long ends the request
    int overallTimeoutSeconds = 60;  // no request lives longer than this
    qint64 maxBodyBytes = 20 * 1024 * 1024; // after decompression
    int maxRedirects = 5;
};
