#include "share/sharelinks.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace {
// RFC 3986 unreserved characters stay as they are; everything else, including every byte of
// non-ASCII UTF-8, becomes %XX. Spaces are %20 (not '+', which some receivers keep literally).
QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QUrl fromEncoded(const QByteArray &bytes)
{
    return QUrl::fromEncoded(bytes, QUrl::StrictMode);
}

QByteArray digitsOnly(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out += char(c.unicode());
    }
    return out;
}
} // namespace

namespace ShareLinks {

QString targetName(Target target)
{
    switch (target) {
    case Target::Link: return QStringLiteral("link");
    case Target::WhatsApp: return QStringLiteral("whatsapp");
    case Target::Telegram: return QStringLiteral("telegram");
    case Target::Email: return QStringLiteral("email");
    case Target::X: return QStringLiteral("x");
    }
    return {};
}

bool targetFromName(const QString &name, Target *target)
{
    for (Target t : {Target::Link, Target::WhatsApp, Target::Telegram, Target::Email, Target::X}) {
        if (targetName(t) == name) {
            *target = t;
            return true;
        }
    }
    return false;
}

QString bounded(const QString &text, int maxLength)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString simple = text;
    simple.replace(whitespace, QStringLiteral(" "));
    simple = simple.trimmed();
    if (simple.size() <= maxLength || maxLength < 2)
        return simple;
    const qsizetype room = maxLength - 1; // for the ellipsis
    // The last grapheme boundary within the room: never half an emoji or a letter with its marks.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, simple);
    graphemes.setPosition(room);
    qsizetype cut = graphemes.isAtBoundary() ? room : graphemes.toPreviousBoundary();
    // Prefer ending at a word when one ends in the last fifth of the room.
    const qsizetype space = simple.lastIndexOf(u' ', cut);
    if (space > 0 && space >= room * 4 / 5)
        cut = space;
    return QStringView(simple).left(cut).trimmed().toString() + u'…';
}

QString chatMessage(const QString &title, const QString &url)
{
    const QString shortTitle = bounded(title, kMaxTitleLength);
    if (shortTitle.isEmpty() || url.isEmpty())
        return shortTitle.isEmpty() ? url : shortTitle;
    return shortTitle + u'\n' + url;
}

QUrl whatsApp(const QString &e164Digits, const QString &text)
{
    QByteArray link = "https://wa.me/" + digitsOnly(e164Digits);
    if (!text.isEmpty())
        link += "?text=" + encoded(text);
    return fromEncoded(link);
}

QUrl telegramShare(const QString &url, const QString &text)
{
    QByteArray link = "https://t.me/share/url?url=" + encoded(url);
    if (!text.isEmpty())
        link += "&text=" + encoded(text);
    return fromEncoded(link);
}

QUrl telegramChat(const QString &username)
{
    return fromEncoded("https://t.me/" + encoded(username));
}

QUrl email(const QString &address, const QString &subject, const QString &body)
{
    // RFC 6068: '@' may stay literal in the address; everything else of it is encoded.
    QByteArray link = "mailto:" + QUrl::toPercentEncoding(address, "@");
    QByteArray separator = "?";
    if (!subject.isEmpty()) {
        link += separator + "subject=" + encoded(subject);
        separator = "&";
    }
    if (!body.isEmpty())
        link += separator + "body=" + encoded(body);
    return fromEncoded(link);
}

QUrl x(const QString &text, const QString &url)
{
    QByteArray link = "https://x.com/intent/tweet?text=" + encoded(text);
    if (!url.isEmpty())
        link += "&url=" + encoded(url);
    return fromEncoded(link);
}

QUrl telephone(const QString &e164Digits)
{
    return fromEncoded("tel:+" + digitsOnly(e164Digits));
}

QUrl forArticle(Target target, const QString &title, const QString &articleUrl)
{
    switch (target) {
    case Target::Link:
        return QUrl(articleUrl);
    case Target::WhatsApp:
        return whatsApp({}, chatMessage(title, articleUrl));
    case Target::Telegram:
        return telegramShare(articleUrl, bounded(title, kMaxTitleLength));
    case Target::Email:
        return email({}, bounded(title, kMaxTitleLength), chatMessage(title, articleUrl));
    case Target::X:
        return x(bounded(title, kMaxTweetTextLength), articleUrl);
    }
    return {};
}
}
