// First-run content, so a new profile is useful offline: a bilingual welcome article and a curated
// list of Arabic news subscriptions (resources/default-feeds.json). Adding it twice changes nothing.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

class Store;

class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)

public:
    struct Outcome
    {
        qint64 welcomeArticleId = 0;
        int feedsAdded = 0;
    };

    /** Adds the welcome article and, if `withDefaultFeeds`, the default subscriptions.
     *  `language` ("ar" or "en") picks the folder name. */
    static Result<Outcome> populate(Store &store, const QString &language, bool withDefaultFeeds);
};
