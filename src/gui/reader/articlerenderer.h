// Fills the article template (resources/reader/article.html) for one article: direction and
// language as data, theme, escaped title and meta line, and dir="auto" on every block so that a
// mixed Arabic/English article reads right paragraph by paragraph.
#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QString>

class ArticleRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRenderer)

public:
    enum class Theme { Light, Dark, Sepia };

    struct Options
    {
        Theme theme = Theme::Light;
        QString directionOverride; // "rtl" or "ltr" from the feed's setting; empty or "auto" uses the text
    };

    ArticleRenderer();

    QString render(const Article &article, const QString &sourceName, const Options &options) const;

    /** Adds dir="auto" to block elements that do not set a direction themselves. */
    static QString withAutoDirectionBlocks(const QString &html);
    static QString themeName(Theme theme);

private:
    QString m_template;
    QString m_css;
};
