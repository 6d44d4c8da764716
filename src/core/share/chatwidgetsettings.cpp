#include "share/chatwidgetsettings.h"

#include "html/htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace {
constexpr qsizetype kMaxObjectChars = 256 * 1024;
constexpr int kMaxDepth = 12;

// Keys the plugins use, most specific first. Join.chat: telephone/message_text/btn_text (the
// greeting is message_text, message_send is the user's line); Click to Chat: number/pre_filled and
// greetings g_main; Social Chat: phone/text/message; others: whatsapp, whatsapp_number, ...
const QStringList kPhoneKeys = {
    QStringLiteral("telephone"), QStringLiteral("whatsapp_number"), QStringLiteral("wa_number"),
    QStringLiteral("phone_number"), QStringLiteral("whatsapp"), QStringLiteral("phone"), QStringLiteral("number"),
    QStringLiteral("mobile"),
};
const QStringList kGreetingKeys = {
    QStringLiteral("message_text"), QStringLiteral("greeting"), QStringLiteral("greeting_message"),
    QStringLiteral("welcome_message"), QStringLiteral("welcome"), QStringLiteral("g_main"),
    QStringLiteral("greetings_text"),
};
const QStringList kLabelKeys = {
    QStringLiteral("btn_text"), QStringLiteral("button_text"), QStringLiteral("cta_text"),
    QStringLiteral("call_to_action"), QStringLiteral("text"),
};

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() < 1e15)
        return QString::number(qint64(value.toDouble()));
    return {};
}

/** The first non-empty value of any of `keys`, searched breadth-first through the tree. */
QString findKey(const QJsonValue &root, const QStringList &keys)
{
    QList<std::pair<QJsonValue, int>> queue = {{root, 0}};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const auto [value, depth] = queue.at(i);
        if (depth > kMaxDepth)
            continue;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QString &key : keys) {
                if (const QString text = scalarText(object.value(key)); !text.isEmpty())
                    return text;
            }
            for (auto it = object.begin(); it != object.end(); ++it)
                queue.append({it.value(), depth + 1});
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                queue.append({item, depth + 1});
        }
    }
    return {};
}

/** Index just past the JSON value that starts at `start` ('{' or '['), or -1 if it never closes. */
qsizetype endOfJson(const QString &text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    const qsizetype limit = qMin(text.size(), start + kMaxObjectChars);
    for (qsizetype i = start; i < limit; ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}
} // namespace

namespace ChatWidgetSettings {

bool isChatContext(const QString &context)
{
    static const QRegularExpression chat(
        QStringLiteral("whats\\s*app|joinchat|join\\.chat|ht[_-]ctc|click[_-]?to[_-]?chat|wame|qlwapp|"
                       "\\bwa[_-]?(chat|button|btn|widget|number|me)|wp[_-]?chat[_-]?app|njt[_-]?wa|"
                       "social[_-]?chat|chat[_-]?(widget|button)"),
        QRegularExpression::CaseInsensitiveOption);
    return chat.match(context).hasMatch();
}

QList<ScriptObject> objectsInScript(const QString &script, int maxObjects)
{
    // An assignment or a call argument: `name = {`, `name: {` is skipped (object members are
    // found inside their parent), `(` covers `new Plugin({...})`.
    static const QRegularExpression opener(QStringLiteral("([=(])\\s*([\\[{])"));
    QList<ScriptObject> objects;
    qsizetype from = 0;
    while (objects.size() < maxObjects) {
        const QRegularExpressionMatch match = opener.match(script, from);
        if (!match.hasMatch())
            break;
        const qsizetype start = match.capturedStart(2);
        const qsizetype end = endOfJson(script, start);
        if (end < 0) {
            from = start + 1;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QStringView(script).mid(start, end - start).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            const qsizetype contextStart = qMax<qsizetype>(0, match.capturedStart(1) - 60);
            const QString context = script.mid(contextStart, match.capturedStart(1) - contextStart);
            objects.append({context, document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array())});
            from = end;
        } else {
            from = start + 1;
        }
    }
    return objects;
}

std::optional<Widget> widgetFrom(const QJsonValue &settings)
{
    Widget widget;
    widget.phone = findKey(settings, kPhoneKeys);
    // Greetings are often small HTML fragments ("<p>مرحبا 👋</p>"): keep their text only.
    widget.greeting = HtmlText::toPlainText(findKey(settings, kGreetingKeys)).trimmed();
    widget.label = HtmlText::toPlainText(findKey(settings, kLabelKeys)).trimmed();
    if (widget.phone.isEmpty() && widget.greeting.isEmpty())
        return std::nullopt;
    return widget;
}
}
