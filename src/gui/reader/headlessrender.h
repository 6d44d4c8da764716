// `khulasa --render FILE --entry N --screenshot OUT.png`: renders one entry of a feed file through
// the real article pane (core parser and sanitiser, EntryProcessor, template, CSP, request
// interceptor, the profile's reader settings) and writes a screenshot, with no main window, no
// store and no network beyond the entry's allowed images. For tests, review and hostile-content runs.
#pragma once

#include "reader/articlerenderer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class ArticleView;
class Settings;

class HeadlessRender final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRender)

public:
    struct Request
    {
        QString feedFile;
        int entryIndex = 0;    // 0-based, in document order
        QString screenshotPath;
        std::optional<ArticleRenderer::Theme> theme; // none: the profile's setting (or the system's)
        int width = 900;
        int imageWaitMs = 5000; // after loadFinished, at most this long for the allowed images
    };

    /** One entry of a feed file, as the app would store and show it. */
    struct Entry
    {
        Article article;
        QString feedTitle;
        QList<ArticleRenderer::Enclosure> enclosures;
    };

    explicit HeadlessRender(const Settings &settings);
    ~HeadlessRender();

    /** Parses `file` with the core parser and converts entry `index` with EntryProcessor::toArticle.
     *  An ill-formed but recoverable feed still yields its entries. */
    static Result<Entry> loadEntry(const QString &file, int index);
    /** Keeps Chromium's own background traffic off (call before the first web view exists). */
    static void quietenWebEngine();

    /** Loads and shows the entry; returns once the page has loaded and its allowed images with it. */
    Status render(const Request &request);
    /** Writes the pane, grown to the article's height, as a PNG. */
    Status saveScreenshot(const QString &path);
    /** render() then saveScreenshot(); messages go to stderr. Returns the process exit code. */
    int run(const Request &request);

    /** The pane (after render(), tests inspect its DOM). */
    ArticleView *view() const { return m_view.get(); }

private:
    void waitForImages(int maxMs);
    const Settings &m_settings;
    std::unique_ptr<ArticleView> m_view;
};
