// Fills the article template (resources/reader/article.html) for one article: direction and
// language as data, theme and typography, escaped title and meta line, and dir="auto" on every block
// so that a mixed Arabic/English article reads right paragraph by paragraph. It also takes out what
// only serves tracking (1×1 images) and what could open a window (link targets), and tightens the
// Content-Security-Policy to no images at all when images are not allowed.
#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class ArticleRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)

public:
    enum class Theme { Light, Dark, Sepia };

    struct Typography
    {
        QString fontFamily; // the user's font, tried before the built-in stacks; empty: stacks only
        int fontSizePx = 18;
        bool justify = false;
    };

    /** An audio or video attachment (podcast episode): offered as a link for the system's player. */
    struct Enclosure
    {
        QString url;
        QString type; // MIME type, e.g. "audio/mpeg"
    };

    struct Options
    {
        Theme theme = Theme::Light;
        QString directionOverride; // "rtl" or "ltr" from the feed's setting; empty or "auto" uses the text
        Typography typography;
        bool imagesAllowed = true;
        QList<Enclosure> enclosures;
        /** Images kept with a saved article: original URL → data: URI, shown instead of the URL. */
        QHash<QString, QString> localImages;
    };

    ArticleRenderer();

    QString render(const Article &article, const QString &sourceName, const Options &options) const;

    /** Adds dir="auto" to block elements that do not set a direction themselves. */
    static QString withAutoDirectionBlocks(const QString &html);
    /** Removes 1×1 (or 0×0) images, the usual tracking pixels, and link targets (no new windows). */
    static QString withoutTrackingPixels(const QString &html);
    /** The user's typography as CSS, appended after article.css. */
    static QString typographyCss(const Typography &typography);
    static QString themeName(Theme theme);
    /** "light", "dark" or "sepia"; anything else (e.g. "system") gives nothing. */
    static std::optional<Theme> themeNamed(const QString &name);

private:
    static QString enclosuresHtml(const QList<Enclosure> &enclosures);
    QString m_template;
    QString m_css;
};
