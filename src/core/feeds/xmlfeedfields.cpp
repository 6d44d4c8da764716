// XmlFeedReader, second half: how the text of a captured element becomes a field of the feed or
// entry (plain text, HTML, dates, URLs), and what an entry falls back on when it ends.
// Summary and content stay UTF-8 from the input to the sanitiser: they are most of a feed's bytes.
#include "feeds/xmlfeedreader.h"

#include "feeds/dateparser.h"
#include "feeds/feedtext.h"
#include "feeds/utf8validator.h"

namespace {

/** Plain text as HTML: what QString::toHtmlEscaped does, over UTF-8. */
QByteArray escapeHtml(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default: out.append(c);
        }
    }
    return out;
}

} // namespace

QByteArray XmlFeedReader::captureHtml(QByteArrayView raw) const
{
    const Capture &c = m_capture;
    switch (c.kind) {
    case Kind::Plain:
        return c.hasChildren ? escapeHtml(FeedText::plainFromHtml(QString::fromUtf8(raw)).toUtf8())
                             : escapeHtml(c.text);
    case Kind::Guess:
        if (c.hasChildren)
            return raw.toByteArray();
        return FeedText::looksLikeHtml(QString::fromUtf8(c.text)) ? c.text : escapeHtml(c.text);
    case Kind::Html:
        return c.hasChildren ? raw.toByteArray() : c.text;
    case Kind::Xhtml: {
        if (!c.hasChildren)
            return escapeHtml(c.text);
        QString markup = FeedText::stripXhtmlDiv(QString::fromUtf8(raw));
        if (!c.xhtmlPrefix.isEmpty()) { // <xhtml:body><xhtml:p>: the HTML parser knows no prefixes
            const QString prefix = QString::fromUtf8(c.xhtmlPrefix);
            markup.replace(u"</" + prefix + u':', QStringLiteral("</"));
            markup.replace(u'<' + prefix + u':', QStringLiteral("<"));
        }
        return markup.toUtf8();
    }
    case Kind::Base64: {
        // Decoded bytes are whatever the publisher encoded: everything after this stage relies on
        // valid UTF-8, so anything else is repaired here (invalid sequences become U+FFFD).
        QByteArray decoded = QByteArray::fromBase64(c.text);
        if (!Utf8Validator::isValid(decoded))
            decoded = QString::fromUtf8(decoded).toUtf8();
        return decoded;
    }
    }
    return {};
}

QString XmlFeedReader::capturePlain(QByteArrayView raw) const
{
    const Capture &c = m_capture;
    switch (c.kind) {
    case Kind::Plain:
        return c.hasChildren ? FeedText::plainFromHtml(QString::fromUtf8(raw)) : QString::fromUtf8(c.text);
    case Kind::Guess: {
        if (c.hasChildren)
            return FeedText::plainFromHtml(QString::fromUtf8(raw));
        const QString text = QString::fromUtf8(c.text);
        return FeedText::looksLikeHtml(text) ? FeedText::plainFromHtml(text) : text;
    }
    case Kind::Html:
    case Kind::Xhtml:
    case Kind::Base64:
        return FeedText::plainFromHtml(QString::fromUtf8(captureHtml(raw)));
    }
    return {};
}

void XmlFeedReader::finishCapture(qsizetype contentEnd)
{
    QByteArrayView raw;
    if (m_capture.hasChildren && contentEnd > m_capture.contentBegin)
        raw = m_xml.input().sliced(m_capture.contentBegin, contentEnd - m_capture.contentBegin);
    commit(m_capture.field, raw);
}

void XmlFeedReader::setEntryHtml(QByteArray &target, QUrl &base, QByteArray &&html)
{
    target = std::move(html);
    base = m_capture.base;
}

void XmlFeedReader::commit(Field field, QByteArrayView raw)
{
    const bool inEntry = scope() == Scope::Entry || (scope() == Scope::Person && m_scopes.size() >= 2
                                                     && m_scopes[m_scopes.size() - 2].scope == Scope::Entry);
    PendingEntry &pending = m_entry;
    ParsedEntry &e = m_entry.entry;
    const auto setIfEmpty = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value;
    };
    // The element's own character data (not its markup) as text: ids, URLs, dates, numbers.
    const auto text = [this] { return QString::fromUtf8(m_capture.text).trimmed(); };
    const auto setDate = [&text](QDateTime &target) {
        if (!target.isValid())
            target = DateParser::parse(text());
    };
    switch (field) {
    case Field::None:
        break;
    case Field::Title:
        setIfEmpty(inEntry ? e.title : m_feed.title, FeedText::foldWhitespace(capturePlain(raw)));
        break;
    case Field::Link:
        setIfEmpty(inEntry ? e.link : m_feed.link, FeedText::resolveUrl(text(), m_capture.base));
        break;
    case Field::Description:
        if (!inEntry) {
            if (m_feed.subtitle.isEmpty())
                m_feed.subtitle = FeedText::plainFromHtml(QString::fromUtf8(captureHtml(raw)));
        } else if (pending.summary.isEmpty()) {
            setEntryHtml(pending.summary, pending.summaryBase, captureHtml(raw));
        } else if (pending.content.isEmpty()) {
            setEntryHtml(pending.content, pending.contentBase, captureHtml(raw));
        }
        break;
    case Field::Summary:
        if (inEntry && pending.summary.isEmpty())
            setEntryHtml(pending.summary, pending.summaryBase, captureHtml(raw));
        else if (!inEntry && m_feed.subtitle.isEmpty())
            m_feed.subtitle = FeedText::plainFromHtml(QString::fromUtf8(captureHtml(raw)));
        break;
    case Field::Subtitle:
        if (!inEntry && m_feed.subtitle.isEmpty())
            m_feed.subtitle = FeedText::foldWhitespace(capturePlain(raw));
        break;
    case Field::ItunesSummary:
        if (!inEntry) {
            if (m_feed.subtitle.isEmpty())
                m_feed.subtitle = capturePlain(raw).trimmed();
        } else if (pending.summary.isEmpty()) {
            setEntryHtml(pending.summary, pending.summaryBase, captureHtml(raw));
        }
        break;
    case Field::Content:
        if (inEntry && pending.content.isEmpty())
            setEntryHtml(pending.content, pending.contentBase, captureHtml(raw));
        break;
    case Field::Id:
        if (inEntry) {
            const QString id = text();
            setIfEmpty(e.id, id);
            // An entry with no link whose id is a web address links there (as RSS's permalink guid).
            if (id.startsWith(u"http://") || id.startsWith(u"https://"))
                setIfEmpty(m_guidLink, id);
        }
        break;
    case Field::Guid:
        if (inEntry) {
            const QString guid = text();
            setIfEmpty(e.id, guid);
            if (m_capture.permaLink && (guid.startsWith(u"http://") || guid.startsWith(u"https://")))
                setIfEmpty(m_guidLink, guid);
        }
        break;
    case Field::Author:
    case Field::Creator:
        setIfEmpty(inEntry ? e.author : m_feed.author, FeedText::authorName(capturePlain(raw)));
        break;
    case Field::PersonName:
        setIfEmpty(m_personName, FeedText::foldWhitespace(capturePlain(raw)));
        break;
    case Field::PersonEmail:
        setIfEmpty(m_personEmail, capturePlain(raw).trimmed());
        break;
    case Field::Published:
        setDate(inEntry ? e.published : m_feedPubDate);
        break;
    case Field::Updated:
        setDate(inEntry ? e.updated : m_feed.updated);
        break;
    case Field::Created: // Atom 0.3 and dcterms: neither the publication nor the update time
        break;
    case Field::Category:
        if (inEntry) {
            const QString term = capturePlain(raw).trimmed();
            if (!term.isEmpty() && !e.categories.contains(term))
                e.categories.append(term);
        }
        break;
    case Field::Comments:
        if (inEntry)
            setIfEmpty(e.comments, FeedText::resolveUrl(text(), m_capture.base));
        break;
    case Field::Language:
        if (!inEntry)
            setIfEmpty(m_feed.language, text());
        break;
    case Field::Rights:
        if (!inEntry)
            setIfEmpty(m_feed.rights, FeedText::foldWhitespace(capturePlain(raw)));
        break;
    case Field::Generator:
        if (!inEntry)
            setIfEmpty(m_feed.generator, FeedText::foldWhitespace(capturePlain(raw)));
        break;
    case Field::ImageUrl:
    case Field::Logo:
        if (!inEntry)
            setIfEmpty(m_feed.image, FeedText::resolveUrl(text(), m_capture.base));
        break;
    case Field::Icon:
        if (!inEntry)
            setIfEmpty(m_feedIcon, FeedText::resolveUrl(text(), m_capture.base));
        break;
    case Field::Ttl:
        m_feed.ttlMinutes = qMax(0, text().toInt());
        break;
    case Field::SyPeriod: {
        const QString p = text().toLower();
        m_syPeriodMinutes = p == u"hourly" ? 60 : p == u"daily" ? 1440 : p == u"weekly" ? 10080
                          : p == u"monthly" ? 43200 : p == u"yearly" ? 525600 : 0;
        break;
    }
    case Field::SyFrequency:
        m_syFrequency = qMax(0, text().toInt());
        break;
    }
}

void XmlFeedReader::beginEntry()
{
    m_scopes.append({m_depth, Scope::Entry});
    m_entry = PendingEntry();
    m_guidLink.clear();
    m_thumbnail.clear();
    m_mediaImage.clear();
    m_itunesImage.clear();
    m_enclosureImage.clear();
    // RSS 1.0 names each item by its rdf:about.
    const QByteArrayView about = m_xml.attribute("rdf:about");
    if (!about.isNull())
        m_entry.entry.id = m_xml.decode(about).trimmed();
    if (!m_langStack.isEmpty())
        m_entry.entry.language = m_langStack.last().second;
}

void XmlFeedReader::endEntry()
{
    if (m_entryCount >= m_limits.maxEntries) {
        if (!m_entryCapReported) {
            m_entryCapReported = true;
            m_feed.bozo = true;
            m_feed.bozoMessage = QStringLiteral("more than %1 entries; the rest were ignored").arg(m_limits.maxEntries);
        }
        return;
    }
    ParsedEntry &e = m_entry.entry;
    if (e.link.isEmpty())
        e.link = m_guidLink;
    if (e.id.isEmpty())
        e.id = e.link;
    for (const QString *image : {&m_thumbnail, &m_mediaImage, &m_enclosureImage, &m_itunesImage}) {
        if (e.image.isEmpty())
            e.image = *image;
    }
    if (m_entry.summary.isEmpty() && !m_entry.content.isEmpty()) {
        m_entry.summaryFromContent = true;
        m_entry.summaryBase = m_entry.contentBase;
    }
    ++m_entryCount;
    m_onEntry(std::move(m_entry));
    m_entry = PendingEntry();
}

void XmlFeedReader::endPerson()
{
    const QString author = m_personName.isEmpty() ? m_personEmail : m_personName;
    QString &target = scope() == Scope::Entry ? m_entry.entry.author : m_feed.author;
    if (target.isEmpty())
        target = author;
}
