#include "refresh/entryprocessor.h"

#include "text/sanitizedtext.h"
#include "text/textdirection.h"

#include <QCryptographicHash>
#include <QSet>

Article EntryProcessor::toArticle(const ParsedEntry &entry, const QString &feedLanguage)
{
    Article article;
    article.url = entry.link;
    article.title = entry.title;
    article.author = entry.author;
    article.published = entry.published;
    article.updated = entry.updated;
    article.contentHtml = entry.content;
    // Feeds often repeat the body as the summary: keep one copy (Article::bodyHtml() falls back).
    article.summaryHtml = entry.summary == entry.content ? QString() : entry.summary;
    article.imageUrl = entry.image;
    article.rawHash = entry.contentHash;
    for (const ParsedEnclosure &enclosure : entry.enclosures)
        article.enclosures.append({enclosure.url, enclosure.type, enclosure.length});
    article.language = entry.language.isEmpty() ? feedLanguage : entry.language;
    article.text = SanitizedText::toPlainText(article.bodyHtml()); // bodies arrive sanitised

    const QString directionSource = article.title + u'\n' + article.text;
    const QString languageHint = article.language.section(u'-', 0, 0).toLower();
    const bool rtlLanguage = languageHint == u"ar" || languageHint == u"fa" || languageHint == u"ur"
                             || languageHint == u"he";
    article.direction = TextDirection::detect(directionSource, rtlLanguage ? QStringLiteral("rtl") : QStringLiteral("ltr"));

    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {article.url, article.title, article.author, article.summaryHtml, article.contentHtml,
                                article.imageUrl}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    for (const ArticleEnclosure &enclosure : std::as_const(article.enclosures))
        hash.addData(enclosure.url.toUtf8());
    hash.addData(QByteArray::number(article.published.toMSecsSinceEpoch()));
    hash.addData(QByteArray::number(article.updated.toMSecsSinceEpoch()));
    article.contentHash = hash.result();

    article.guid = guidOf(entry);
    if (article.guid.isEmpty()) {
        const QByteArray identity = (article.title + u'\x1f' + article.text).toUtf8();
        article.guid = u"sha1:" + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex());
    }
    return article;
}

QList<Article> EntryProcessor::toArticles(const ParsedFeed &feed)
{
    QList<Article> articles;
    articles.reserve(feed.entries.size());
    QSet<QString> seen;
    for (const ParsedEntry &entry : feed.entries) {
        Article article = toArticle(entry, feed.language);
        if (seen.contains(article.guid))
            continue;
        seen.insert(article.guid);
        articles.append(std::move(article));
    }
    return articles;
}

ProcessedFeed EntryProcessor::process(const ParsedFeed &feed)
{
    return {feed.title, feed.link, feed.ttlMinutes, toArticles(feed)};
}

QString EntryProcessor::guidOf(const ParsedEntry &entry)
{
    const QString id = entry.id.trimmed();
    return id.isEmpty() ? entry.link.trimmed() : id;
}
