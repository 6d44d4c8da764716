// The test Google Reader API server on its own, for the sync benchmark:
//   khulasa_greader_server USER PASSWORD FEEDS ITEMS
// prints "http://127.0.0.1:PORT/" on the first line once it listens, then serves until killed.
#include "greaderserver.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: khulasa_greader_server USER PASSWORD FEEDS ITEMS\n", stderr);
        return 2;
    }
    GReaderServer server(args.at(1), args.at(2));
    if (!server.listen()) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    server.populate(args.at(3).toInt(), args.at(4).toInt());
    std::printf("%s\n", server.baseUrl().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
