// Reads the settings that WordPress chat plugins ("Click to Chat", "Join.chat"/"WhatsApp me",
// "Social Chat"/"WhatsApp Chat", "WP Chat App" and look-alikes) print into a page: JSON objects
// assigned in <script> blocks (wp_localize_script) or carried in data-* attributes.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace ChatWidgetSettings {

/** What one widget's settings say; `phone` is as written (it is normalised by the caller). */
struct Widget
{
    QString phone;
    QString greeting; // the welcome bubble, plain text
    QString label;    // the button's text
};

/** True when `context` (a script id, a variable name, an element's class/id, an attribute name)
 *  names a WhatsApp chat widget. Numbers outside such a context are never read as chat numbers. */
bool isChatContext(const QString &context);

/** JSON objects and arrays assigned in script text (`var x = {...}`, `window.x = {...}`), each with
 *  the text just before it (the variable name) as its context. At most `maxObjects`, each ≤ 256 KB. */
struct ScriptObject
{
    QString context;
    QJsonValue value;
};
QList<ScriptObject> objectsInScript(const QString &script, int maxObjects = 64);

/** The widget described by `settings` (an object or array, searched in depth), if it names a phone
 *  or a greeting (some plugins keep the greeting box's settings apart from the button's). */
std::optional<Widget> widgetFrom(const QJsonValue &settings);
}
