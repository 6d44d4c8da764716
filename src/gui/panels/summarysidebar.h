// The summary sidebar ("Key points" / "أهم ما ورد في الخبر"): for now the article's source, its
// original link, its publication date in the Gregorian and Hijri calendars, and its reading time.
#pragma once

#include "model/article.h"
#include "model/feed.h"

#include <QWidget>

class QLabel;

class SummarySidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummarySidebar)

public:
    explicit SummarySidebar(QWidget *parent = nullptr);

    void showArticle(const Article &article, const Feed &feed);
    void clear();

    /** "١٤ جمادى الأولى ١٤٤٨" style date in the Islamic civil calendar, in `locale`. */
    static QString hijriDate(const QDate &date, const QLocale &locale);

private:
    QLabel *m_source;
    QLabel *m_link;
    QLabel *m_published;
    QLabel *m_hijri;
    QLabel *m_readingTime;
};
