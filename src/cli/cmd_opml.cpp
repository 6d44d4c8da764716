// khulasa-cli import-opml FILE | export-opml [FILE]
#include "clicontext.h"
#include "commands.h"
#include "opml/opmlsubscriptions.h"

#include <QFile>
#include <QSaveFile>

int runImportOpml(CliContext &context)
{
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() != 1)
        return CliContext::fail(CliContext::tr("import-opml needs one FILE (or - for standard input)."), 2);
    const QString path = context.arguments().first();
    QFile file;
    if (!CliContext::openInput(path, file))
        return 1;
    Store *store = context.store();
    if (!store)
        return 1;
    const auto imported = OpmlSubscriptions::import(*store, file.readAll());
    if (!imported)
        return CliContext::fail(imported.error());
    for (const QString &rejected : imported->rejected)
        CliContext::fail(rejected, 0);
    CliContext::printLine(CliContext::tr("Imported %1 feeds (%2 already subscribed, %3 rejected).")
                              .arg(imported->added).arg(imported->alreadySubscribed).arg(imported->rejected.size()));
    return 0;
}

int runExportOpml(CliContext &context)
{
    if (context.rejectUnknownOptions())
        return 2;
    if (context.arguments().size() > 1)
        return CliContext::fail(CliContext::tr("export-opml takes at most one FILE."), 2);
    Store *store = context.store();
    if (!store)
        return 1;
    const QByteArray opml = OpmlSubscriptions::exportAll(*store);
    if (context.arguments().isEmpty() || context.arguments().first() == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(opml) != opml.size())
            return CliContext::fail(CliContext::tr("Cannot write to standard output."));
        return 0;
    }
    QSaveFile out(context.arguments().first()); // never leaves a half-written file behind
    if (!out.open(QIODevice::WriteOnly) || out.write(opml) != opml.size() || !out.commit())
        return CliContext::fail(CliContext::tr("Cannot write %1: %2").arg(context.arguments().first(), out.errorString()));
    return 0;
}
