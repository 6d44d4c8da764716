#include "html/article/contenthints.h"

#include <initializer_list>

namespace ContentHints {
namespace {

bool containsAny(QByteArrayView names, std::initializer_list<const char *> words)
{
    if (names.isEmpty())
        return false;
    for (const char *w : words) {
        if (names.contains(QByteArrayView(w)))
            return true;
    }
    return false;
}

// Substrings, as in Readability: "comment" also catches "comments-list" and "fb-comments".
// Transliterations: ta3liq/taaliq (comments), mosharaka (share), eshtirak (subscribe), qaima (menu),
// mutaalaqa/zat-sila (related), aktar/akthar (most read), iqra-aydan (read also), i3lan (advert).
constexpr std::initializer_list<const char *> Unlikely = {
    "-ad-", "ad-break", "adsbox", "advert", "agegate", "ai2html", "banner", "breadcrumb", "combx", "comment",
    "community", "consent", "cookie", "cover-wrap", "disqus", "donate", "extra", "footer", "gdpr", "header",
    "legends", "menu", "modal", "navbar", "newsletter", "outbrain", "pagination", "pager", "paywall", "popup",
    "promo", "related", "remark", "replies", "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper",
    "social", "sponsor", "subscribe", "supplemental", "taboola", "toolbar", "trending", "whatsapp", "wa-chat",
    "chat-widget", "chatbox", "livechat", "most-read", "mostread", "most-popular", "yom-remote", "signup",
    "ta3liq", "taaliq", "tae3liq", "mosharaka", "musharaka", "eshtirak", "ishtirak", "qaima", "mutaalaqa",
    "mota3alqa", "zat-sila", "that-sila", "akthar-qiraa", "aktar-qeraa", "iqra-aydan", "ekra2-aydan", "i3lan",
    "elan-", "tags", "keywords", "sr-only", "visually-hidden", "screen-reader"};

constexpr std::initializer_list<const char *> MaybeContent = {
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "entry", "post-text",
    "matn", "tafasil", "tafaseel", "maqal", "makal", "muhtawa", "mohtawa", "nass-"};

constexpr std::initializer_list<const char *> Positive = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
    "blog", "story", "news-details", "detail", "akhbar", "khabar", "matn", "tafasil", "tafaseel", "maqal",
    "makal", "maqala", "muhtawa", "mohtawa", "mawdoo", "mawdu", "nass", "qissa"};

constexpr std::initializer_list<const char *> Negative = {
    "-ad-", "hidden", "hid", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
    "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
    "sponsor", "shopping", "tags", "widget", "social", "whatsapp", "newsletter", "cookie", "consent", "menu",
    "ta3liq", "taaliq", "mosharaka", "musharaka", "mutaalaqa", "mota3alqa", "zat-sila", "i3lan"};

constexpr std::initializer_list<const char *> Byline = {
    "byline", "author", "dateline", "writtenby", "p-author", "writer", "katib", "kateb", "al-katib"};

constexpr std::initializer_list<const char *> Share = {
    "share", "sharing", "social", "whatsapp", "telegram-", "mosharaka", "musharaka", "follow-us"};

int weightOf(QByteArrayView name)
{
    int w = 0;
    if (containsAny(name, Negative))
        w -= 25;
    if (containsAny(name, Positive))
        w += 25;
    return w;
}

} // namespace

QByteArray nameOf(QByteArrayView className, QByteArrayView id)
{
    QByteArray names;
    names.reserve(className.size() + id.size() + 1);
    names.append(className).append(' ').append(id);
    return names.toLower();
}

bool isUnlikely(QByteArrayView names)
{
    return containsAny(names, Unlikely);
}

bool isMaybeContent(QByteArrayView names)
{
    return containsAny(names, MaybeContent);
}

int weight(QByteArrayView className, QByteArrayView id)
{
    return weightOf(className.toByteArray().toLower()) + weightOf(id.toByteArray().toLower());
}

bool isByline(QByteArrayView names)
{
    return containsAny(names, Byline);
}

bool isShareWidget(QByteArrayView names)
{
    return containsAny(names, Share);
}

bool isUnlikelyRole(QByteArrayView role)
{
    for (const char *r : {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
                          "banner", "contentinfo", "search"}) {
        if (role.compare(QByteArrayView(r), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace ContentHints
