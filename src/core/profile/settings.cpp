#include "profile/settings.h"

#include "profile/profile.h"

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kRefreshAtStart = QStringLiteral("refresh/atStart");
const QString kInterval = QStringLiteral("refresh/intervalMinutes");
const QString kStallTimeout = QStringLiteral("refresh/stallTimeoutSeconds");
const QString kFirstRunDone = QStringLiteral("profile/firstRunDone");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kImagesPolicy = QStringLiteral("reader/images");
const QString kImageFeeds = QStringLiteral("reader/imageFeeds");
const QString kReaderTheme = QStringLiteral("reader/theme");
const QString kReaderFont = QStringLiteral("reader/fontFamily");
const QString kReaderFontSize = QStringLiteral("reader/fontSize");
const QString kReaderJustify = QStringLiteral("reader/justify");
const QString kReaderZoom = QStringLiteral("reader/zoom");
const QString kMarkReadDelay = QStringLiteral("reader/markReadDelaySeconds");
const QString kShortcuts = QStringLiteral("shortcuts");
const QString kArabicIndicDigits = QStringLiteral("ui/arabicIndicDigits");
const QString kListDensity = QStringLiteral("ui/listDensity");
const QString kDefaultDirection = QStringLiteral("reader/defaultDirection");
const QString kFetchConcurrency = QStringLiteral("refresh/concurrentDownloads");
const QString kFetchPerHost = QStringLiteral("refresh/downloadsPerHost");
const QString kReadRetention = QStringLiteral("cache/readRetentionDays");
const QString kUnreadRetention = QStringLiteral("cache/unreadRetentionDays");
constexpr int kMaxRetentionDays = 100 * 365;
}

Settings::Settings(const Profile &profile)
    : m_settings(profile.settingsPath(), QSettings::IniFormat)
{
}

QString Settings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return (code == u"ar" || code == u"en") ? code : QString();
}

void Settings::setLanguage(const QString &code) { m_settings.setValue(kLanguage, code); }

bool Settings::arabicIndicDigits() const { return m_settings.value(kArabicIndicDigits, true).toBool(); }
void Settings::setArabicIndicDigits(bool on) { m_settings.setValue(kArabicIndicDigits, on); }

bool Settings::refreshAtStart() const { return m_settings.value(kRefreshAtStart, true).toBool(); }
void Settings::setRefreshAtStart(bool on) { m_settings.setValue(kRefreshAtStart, on); }

bool Settings::firstRunDone() const { return m_settings.value(kFirstRunDone, false).toBool(); }
void Settings::setFirstRunDone(bool done) { m_settings.setValue(kFirstRunDone, done); }

QByteArray Settings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings.value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings.value(u"window/splitter-" + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(u"window/splitter-" + name, state);
}

int Settings::fetchStallTimeoutSeconds() const { return boundedInt(kStallTimeout, 30, 1, 600); }

int Settings::refreshIntervalMinutes() const { return boundedInt(kInterval, 30, 5, 7 * 24 * 60); }

void Settings::setRefreshIntervalMinutes(int minutes) { m_settings.setValue(kInterval, qBound(5, minutes, 7 * 24 * 60)); }

bool Settings::showHijriDate() const { return m_settings.value(QStringLiteral("sidebar/showHijriDate"), true).toBool(); }
void Settings::setShowHijriDate(bool on) { m_settings.setValue(QStringLiteral("sidebar/showHijriDate"), on); }
bool Settings::groupSameStory() const { return m_settings.value(QStringLiteral("list/groupSameStory"), true).toBool(); }
void Settings::setGroupSameStory(bool on) { m_settings.setValue(QStringLiteral("list/groupSameStory"), on); }

bool Settings::closeToTray() const { return m_settings.value(QStringLiteral("window/closeToTray"), false).toBool(); }
void Settings::setCloseToTray(bool on) { m_settings.setValue(QStringLiteral("window/closeToTray"), on); }

Settings::ImagesPolicy Settings::imagesPolicy() const
{
    const QString value = m_settings.value(kImagesPolicy).toString();
    return value == u"never" ? ImagesPolicy::Never : value == u"per-feed" ? ImagesPolicy::PerFeed : ImagesPolicy::Always;
}

void Settings::setImagesPolicy(ImagesPolicy policy)
{
    m_settings.setValue(kImagesPolicy, policy == ImagesPolicy::Never     ? QStringLiteral("never")
                                       : policy == ImagesPolicy::PerFeed ? QStringLiteral("per-feed")
                                                                         : QStringLiteral("always"));
}

bool Settings::imagesAllowedForFeed(qint64 feedId) const
{
    return m_settings.value(kImageFeeds).toStringList().contains(QString::number(feedId));
}

void Settings::setImagesAllowedForFeed(qint64 feedId, bool allowed)
{
    QStringList feeds = m_settings.value(kImageFeeds).toStringList();
    feeds.removeAll(QString::number(feedId));
    if (allowed)
        feeds.append(QString::number(feedId));
    m_settings.setValue(kImageFeeds, feeds);
}

QString Settings::readerTheme() const
{
    return oneOf(kReaderTheme, {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("sepia")});
}

void Settings::setReaderTheme(const QString &theme) { m_settings.setValue(kReaderTheme, theme); }

QString Settings::readerFontFamily() const { return m_settings.value(kReaderFont).toString().trimmed(); }
void Settings::setReaderFontFamily(const QString &family) { m_settings.setValue(kReaderFont, family.trimmed()); }

int Settings::readerFontSize() const { return boundedInt(kReaderFontSize, 18, 10, 40); }

void Settings::setReaderFontSize(int pixels) { m_settings.setValue(kReaderFontSize, qBound(10, pixels, 40)); }

bool Settings::readerJustify() const { return m_settings.value(kReaderJustify, false).toBool(); }
void Settings::setReaderJustify(bool on) { m_settings.setValue(kReaderJustify, on); }

double Settings::readerZoom() const
{
    bool ok = false;
    const double zoom = m_settings.value(kReaderZoom, 1.0).toDouble(&ok);
    return ok && zoom >= 0.25 && zoom <= 5.0 ? zoom : 1.0;
}

void Settings::setReaderZoom(double factor) { m_settings.setValue(kReaderZoom, qBound(0.25, factor, 5.0)); }

int Settings::markReadDelaySeconds() const { return boundedInt(kMarkReadDelay, 0, 0, 600); }

void Settings::setMarkReadDelaySeconds(int seconds) { m_settings.setValue(kMarkReadDelay, qBound(0, seconds, 600)); }

QHash<QString, QString> Settings::shortcutOverrides() const
{
    QHash<QString, QString> overrides;
    m_settings.beginGroup(kShortcuts);
    for (const QString &name : m_settings.childKeys())
        overrides.insert(name, m_settings.value(name).toString());
    m_settings.endGroup();
    return overrides;
}

void Settings::setShortcutOverrides(const QHash<QString, QString> &overrides)
{
    m_settings.remove(kShortcuts);
    m_settings.beginGroup(kShortcuts);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
}

QString Settings::listDensity() const
{
    return oneOf(kListDensity, {QStringLiteral("comfortable"), QStringLiteral("compact")});
}

void Settings::setListDensity(const QString &density) { m_settings.setValue(kListDensity, density); }

QString Settings::defaultDirection() const
{
    return oneOf(kDefaultDirection, {QStringLiteral("auto"), QStringLiteral("rtl"), QStringLiteral("ltr")});
}

void Settings::setDefaultDirection(const QString &direction) { m_settings.setValue(kDefaultDirection, direction); }

int Settings::fetchConcurrency() const { return boundedInt(kFetchConcurrency, 32, 1, 64); }
void Settings::setFetchConcurrency(int downloads) { m_settings.setValue(kFetchConcurrency, qBound(1, downloads, 64)); }
int Settings::fetchPerHost() const { return boundedInt(kFetchPerHost, 16, 1, 32); }
void Settings::setFetchPerHost(int downloads) { m_settings.setValue(kFetchPerHost, qBound(1, downloads, 32)); }

int Settings::boundedInt(const QString &key, int fallback, int low, int high) const
{
    bool ok = false;
    const int value = m_settings.value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QString Settings::oneOf(const QString &key, const QStringList &allowed) const
{
    const QString value = m_settings.value(key).toString();
    return allowed.contains(value) ? value : allowed.first();
}

int Settings::readRetentionDays() const { return boundedInt(kReadRetention, RetentionPolicy().readDays, 0, kMaxRetentionDays); }
void Settings::setReadRetentionDays(int days) { m_settings.setValue(kReadRetention, qBound(0, days, kMaxRetentionDays)); }
int Settings::unreadRetentionDays() const { return boundedInt(kUnreadRetention, RetentionPolicy().unreadDays, 0, kMaxRetentionDays); }
void Settings::setUnreadRetentionDays(int days) { m_settings.setValue(kUnreadRetention, qBound(0, days, kMaxRetentionDays)); }

RetentionPolicy Settings::retentionPolicy() const
{
    RetentionPolicy policy;
    policy.readDays = readRetentionDays();
    policy.unreadDays = unreadRetentionDays();
    return policy;
}
