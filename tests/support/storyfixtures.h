// The hand-written news stories of tests/data/summary/stories as articles: first line the story label
// ("-" for a story told once), second the headline, then the body, one paragraph a line.
#pragma once

#include "model/article.h"

#include <QCryptographicHash>
#include <QFile>

namespace StoryFixtures {
inline QString label(const QString &name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/summary/stories/") + name + u".txt");
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed() : QString();
}

/** The story `name` (file name without .txt) as an article with guid, URL, title, text and content hash. */
inline Article article(const QString &name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/summary/stories/") + name + u".txt");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    Article article;
    article.guid = name;
    article.url = u"https://news.example/" + name;
    article.title = text.section(u'\n', 1, 1);
    article.text = text.section(u'\n', 2).trimmed();
    article.contentHash = QCryptographicHash::hash((article.title + u'\x1f' + article.text).toUtf8(),
                                                   QCryptographicHash::Sha1);
    return article;
}
}
