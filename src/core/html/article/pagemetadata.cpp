#include "html/article/pagemetadata.h"

#include "feeds/dateparser.h"
#include "html/urlpolicy.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PageMetadataReader {
namespace {

/** Everything the reader collects in one walk over the page, before deciding. */
struct Findings
{
    QHash<QByteArray, QString> meta; // property/name/itemprop (lower case) → first content seen
    QString titleTag;
    QList<QJsonObject> jsonLd; // every object found, @graph members and array items flattened
    QString htmlLang, htmlDir, bodyDir;
    QString imageLink;
    QString timeDateTime;   // the first <time datetime> (a pubdate or itemprop one wins)
    bool timeIsMarked = false;
    QString relAuthor;
    QString itempropHeadline;
};

QString attr(const PageNode &node, const char *name)
{
    return QString::fromUtf8(PageTree::attribute(node, name)).trimmed();
}

void collectJsonLd(const QJsonValue &value, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 4 || out.size() > 64)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectJsonLd(item, out, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out.append(object);
        if (object.contains(u"@graph"))
            collectJsonLd(object.value(u"@graph"), out, depth + 1);
    }
}

void collectMeta(const PageNode &node, Findings &f)
{
    QString content = attr(node, "content");
    if (content.isEmpty())
        return;
    for (const char *key : {"property", "name", "itemprop"}) {
        const QByteArray k = PageTree::attribute(node, key).trimmed().toByteArray().toLower();
        if (!k.isEmpty() && !f.meta.contains(k))
            f.meta.insert(k, content);
    }
    const QByteArray httpEquiv = PageTree::attribute(node, "http-equiv").toByteArray().toLower();
    if (httpEquiv == "content-language" && !f.meta.contains("content-language"))
        f.meta.insert("content-language", content);
}

Findings collect(const PageTree &tree)
{
    Findings f;
    for (int i = 0; i < tree.size(); ++i) {
        const PageNode &node = tree.at(i);
        if (node.isText)
            continue;
        switch (node.tag) {
        case GUMBO_TAG_HTML:
            f.htmlLang = attr(node, "lang");
            if (f.htmlLang.isEmpty())
                f.htmlLang = attr(node, "xml:lang");
            f.htmlDir = attr(node, "dir").toLower();
            break;
        case GUMBO_TAG_BODY:
            f.bodyDir = attr(node, "dir").toLower();
            break;
        case GUMBO_TAG_META:
            collectMeta(node, f);
            break;
        case GUMBO_TAG_TITLE:
            if (f.titleTag.isEmpty() && tree.enclosing(i, GUMBO_TAG_SVG) < 0)
                f.titleTag = tree.textOf(i);
            break;
        case GUMBO_TAG_LINK: {
            const QByteArray rel = PageTree::attribute(node, "rel").toByteArray().toLower();
            if (rel == "image_src" && f.imageLink.isEmpty())
                f.imageLink = attr(node, "href");
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (PageTree::attribute(node, "type").trimmed().compare("application/ld+json", Qt::CaseInsensitive) == 0
                && node.firstChild >= 0 && tree.at(node.firstChild).isText) {
                const QJsonDocument doc = QJsonDocument::fromJson(PageTree::text(tree.at(node.firstChild)).toByteArray());
                collectJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), f.jsonLd);
            }
            break;
        case GUMBO_TAG_TIME: {
            const QString dt = attr(node, "datetime");
            const bool marked = !PageTree::attribute(node, "pubdate").isNull()
                || PageTree::attribute(node, "itemprop") == "datePublished";
            if (!dt.isEmpty() && (f.timeDateTime.isEmpty() || (marked && !f.timeIsMarked))) {
                f.timeDateTime = dt;
                f.timeIsMarked = marked;
            }
            break;
        }
        case GUMBO_TAG_A:
            if (f.relAuthor.isEmpty() && PageTree::attribute(node, "rel").toByteArray().toLower() == "author")
                f.relAuthor = tree.textOf(i);
            break;
        default:
            break;
        }
        // Microdata on any element: <h1 itemprop="headline">, <span itemprop="author">…
        const QByteArrayView itemprop = PageTree::attribute(node, "itemprop");
        if (node.tag != GUMBO_TAG_META && !itemprop.isEmpty()) {
            const QByteArray key = itemprop.toByteArray().toLower();
            if (key == "headline" && f.itempropHeadline.isEmpty())
                f.itempropHeadline = tree.textOf(i);
            else if ((key == "author" || key == "datepublished") && !f.meta.contains(key)) {
                QString value = attr(node, key == "author" ? "content" : "datetime");
                if (value.isEmpty())
                    value = key == "author" ? tree.textOf(i) : attr(node, "content");
                if (!value.isEmpty())
                    f.meta.insert(key, value);
            }
        }
    }
    return f;
}

bool isArticleType(const QJsonObject &object)
{
    const QJsonValue type = object.value(u"@type");
    const QStringList types = type.isArray() ? type.toVariant().toStringList() : QStringList{type.toString()};
    for (const QString &t : types) {
        if (t.endsWith(u"Article") || t == u"BlogPosting" || t == u"Report" || t == u"LiveBlogPosting")
            return true;
    }
    return false;
}

/** The article object of the JSON-LD, or the first object that carries a headline. */
QJsonObject articleObject(const QList<QJsonObject> &objects)
{
    for (const QJsonObject &o : objects) {
        if (isArticleType(o))
            return o;
    }
    for (const QJsonObject &o : objects) {
        if (o.contains(u"headline"))
            return o;
    }
    return {};
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject())
        return value.toObject().value(u"name").toString().trimmed();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString n = nameOf(item);
            if (!n.isEmpty() && !names.contains(n))
                names.append(n);
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

QString urlOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(u"url").toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return urlOf(value.toArray().first());
    return {};
}

QString first(const Findings &f, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = f.meta.value(QByteArray(k));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

QDateTime parseDate(const QString &text)
{
    return text.isEmpty() ? QDateTime() : DateParser::parse(text);
}

// " | ", " – " and the like: a separator only with spaces on both sides, because «» and ":" are also
// ordinary punctuation inside Arabic and English headlines.
const QStringList &separators()
{
    static const QStringList list = {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
                                     QStringLiteral(" — "), QStringLiteral(" « "), QStringLiteral(" » "),
                                     QStringLiteral(" :: "), QStringLiteral(" · "), QStringLiteral(" / "),
                                     QStringLiteral(" : "), QStringLiteral(" ｜ ")};
    return list;
}

int wordCount(const QString &s)
{
    return int(s.split(u' ', Qt::SkipEmptyParts).size());
}

} // namespace

QString titleKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString cleanTitle(const QString &rawTitle, const QString &siteName, const QStringList &headings, bool fromTitleTag)
{
    QString title = rawTitle.simplified();
    const QString siteKey = titleKey(siteName);
    // 1. The site's name at either end, behind any separator.
    for (const QString &sep : separators()) {
        const qsizetype last = title.lastIndexOf(sep);
        if (last > 0 && !siteKey.isEmpty()) {
            const QString tail = titleKey(title.mid(last + sep.size()));
            if (!tail.isEmpty() && (tail == siteKey || siteKey.contains(tail) || tail.contains(siteKey))) {
                title = title.left(last).trimmed();
                continue;
            }
        }
        const qsizetype firstSep = title.indexOf(sep);
        if (firstSep > 0 && !siteKey.isEmpty()) {
            const QString head = titleKey(title.left(firstSep));
            if (!head.isEmpty() && (head == siteKey || siteKey.contains(head) || head.contains(siteKey)))
                title = title.mid(firstSep + sep.size()).trimmed();
        }
    }
    // 2. A heading of the page that is one part of the title is the headline.
    for (const QString &heading : headings) {
        const QString key = titleKey(heading);
        if (!key.isEmpty() && key != titleKey(title) && titleKey(title).contains(key) && wordCount(heading) >= 2) {
            for (const QString &sep : separators()) {
                for (const QString &part : title.split(sep)) {
                    if (titleKey(part) == key)
                        return part.trimmed();
                }
            }
        }
    }
    // 3. <title> often ends with a section or site name we could not recognise: keep the part before
    // the last separator when it still reads like a headline.
    if (fromTitleTag) {
        for (const QString &sep : {QStringLiteral(" | "), QStringLiteral(" – "), QStringLiteral(" — "),
                                   QStringLiteral(" - "), QStringLiteral(" « "), QStringLiteral(" » ")}) {
            const qsizetype last = title.lastIndexOf(sep);
            if (last > 0 && wordCount(title.left(last)) >= 3) {
                title = title.left(last).trimmed();
                break;
            }
        }
    }
    return title;
}

PageMetadata read(const PageTree &tree, const QUrl &pageUrl)
{
    const Findings f = collect(tree);
    const QJsonObject article = articleObject(f.jsonLd);
    PageMetadata m;

    for (int i = 0; i < tree.size() && m.headings.size() < 8; ++i) {
        if (!tree.at(i).isText && tree.at(i).tag == GUMBO_TAG_H1)
            m.headings.append(tree.textOf(i));
    }

    m.siteName = first(f, {"og:site_name", "application-name"});
    if (m.siteName.isEmpty()) {
        for (const QJsonObject &o : f.jsonLd) {
            m.siteName = nameOf(o.value(u"publisher"));
            if (!m.siteName.isEmpty())
                break;
        }
    }

    QString title = article.value(u"headline").toString().simplified();
    bool fromTitleTag = false;
    for (const QString &candidate : {first(f, {"og:title", "twitter:title", "dc.title"}), f.itempropHeadline}) {
        if (title.isEmpty())
            title = candidate;
    }
    if (title.isEmpty()) {
        title = f.titleTag;
        fromTitleTag = true;
    }
    if (title.trimmed().isEmpty() && !m.headings.isEmpty())
        title = m.headings.first();
    m.title = cleanTitle(title, m.siteName, m.headings, fromTitleTag);

    QString byline = nameOf(article.value(u"author"));
    for (const QString &candidate : {first(f, {"author", "article:author", "byl", "parsely-author", "sailthru.author",
                                               "dc.creator"}),
                                     f.relAuthor}) {
        if (byline.isEmpty() && !looksLikeUrl(candidate))
            byline = candidate;
    }
    m.byline = byline.simplified();

    for (const QString &candidate :
         {first(f, {"article:published_time", "og:published_time", "datepublished"}),
          article.value(u"datePublished").toString(),
          first(f, {"pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date",
                    "parsely-pub-date", "article.published", "published_time"}),
          f.timeDateTime}) {
        if (!m.published.isValid())
            m.published = parseDate(candidate);
    }

    for (const QString &candidate : {first(f, {"og:image:secure_url", "og:image:url", "og:image", "twitter:image",
                                               "twitter:image:src", "image"}),
                                     urlOf(article.value(u"image")), urlOf(article.value(u"thumbnailUrl")), f.imageLink}) {
        if (m.image.isEmpty() && !candidate.isEmpty()) {
            const QString url = UrlPolicy::filter(candidate, pageUrl, UrlPolicy::Use::Image);
            if (url.startsWith(u"http"))
                m.image = url;
        }
    }

    m.articleBody = article.value(u"articleBody").toString().trimmed();
    m.language = f.htmlLang;
    if (m.language.isEmpty())
        m.language = first(f, {"content-language", "og:locale", "inlanguage"}).replace(u'_', u'-');
    if (m.language.isEmpty())
        m.language = article.value(u"inLanguage").toString();
    m.language = m.language.section(u',', 0, 0).trimmed();
    for (const QString &dir : {f.bodyDir, f.htmlDir}) {
        if (m.direction.isEmpty() && (dir == u"rtl" || dir == u"ltr"))
            m.direction = dir;
    }
    return m;
}
} // namespace PageMetadataReader
