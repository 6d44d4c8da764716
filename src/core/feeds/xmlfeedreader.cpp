// XmlFeedReader, first half: the walk over the tokens, namespaces, xml:base/xml:lang scopes,
// format detection and which element starts which field.
#include "feeds/xmlfeedreader.h"

#include "feeds/feedtext.h"

XmlFeedReader::XmlFeedReader(QByteArrayView utf8, const QUrl &documentUrl, Limits limits, EntryHandler onEntry)
    : m_xml(utf8, limits.xml), m_documentUrl(documentUrl), m_limits(limits), m_onEntry(std::move(onEntry))
{
    m_bindings.reserve(16);
    m_scopes.reserve(8);
}

Result<ParsedFeed> XmlFeedReader::read()
{
    while (true) {
        const XmlTokenizer::Token token = m_xml.next();
        if (token == XmlTokenizer::Token::EndDocument)
            break;
        switch (token) {
        case XmlTokenizer::Token::StartElement:
            ++m_depth;
            handleStart();
            break;
        case XmlTokenizer::Token::EndElement:
            handleEnd();
            --m_depth;
            break;
        case XmlTokenizer::Token::Text:
            if (m_capturing)
                m_xml.appendText(m_capture.text);
            break;
        case XmlTokenizer::Token::EndDocument:
            break;
        }
        if (m_notFeed)
            return Result<ParsedFeed>::failure(m_notFeedMessage);
    }
    if (m_feed.format.isEmpty())
        return Result<ParsedFeed>::failure(QStringLiteral("not a feed: the document is empty or has no XML root element"));

    if (!m_xml.wellFormed()) {
        m_feed.bozo = true;
        if (m_feed.bozoMessage.isEmpty())
            m_feed.bozoMessage = m_xml.problem();
    }
    if (!m_feed.updated.isValid())
        m_feed.updated = m_feedPubDate;
    if (m_feed.image.isEmpty())
        m_feed.image = m_feedIcon;
    if (m_feed.language.isEmpty())
        m_feed.language = m_rootLang;
    if (m_feed.ttlMinutes == 0 && m_syPeriodMinutes > 0)
        m_feed.ttlMinutes = m_syPeriodMinutes / qMax(1, m_syFrequency);
    return std::move(m_feed);
}

XmlFeedReader::QName XmlFeedReader::resolve(QByteArrayView qualifiedName, bool attribute)
{
    const qsizetype colon = qualifiedName.indexOf(':');
    const QByteArrayView prefix = colon < 0 ? QByteArrayView() : qualifiedName.first(colon);
    const QByteArrayView local = colon < 0 ? qualifiedName : qualifiedName.sliced(colon + 1);
    if (prefix.isEmpty() && attribute)
        return {FeedNs::None, local};
    if (prefix == "xml")
        return {FeedNs::Xml, local};
    for (qsizetype i = m_bindings.size() - 1; i >= 0; --i) {
        if (m_bindings[i].prefix == prefix)
            return {m_bindings[i].ns, local};
    }
    if (prefix.isEmpty())
        return {FeedNs::None, local};
    if (!m_feed.bozo) {
        m_feed.bozo = true;
        m_feed.bozoMessage = QStringLiteral("undeclared namespace prefix %1:").arg(QString::fromUtf8(prefix));
    }
    return {FeedNamespaces::forUndeclaredPrefix(prefix), local};
}

bool XmlFeedReader::isRss(FeedNs ns) const
{
    return !m_isAtom
        && (ns == FeedNs::None || ns == FeedNs::Rss || ns == FeedNs::Rss10 || ns == FeedNs::Rss090);
}

bool XmlFeedReader::isAtom(FeedNs ns) const
{
    return ns == FeedNs::Atom10 || ns == FeedNs::Atom03 || (m_isAtom && ns == FeedNs::None);
}

QString XmlFeedReader::attr(QByteArrayView name)
{
    const QByteArrayView raw = m_xml.attribute(name);
    return raw.isNull() ? QString() : m_xml.decode(raw);
}

QUrl XmlFeedReader::currentBase() const
{
    return m_baseStack.isEmpty() ? m_documentUrl : m_baseStack.last().second;
}

bool XmlFeedReader::detectFormat(const QName &root)
{
    const QByteArrayView local = root.local;
    if (local == "rss") {
        const QString version = attr("version").trimmed();
        if (version == u"0.91")
            m_feed.format = QStringLiteral("rss091");
        else if (version == u"0.92")
            m_feed.format = QStringLiteral("rss092");
        else if (version == u"0.93")
            m_feed.format = QStringLiteral("rss093");
        else if (version == u"0.94")
            m_feed.format = QStringLiteral("rss094");
        else if (version == u"0.90")
            m_feed.format = QStringLiteral("rss090");
        else
            m_feed.format = QStringLiteral("rss20"); // "2.0", "2.0.1", or missing
        return true;
    }
    if (local == "RDF" && (root.ns == FeedNs::Rdf || root.ns == FeedNs::Other || root.ns == FeedNs::None)) {
        m_feed.format = QStringLiteral("rss10"); // refined to rss090 by the channel's namespace
        return true;
    }
    if (local == "feed" && (root.ns == FeedNs::Atom10 || root.ns == FeedNs::Atom03 || root.ns == FeedNs::None)) {
        m_isAtom = true;
        const QString version = attr("version").trimmed();
        const bool old = root.ns == FeedNs::Atom03
            || (root.ns == FeedNs::None && (version == u"0.3" || version == u"0.2" || version == u"0.1"));
        m_feed.format = old ? QStringLiteral("atom03") : QStringLiteral("atom10");
        return true;
    }
    m_notFeed = true;
    const QString name = QString::fromUtf8(local);
    if (name.compare(u"html", Qt::CaseInsensitive) == 0)
        m_notFeedMessage = QStringLiteral("not a feed: the document is an HTML page");
    else
        m_notFeedMessage = QStringLiteral("not a feed: the root element is <%1>").arg(name);
    return false;
}

void XmlFeedReader::handleStart()
{
    // Namespace declarations, xml:base and xml:lang first: they apply to this element itself.
    for (const XmlTokenizer::Attribute &a : m_xml.attributes()) {
        if (a.name.startsWith("xmlns")) {
            if (a.name.size() == 5)
                m_bindings.append({m_depth, {}, FeedNamespaces::classify(m_xml.decode(a.value))});
            else if (a.name[5] == ':')
                m_bindings.append({m_depth, a.name.sliced(6), FeedNamespaces::classify(m_xml.decode(a.value))});
        } else if (a.name == "xml:base") {
            const QUrl base = currentBase().resolved(QUrl(m_xml.decode(a.value).trimmed()));
            m_baseStack.append({m_depth, base});
        } else if (a.name == "xml:lang") {
            m_langStack.append({m_depth, m_xml.decode(a.value).trimmed()});
        }
    }
    if (m_capturing) {
        m_capture.hasChildren = true;
        return;
    }
    if (scope() == Scope::Skip)
        return;
    const QName name = resolve(m_xml.name(), false);
    // The first root decides the format; a second one (bozo already) is read as more of the feed,
    // since entries may have been handed out by then and a failure would come too late.
    if (m_depth == 1 && m_feed.format.isEmpty()) {
        if (detectFormat(name) && !m_langStack.isEmpty())
            m_rootLang = m_langStack.last().second;
        return;
    }
    if (isRss(name.ns))
        handleRssStart(name.local);
    else if (isAtom(name.ns))
        handleAtomStart(name.local);
    else
        handleOtherStart(name);
}

void XmlFeedReader::handleRssStart(QByteArrayView local)
{
    const Scope s = scope();
    if (local == "item") {
        if (s != Scope::Entry)
            beginEntry();
        return;
    }
    if (local == "channel") {
        const QName name = resolve(m_xml.name(), false);
        if (name.ns == FeedNs::Rss090)
            m_feed.format = QStringLiteral("rss090");
        if (m_feed.language.isEmpty() && !m_langStack.isEmpty() && m_rootLang.isEmpty())
            m_rootLang = m_langStack.last().second;
        return;
    }
    if (local == "image" && s == Scope::Feed) {
        m_scopes.append({m_depth, Scope::Image});
        return;
    }
    if (local == "textinput" || local == "textInput" || (local == "source" && s == Scope::Entry)) {
        m_scopes.append({m_depth, Scope::Skip});
        return;
    }
    if (s == Scope::Image) {
        if (local == "url")
            beginCapture(Field::ImageUrl, Kind::Plain);
        return;
    }
    if (local == "enclosure") {
        if (s == Scope::Entry)
            addEnclosure(attr("url"), attr("type"), attr("length"));
        return;
    }
    if (local == "guid") {
        beginCapture(Field::Guid, Kind::Plain);
        m_capture.permaLink = attr("isPermaLink").trimmed().compare(u"false", Qt::CaseInsensitive) != 0;
        return;
    }
    struct Map { const char *name; Field field; Kind kind; };
    static constexpr Map Table[] = {
        {"title", Field::Title, Kind::Guess},          {"link", Field::Link, Kind::Plain},
        {"description", Field::Description, Kind::Html}, {"pubDate", Field::Published, Kind::Plain},
        {"lastBuildDate", Field::Updated, Kind::Plain}, {"author", Field::Author, Kind::Plain},
        {"managingEditor", Field::Author, Kind::Plain}, {"category", Field::Category, Kind::Plain},
        {"comments", Field::Comments, Kind::Plain},     {"language", Field::Language, Kind::Plain},
        {"copyright", Field::Rights, Kind::Plain},      {"generator", Field::Generator, Kind::Plain},
        {"ttl", Field::Ttl, Kind::Plain},
    };
    for (const Map &m : Table) {
        if (local == m.name) {
            beginCapture(m.field, m.kind);
            return;
        }
    }
}

XmlFeedReader::Kind XmlFeedReader::atomKind() const
{
    const QByteArrayView rawType = m_xml.attribute("type");
    const QByteArrayView rawMode = m_xml.attribute("mode");
    const QByteArray type = rawType.trimmed().toByteArray().toLower();
    const QByteArray mode = rawMode.trimmed().toByteArray().toLower();
    const bool htmlType = type == "html" || type == "text/html";
    const bool xhtmlType = type == "xhtml" || type == "application/xhtml+xml";
    if (mode == "base64")
        return Kind::Base64;
    if (mode == "escaped")
        return (htmlType || xhtmlType || type.isEmpty()) ? Kind::Html : Kind::Plain;
    if (htmlType)
        return Kind::Html;
    if (xhtmlType || (mode == "xml" && !type.startsWith("text/plain")))
        return Kind::Xhtml;
    return Kind::Plain;
}

void XmlFeedReader::handleAtomStart(QByteArrayView local)
{
    const Scope s = scope();
    if (local == "entry") {
        if (s != Scope::Entry)
            beginEntry();
        return;
    }
    if (local == "author" && (s == Scope::Feed || s == Scope::Entry)) {
        m_scopes.append({m_depth, Scope::Person});
        m_personName.clear();
        m_personEmail.clear();
        return;
    }
    if (local == "contributor" || local == "source") {
        m_scopes.append({m_depth, Scope::Skip});
        return;
    }
    if (s == Scope::Person) {
        if (local == "name")
            beginCapture(Field::PersonName, Kind::Plain);
        else if (local == "email")
            beginCapture(Field::PersonEmail, Kind::Plain);
        return;
    }
    if (local == "link") {
        handleAtomLink();
        return;
    }
    if (local == "category") {
        QString term = attr("term").trimmed();
        if (term.isEmpty())
            term = attr("label").trimmed();
        if (!term.isEmpty() && s == Scope::Entry && !m_entry.entry.categories.contains(term))
            m_entry.entry.categories.append(term);
        return;
    }
    if (local == "content") {
        if (m_xml.attribute("src").isNull())
            beginCapture(Field::Content, atomKind());
        return;
    }
    struct Map { const char *name; Field field; bool textConstruct; };
    static constexpr Map Table[] = {
        {"title", Field::Title, true},         {"subtitle", Field::Subtitle, true},
        {"tagline", Field::Subtitle, true},    {"summary", Field::Summary, true},
        {"rights", Field::Rights, true},       {"copyright", Field::Rights, true},
        {"id", Field::Id, false},              {"published", Field::Published, false},
        {"issued", Field::Published, false},   {"updated", Field::Updated, false},
        {"modified", Field::Updated, false},   {"created", Field::Created, false},
        {"generator", Field::Generator, false}, {"logo", Field::Logo, false},
        {"icon", Field::Icon, false},
    };
    for (const Map &m : Table) {
        if (local == m.name) {
            beginCapture(m.field, m.textConstruct ? atomKind() : Kind::Plain);
            return;
        }
    }
}

void XmlFeedReader::handleOtherStart(const QName &name)
{
    const Scope s = scope();
    const QByteArrayView local = name.local;
    switch (name.ns) {
    case FeedNs::Content:
        if (local == "encoded")
            beginCapture(Field::Content, Kind::Html);
        break;
    case FeedNs::Xhtml:
        if (local == "body" && s == Scope::Entry) { // RSS's inline XHTML body: the full content
            const QByteArrayView qualified = m_xml.name();
            beginCapture(Field::Content, Kind::Xhtml);
            const qsizetype colon = qualified.indexOf(':');
            if (colon > 0)
                m_capture.xhtmlPrefix = qualified.first(colon);
        }
        break;
    case FeedNs::Dc:
        if (local == "creator" || local == "author")
            beginCapture(Field::Creator, Kind::Plain);
        else if (local == "date")
            beginCapture(Field::Updated, Kind::Plain);
        else if (local == "title")
            beginCapture(Field::Title, Kind::Guess);
        else if (local == "description")
            beginCapture(Field::Description, Kind::Html);
        else if (local == "subject")
            beginCapture(Field::Category, Kind::Plain);
        else if (local == "language")
            beginCapture(Field::Language, Kind::Plain);
        else if (local == "rights")
            beginCapture(Field::Rights, Kind::Plain);
        break;
    case FeedNs::Dcterms:
        if (local == "issued")
            beginCapture(Field::Published, Kind::Plain);
        else if (local == "created")
            beginCapture(Field::Created, Kind::Plain);
        else if (local == "modified")
            beginCapture(Field::Updated, Kind::Plain);
        break;
    case FeedNs::Media:
        if (local == "thumbnail") {
            const QString url = FeedText::resolveUrl(attr("url"), currentBase());
            if (s == Scope::Entry && m_thumbnail.isEmpty())
                m_thumbnail = url;
            else if (s == Scope::Feed && m_feed.image.isEmpty())
                m_feed.image = url;
        } else if (local == "content" && s == Scope::Entry) {
            const QString medium = attr("medium").trimmed();
            const QString type = attr("type").trimmed();
            if (m_mediaImage.isEmpty() && (medium == u"image" || type.startsWith(u"image/")))
                m_mediaImage = FeedText::resolveUrl(attr("url"), currentBase());
        }
        break;
    case FeedNs::Itunes:
        if (local == "author")
            beginCapture(Field::Creator, Kind::Plain);
        else if (local == "subtitle")
            beginCapture(Field::Subtitle, Kind::Plain);
        else if (local == "summary")
            beginCapture(Field::ItunesSummary, Kind::Plain);
        else if (local == "image") {
            const QString url = FeedText::resolveUrl(attr("href"), currentBase());
            if (s == Scope::Entry && m_itunesImage.isEmpty())
                m_itunesImage = url;
            else if (s == Scope::Feed && m_feed.image.isEmpty())
                m_feed.image = url;
        }
        break;
    case FeedNs::Sy:
        if (local == "updatePeriod")
            beginCapture(Field::SyPeriod, Kind::Plain);
        else if (local == "updateFrequency")
            beginCapture(Field::SyFrequency, Kind::Plain);
        break;
    default:
        break;
    }
}

void XmlFeedReader::handleAtomLink()
{
    const Scope s = scope();
    if (s != Scope::Feed && s != Scope::Entry)
        return;
    QString rel = attr("rel").trimmed();
    if (rel.isEmpty())
        rel = QStringLiteral("alternate");
    const bool alternate = rel == u"alternate" || rel == u"http://www.iana.org/assignments/relation/alternate";
    // The alternate link is the page to read: a PDF or audio alternate is not it.
    const QString type = attr("type").trimmed().toLower();
    const bool page = type.isEmpty() || type == u"text/html" || type == u"application/xhtml+xml";
    const QString href = FeedText::resolveUrl(attr("href"), currentBase());
    if (href.isEmpty()) {
        // <link rel="alternate">http://…</link>: RSS habits in an Atom feed; the text is the address.
        if (alternate && page && m_xml.attribute("href").isNull())
            beginCapture(Field::Link, Kind::Plain);
        return;
    }
    if (alternate) {
        QString &link = s == Scope::Entry ? m_entry.entry.link : m_feed.link;
        if (link.isEmpty() && page)
            link = href;
    } else if (rel == u"enclosure" && s == Scope::Entry) {
        addEnclosure(href, attr("type"), attr("length"));
    }
    // rel="replies" (RFC 4685) names a comment feed or thread, not the comments page RSS's
    // <comments> gives, so it is not mapped to "comments".
}

void XmlFeedReader::addEnclosure(const QString &url, const QString &type, const QString &length)
{
    ParsedEnclosure enclosure;
    enclosure.url = FeedText::resolveUrl(url, currentBase());
    if (enclosure.url.isEmpty())
        return;
    enclosure.type = type.trimmed();
    bool ok = false;
    const qint64 n = length.trimmed().toLongLong(&ok);
    enclosure.length = ok && n > 0 ? n : 0;
    for (const ParsedEnclosure &e : std::as_const(m_entry.entry.enclosures)) {
        if (e.url == enclosure.url)
            return;
    }
    if (m_enclosureImage.isEmpty() && enclosure.type.startsWith(u"image/"))
        m_enclosureImage = enclosure.url;
    m_entry.entry.enclosures.append(enclosure);
}

void XmlFeedReader::beginCapture(Field field, Kind kind)
{
    m_capturing = true;
    m_capture.field = field;
    m_capture.kind = kind;
    m_capture.depth = m_depth;
    m_capture.contentBegin = m_xml.tokenEnd();
    m_capture.hasChildren = false;
    m_capture.permaLink = true;
    m_capture.text.clear();
    m_capture.base = currentBase();
    m_capture.xhtmlPrefix = {};
}

void XmlFeedReader::handleEnd()
{
    if (m_capturing && m_depth == m_capture.depth) {
        m_capturing = false;
        finishCapture(m_xml.tokenBegin());
    }
    if (!m_scopes.isEmpty() && m_scopes.last().depth == m_depth) {
        const Scope ended = m_scopes.takeLast().scope;
        if (ended == Scope::Entry)
            endEntry();
        else if (ended == Scope::Person)
            endPerson();
    }
    while (!m_bindings.isEmpty() && m_bindings.last().depth >= m_depth)
        m_bindings.removeLast();
    while (!m_baseStack.isEmpty() && m_baseStack.last().first >= m_depth)
        m_baseStack.removeLast();
    while (!m_langStack.isEmpty() && m_langStack.last().first >= m_depth)
        m_langStack.removeLast();
}
