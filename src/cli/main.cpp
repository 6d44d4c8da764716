// khulasa-cli: command-line face of Khulasa's core (scripting, tests, benchmarks).
#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
struct CommandHelp
{
    const char *synopsis; // command syntax: the same in every language
    const char *what;     // translated
};

// One row per command, so that each description is translated on its own.
const CommandHelp kCommands[] = {
    {"add URL", QT_TRANSLATE_NOOP("CliMain", "subscribe to the feed at URL")},
    {"refresh [--feed ID]... [--timeout SEC]", QT_TRANSLATE_NOOP("CliMain", "download new articles (all feeds, or the given ones)")},
    {"list feeds --json", QT_TRANSLATE_NOOP("CliMain", "the subscriptions and their state")},
    {"list articles [--feed ID] [--unread] [--saved] --json", QT_TRANSLATE_NOOP("CliMain", "articles, newest first")},
    {"show ID --json", QT_TRANSLATE_NOOP("CliMain", "one article with its content_html and text")},
    {"save ID | unsave ID",
     QT_TRANSLATE_NOOP("CliMain", "keep an article for ever (never purged) with its images for reading offline, or not")},
    {"export ID --out FILE.html", QT_TRANSLATE_NOOP("CliMain", "write an article as one HTML file, its kept images inside")},
    {"read ID | unread ID", QT_TRANSLATE_NOOP("CliMain", "mark an article read or unread")},
    {"search QUERY [--limit N] --json", QT_TRANSLATE_NOOP("CliMain", "articles matching words, \"phrases\" and prefix*, best first")},
    {"purge [--read-days N] [--unread-days N] [--json]",
     QT_TRANSLATE_NOOP("CliMain", "forget old articles (never saved ones, nor each feed's newest 20)")},
    {"parse FILE|- [--url URL] [--charset NAME]", QT_TRANSLATE_NOOP("CliMain", "parse a feed document and print it as JSON")},
    {"extract FILE|- [--url URL] [--charset NAME]", QT_TRANSLATE_NOOP("CliMain", "print the article in a saved web page as JSON")},
    {"summarize FILE|--article ID [--sentences N]",
     QT_TRANSLATE_NOOP("CliMain", "the key sentences of an HTML or text file (- for stdin) or of a stored article, one per line, in text order")},
    {"related --article ID [--json]", QT_TRANSLATE_NOOP("CliMain", "the same story elsewhere and related articles")},
    {"import-opml FILE|-", QT_TRANSLATE_NOOP("CliMain", "subscribe to every feed of an OPML file")},
    {"export-opml [FILE]", QT_TRANSLATE_NOOP("CliMain", "write the subscriptions as OPML (stdout without FILE)")},
    {"account add --type greader --url URL --user NAME",
     QT_TRANSLATE_NOOP("CliMain", "add a Google Reader API account; the password is read from standard input")},
    {"account list [--json]", QT_TRANSLATE_NOOP("CliMain", "the accounts and their sync state")},
    {"account remove ID", QT_TRANSLATE_NOOP("CliMain", "remove an account with its feeds and articles")},
    {"sync [--account ID]", QT_TRANSLATE_NOOP("CliMain", "synchronise every account (or the given one)")},
    {"discover-contact FILE|- [--url URL] [--json]", QT_TRANSLATE_NOOP("CliMain", "the publisher's contact channels a saved page yields")},
    {"contact --feed ID [--json]", QT_TRANSLATE_NOOP("CliMain", "a feed's stored contact channels and chat history")},
    {"share --article ID --to link|whatsapp|telegram|email|x|qr [--out FILE.png]",
     QT_TRANSLATE_NOOP("CliMain", "print the article's share link (qr: write a PNG code)")},
};

const CommandHelp kOptions[] = {
    {"--profile DIR", QT_TRANSLATE_NOOP("CliMain", "use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere")},
    {"--version", QT_TRANSLATE_NOOP("CliMain", "print the version")},
    {"--help", QT_TRANSLATE_NOOP("CliMain", "print this help")},
};

template <size_t N>
QString helpRows(const CommandHelp (&rows)[N])
{
    constexpr qsizetype kColumn = 42; // descriptions start here; longer synopses get a line of their own
    QString text;
    for (const CommandHelp &row : rows) {
        QString line = u"  " + QString::fromUtf8(row.synopsis);
        line = line.size() < kColumn - 1 ? line.leftJustified(kColumn) : line + u'\n' + QString(kColumn, u' ');
        text += line + QCoreApplication::translate("CliMain", row.what) + u'\n';
    }
    return text;
}

QString usage()
{
    return QCoreApplication::translate("CliMain", "Usage:") + u" khulasa-cli [--profile DIR] COMMAND [OPTIONS]\n\n"
           + QCoreApplication::translate("CliMain", "Commands:") + u'\n' + helpRows(kCommands) + u'\n'
           + QCoreApplication::translate("CliMain", "Options:") + u'\n' + helpRows(kOptions);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Profile::applyApplicationIdentity();

    QStringList words = app.arguments().mid(1);
    CliContext options({}, words);
    const QStringList profiles = options.takeOption(QStringLiteral("profile"));
    words = options.arguments();
    if (words.contains(u"--version")) {
        CliContext::printLine(u"khulasa-cli " + QCoreApplication::applicationVersion());
        return 0;
    }
    if (words.isEmpty() || words.contains(u"--help") || words.contains(u"-h")) {
        QTextStream(words.isEmpty() ? stderr : stdout) << usage();
        return words.isEmpty() ? 2 : 0;
    }
    const QString command = words.takeFirst();
    CliContext context(profiles.isEmpty() ? QString() : profiles.last(), words);
    if (command == u"add")
        return runAdd(context);
    if (command == u"refresh")
        return runRefresh(context);
    if (command == u"list")
        return runList(context);
    if (command == u"search")
        return runSearch(context);
    if (command == u"purge")
        return runPurge(context);
    if (command == u"show")
        return runShow(context);
    if (command == u"save")
        return runSave(context);
    if (command == u"unsave")
        return runUnsave(context);
    if (command == u"export")
        return runExport(context);
    if (command == u"read" || command == u"unread")
        return runMark(context, command);
    if (command == u"parse")
        return runParse(context);
    if (command == u"extract")
        return runExtract(context);
    if (command == u"import-opml")
        return runImportOpml(context);
    if (command == u"export-opml")
        return runExportOpml(context);
    if (command == u"account")
        return runAccount(context);
    if (command == u"sync")
        return runSync(context);
    if (command == u"discover-contact")
        return runDiscoverContact(context);
    if (command == u"contact")
        return runContact(context);
    if (command == u"share")
        return runShare(context);
    if (command == u"summarize")
        return runSummarize(context);
    if (command == u"related")
        return runRelated(context);
    return CliContext::fail(QCoreApplication::translate("CliMain", "Unknown command “%1” (see khulasa-cli --help).").arg(command), 2);
}
