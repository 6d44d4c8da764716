// An article as the store keeps it. Summary and content are sanitised HTML; `text` is their plain text.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/** An attachment such as a podcast episode: played by the system's player, never inside the pane. */
struct ArticleEnclosure
{
    QString url;
    QString type; // MIME type, e.g. "audio/mpeg"
    qint64 length = 0;
};

struct Article
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;        // the feed's id for the entry, else its link, else a hash of its text
    QString url;
    QString title;       // plain text
    QString author;
    QDateTime published; // UTC; invalid when the feed gave none
    QDateTime updated;
    QDateTime fetched;
    qint64 sortTime = 0; // as stored: the list's order (milliseconds of displayTime() when first stored)
    QString summaryHtml;
    QString contentHtml;
    QString text;
    QString imageUrl;
    QString language;
    QString direction = QStringLiteral("ltr"); // rtl | ltr, detected from the text
    QByteArray contentHash;
    QList<ArticleEnclosure> enclosures;
    quint64 rawHash = 0; // the parser's hash of the entry before sanitising (0: unknown)
    // The story extracted from the article's web page (issue 7), empty until it was loaded: sanitised
    // HTML and its plain text. The feed's teaser above stays as the feed sent it.
    QString fullContentHtml;
    QString fullText;
    bool read = false;
    bool saved = false;

    /** The time the article is sorted and shown by: published, else updated, else fetched. */
    QDateTime displayTime() const
    {
        return published.isValid() ? published : updated.isValid() ? updated : fetched;
    }
    /** The richest HTML body: the extracted story, else the feed's content, else its summary. */
    const QString &bodyHtml() const
    {
        return !fullContentHtml.isEmpty() ? fullContentHtml : contentHtml.isEmpty() ? summaryHtml : contentHtml;
    }
    /** The richest plain text, for search, summaries and reading time. */
    const QString &bestText() const { return fullText.isEmpty() ? text : fullText; }
};
