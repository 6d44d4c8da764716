#include "greaderserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
const QString kPrefix = QStringLiteral("/api/greader.php");
const QString kReadTag = QStringLiteral("user/-/state/com.google/read");
const QString kStarredTag = QStringLiteral("user/-/state/com.google/starred");
const QString kReadingList = QStringLiteral("user/-/state/com.google/reading-list");

// FreshRSS writes & < > in titles as their full-width forms.
QString fullWidth(QString title)
{
    return title.replace(u'&', QChar(0xFF06)).replace(u'<', QChar(0xFF1C)).replace(u'>', QChar(0xFF1E));
}
} // namespace

GReaderServer::GReaderServer(QString user, QString password, QObject *parent)
    : QObject(parent), m_user(std::move(user)), m_password(std::move(password))
{
    const auto route = [this](const QString &path, bool post, auto handler) {
        m_http.route((kPrefix + path).toUtf8(), [this, post, handler](const HttpRequestRecord &request) {
            return guarded(request, post, [this, handler](const Form &query, const Form &form) { return handler(this, query, form); });
        });
    };
    m_http.route((kPrefix + QStringLiteral("/accounts/ClientLogin")).toUtf8(),
                 [this](const HttpRequestRecord &request) { return clientLogin(request); });
    m_http.route((kPrefix + QStringLiteral("/reader/api/0/token")).toUtf8(), [this](const HttpRequestRecord &request) {
        if (!authorised(request))
            return error(401, "Unauthorized!");
        HttpResponse response;
        response.contentType = "text/plain";
        response.body = m_writeToken.toUtf8() + '\n';
        return response;
    });
    route(QStringLiteral("/reader/api/0/subscription/list"), false, [](GReaderServer *s, const Form &, const Form &) { return s->subscriptionList(); });
    route(QStringLiteral("/reader/api/0/tag/list"), false, [](GReaderServer *s, const Form &, const Form &) { return s->tagList(); });
    route(QStringLiteral("/reader/api/0/stream/items/ids"), false, [](GReaderServer *s, const Form &q, const Form &) { return s->itemIds(q); });
    route(QStringLiteral("/reader/api/0/stream/items/contents"), true, [](GReaderServer *s, const Form &, const Form &f) { return s->itemContents(f); });
    route(QStringLiteral("/reader/api/0/edit-tag"), true, [](GReaderServer *s, const Form &, const Form &f) { return s->editTag(f); });
    route(QStringLiteral("/reader/api/0/subscription/edit"), true, [](GReaderServer *s, const Form &, const Form &f) { return s->subscriptionEdit(f); });
    route(QStringLiteral("/reader/api/0/mark-all-as-read"), true, [](GReaderServer *s, const Form &, const Form &f) { return s->markAllAsRead(f); });
}

bool GReaderServer::listen() { return m_http.listen(); }

QString GReaderServer::baseUrl() const { return m_http.url(QStringLiteral("/")).toString(); }

QString GReaderServer::longId(quint64 id)
{
    return QStringLiteral("tag:google.com,2005:reader/item/%1").arg(id, 16, 16, QLatin1Char('0'));
}

quint64 GReaderServer::idOf(const QString &anyForm)
{
    static const QString prefix = QStringLiteral("tag:google.com,2005:reader/item/");
    if (anyForm.startsWith(prefix))
        return anyForm.mid(prefix.size()).toULongLong(nullptr, 16);
    return anyForm.toULongLong(nullptr, 10); // decimal; a short hex id is not accepted (as on FreshRSS)
}

void GReaderServer::populate(int feeds, int items)
{
    for (int f = 0; f < feeds; ++f) {
        const int n = int(m_feeds.size()) + 1;
        m_feeds.append({QStringLiteral("feed/%1").arg(n), QStringLiteral("Feed %1 & <Friends>").arg(n),
                        QStringLiteral("https://feeds.example/%1.xml").arg(n), QStringLiteral("Folder %1").arg(n / 10 + 1)});
    }
    for (int i = 0; i < items; ++i)
        addItem(feeds > 0 ? i % feeds : 0, QStringLiteral("Item %1: 5 < 6 & \"quotes\"").arg(i),
                QStringLiteral("<p>Body of item %1 with <b>bold</b> text.</p><script>alert(%1)</script>"
                               "<img src=\"/img/%1.png\" onerror=\"steal()\">").arg(i));
}

QString GReaderServer::addItem(int feed, const QString &title, const QString &content)
{
    Item item;
    item.id = m_nextId++;
    item.feed = feed;
    item.title = title;
    item.content = content;
    m_clockUsec += 1000000; // one item a second
    item.timestampUsec = m_clockUsec;
    m_itemIndex.insert(item.id, int(m_items.size()));
    m_items.append(item);
    return longId(item.id);
}

void GReaderServer::setRead(const QString &id, bool read)
{
    read ? void(m_read.insert(idOf(id))) : void(m_read.remove(idOf(id)));
}

void GReaderServer::setStarred(const QString &id, bool starred)
{
    starred ? void(m_starred.insert(idOf(id))) : void(m_starred.remove(idOf(id)));
}

void GReaderServer::refuseEditTagFor(const QStringList &longIds)
{
    for (const QString &id : longIds)
        m_refused.insert(idOf(id));
}

QStringList GReaderServer::issuedTokens() const { return m_allTokens; }

GReaderServer::Form GReaderServer::parseForm(const QByteArray &encoded)
{
    Form form;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        form.append({decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return form;
}

QString GReaderServer::value(const Form &form, const QString &key)
{
    for (const auto &[k, v] : form) {
        if (k == key)
            return v;
    }
    return {};
}

bool GReaderServer::authorised(const HttpRequestRecord &request)
{
    const QByteArray header = request.headers.value("authorization");
    static const QByteArray scheme = "GoogleLogin auth=";
    if (!header.startsWith(scheme))
        return false;
    const auto it = m_authTokens.find(QString::fromUtf8(header.mid(scheme.size())));
    if (it == m_authTokens.end())
        return false;
    if (m_expireAfter > 0 && ++*it > m_expireAfter) {
        m_authTokens.erase(it); // expired: the client must log in again
        return false;
    }
    return true;
}

HttpResponse GReaderServer::json(const QByteArray &body) const
{
    HttpResponse response;
    response.contentType = "application/json; charset=UTF-8";
    response.body = body;
    return response;
}

HttpResponse GReaderServer::error(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain";
    response.body = body;
    return response;
}

HttpResponse GReaderServer::guarded(const HttpRequestRecord &request, bool post,
                                    const std::function<HttpResponse(const Form &, const Form &)> &handler)
{
    if (post != (request.method == "POST"))
        return error(405, "Method Not Allowed");
    if (!authorised(request))
        return error(401, "Unauthorized!");
    const qsizetype question = request.path.indexOf('?');
    const Form query = question < 0 ? Form() : parseForm(request.path.mid(question + 1));
    const Form form = parseForm(request.body);
    if (post && value(form, QStringLiteral("T")) != m_writeToken) {
        HttpResponse refused = error(401, "Unauthorized!");
        refused.headers.append(qMakePair(QByteArray("X-Reader-Google-Bad-Token"), QByteArray("true")));
        return refused;
    }
    if (!post && value(query, QStringLiteral("output")) != u"json")
        return error(400, "output=json is required");
    return handler(query, form);
}

HttpResponse GReaderServer::clientLogin(const HttpRequestRecord &request)
{
    const Form form = parseForm(request.body);
    if (request.method != "POST" || value(form, QStringLiteral("Email")) != m_user
        || value(form, QStringLiteral("Passwd")) != m_password)
        return error(401, "Error=BadAuthentication\n");
    ++m_logins;
    const QString token = m_user + QStringLiteral("/auth%1x%2").arg(m_logins).arg(quintptr(this) % 100000, 0, 16);
    m_authTokens.insert(token, 0);
    m_writeToken = QStringLiteral("WRITETOKEN%1ZZ").arg(m_logins * 7919);
    m_allTokens << token << m_writeToken;
    HttpResponse response;
    response.contentType = "text/plain";
    response.body = "SID=" + token.toUtf8() + "\nLSID=null\nAuth=" + token.toUtf8() + '\n';
    return response;
}

HttpResponse GReaderServer::subscriptionList()
{
    QJsonArray list;
    for (const Feed &feed : std::as_const(m_feeds)) {
        if (feed.streamId.startsWith(u"removed/"))
            continue;
        list.append(QJsonObject{
            {QStringLiteral("id"), feed.streamId},
            {QStringLiteral("title"), fullWidth(feed.title)},
            {QStringLiteral("url"), feed.url},
            {QStringLiteral("htmlUrl"), QString(feed.url).replace(QStringLiteral(".xml"), QStringLiteral(".html"))},
            {QStringLiteral("iconUrl"), QString()},
            {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), QString(u"user/-/label/" + feed.folder)},
                                                                  {QStringLiteral("label"), feed.folder}}}},
        });
    }
    return json(QJsonDocument(QJsonObject{{QStringLiteral("subscriptions"), list}}).toJson(QJsonDocument::Compact));
}

HttpResponse GReaderServer::tagList()
{
    QJsonArray tags{QJsonObject{{QStringLiteral("id"), kStarredTag}}};
    QSet<QString> seen;
    for (const Feed &feed : std::as_const(m_feeds)) {
        if (!seen.contains(feed.folder)) {
            seen.insert(feed.folder);
            tags.append(QJsonObject{{QStringLiteral("id"), QString(u"user/-/label/" + feed.folder)}, {QStringLiteral("type"), QStringLiteral("folder")}});
        }
    }
    return json(QJsonDocument(QJsonObject{{QStringLiteral("tags"), tags}}).toJson(QJsonDocument::Compact));
}

HttpResponse GReaderServer::itemIds(const Form &query)
{
    const QString stream = value(query, QStringLiteral("s"));
    const QString exclude = value(query, QStringLiteral("xt"));
    const qint64 olderThan = value(query, QStringLiteral("ot")).toLongLong();
    const int n = qBound(1, value(query, QStringLiteral("n")).isEmpty() ? 20 : value(query, QStringLiteral("n")).toInt(), 10000);
    const int offset = value(query, QStringLiteral("c")).toInt();
    if (stream != kReadingList && stream != kStarredTag && !stream.startsWith(u"feed/"))
        return error(400, "unknown stream");
    QJsonArray refs;
    int matched = 0;
    bool more = false;
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) { // newest first
        const Item &item = m_items.at(i);
        if (m_feeds.at(item.feed).streamId.startsWith(u"removed/"))
            continue; // unsubscribed: its items went with it (as on FreshRSS)
        if (stream == kStarredTag && !m_starred.contains(item.id))
            continue;
        if (stream.startsWith(u"feed/") && m_feeds.value(item.feed).streamId != stream)
            continue;
        if (exclude == kReadTag && m_read.contains(item.id))
            continue;
        if (olderThan > 0 && item.timestampUsec / 1000000 < olderThan)
            continue;
        if (matched++ < offset)
            continue;
        if (refs.size() == n) {
            more = true;
            break;
        }
        refs.append(QJsonObject{{QStringLiteral("id"), QString::number(item.id)},
                                {QStringLiteral("directStreamIds"), QJsonArray()},
                                {QStringLiteral("timestampUsec"), QString::number(item.timestampUsec)}});
    }
    QJsonObject page{{QStringLiteral("itemRefs"), refs}};
    if (more || (m_emptyLastPage && !refs.isEmpty()))
        page.insert(QStringLiteral("continuation"), QString::number(offset + refs.size()));
    return json(QJsonDocument(page).toJson(QJsonDocument::Compact));
}

QByteArray GReaderServer::itemJson(const Item &item) const
{
    const Feed &feed = m_feeds.at(item.feed);
    QJsonArray categories{kReadingList, QString(u"user/-/label/" + feed.folder)};
    if (m_read.contains(item.id))
        categories.append(kReadTag);
    if (m_starred.contains(item.id))
        categories.append(kStarredTag);
    const QString link = QStringLiteral("https://news.example/item/%1").arg(item.id);
    return QJsonDocument(QJsonObject{
        {QStringLiteral("id"), longId(item.id)},
        {QStringLiteral("crawlTimeMsec"), QString::number(item.timestampUsec / 1000)},
        {QStringLiteral("timestampUsec"), QString::number(item.timestampUsec)},
        {QStringLiteral("published"), item.timestampUsec / 1000000},
        {QStringLiteral("title"), fullWidth(item.title)},
        {QStringLiteral("author"), QStringLiteral("Reporter")},
        {QStringLiteral("canonical"), QJsonArray{QJsonObject{{QStringLiteral("href"), link}}}},
        {QStringLiteral("alternate"), QJsonArray{QJsonObject{{QStringLiteral("href"), link}, {QStringLiteral("type"), QStringLiteral("text/html")}}}},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("origin"), QJsonObject{{QStringLiteral("streamId"), feed.streamId},
                                               {QStringLiteral("title"), fullWidth(feed.title)},
                                               {QStringLiteral("htmlUrl"), feed.url}}},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("content"), item.content}}},
    }).toJson(QJsonDocument::Compact);
}

HttpResponse GReaderServer::itemContents(const Form &form)
{
    QByteArray body = "{\"id\":\"user/-/state/com.google/reading-list\",\"items\":[";
    bool first = true;
    for (const auto &[key, id] : form) {
        if (key != u"i")
            continue;
        const auto at = m_itemIndex.constFind(idOf(id));
        if (at == m_itemIndex.cend() || m_feeds.at(m_items.at(*at).feed).streamId.startsWith(u"removed/"))
            continue;
        if (!first)
            body += ',';
        first = false;
        body += itemJson(m_items.at(*at));
        ++m_contentsItemsServed;
    }
    return json(body + "]}");
}

HttpResponse GReaderServer::editTag(const Form &form)
{
    ++m_editTagCalls;
    if (m_dropEditTagAfter >= 0 && m_editTagCalls > m_dropEditTagAfter) {
        HttpResponse gone;
        gone.body = QByteArray(64, ' ');
        gone.stopAfterBytes = 0;
        gone.stop = HttpResponse::Stop::Reset; // the server goes away mid-push
        return gone;
    }
    QList<quint64> ids;
    for (const auto &[key, id] : form) {
        if (key == u"i") {
            if (m_refused.contains(idOf(id)))
                return error(400, "Error=item refused");
            ids.append(idOf(id));
        }
    }
    const QString add = value(form, QStringLiteral("a"));
    const QString remove = value(form, QStringLiteral("r"));
    for (quint64 id : std::as_const(ids)) {
        if (add == kReadTag) m_read.insert(id);
        if (add == kStarredTag) m_starred.insert(id);
        if (remove == kReadTag) m_read.remove(id);
        if (remove == kStarredTag) m_starred.remove(id);
    }
    HttpResponse ok;
    ok.contentType = "text/plain";
    ok.body = "OK";
    return ok;
}

HttpResponse GReaderServer::subscriptionEdit(const Form &form)
{
    const QString stream = value(form, QStringLiteral("s"));
    const QString action = value(form, QStringLiteral("ac"));
    for (qsizetype i = 0; i < m_feeds.size(); ++i) {
        if (m_feeds[i].streamId != stream)
            continue;
        if (action == u"unsubscribe") {
            m_feeds[i].streamId = QStringLiteral("removed/") + stream; // items keep their feed index
        } else if (action == u"edit" && !value(form, QStringLiteral("t")).isEmpty()) {
            m_feeds[i].title = value(form, QStringLiteral("t"));
        }
        HttpResponse ok;
        ok.contentType = "text/plain";
        ok.body = "OK";
        return ok;
    }
    return error(400, "unknown subscription");
}

HttpResponse GReaderServer::markAllAsRead(const Form &form)
{
    const QString stream = value(form, QStringLiteral("s"));
    const qint64 until = value(form, QStringLiteral("ts")).toLongLong();
    for (const Item &item : std::as_const(m_items)) {
        if (m_feeds.at(item.feed).streamId == stream && (until <= 0 || item.timestampUsec <= until))
            m_read.insert(item.id);
    }
    HttpResponse ok;
    ok.contentType = "text/plain";
    ok.body = "OK";
    return ok;
}
