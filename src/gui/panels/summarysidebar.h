// The summary sidebar ("Key points" / «أهم ما ورد في الخبر»): the article's key points, its source
// (name and icon), author, publication date in the Gregorian and Hijri calendars, reading time and word
// count, the original link, the same story told elsewhere and related articles (both clickable).
// Key points and stories are worked out off the UI thread (SidebarLoader) and cached in the store.
#pragma once

#include "model/article.h"
#include "model/feed.h"
#include "panels/sidebarloader.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;

class SummarySidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummarySidebar)

public:
    explicit SummarySidebar(QWidget *parent = nullptr);

    /** Where key points and related stories come from; without it only the article's own facts show. */
    void setDatabasePath(const QString &path);
    /** The folder feed icons are kept in (the profile's cache). */
    void setIconFolder(const QString &folder) { m_iconFolder = folder; }
    void setShowHijri(bool show);
    bool showsHijri() const { return m_showHijri; }
    /** Checkable "Show Hijri Date" (in the sidebar's context menu; the window may add it to a menu). */
    QAction *showHijriAction() const { return m_hijriAction; }

    void showArticle(const Article &article, const Feed &feed);
    void clear();

    /** "١ رمضان ١٤٤٧" style date in the Islamic civil calendar, in `locale` (its digits and month names). */
    static QString hijriDate(const QDate &date, const QLocale &locale);

Q_SIGNALS:
    /** A story in "Same story elsewhere" or "Related articles" was clicked. */
    void articleRequested(qint64 articleId);
    void showHijriChanged(bool show);

private:
    void handleFacts(const SidebarFacts &facts);
    void showStories(QLabel *label, const QList<SidebarStory> &stories, const QString &none);
    void updateHijriRow();

    SidebarLoader *m_loader;
    QFormLayout *m_form = nullptr;
    QLabel *m_keyPoints;
    QLabel *m_sourceIcon;
    QLabel *m_source;
    QLabel *m_author;
    QLabel *m_link;
    QLabel *m_published;
    QLabel *m_hijri;
    QLabel *m_readingTime;
    QLabel *m_sameStory;
    QLabel *m_related;
    QAction *m_hijriAction;
    QString m_iconFolder;
    qint64 m_articleId = 0;
    Qt::LayoutDirection m_textDirection = Qt::LeftToRight;
    bool m_showHijri = true;
    bool m_hasDate = false;
};
