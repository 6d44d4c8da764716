// khulasa-cli save ID | unsave ID | export ID --out FILE.html
// save marks the article saved and keeps its images in the profile's cache (the same ArticleSaver as
// the GUI), waiting for them and printing what was kept; images that could not be kept are listed on
// stderr, and the article stays saved (a later save fetches only what is missing). unsave forgets the
// flag and the kept images. export writes the article as one standalone HTML file, its kept images
// inlined.
#include "clicontext.h"
#include "commands.h"
#include "saving/articlesaver.h"
#include "saving/savedimagefiles.h"
#include "saving/standalonearticle.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace {
QString savedRoot(CliContext &context)
{
    return SavedImageFiles::rootIn(context.profile()->cacheDir());
}

/** The article named by `command ID` with its saved flag set to `saved`; nullopt (and `exitCode`) on failure. */
std::optional<Article> markSaved(CliContext &context, const QString &command, bool saved, int &exitCode)
{
    std::optional<Article> article = context.articleArgument(command, exitCode);
    if (article && !context.store()->setSaved(article->id, saved)) {
        exitCode = CliContext::fail(CliContext::tr("Cannot change article %1.").arg(article->id));
        return std::nullopt;
    }
    return article;
}
} // namespace

int runSave(CliContext &context)
{
    int exitCode = 0;
    const std::optional<Article> article = markSaved(context, QStringLiteral("save"), true, exitCode);
    if (!article)
        return exitCode;
    QNetworkAccessManager network;
    ArticleSaver saver(&network, context.store(), savedRoot(context));
    SaveOutcome outcome;
    QEventLoop loop;
    QObject::connect(&saver, &ArticleSaver::finished, &loop, [&](const SaveOutcome &finished) {
        outcome = finished;
        loop.quit();
    });
    saver.save(article->id);
    loop.exec();
    if (!outcome.error.isEmpty())
        return CliContext::fail(CliContext::tr("Article %1 is saved, but its images were not kept: %2")
                                    .arg(article->id).arg(outcome.error));
    const int total = outcome.kept + int(outcome.failures.size());
    CliContext::printLine(CliContext::tr("Saved article %1: %2 of %3 images kept (%4).")
                              .arg(article->id).arg(outcome.kept).arg(total)
                              .arg(QLocale().formattedDataSize(outcome.bytes)));
    // Reported on stderr, yet a success: the article is saved and its text is all there.
    for (const SavedImage &failure : std::as_const(outcome.failures))
        CliContext::fail(CliContext::tr("Not kept: %1 (%2)").arg(failure.url, failure.error), 0);
    if (!outcome.failures.isEmpty())
        CliContext::fail(CliContext::tr("Run “save %1” again later to fetch the missing images.").arg(article->id), 0);
    return 0;
}

int runUnsave(CliContext &context)
{
    int exitCode = 0;
    const std::optional<Article> article = markSaved(context, QStringLiteral("unsave"), false, exitCode);
    if (!article)
        return exitCode;
    QNetworkAccessManager network;
    if (!ArticleSaver(&network, context.store(), savedRoot(context)).discard(article->id))
        return CliContext::fail(CliContext::tr("Article %1 is no longer saved, but some of its kept images could not be removed from %2.")
                                    .arg(article->id).arg(SavedImageFiles::folderFor(savedRoot(context), article->id)));
    return 0;
}

int runExport(CliContext &context)
{
    const QStringList out = context.takeOption(QStringLiteral("out"));
    int exitCode = 0;
    const std::optional<Article> article = context.articleArgument(QStringLiteral("export"), exitCode);
    if (!article)
        return exitCode;
    if (out.isEmpty() || out.last().isEmpty())
        return CliContext::fail(CliContext::tr("export needs --out FILE.html."), 2);
    Store *store = context.store();
    const std::optional<SavedCopy> copy = store->savedCopy(article->id);
    const QHash<QString, QString> images =
        copy ? SavedImageFiles::dataUris(savedRoot(context), article->id, copy->images, ArticleSaver::MaxArticleBytes)
             : QHash<QString, QString>();
    const std::optional<Feed> feed = store->feed(article->feedId);
    const QByteArray html = StandaloneArticle::html(*article, feed ? feed->title : QString(), images).toUtf8();
    QSaveFile file(out.last());
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        return CliContext::fail(CliContext::tr("Cannot write %1: %2").arg(out.last(), file.errorString()));
    CliContext::printLine(CliContext::tr("Exported article %1 to %2 (%n image(s) inlined).", nullptr, int(images.size()))
                              .arg(article->id).arg(out.last()));
    return 0;
}
