// The chat/contact panel: how to reach the publisher and how to pass the story on.
// For now: the publisher's site and "Copy link" for the current article.
#pragma once

#include "model/article.h"
#include "model/feed.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

class ContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    explicit ContactPanel(QWidget *parent = nullptr);

    void showArticle(const Article &article, const Feed &feed);
    void clear();
    /** Copies the current article's link to the clipboard; false when there is none. */
    bool copyLink();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QLabel *m_publisher;
    QLabel *m_site;
    QPushButton *m_openSite;
    QPushButton *m_copyLink;
    QUrl m_siteUrl;
    QUrl m_articleUrl;
};
