// XmlFeedReader, second half: how the text of a captured element becomes a field of the feed or
// entry (plain text, HTML, dates, URLs), and what an entry falls back on when it ends.
#include "feeds/xmlfeedreader.h"

#include "feeds/dateparser.h"
#include "feeds/feedtext.h"

void XmlFeedReader::finishCapture(qsizetype contentEnd)
{
    Capture &c = m_capture;
    QString raw;
    if (c.hasChildren && contentEnd > c.contentBegin)
        raw = QString::fromUtf8(m_xml.input().sliced(c.contentBegin, contentEnd - c.contentBegin));
    QString plain, html;
    switch (c.kind) {
    case Kind::Plain:
        plain = c.hasChildren ? FeedText::plainFromHtml(raw) : c.text;
        html = plain.toHtmlEscaped();
        break;
    case Kind::Guess:
        if (c.hasChildren)
            html = raw;
        else if (FeedText::looksLikeHtml(c.text))
            html = c.text;
        plain = html.isEmpty() ? c.text : FeedText::plainFromHtml(html);
        if (html.isEmpty())
            html = c.text.toHtmlEscaped();
        break;
    case Kind::Html:
        html = c.hasChildren ? raw : c.text;
        break;
    case Kind::Xhtml:
        html = c.hasChildren ? FeedText::stripXhtmlDiv(raw) : c.text.toHtmlEscaped();
        break;
    case Kind::Base64:
        html = QString::fromUtf8(QByteArray::fromBase64(c.text.toLatin1()));
        break;
    }
    if (plain.isNull() && c.field != Field::Content && c.field != Field::Summary
        && c.field != Field::Description)
        plain = FeedText::plainFromHtml(html);
    commit(c.field, plain, html, c.text);
}

void XmlFeedReader::commit(Field field, const QString &plain, const QString &html, const QString &raw)
{
    const bool inEntry = scope() == Scope::Entry || (scope() == Scope::Person && m_scopes.size() >= 2
                                                     && m_scopes[m_scopes.size() - 2].scope == Scope::Entry);
    ParsedEntry &e = m_entry;
    const auto setIfEmpty = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value;
    };
    const auto setDate = [](QDateTime &target, const QString &text) {
        if (!target.isValid())
            target = DateParser::parse(text);
    };
    switch (field) {
    case Field::None:
        break;
    case Field::Title:
        setIfEmpty(inEntry ? e.title : m_feed.title, FeedText::foldWhitespace(plain));
        break;
    case Field::Link:
        setIfEmpty(inEntry ? e.link : m_feed.link, FeedText::resolveUrl(raw, m_capture.base));
        break;
    case Field::Description:
        if (!inEntry) {
            setIfEmpty(m_feed.subtitle, FeedText::plainFromHtml(html));
        } else if (e.summary.isEmpty()) {
            e.summary = html;
            m_entryBases.summary = m_capture.base;
        } else if (e.content.isEmpty()) {
            e.content = html;
            m_entryBases.content = m_capture.base;
        }
        break;
    case Field::Summary:
        if (inEntry && e.summary.isEmpty()) {
            e.summary = html;
            m_entryBases.summary = m_capture.base;
        } else if (!inEntry) {
            setIfEmpty(m_feed.subtitle, FeedText::plainFromHtml(html));
        }
        break;
    case Field::Subtitle:
        if (!inEntry)
            setIfEmpty(m_feed.subtitle, plain.isNull() ? FeedText::plainFromHtml(html) : plain.trimmed());
        break;
    case Field::ItunesSummary:
        if (!inEntry) {
            setIfEmpty(m_feed.subtitle, plain.trimmed());
        } else if (e.summary.isEmpty()) {
            e.summary = html;
            m_entryBases.summary = m_capture.base;
        }
        break;
    case Field::Content:
        if (inEntry && e.content.isEmpty()) {
            e.content = html;
            m_entryBases.content = m_capture.base;
        }
        break;
    case Field::Id:
        if (inEntry)
            setIfEmpty(e.id, raw.trimmed());
        break;
    case Field::Guid:
        if (inEntry) {
            setIfEmpty(e.id, raw.trimmed());
            const QString guid = raw.trimmed();
            if (m_capture.permaLink && (guid.startsWith(u"http://") || guid.startsWith(u"https://")))
                setIfEmpty(m_guidLink, guid);
        }
        break;
    case Field::Author:
    case Field::Creator:
        setIfEmpty(inEntry ? e.author : m_feed.author, FeedText::authorName(plain));
        break;
    case Field::PersonName:
        setIfEmpty(m_personName, FeedText::foldWhitespace(plain));
        break;
    case Field::PersonEmail:
        setIfEmpty(m_personEmail, plain.trimmed());
        break;
    case Field::Published:
        if (inEntry)
            setDate(e.published, raw);
        else
            setDate(m_feedPubDate, raw);
        break;
    case Field::Updated:
        setDate(inEntry ? e.updated : m_feed.updated, raw);
        break;
    case Field::Created:
        if (inEntry)
            setDate(m_created, raw);
        break;
    case Field::Category:
        if (inEntry) {
            const QString term = plain.trimmed();
            if (!term.isEmpty() && !e.categories.contains(term))
                e.categories.append(term);
        }
        break;
    case Field::Comments:
        if (inEntry)
            setIfEmpty(e.comments, FeedText::resolveUrl(raw, m_capture.base));
        break;
    case Field::Language:
        if (!inEntry)
            setIfEmpty(m_feed.language, raw.trimmed());
        break;
    case Field::Rights:
        if (!inEntry)
            setIfEmpty(m_feed.rights, FeedText::foldWhitespace(plain));
        break;
    case Field::Generator:
        if (!inEntry)
            setIfEmpty(m_feed.generator, FeedText::foldWhitespace(plain));
        break;
    case Field::ImageUrl:
    case Field::Logo:
        if (!inEntry)
            setIfEmpty(m_feed.image, FeedText::resolveUrl(raw, m_capture.base));
        break;
    case Field::Icon:
        if (!inEntry)
            setIfEmpty(m_feedIcon, FeedText::resolveUrl(raw, m_capture.base));
        break;
    case Field::Ttl:
        m_feed.ttlMinutes = qMax(0, raw.trimmed().toInt());
        break;
    case Field::SyPeriod: {
        const QString p = raw.trimmed().toLower();
        m_syPeriodMinutes = p == u"hourly" ? 60 : p == u"daily" ? 1440 : p == u"weekly" ? 10080
                          : p == u"monthly" ? 43200 : p == u"yearly" ? 525600 : 0;
        break;
    }
    case Field::SyFrequency:
        m_syFrequency = qMax(0, raw.trimmed().toInt());
        break;
    }
}

void XmlFeedReader::beginEntry()
{
    m_scopes.append({m_depth, Scope::Entry});
    m_entry = ParsedEntry();
    m_entryBases = EntryHtmlBases();
    m_guidLink.clear();
    m_thumbnail.clear();
    m_mediaImage.clear();
    m_itunesImage.clear();
    m_enclosureImage.clear();
    m_created = QDateTime();
    // RSS 1.0 names each item by its rdf:about.
    const QByteArrayView about = m_xml.attribute("rdf:about");
    if (!about.isNull())
        m_entry.id = m_xml.decode(about).trimmed();
    if (!m_langStack.isEmpty())
        m_entry.language = m_langStack.last().second;
}

void XmlFeedReader::endEntry()
{
    if (m_feed.entries.size() >= m_limits.maxEntries) {
        if (!m_entryCapReported) {
            m_entryCapReported = true;
            m_feed.bozo = true;
            m_feed.bozoMessage = QStringLiteral("more than %1 entries; the rest were ignored").arg(m_limits.maxEntries);
        }
        return;
    }
    ParsedEntry &e = m_entry;
    if (!e.published.isValid())
        e.published = m_created;
    if (e.link.isEmpty())
        e.link = m_guidLink;
    if (e.id.isEmpty())
        e.id = e.link;
    for (const QString *image : {&m_thumbnail, &m_mediaImage, &m_enclosureImage, &m_itunesImage}) {
        if (e.image.isEmpty())
            e.image = *image;
    }
    if (e.summary.isEmpty() && !e.content.isEmpty()) {
        m_entryBases.summaryFromContent = true;
        m_entryBases.summary = m_entryBases.content;
    }
    m_feed.entries.append(std::move(m_entry));
    m_bases.append(m_entryBases);
}

void XmlFeedReader::endPerson()
{
    const QString author = m_personName.isEmpty() ? m_personEmail : m_personName;
    QString &target = scope() == Scope::Entry ? m_entry.author : m_feed.author;
    if (target.isEmpty())
        target = author;
}
