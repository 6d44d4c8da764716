// The profile's settings file, read and written through named accessors so that every key,
// its type and its default live in one place. Unreadable values fall back to the defaults.
#pragma once

#include "store/retention.h"

#include <QByteArray>
#include <QHash>
#include <QSettings>
#include <QString>
#include <QStringList>

class Profile;

class Settings final
{
public:
    explicit Settings(const Profile &profile);

    /** "" follows the system; otherwise a language code such as "ar" or "en". */
    QString language() const;
    void setLanguage(const QString &code);
    /** Whether an Arabic UI writes numbers and dates with Arabic-Indic digits (٠١٢…, default) or 0-9. */
    bool arabicIndicDigits() const;
    void setArabicIndicDigits(bool on);

    bool refreshAtStart() const;
    void setRefreshAtStart(bool on);

    /** Whether first-run content (welcome article, default subscriptions) was already added. */
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    /** Minutes between two refreshes of a feed that sets no interval of its own. */
    int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);

    /** Closing the window keeps the app running in the system tray. */
    bool closeToTray() const;
    void setCloseToTray(bool on);

    /** Stall timeout for downloads, seconds. */
    int fetchStallTimeoutSeconds() const;

    // The article pane (issue 6). Every value is validated on read; out-of-range values fall back.
    enum class ImagesPolicy { Always, Never, PerFeed };
    /** Whether articles load their images: always (default), never, or only for feeds listed below. */
    ImagesPolicy imagesPolicy() const;
    void setImagesPolicy(ImagesPolicy policy);
    /** Feeds whose images load under ImagesPolicy::PerFeed. */
    bool imagesAllowedForFeed(qint64 feedId) const;
    void setImagesAllowedForFeed(qint64 feedId, bool allowed);

    /** "system" (default: follows the palette), "light", "dark" or "sepia". */
    QString readerTheme() const;
    void setReaderTheme(const QString &theme);
    /** A font family chosen by the user for articles; empty uses the built-in Arabic/Latin stacks. */
    QString readerFontFamily() const;
    void setReaderFontFamily(const QString &family);
    /** Base font size of articles in CSS pixels (10–40, default 18). */
    int readerFontSize() const;
    void setReaderFontSize(int pixels);
    /** Whether article paragraphs are justified (default off). */
    bool readerJustify() const;
    void setReaderJustify(bool on);
    /** Zoom factor of the article pane (0.25–5, default 1). */
    double readerZoom() const;
    void setReaderZoom(double factor);
    /** Seconds an article must stay open before it is marked read; 0 marks it on open (default). */
    int markReadDelaySeconds() const;
    void setMarkReadDelaySeconds(int seconds);
    /** User-chosen shortcuts by action name (QKeySequence portable text; "" means none). */
    QHash<QString, QString> shortcutOverrides() const;
    void setShortcutOverrides(const QHash<QString, QString> &overrides);

    // The settings dialog (issue 10).
    /** Rows of the feed and article lists: "compact" or "comfortable" (default). */
    QString listDensity() const;
    void setListDensity(const QString &density);
    /** Direction of articles whose feed is set to automatic: "auto" (from the text, default), "rtl" or "ltr". */
    QString defaultDirection() const;
    void setDefaultDirection(const QString &direction);
    /** Downloads in flight at once (1–64, default 32) and to one host (1–32, default 16). */
    int fetchConcurrency() const;
    void setFetchConcurrency(int downloads);
    int fetchPerHost() const;
    void setFetchPerHost(int downloads);
    // The article cache (issue 5).
    /** Days read articles are kept (default 90; 0 keeps them for ever). */
    int readRetentionDays() const;
    void setReadRetentionDays(int days);
    /** Days unread articles are kept (default 365; 0 keeps them for ever). */
    int unreadRetentionDays() const;
    void setUnreadRetentionDays(int days);
    /** The two settings above as the store's purge policy (the newest 20 per feed always stay). */
    RetentionPolicy retentionPolicy() const;
    // The summary sidebar and story clusters (issue 8).
    /** Whether the sidebar shows the Hijri (Islamic civil) date beside the Gregorian one (default on). */
    bool showHijriDate() const;
    void setShowHijriDate(bool on);
    /** Whether the article list folds the reports of one story from several sources into one row
     *  (default on). */
    bool groupSameStory() const;
    void setGroupSameStory(bool on);

    void sync() { m_settings.sync(); }

private:
    /** The integer under `key` when it lies in [low, high], else `fallback`. */
    int boundedInt(const QString &key, int fallback, int low, int high) const;
    /** The string under `key` when it is one of `allowed`, else the first of them. */
    QString oneOf(const QString &key, const QStringList &allowed) const;

    mutable QSettings m_settings;
};
