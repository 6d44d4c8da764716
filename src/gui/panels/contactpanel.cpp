#include "panels/contactpanel.h"

#include "text/textdirection.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ContactPanel::ContactPanel(QWidget *parent)
    : QWidget(parent), m_publisher(new QLabel(this)), m_site(new QLabel(this)),
      m_openSite(new QPushButton(tr("Open the publisher's site"), this)), m_copyLink(new QPushButton(tr("Copy link"), this))
{
    setObjectName(QStringLiteral("contactPanel"));
    setAccessibleName(tr("Contact and share"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Contact the publisher"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_publisher->setWordWrap(true);
    m_site->setWordWrap(true);
    m_site->setOpenExternalLinks(true);
    m_site->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_publisher);
    layout->addWidget(m_site);
    m_openSite->setIcon(style()->standardIcon(QStyle::SP_DirLinkIcon));
    m_copyLink->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    layout->addWidget(m_openSite);
    layout->addWidget(m_copyLink);
    layout->addStretch(1);
    connect(m_openSite, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_siteUrl); });
    connect(m_copyLink, &QPushButton::clicked, this, &ContactPanel::copyLink);
    clear();
}

void ContactPanel::clear()
{
    m_publisher->setText(tr("Select an article to see how to reach its publisher."));
    m_site->clear();
    m_siteUrl.clear();
    m_articleUrl.clear();
    m_openSite->setEnabled(false);
    m_copyLink->setEnabled(false);
}

void ContactPanel::showArticle(const Article &article, const Feed &feed)
{
    const QString name = feed.title.isEmpty() ? feed.url : feed.title;
    m_publisher->setText(name);
    m_publisher->setLayoutDirection(TextDirection::isRightToLeft(name) ? Qt::RightToLeft : Qt::LeftToRight);
    QUrl site(feed.siteUrl);
    if (site.scheme() != u"http" && site.scheme() != u"https") {
        const QUrl articleUrl(article.url);
        site = articleUrl.scheme().startsWith(u"http") ? articleUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                                        : QUrl();
    }
    m_siteUrl = site;
    m_site->setText(site.isValid() && !site.isEmpty()
                        ? QStringLiteral("<a href=\"%1\">%2</a>").arg(site.toString(QUrl::FullyEncoded).toHtmlEscaped(), site.host().toHtmlEscaped())
                        : QString());
    m_openSite->setEnabled(!site.isEmpty());
    const QUrl link(article.url);
    m_articleUrl = link.scheme() == u"http" || link.scheme() == u"https" ? link : QUrl();
    m_copyLink->setEnabled(!m_articleUrl.isEmpty());
}

bool ContactPanel::copyLink()
{
    if (m_articleUrl.isEmpty())
        return false;
    QApplication::clipboard()->setText(m_articleUrl.toString());
    Q_EMIT statusMessage(tr("Link copied"));
    return true;
}
