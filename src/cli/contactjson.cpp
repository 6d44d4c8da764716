#include "contactjson.h"

#include "jsonformat.h"
#include "share/channelvalue.h"

namespace ContactJson {

QJsonObject channel(const ContactChannel &c, bool stored)
{
    QJsonObject o{
        {QStringLiteral("kind"), ContactChannel::kindName(c.kind)},
        {QStringLiteral("value"), c.value},
        {QStringLiteral("display"), ChannelValue::display(c)},
        {QStringLiteral("greeting"), c.greeting},
        {QStringLiteral("label"), c.label},
        {QStringLiteral("url"), ChannelValue::chatUrl(c).toString(QUrl::FullyEncoded)},
    };
    if (stored) {
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("origin"), ContactChannel::originName(c.origin));
        o.insert(QStringLiteral("added"), JsonFormat::time(c.added));
    }
    return o;
}

QJsonObject chat(const ChatRecord &r)
{
    return {
        {QStringLiteral("article_id"), r.articleId > 0 ? QJsonValue(r.articleId) : QJsonValue()},
        {QStringLiteral("article_title"), r.articleTitle},
        {QStringLiteral("kind"), ContactChannel::kindName(r.kind)},
        {QStringLiteral("value"), r.channelValue},
        {QStringLiteral("opened"), JsonFormat::time(r.opened)},
    };
}

QString line(const ContactChannel &c)
{
    return ContactChannel::kindName(c.kind) + u'\t' + ChannelValue::display(c) + u'\t' + c.greeting;
}
}
