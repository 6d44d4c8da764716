#include "profile/firstrun.h"

#include "html/htmltext.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

Result<FirstRun::Outcome> FirstRun::populate(Store &store, const QString &language, bool withDefaultFeeds)
{
    using R = Result<Outcome>;
    Outcome outcome;
    auto feedId = store.ensureBuiltinFeed(QStringLiteral("welcome"), QStringLiteral("خلاصة · Khulasa"));
    if (!feedId)
        return R::failure(feedId.error());

    Article welcome;
    welcome.guid = QStringLiteral("khulasa:welcome");
    welcome.title = tr("Welcome to Khulasa — أهلاً بك في خلاصة");
    welcome.contentHtml = QString::fromUtf8(readResource(QStringLiteral(":/welcome/welcome.html")));
    welcome.text = HtmlText::toPlainText(welcome.contentHtml);
    welcome.direction = language == u"ar" ? QStringLiteral("rtl") : QStringLiteral("ltr");
    welcome.language = language;
    welcome.published = QDateTime::currentDateTimeUtc();
    welcome.contentHash = QByteArrayLiteral("welcome-2");
    auto stored = store.storeArticles(*feedId, {welcome});
    if (!stored)
        return R::failure(stored.error());
    ArticleQuery welcomeFeed;
    welcomeFeed.feedId = *feedId;
    for (const Article &a : store.articles(welcomeFeed))
        outcome.welcomeArticleId = a.id;

    if (!withDefaultFeeds)
        return outcome;
    const QJsonObject defaults = QJsonDocument::fromJson(readResource(QStringLiteral(":/default-feeds.json"))).object();
    const QString folderName = defaults.value(u"folder").toObject().value(language == u"ar" ? u"ar" : u"en").toString();
    auto folderId = store.ensureFolder(folderName);
    if (!folderId)
        return R::failure(folderId.error());
    for (const QJsonValue &value : defaults.value(u"feeds").toArray()) {
        const QJsonObject feed = value.toObject();
        const QString url = feed.value(u"url").toString();
        if (store.feedIdByUrl(url))
            continue;
        if (auto added = store.addFeed(url, feed.value(u"title").toString(), *folderId)) {
            store.updateFeedMetadata(*added, QString(), feed.value(u"site").toString());
            ++outcome.feedsAdded;
        }
    }
    return outcome;
}
