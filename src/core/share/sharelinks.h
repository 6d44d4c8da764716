// Share and chat links, built with exact UTF-8 percent-encoding so that Arabic, emoji and
// reserved characters (& # ? + =) in a title reach the other side unchanged.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ShareLinks {

enum class Target { Link, WhatsApp, Telegram, Email, X };

/** "link", "whatsapp", "telegram", "email", "x". */
QString targetName(Target target);
bool targetFromName(const QString &name, Target *target);

/** The longest title a share link carries (UTF-16 units); longer ones are cut at a word, with "…". */
constexpr int kMaxTitleLength = 300;
/** X counts a tweet in weighted characters (a link is 23); this leaves room for the link. */
constexpr int kMaxTweetTextLength = 250;

/** `text` cut to at most `maxLength` UTF-16 units, never inside a character or grapheme, at a word
 *  boundary when one is near, with "…" appended when anything was cut. Whitespace runs become one space. */
QString bounded(const QString &text, int maxLength);

/** The message a chat starts with: the title, a line break, the link (either may be empty). */
QString chatMessage(const QString &title, const QString &url);

/** https://wa.me/DIGITS?text=… (or https://wa.me/?text=… to let the user pick a contact). */
QUrl whatsApp(const QString &e164Digits, const QString &text);
/** https://t.me/share/url?url=…&text=… */
QUrl telegramShare(const QString &url, const QString &text);
/** https://t.me/NAME */
QUrl telegramChat(const QString &username);
/** mailto:ADDRESS?subject=…&body=… (address may be empty). */
QUrl email(const QString &address, const QString &subject, const QString &body);
/** https://x.com/intent/tweet?text=…&url=… */
QUrl x(const QString &text, const QString &url);
/** tel:+DIGITS */
QUrl telephone(const QString &e164Digits);

/** The link that shares an article (title and address) to `target`; for Link, the address itself. */
QUrl forArticle(Target target, const QString &title, const QString &articleUrl);
}
