#include "share/contactdiscovery.h"

#include "html/guardedparse.h"
#include "share/chatwidgetsettings.h"
#include "share/phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <gumbo.h>

#include <cstdlib>
#include <memory>

namespace {
constexpr int kMaxElements = 200000;   // a hostile page cannot keep the walk going forever
constexpr qsizetype kMaxLinkText = 200;

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString textOf(const GumboNode *node)
{
    QString text;
    QList<const GumboNode *> stack = {node};
    while (!stack.isEmpty() && text.size() < kMaxLinkText) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
            text += QString::fromUtf8(n->v.text.text) + u' ';
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified();
}

QString hostWithoutWww(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    return host;
}

bool isTelegramName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{3,31}$"));
    static const QStringList reserved = {QStringLiteral("share"), QStringLiteral("joinchat"), QStringLiteral("addstickers"),
                                         QStringLiteral("iv"), QStringLiteral("proxy"), QStringLiteral("socks"),
                                         QStringLiteral("login"), QStringLiteral("setlanguage")};
    return valid.match(name).hasMatch() && !reserved.contains(name.toLower());
}

bool isEmailAddress(const QString &address)
{
    static const QRegularExpression valid(QStringLiteral("^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$"));
    return address.size() <= 254 && valid.match(address).hasMatch();
}

ContactChannel channel(ContactChannel::Kind kind, const QString &value)
{
    ContactChannel c;
    c.kind = kind;
    c.value = value;
    return c;
}

bool looksLikeContactPage(const QUrl &link, const QString &text)
{
    static const QRegularExpression words(QStringLiteral("contact|اتصل بنا|تواصل معنا|اتصل|تواصل|راسلنا"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(link.path(QUrl::FullyDecoded)).hasMatch() || words.match(text).hasMatch();
}

/** Collects channels in order, one per kind and value; a widget's greeting completes a link's channel. */
class ChannelList
{
public:
    void add(const ContactChannel &channel)
    {
        if (channel.value.isEmpty())
            return;
        for (ContactChannel &known : m_channels) {
            if (known.kind == channel.kind && known.value == channel.value) {
                if (known.greeting.isEmpty())
                    known.greeting = channel.greeting;
                if (known.label.isEmpty())
                    known.label = channel.label;
                return;
            }
        }
        m_channels.append(channel);
    }
    /** A copy of the first channel of `kind` (an empty one when there is none). */
    ContactChannel firstOfKind(ContactChannel::Kind kind) const
    {
        for (const ContactChannel &c : m_channels) {
            if (c.kind == kind)
                return c;
        }
        return {};
    }
    QList<ContactChannel> take() { return std::move(m_channels); }

private:
    QList<ContactChannel> m_channels;
};

/** Walks one gumbo document and gathers raw findings; numbers are normalised once the page's country is known. */
class PageWalker
{
public:
    explicit PageWalker(const QUrl &pageUrl) : m_pageUrl(pageUrl) {}

    void walk(const GumboNode *root)
    {
        QList<const GumboNode *> stack = {root};
        int visited = 0;
        while (!stack.isEmpty() && ++visited < kMaxElements) {
            const GumboNode *node = stack.takeLast();
            if (node->type != GUMBO_NODE_ELEMENT)
                continue;
            visit(node);
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }

    DiscoveredContacts result()
    {
        DiscoveredContacts found;
        found.country = PhoneNumber::countryFor(m_language, m_pageUrl.host());
        ChannelList channels;
        QString looseGreeting; // from settings without a number: the greeting box of the page's widget
        for (const auto &widget : std::as_const(m_widgets)) {
            if (widget.phone.isEmpty()) {
                if (looseGreeting.isEmpty())
                    looseGreeting = widget.greeting;
                continue;
            }
            ContactChannel c = channel(ContactChannel::Kind::WhatsApp, widgetNumber(widget.phone, found.country));
            c.greeting = widget.greeting;
            c.label = widget.label;
            channels.add(c);
        }
        if (!looseGreeting.isEmpty()) {
            ContactChannel first = channels.firstOfKind(ContactChannel::Kind::WhatsApp);
            if (!first.value.isEmpty()) {
                first.greeting = looseGreeting;
                channels.add(first);
            }
        }
        for (const QUrl &link : std::as_const(m_links)) {
            if (const auto c = ContactDiscovery::channelFromLink(link, found.country))
                channels.add(*c);
        }
        for (const QString &phone : std::as_const(m_structuredPhones))
            channels.add(channel(ContactChannel::Kind::Phone, PhoneNumber::toE164(phone, found.country)));
        for (const QString &address : std::as_const(m_structuredEmails)) {
            if (isEmailAddress(address))
                channels.add(channel(ContactChannel::Kind::Email, address.toLower()));
        }
        if (m_contactPage.isValid())
            channels.add(channel(ContactChannel::Kind::Web, m_contactPage.toString(QUrl::FullyEncoded)));
        found.channels = channels.take();
        return found;
    }

private:
    // Widgets store the number as the site owner typed it: international digits, +…, or local 0….
    static QString widgetNumber(const QString &raw, const QString &country)
    {
        const QString local = PhoneNumber::toE164(raw, country);
        return local.isEmpty() ? PhoneNumber::internationalDigits(raw) : local;
    }

    void visit(const GumboNode *node)
    {
        const GumboElement &e = node->v.element;
        switch (e.tag) {
        case GUMBO_TAG_HTML:
            if (m_language.isEmpty())
                m_language = attribute(e, "lang");
            break;
        case GUMBO_TAG_META:
            if (attribute(e, "property") == u"og:locale" && m_language.isEmpty())
                m_language = attribute(e, "content");
            break;
        case GUMBO_TAG_A:
        case GUMBO_TAG_AREA:
            visitLink(node);
            break;
        case GUMBO_TAG_SCRIPT:
            visitScript(e);
            break;
        default:
            break;
        }
        visitDataAttributes(e);
    }

    void visitLink(const GumboNode *node)
    {
        const QString href = attribute(node->v.element, "href").trimmed();
        if (href.isEmpty() || href.startsWith(u'#'))
            return;
        const QUrl link = m_pageUrl.resolved(QUrl(href));
        if (!link.isValid())
            return;
        m_links.append(link);
        const bool sameSite = (link.scheme() == u"http" || link.scheme() == u"https")
                              && hostWithoutWww(link) == hostWithoutWww(m_pageUrl);
        if (!m_contactPage.isValid() && sameSite && link.adjusted(QUrl::RemoveFragment) != m_pageUrl.adjusted(QUrl::RemoveFragment)
            && looksLikeContactPage(link, textOf(node)))
            m_contactPage = link.adjusted(QUrl::RemoveFragment);
    }

    void visitScript(const GumboElement &e)
    {
        if (e.children.length == 0)
            return;
        const auto *child = static_cast<const GumboNode *>(e.children.data[0]);
        if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_CDATA && child->type != GUMBO_NODE_WHITESPACE)
            return;
        const QString script = QString::fromUtf8(child->v.text.text);
        if (attribute(e, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0) {
            visitStructuredData(QJsonDocument::fromJson(script.toUtf8()));
            return;
        }
        const QString scriptId = attribute(e, "id");
        for (const auto &object : ChatWidgetSettings::objectsInScript(script)) {
            if (ChatWidgetSettings::isChatContext(scriptId + u' ' + object.context))
                addWidget(object.value);
        }
    }

    // schema.org Organization / NewsMediaOrganization: telephone, email, contactPoint, sameAs.
    void visitStructuredData(const QJsonDocument &document)
    {
        QList<std::pair<QJsonValue, int>> queue = {
            {document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0}};
        for (qsizetype i = 0; i < queue.size() && i < 10000; ++i) {
            const auto [value, depth] = queue.at(i);
            if (depth > 10)
                continue;
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    queue.append({item, depth + 1});
                continue;
            }
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == u"telephone" && it.value().isString())
                    m_structuredPhones.append(it.value().toString());
                else if (it.key() == u"email" && it.value().isString())
                    m_structuredEmails.append(it.value().toString().remove(QStringLiteral("mailto:")).trimmed());
                else if (it.key() == u"sameAs" || it.key() == u"url") {
                    const QJsonArray urls = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
                    for (const QJsonValue &url : urls)
                        m_links.append(QUrl(url.toString()));
                } else if (it.value().isObject() || it.value().isArray())
                    queue.append({it.value(), depth + 1});
            }
        }
    }

    void visitDataAttributes(const GumboElement &e)
    {
        const QString elementContext = attribute(e, "class") + u' ' + attribute(e, "id");
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QString name = QString::fromUtf8(a->name);
            if (!name.startsWith(QStringLiteral("data-")))
                continue;
            const QString value = QString::fromUtf8(a->value).trimmed();
            if (!ChatWidgetSettings::isChatContext(elementContext + u' ' + name))
                continue;
            if (value.startsWith(u'{') || value.startsWith(u'[')) {
                const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
                addWidget(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
            } else if (name == u"data-phone" || name == u"data-number" || name == u"data-whatsapp" || name == u"data-telephone") {
                addWidget(QJsonObject{{QStringLiteral("phone"), value}});
            }
        }
    }

    void addWidget(const QJsonValue &settings)
    {
        if (const auto widget = ChatWidgetSettings::widgetFrom(settings))
            m_widgets.append(*widget);
    }

    QUrl m_pageUrl;
    QString m_language;
    QList<ChatWidgetSettings::Widget> m_widgets;
    QList<QUrl> m_links;
    QStringList m_structuredPhones;
    QStringList m_structuredEmails;
    QUrl m_contactPage;
};

// gumbo's tree building slows down with the depth of open elements (scope checks walk the stack):
// 40 000 nested <div>s take 13 s. Real pages nest well under a few hundred deep, so the page is cut
// where a cheap scan sees it pass kMaxNesting; the rest of a normal page is never affected.
constexpr int kMaxNesting = 400;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** The prefix of `page` in which elements never nest deeper than kMaxNesting (approximately:
 *  elements HTML closes on its own and void elements are not counted). */
QByteArrayView withinNestingLimit(QByteArrayView page)
{
    static const QList<QByteArray> uncounted = {"p", "li", "dt", "dd", "option", "tr", "td", "th", "br", "img", "input",
                                                 "meta", "link", "hr", "source", "wbr", "area", "base", "col", "embed",
                                                 "param", "track", "tbody", "thead", "tfoot", "optgroup", "rt", "rp"};
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = page.size();
    while (i < n) {
        const qsizetype open = page.indexOf('<', i);
        if (open < 0 || open + 1 >= n)
            break;
        if (page.sliced(open).startsWith("<!--")) {
            const qsizetype end = page.indexOf("-->", open + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = page[open + 1] == '/';
        qsizetype nameStart = open + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (isAsciiLetter(page[nameEnd]) || (nameEnd > nameStart && page[nameEnd] >= '0' && page[nameEnd] <= '9')))
            ++nameEnd;
        const qsizetype tagEnd = page.indexOf('>', nameEnd);
        if (nameEnd == nameStart || tagEnd < 0) {
            i = open + 1;
            continue;
        }
        const QByteArray name = page.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        i = tagEnd + 1;
        if (!closing && (name == "script" || name == "style" || name == "textarea" || name == "title")) {
            const QByteArray closeTag = "</" + name;
            const qsizetype end = page.indexOf(QByteArrayView(closeTag), i); // raw text: no tags inside
            i = end < 0 ? n : end;
            continue;
        }
        if (uncounted.contains(name) || page[tagEnd - 1] == '/')
            continue;
        depth += closing ? -1 : 1;
        depth = qMax(0, depth);
        if (depth > kMaxNesting)
            return page.first(open);
    }
    return page;
}

void *zeroedAllocate(void *, size_t size) { return std::calloc(1, size); }
void release(void *, void *pointer) { std::free(pointer); }
} // namespace

namespace ContactDiscovery {

std::optional<ContactChannel> channelFromLink(const QUrl &link, const QString &country)
{
    const QString scheme = link.scheme().toLower();
    const QString host = hostWithoutWww(link);
    const QUrlQuery query(link);
    if (scheme == u"mailto") {
        const QString address = link.path(QUrl::FullyDecoded).section(u',', 0, 0).trimmed();
        if (isEmailAddress(address))
            return channel(ContactChannel::Kind::Email, address.toLower());
        return std::nullopt;
    }
    if (scheme == u"tel") {
        const QString number = PhoneNumber::toE164(link.path(QUrl::FullyDecoded), country);
        return number.isEmpty() ? std::nullopt : std::optional(channel(ContactChannel::Kind::Phone, number));
    }
    if (scheme == u"whatsapp" && host == u"send") {
        const QString number = PhoneNumber::internationalDigits(query.queryItemValue(QStringLiteral("phone")));
        return number.isEmpty() ? std::nullopt : std::optional(channel(ContactChannel::Kind::WhatsApp, number));
    }
    if (scheme == u"tg" && host == u"resolve") {
        const QString name = query.queryItemValue(QStringLiteral("domain"));
        return isTelegramName(name) ? std::optional(channel(ContactChannel::Kind::Telegram, name)) : std::nullopt;
    }
    if (scheme != u"http" && scheme != u"https")
        return std::nullopt;
    const QStringList segments = link.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    if (host == u"wa.me") {
        const QString number = segments.size() == 1 ? PhoneNumber::internationalDigits(segments.first()) : QString();
        return number.isEmpty() ? std::nullopt : std::optional(channel(ContactChannel::Kind::WhatsApp, number));
    }
    if ((host == u"api.whatsapp.com" || host == u"web.whatsapp.com" || host == u"whatsapp.com")
        && segments.value(0) == u"send") {
        const QString number = PhoneNumber::internationalDigits(query.queryItemValue(QStringLiteral("phone")));
        return number.isEmpty() ? std::nullopt : std::optional(channel(ContactChannel::Kind::WhatsApp, number));
    }
    if (host == u"t.me" || host == u"telegram.me" || host == u"telegram.dog") {
        // t.me/s/NAME is the web preview of channel NAME.
        const QString name = segments.value(0) == u"s" ? segments.value(1) : segments.value(0);
        return isTelegramName(name) ? std::optional(channel(ContactChannel::Kind::Telegram, name)) : std::nullopt;
    }
    return std::nullopt;
}

DiscoveredContacts discover(const QByteArray &utf8Html, const QUrl &pageUrl)
{
    const QByteArray page = withinNestingLimit(QByteArrayView(utf8Html).first(qMin(utf8Html.size(), kMaxPageBytes))).toByteArray();
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = zeroedAllocate; // see GumboFragment: gumbo leaves some fields unset
    options.deallocator = release;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, std::function<void(GumboOutput *)>> output(
        GuardedParse::parse(options, page.constData() ? page.constData() : "", size_t(page.size())),
        [&options](GumboOutput *o) {
            if (o)
                gumbo_destroy_output(&options, o);
        });
    PageWalker walker(pageUrl);
    if (output && output->root)
        walker.walk(output->root);
    return walker.result();
}
}
