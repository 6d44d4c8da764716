#include "opmldocument.h"

#include <QDateTime>
#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpmlDocument)
};

constexpr qsizetype kMaxDocumentBytes = 32 * 1024 * 1024;
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxFeeds = 100000;

QString attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    // Readers in the wild write xmlUrl, xmlurl and XMLURL alike.
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().toString().trimmed();
    }
    return {};
}
} // namespace

Result<QList<OpmlFeed>> OpmlDocument::parse(const QByteArray &data)
{
    using R = Result<QList<OpmlFeed>>;
    if (data.size() > kMaxDocumentBytes)
        return R::failure(Tr::tr("The OPML file is larger than %1 MB.").arg(kMaxDocumentBytes / (1024 * 1024)));
    QXmlStreamReader xml(data);
    QList<OpmlFeed> feeds;
    QStringList folders; // titles of the open outlines that are not feeds ("" for feeds)
    bool sawOpml = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return R::failure(Tr::tr("The OPML file declares entities, which are not accepted."));
        if (token == QXmlStreamReader::StartElement) {
            if (!sawOpml) {
                if (xml.name().compare(QLatin1StringView("opml"), Qt::CaseInsensitive) != 0)
                    return R::failure(Tr::tr("This is not an OPML file (its root element is <%1>).").arg(xml.name()));
                sawOpml = true;
                continue;
            }
            if (xml.name().compare(QLatin1StringView("outline"), Qt::CaseInsensitive) != 0)
                continue;
            if (folders.size() >= kMaxDepth)
                return R::failure(Tr::tr("The OPML file nests folders too deeply."));
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString url = attribute(attributes, QLatin1StringView("xmlUrl"));
            QString title = attribute(attributes, QLatin1StringView("title"));
            if (title.isEmpty())
                title = attribute(attributes, QLatin1StringView("text"));
            if (url.isEmpty()) {
                folders.append(title);
                continue;
            }
            folders.append(QString());
            QString folder;
            for (auto it = folders.crbegin() + 1; it != folders.crend(); ++it) {
                if (!it->isEmpty()) {
                    folder = *it;
                    break;
                }
            }
            if (feeds.size() >= kMaxFeeds)
                return R::failure(Tr::tr("The OPML file lists more than %1 feeds.").arg(kMaxFeeds));
            feeds.append({url, title, attribute(attributes, QLatin1StringView("htmlUrl")), folder});
        } else if (token == QXmlStreamReader::EndElement && sawOpml
                   && xml.name().compare(QLatin1StringView("outline"), Qt::CaseInsensitive) == 0 && !folders.isEmpty()) {
            folders.removeLast();
        }
    }
    if (xml.hasError() && feeds.isEmpty())
        return R::failure(Tr::tr("The OPML file cannot be read: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber()));
    if (!sawOpml)
        return R::failure(Tr::tr("This is not an OPML file."));
    return feeds;
}

QByteArray OpmlDocument::write(const QList<OpmlFeed> &feeds, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    auto writeFeed = [&xml](const OpmlFeed &feed) {
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), feed.title);
        xml.writeAttribute(QStringLiteral("title"), feed.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), feed.url);
        if (!feed.siteUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), feed.siteUrl);
    };
    QMap<QString, QList<OpmlFeed>> byFolder;
    for (const OpmlFeed &feed : feeds) {
        if (feed.folder.isEmpty())
            writeFeed(feed);
        else
            byFolder[feed.folder].append(feed);
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), it.key());
        xml.writeAttribute(QStringLiteral("title"), it.key());
        for (const OpmlFeed &feed : it.value())
            writeFeed(feed);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}
