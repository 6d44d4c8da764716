#include "model/feed.h"

QString feedStatusName(FeedStatus status)
{
    switch (status) {
    case FeedStatus::Ok: return QStringLiteral("ok");
    case FeedStatus::NotModified: return QStringLiteral("not_modified");
    case FeedStatus::Error: return QStringLiteral("error");
    case FeedStatus::Gone: return QStringLiteral("gone");
    case FeedStatus::Never: break;
    }
    return QStringLiteral("never");
}

FeedStatus feedStatusFromName(const QString &name)
{
    if (name == u"ok") return FeedStatus::Ok;
    if (name == u"not_modified") return FeedStatus::NotModified;
    if (name == u"error") return FeedStatus::Error;
    if (name == u"gone") return FeedStatus::Gone;
    return FeedStatus::Never;
}
