// khulasa-cli: command-line face of Khulasa's core (scripting, tests, benchmarks).
#include "clicontext.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usage()
{
    return QCoreApplication::translate("CliMain",
        "Usage: khulasa-cli [--profile DIR] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  add URL                                 subscribe to the feed at URL\n"
        "  refresh [--feed ID]... [--timeout SEC]  download new articles (all feeds, or the given ones)\n"
        "  list feeds --json                       the subscriptions and their state\n"
        "  list articles [--feed ID] [--unread] [--saved] --json\n"
        "                                          articles, newest first\n"
        "  parse FILE|- [--url URL] [--charset NAME]\n"
        "                                          parse a feed document and print it as JSON\n"
        "  import-opml FILE|-                      subscribe to every feed of an OPML file\n"
        "  export-opml [FILE]                      write the subscriptions as OPML (stdout without FILE)\n"
        "  summarize FILE|--article ID [--sentences N]\n"
        "                                          the key sentences of an HTML or text file (- for stdin)\n"
        "                                          or of a stored article, one per line, in text order\n"
        "  related --article ID [--json]           the same story elsewhere and related articles\n"
        "\n"
        "Options:\n"
        "  --profile DIR   use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere\n"
        "  --version       print the version\n"
        "  --help          print this help\n");
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
    if (command == u"parse")
        return runParse(context);
    if (command == u"import-opml")
        return runImportOpml(context);
    if (command == u"export-opml")
        return runExportOpml(context);
    if (command == u"summarize")
        return runSummarize(context);
    if (command == u"related")
        return runRelated(context);
    return CliContext::fail(QCoreApplication::translate("CliMain", "Unknown command “%1” (see khulasa-cli --help).").arg(command), 2);
}
