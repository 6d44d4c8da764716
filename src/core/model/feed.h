// A subscription as the store keeps it, and the folder it sits in.
#pragma once

#include <QDateTime>
#include <QString>

/** Outcome of a feed's last refresh, as shown in the feed list and by `list feeds --json`. */
enum class FeedStatus { Never, Ok, NotModified, Error, Gone };

QString feedStatusName(FeedStatus status);          // "never", "ok", "not_modified", "error", "gone"
FeedStatus feedStatusFromName(const QString &name); // unknown names read as Never

/** Whether an article's web page is fetched for its full story: never, when the reader asks, or
 *  right after each refresh. */
enum class FullArticleMode { Off, OnDemand, Always };

QString fullArticleModeName(FullArticleMode mode);          // "off", "on_demand", "always"
FullArticleMode fullArticleModeFromName(const QString &name); // unknown names read as Off

struct Folder
{
    qint64 id = 0;
    QString name;
};

struct Feed
{
    qint64 id = 0;
    qint64 folderId = 0; // 0: top level
    QString folderName;
    QString url;         // where the feed document is fetched from
    bool builtin = false; // shipped content (the welcome article): never fetched
    qint64 accountId = 0; // > 0: delivered by that sync account, never fetched by Khulasa itself
    QString title;
    QString siteUrl;     // the publisher's home page
    QString direction = QStringLiteral("auto"); // auto | rtl | ltr, set by the user
    FeedStatus status = FeedStatus::Never;
    QString error;       // the last failure in plain words, empty when fine
    QDateTime lastChecked;
    QString etag;
    QString lastModified;
    QByteArray bodyHash; // of the last parsed body, to skip re-parsing an unchanged feed
    QString authUser;    // user name for HTTP Basic/Digest; the password lives in the keychain
    int failures = 0;    // consecutive failed refreshes
    QDateTime nextAttempt; // a scheduled refresh waits until then after failures (backoff)
    int refreshMinutes = 0; // the user's interval for this feed; 0 = the default
    int ttlMinutes = 0;  // what the feed asks for (ttl, sy:updatePeriod); 0 = nothing
    QString iconFile;    // favicon, relative to the profile's cache folder
    bool notify = false; // a desktop notification when new articles arrive
    FullArticleMode fullArticles = FullArticleMode::Off;
    int unread = 0;
    int total = 0;

    /** Whether Khulasa downloads this feed itself (not shipped content, not an account's feed). */
    bool fetchedHere() const { return !builtin && accountId == 0; }
};
