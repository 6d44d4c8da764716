// khulasa: the desktop application. Command line, translators and wiring; nothing else.
#include "ipc/singleinstance.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "windowhost.h"
#include "profile/firstrun.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/headlessrender.h"
#include "refresh/refresher.h"
#include "secrets/keychaincredentialstore.h"
#include "store/store.h"
#include "sync/syncrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // required by WebEngine, before the app exists
    QApplication app(argc, argv);
    Profile::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Khulasa"));
    QApplication::setDesktopFileName(QStringLiteral("org.khulasa.Khulasa"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Khulasa — an Arabic-first desktop news reader"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Use the profile in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: ar or en."), QStringLiteral("LANG"));
    const QCommandLineOption noRefreshOption(QStringLiteral("no-refresh"), QStringLiteral("Do not refresh feeds at start."));
    parser.addOptions({profileOption, langOption, noRefreshOption});
    // Headless render (issue 6): see HeadlessRender.
    const QCommandLineOption renderOption(QStringLiteral("render"), QStringLiteral("Render one entry of the feed FILE and exit."), QStringLiteral("FILE"));
    const QCommandLineOption entryOption(QStringLiteral("entry"), QStringLiteral("With --render: the entry, from 0 in document order."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("With --render: write the article pane to this PNG."), QStringLiteral("OUT.png"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("With --render: light, dark or sepia."), QStringLiteral("THEME"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("With --render: pane width in pixels."), QStringLiteral("PX"), QStringLiteral("900"));
    parser.addOptions({renderOption, entryOption, screenshotOption, themeOption, widthOption});
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("A feed address to subscribe to."), QStringLiteral("[url]"));
    parser.process(app);

    auto profile = Profile::resolve(parser.value(profileOption));
    if (!profile) {
        QMessageBox::critical(nullptr, QStringLiteral("Khulasa"), profile.error());
        return 1;
    }
    // --- Headless render (issue 6): one entry to a PNG, then exit; no window, no store, no refresh,
    //     and no single-instance hand-over (a render never talks to a running app). ---
    if (parser.isSet(renderOption)) {
        Settings renderSettings(*profile);
        const QString requested = parser.value(langOption);
        LanguageSetup::apply(app, requested == u"ar" || requested == u"en" ? requested : renderSettings.language(),
                             renderSettings.arabicIndicDigits());
        HeadlessRender::quietenWebEngine();
        bool entryOk = false, widthOk = false;
        HeadlessRender::Request request{parser.value(renderOption), parser.value(entryOption).toInt(&entryOk),
                                        parser.value(screenshotOption), ArticleRenderer::themeNamed(parser.value(themeOption)),
                                        parser.value(widthOption).toInt(&widthOk)};
        if (!entryOk || !widthOk || (parser.isSet(themeOption) && !request.theme)) {
            const QString usage = QCoreApplication::translate("main", "--entry and --width take numbers; --theme takes light, dark or sepia.");
            std::fputs(qPrintable(u"khulasa: " + usage + u'\n'), stderr);
            return 2;
        }
        HeadlessRender render(renderSettings);
        return render.run(request);
    }
    // --- end of headless render ---

    // One app per profile: a second launch (e.g. a feed: link from the browser) hands over and leaves.
    SingleInstance instance(profile->databasePath());
    if (instance.handOver(parser.positionalArguments()))
        return 0;
    instance.listen();

    Settings settings(*profile);
    QString language = parser.value(langOption);
    if (language != u"ar" && language != u"en")
        language = settings.language();
    language = LanguageSetup::apply(app, language, settings.arabicIndicDigits());

    auto store = Store::open(profile->databasePath());
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Khulasa cannot open its database"), store.error());
        return 1;
    }
    qint64 welcomeArticleId = 0;
    if (!settings.firstRunDone()) {
        if (const auto populated = FirstRun::populate(**store, language, true); populated) {
            settings.setFirstRunDone(true);
            welcomeArticleId = populated->welcomeArticleId;
        }
    }

    QNetworkAccessManager network;
    HttpLimits limits;
    limits.stallTimeoutSeconds = settings.fetchStallTimeoutSeconds();
    limits.maxConcurrent = settings.fetchConcurrency();
    limits.maxPerHost = settings.fetchPerHost();
    KeychainCredentialStore keychain;
    Refresher refresher((*store)->databasePath(), &network, limits, &keychain);
    refresher.setHostWaits((*store)->hostWaits());
    refresher.setRetention(settings.retentionPolicy());
    const bool scheduled = !parser.isSet(noRefreshOption);
    // Sync accounts on their own thread (keychain calls come back to this one); every 30 minutes and at start.
    SyncRunner sync((*store)->databasePath(), &keychain);

    WindowHost host(app, {**store, refresher, settings, &keychain, profile->cacheDir(), scheduled, &sync});
    MainWindow *window = host.window();
    window->show();
    if (welcomeArticleId > 0)
        window->selectArticle(welcomeArticleId); // a new profile opens on the welcome article

    QObject::connect(&instance, &SingleInstance::argumentsReceived, &app, [&host](const QStringList &arguments) {
        MainWindow *current = host.window();
        current->showNormal();
        current->raise();
        current->activateWindow();
        if (!arguments.isEmpty())
            current->showAddFeedDialog(arguments.first());
    });
    const QStringList urls = parser.positionalArguments();
    if (!urls.isEmpty())
        window->showAddFeedDialog(urls.first()); // feed: links and page addresses are understood there
    if (scheduled && settings.refreshAtStart())
        QTimer::singleShot(0, window, &MainWindow::refreshAll);
    if (scheduled) {
        sync.setPeriodicSync(30);
        if (!(*store)->accounts().isEmpty())
            QTimer::singleShot(0, &sync, &SyncRunner::syncAll);
    }
    return app.exec();
}
