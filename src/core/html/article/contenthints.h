// What an element's class and id names say about it: clutter that is never the article (menus,
// share bars, comments, cookie and newsletter banners, chat widgets), or words that mark the story
// itself. English names and the transliterated Arabic ones that Arabic news sites use
// (matn, tafasil, akhbar, maqal, ta3liqat…) are both known.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ContentHints {
/** Lower-cased "class id" of an element, the text the other functions read. */
QByteArray nameOf(QByteArrayView className, QByteArrayView id);

/** Names of clutter: such an element is dropped before scoring, unless `isMaybeContent` says otherwise. */
bool isUnlikely(QByteArrayView names);
/** Names that may hold the article even though they also match an unlikely word ("main-header"). */
bool isMaybeContent(QByteArrayView names);
/** Readability's class weight: +25 for story words, −25 for clutter words, per attribute. */
int weight(QByteArrayView className, QByteArrayView id);
/** Names of a byline ("author", "byline", "katib"…). */
bool isByline(QByteArrayView names);
/** Names of share bars and social widgets: removed from the article even when they sit inside it. */
bool isShareWidget(QByteArrayView names);
/** ARIA roles of page furniture (navigation, dialogs, complementary boxes). */
bool isUnlikelyRole(QByteArrayView role);
}
