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

QString fullArticleModeName(FullArticleMode mode)
{
    switch (mode) {
    case FullArticleMode::OnDemand: return QStringLiteral("on_demand");
    case FullArticleMode::Always: return QStringLiteral("always");
    case FullArticleMode::Off: break;
    }
    return QStringLiteral("off");
}

FullArticleMode fullArticleModeFromName(const QString &name)
{
    if (name == u"on_demand")
        return FullArticleMode::OnDemand;
    if (name == u"always")
        return FullArticleMode::Always;
    return FullArticleMode::Off;
}
