#include "reader/headlessrender.h"

#include "feeds/feedparser.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "refresh/entryprocessor.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTimer>
#include <QWebEngineScript>

#include <cstdio>

namespace {
/** Runs the event loop until `done` is true or `ms` passed; true when done. */
bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(25, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/** Evaluates `script` in the application world (content scripts stay off). */
QVariant evaluate(ArticleView &view, const QString &script)
{
    QVariant result;
    bool answered = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        answered = true;
    });
    waitUntil([&] { return answered; }, 5000);
    return result;
}

void printError(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("khulasa: %1\n").arg(message)), stderr);
}
} // namespace

HeadlessRender::HeadlessRender(const Settings &settings) : m_settings(settings) {}

HeadlessRender::~HeadlessRender() = default;

void HeadlessRender::quietenWebEngine()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--disable-background-networking"))
        flags += " --disable-background-networking";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}

Result<HeadlessRender::Entry> HeadlessRender::loadEntry(const QString &file, int index)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Result<Entry>::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString()));
    const QByteArray data = input.readAll();
    const Result<ParsedFeed> feed = FeedParser::parse(data);
    if (!feed)
        return Result<Entry>::failure(tr("%1 is not a feed: %2").arg(QDir::toNativeSeparators(file), feed.error()));
    if (index < 0 || index >= feed->entries.size()) {
        return Result<Entry>::failure(tr("Entry %1 does not exist: %2 has %n entries (numbered from 0).", nullptr,
                                         int(feed->entries.size()))
                                          .arg(index)
                                          .arg(QDir::toNativeSeparators(file)));
    }
    const ParsedEntry &parsed = feed->entries.at(index);
    Entry entry{EntryProcessor::toArticle(parsed, feed->language), feed->title, {}};
    for (const ParsedEnclosure &enclosure : parsed.enclosures)
        entry.enclosures.append({enclosure.url, enclosure.type});
    return entry;
}

Status HeadlessRender::render(const Request &request)
{
    const Result<Entry> entry = loadEntry(request.feedFile, request.entryIndex);
    if (!entry)
        return Status::failure(entry.error());

    m_view = std::make_unique<ArticleView>();
    m_view->setSettings(&m_settings);
    m_view->setThemeOverride(request.theme);
    m_view->setZoom(m_settings.readerZoom());
    m_view->resize(qBound(200, request.width, 4000), 800);
    m_view->show();

    std::optional<bool> loaded;
    QObject::connect(m_view.get(), &QWebEngineView::loadFinished, m_view.get(), [&loaded](bool ok) {
        if (!loaded)
            loaded = ok;
    });
    ArticleRenderer::Options options;
    options.theme = m_view->palette().color(QPalette::Window).lightness() < 128 ? ArticleRenderer::Theme::Dark
                                                                                 : ArticleRenderer::Theme::Light;
    options.enclosures = entry->enclosures;
    m_view->showArticle(entry->article, entry->feedTitle, options);
    if (!waitUntil([&] { return loaded.has_value(); }, 60000))
        return Status::failure(tr("The article did not finish loading within a minute."));
    if (!*loaded)
        return Status::failure(tr("The article could not be shown."));
    if (m_view->effectiveOptions(entry->article, options).imagesAllowed)
        waitForImages(request.imageWaitMs);
    return {};
}

void HeadlessRender::waitForImages(int maxMs)
{
    // Every <img> is complete once loaded, failed or blocked; a picture/srcset resolves through its <img>.
    const QString script = QStringLiteral("Array.prototype.every.call(document.images, function(i){return i.complete;})");
    waitUntil([&] { return evaluate(*m_view, script).toBool(); }, maxMs);
}

Status HeadlessRender::saveScreenshot(const QString &path)
{
    if (!m_view)
        return Status::failure(tr("Nothing was rendered."));
    // Grow the pane to the whole article, so the picture shows all of it.
    const int height = evaluate(*m_view, QStringLiteral("Math.ceil(document.documentElement.scrollHeight)")).toInt();
    if (height > m_view->height()) {
        m_view->resize(m_view->width(), qMin(height, 12000));
        waitUntil([] { return false; }, 400); // let Chromium lay out and paint the new size
    } else {
        waitUntil([] { return false; }, 100);
    }
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    const QImage image = m_view->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG"))
        return Status::failure(tr("Cannot write the screenshot %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

int HeadlessRender::run(const Request &request)
{
    if (request.screenshotPath.isEmpty()) {
        printError(tr("--render needs --screenshot OUT.png."));
        return 2;
    }
    if (const Status rendered = render(request); !rendered) {
        printError(rendered.error());
        return 1;
    }
    if (const Status saved = saveScreenshot(request.screenshotPath); !saved) {
        printError(saved.error());
        return 1;
    }
    return 0;
}
