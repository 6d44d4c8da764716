// khulasa-cli share --article ID --to link|whatsapp|telegram|email|x|qr [--out FILE.png]
// Prints the share link; for qr writes a PNG of the article's address (libpng, no Qt Gui) and
// prints the address the code holds.
#include "clicontext.h"
#include "commands.h"
#include "share/qrmatrix.h"
#include "share/qrpng.h"
#include "share/sharelinks.h"

int runShare(CliContext &context)
{
    const QStringList articleIds = context.takeOption(QStringLiteral("article"));
    const QStringList targets = context.takeOption(QStringLiteral("to"));
    const QStringList outs = context.takeOption(QStringLiteral("out"));
    if (context.rejectUnknownOptions())
        return 2;
    bool ok = false;
    const qint64 articleId = articleIds.isEmpty() ? 0 : articleIds.last().toLongLong(&ok);
    if (!ok || articleId <= 0)
        return CliContext::fail(CliContext::tr("share needs --article ID (see list articles)."), 2);
    const QString targetName = targets.isEmpty() ? QString() : targets.last();
    ShareLinks::Target target = ShareLinks::Target::Link;
    const bool qr = targetName == u"qr";
    if (!qr && !ShareLinks::targetFromName(targetName, &target))
        return CliContext::fail(CliContext::tr("--to needs one of link, whatsapp, telegram, email, x, qr."), 2);
    if (qr && outs.isEmpty())
        return CliContext::fail(CliContext::tr("share --to qr needs --out FILE.png."), 2);
    if (!qr && !outs.isEmpty())
        return CliContext::fail(CliContext::tr("--out is only for --to qr."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const std::optional<Article> article = store->article(articleId);
    if (!article)
        return CliContext::fail(CliContext::tr("There is no article %1 (see list articles).").arg(articleId));
    const QUrl link(article->url);
    if (!link.isValid() || (link.scheme() != u"http" && link.scheme() != u"https"))
        return CliContext::fail(CliContext::tr("Article %1 has no web address to share.").arg(articleId));
    const QString address = link.toString(QUrl::FullyEncoded);
    if (qr) {
        const auto matrix = QrMatrix::encode(address.toUtf8());
        if (!matrix)
            return CliContext::fail(CliContext::tr("The address is too long for a QR code."));
        if (const Status written = QrPng::write(*matrix, outs.last()); !written)
            return CliContext::fail(written.error());
        CliContext::printLine(address);
        return 0;
    }
    CliContext::printLine(ShareLinks::forArticle(target, article->title, address).toString(QUrl::FullyEncoded));
    return 0;
}
