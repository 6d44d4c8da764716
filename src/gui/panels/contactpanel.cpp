#include "panels/contactpanel.h"

#include "dialogs/contactchannelsdialog.h"
#include "dialogs/qrcodedialog.h"
#include "qrimage.h"
#include "refresh/refresher.h"
#include "share/channelvalue.h"
#include "share/contactfinder.h"
#include "share/sharelinks.h"
#include "store/store.h"
#include "text/textdirection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Which channel "Open chat" uses: a chat app first, then mail, a call, the contact page.
int priority(ContactChannel::Kind kind)
{
    switch (kind) {
    case ContactChannel::Kind::WhatsApp: return 0;
    case ContactChannel::Kind::Telegram: return 1;
    case ContactChannel::Kind::Email: return 2;
    case ContactChannel::Kind::Phone: return 3;
    case ContactChannel::Kind::Web: return 4;
    }
    return 5;
}

/** A speech bubble, with a green dot in the corner when `badge` is set. */
QIcon chatIcon(const QPalette &palette, bool badge)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette.color(QPalette::WindowText), 2));
    p.drawRoundedRect(QRectF(3, 5, 24, 17), 6, 6);
    p.drawLine(QPointF(9, 22), QPointF(7, 28));
    p.drawLine(QPointF(7, 28), QPointF(14, 22));
    if (badge) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x25, 0xD3, 0x66)); // WhatsApp green reads as "someone is there"
        p.drawEllipse(QRectF(20, 0, 12, 12));
    }
    return QIcon(pixmap);
}
} // namespace

ContactPanel::ContactPanel(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_toggle(new QAction(tr("&Contact Panel"), this))
{
    setObjectName(QStringLiteral("contactPanel"));
    setAccessibleName(tr("Contact and share"));
    m_toggle->setObjectName(QStringLiteral("toggleContactPanel"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    connect(m_toggle, &QAction::toggled, this, &QWidget::setVisible);
    buildLayout();
    clear();
}

void ContactPanel::buildLayout()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    // The content keeps its natural height and the area scrolls, instead of squeezing the code and the message.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    auto *heading = new QLabel(tr("Contact the publisher"), content);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *header = new QHBoxLayout;
    m_icon = new QLabel(content);
    m_icon->setFixedSize(24, 24);
    m_publisher = new QLabel(content);
    m_publisher->setObjectName(QStringLiteral("publisherName"));
    m_publisher->setWordWrap(true);
    header->addWidget(m_icon);
    header->addWidget(m_publisher, 1);
    layout->addLayout(header);
    m_site = new QLabel(content);
    m_site->setWordWrap(true);
    m_site->setOpenExternalLinks(true);
    m_site->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_site);

    // The chat: the publisher's greeting (incoming), the user's message, the ways to send it.
    m_noChannels = new QLabel(tr("No way to reach this publisher is known yet. Khulasa looks for one on "
                                 "the publisher's site; you can also add one yourself."), content);
    m_noChannels->setWordWrap(true);
    layout->addWidget(m_noChannels);
    m_chat = new QWidget(content);
    auto *chat = new QVBoxLayout(m_chat);
    chat->setContentsMargins(0, 0, 0, 0);
    m_greeting = new QLabel(m_chat);
    m_greeting->setObjectName(QStringLiteral("greetingBubble"));
    m_greeting->setWordWrap(true);
    m_greeting->setTextFormat(Qt::PlainText);
    m_greeting->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
                                             " border-radius: 10px; padding: 8px; }"));
    chat->addWidget(m_greeting);
    m_message = new QPlainTextEdit(m_chat);
    m_message->setObjectName(QStringLiteral("chatMessage"));
    m_message->setAccessibleName(tr("Your message"));
    m_message->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    chat->addWidget(m_message);
    m_openChat = new QPushButton(tr("Open chat"), m_chat);
    m_openChat->setObjectName(QStringLiteral("openChatButton"));
    m_openChat->setDefault(true);
    chat->addWidget(m_openChat);
    m_otherChannels = new QHBoxLayout;
    chat->addLayout(m_otherChannels);
    m_scanCode = new QToolButton(m_chat);
    m_scanCode->setObjectName(QStringLiteral("scanCodeButton"));
    m_scanCode->setText(tr("Scan the code"));
    m_scanCode->setToolTip(tr("Continue on your phone: scan the code with its camera"));
    m_scanCode->setCheckable(true);
    chat->addWidget(m_scanCode);
    m_code = new QLabel(m_chat);
    m_code->setObjectName(QStringLiteral("chatCode"));
    m_code->setAlignment(Qt::AlignCenter);
    chat->addWidget(m_code);
    m_saveCode = new QPushButton(tr("Save image…"), m_chat);
    m_saveCode->setObjectName(QStringLiteral("saveChatCodeButton"));
    chat->addWidget(m_saveCode);
    layout->addWidget(m_chat);

    m_edit = new QPushButton(tr("Edit contacts…"), content);
    m_edit->setObjectName(QStringLiteral("editContactsButton"));
    layout->addWidget(m_edit);
    m_openSite = new QPushButton(style()->standardIcon(QStyle::SP_DirLinkIcon), tr("Open the publisher's site"), content);
    m_copyLink = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy link"), content);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    layout->addWidget(m_openSite);
    layout->addWidget(m_copyLink);

    auto *historyTitle = new QLabel(tr("Chats opened from Khulasa"), content);
    historyTitle->setFont(headingFont);
    layout->addWidget(historyTitle);
    m_history = new QListWidget(content);
    m_history->setObjectName(QStringLiteral("chatHistory"));
    m_history->setAccessibleName(historyTitle->text());
    m_history->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_history);
    layout->addStretch(1);

    connect(m_openSite, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_siteUrl); });
    connect(m_copyLink, &QPushButton::clicked, this, &ContactPanel::copyLink);
    connect(m_openChat, &QPushButton::clicked, this, &ContactPanel::openChat);
    connect(m_scanCode, &QToolButton::toggled, this, &ContactPanel::setCodeShown);
    connect(m_message, &QPlainTextEdit::textChanged, this, &ContactPanel::updateCode);
    connect(m_saveCode, &QPushButton::clicked, this, [this] { QrCodeDialog::saveImageAs(this, m_codeImage); });
    connect(m_edit, &QPushButton::clicked, this, &ContactPanel::editChannels);
}

void ContactPanel::watchRefreshes(Refresher &refresher)
{
    delete m_finder;
    m_finder = new ContactFinder(m_store, refresher.fetcher(), this);
    connect(m_finder, &ContactFinder::searched, this, &ContactPanel::handleSearched);
    connect(&refresher, &Refresher::feedRefreshed, this, [this](const FeedRefreshOutcome &outcome) {
        if (outcome.status != FeedStatus::Ok)
            return;
        if (const std::optional<Feed> feed = m_store.feed(outcome.feedId))
            m_finder->checkIfDue(*feed);
    });
}

void ContactPanel::handleSearched(qint64 feedId, int added, const QString &)
{
    if (added > 0 && m_feed && m_feed->id == feedId)
        reloadChannels();
}

void ContactPanel::clear()
{
    m_article.reset();
    m_feed.reset();
    m_channels.clear();
    m_publisher->setText(tr("Select an article to see how to reach its publisher."));
    m_icon->clear();
    m_site->clear();
    m_siteUrl.clear();
    m_articleUrl.clear();
    m_openSite->setEnabled(false);
    m_copyLink->setEnabled(false);
    m_edit->setEnabled(false);
    m_message->clear();
    m_chat->setVisible(false);
    m_noChannels->setVisible(false);
    m_history->clear();
    setBadge(false);
}

void ContactPanel::showArticle(const Article &article, const Feed &feed)
{
    const bool samePublisher = m_feed && m_feed->id == feed.id;
    m_article = article;
    m_feed = feed;
    const QString name = feed.title.isEmpty() ? feed.url : feed.title;
    m_publisher->setText(name);
    m_publisher->setLayoutDirection(TextDirection::isRightToLeft(name) ? Qt::RightToLeft : Qt::LeftToRight);
    const QString iconPath = feed.iconFile.isEmpty() || m_iconFolder.isEmpty() ? QString() : m_iconFolder + u'/' + feed.iconFile;
    const QIcon icon = QFileInfo::exists(iconPath) ? QIcon(iconPath) : style()->standardIcon(QStyle::SP_DriveNetIcon);
    m_icon->setPixmap(icon.pixmap(24, 24));
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
    m_edit->setEnabled(!feed.builtin);
    m_message->setPlainText(ShareLinks::chatMessage(article.title, m_articleUrl.toString(QUrl::FullyEncoded)));
    reloadChannels();
    if (!samePublisher)
        reloadHistory();
    if (m_finder)
        m_finder->checkIfDue(feed);
}

void ContactPanel::reloadChannels()
{
    m_channels = m_feed ? m_store.contactChannels(m_feed->id) : QList<ContactChannel>();
    std::stable_sort(m_channels.begin(), m_channels.end(),
                     [](const ContactChannel &a, const ContactChannel &b) { return priority(a.kind) < priority(b.kind); });
    const bool any = !m_channels.isEmpty();
    m_chat->setVisible(any);
    m_noChannels->setVisible(m_feed && !any && !m_feed->builtin);
    setBadge(any);
    while (QLayoutItem *item = m_otherChannels->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!any) {
        setCodeShown(false);
        return;
    }
    const ContactChannel &main = m_channels.first();
    m_greeting->setText(main.greeting);
    m_greeting->setVisible(!main.greeting.isEmpty());
    m_greeting->setLayoutDirection(TextDirection::isRightToLeft(main.greeting) ? Qt::RightToLeft : Qt::LeftToRight);
    // Our own words on the button (the UI's language); the widget's button text, in the publisher's, as its tip.
    m_openChat->setText(main.kind == ContactChannel::Kind::WhatsApp ? tr("Open chat") : tr("Open %1").arg(kindText(main.kind)));
    const QString where = kindText(main.kind) + u": " + ChannelValue::display(main);
    m_openChat->setToolTip(main.label.isEmpty() ? where : main.label + u'\n' + where);
    // The message goes only where a channel takes one (WhatsApp text, e-mail body).
    m_message->setEnabled(main.kind == ContactChannel::Kind::WhatsApp || main.kind == ContactChannel::Kind::Email);
    for (qsizetype i = 1; i < m_channels.size(); ++i) {
        const ContactChannel channel = m_channels.at(i);
        auto *button = new QToolButton(m_chat);
        button->setObjectName(QStringLiteral("channelButton"));
        button->setText(kindText(channel.kind));
        button->setToolTip(ChannelValue::display(channel));
        connect(button, &QToolButton::clicked, this, [this, channel] { openChannel(channel); });
        m_otherChannels->addWidget(button);
    }
    m_otherChannels->addStretch(1);
    updateCode();
}

void ContactPanel::reloadHistory()
{
    m_history->clear();
    if (!m_feed)
        return;
    const QLocale locale;
    for (const ChatRecord &record : m_store.chatHistory(m_feed->id, 30)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(kindText(record.kind),
                                                                           locale.toString(record.opened.toLocalTime(), QLocale::ShortFormat),
                                                                           record.articleTitle),
                                         m_history);
        item->setToolTip(record.channelValue);
    }
}

QString ContactPanel::kindText(ContactChannel::Kind kind) const
{
    switch (kind) {
    case ContactChannel::Kind::WhatsApp: return tr("WhatsApp");
    case ContactChannel::Kind::Telegram: return tr("Telegram");
    case ContactChannel::Kind::Email: return tr("E-mail");
    case ContactChannel::Kind::Phone: return tr("Phone");
    case ContactChannel::Kind::Web: return tr("Contact page");
    }
    return {};
}

QUrl ContactPanel::chatUrl() const
{
    if (m_channels.isEmpty())
        return {};
    return ChannelValue::chatUrl(m_channels.first(), m_message->toPlainText().trimmed(), m_article ? m_article->title : QString());
}

bool ContactPanel::openChat()
{
    return !m_channels.isEmpty() && openChannel(m_channels.first());
}

bool ContactPanel::openChannel(const ContactChannel &channel)
{
    const QUrl url = ChannelValue::chatUrl(channel, m_message->toPlainText().trimmed(), m_article ? m_article->title : QString());
    if (url.isEmpty() || !QDesktopServices::openUrl(url)) {
        Q_EMIT statusMessage(tr("No application on this computer opens %1 links.").arg(url.scheme()));
        return false;
    }
    ChatRecord record;
    record.articleId = m_article ? m_article->id : 0;
    record.feedId = m_feed ? m_feed->id : 0;
    record.articleTitle = m_article ? m_article->title : QString();
    record.kind = channel.kind;
    record.channelValue = channel.value;
    record.opened = QDateTime::currentDateTimeUtc();
    if (m_store.recordChat(record))
        reloadHistory();
    return true;
}

void ContactPanel::setCodeShown(bool shown)
{
    shown = shown && !m_channels.isEmpty();
    if (m_scanCode->isChecked() != shown)
        m_scanCode->setChecked(shown); // comes back here through toggled
    m_code->setVisible(shown);
    m_saveCode->setVisible(shown);
    updateCode();
}

void ContactPanel::updateCode()
{
    if (!m_scanCode->isChecked()) {
        m_codeImage = QImage();
        m_code->clear();
        return;
    }
    // As large as the panel allows (whole pixels per module, at most 320 px): a phone reads it from
    // the screen; "Save image" and the Share menu's dialog give a bigger one.
    m_codeImage = QrImage::fitting(chatUrl().toEncoded(), qBound(120, m_chat->contentsRect().width(), 320));
    m_code->setPixmap(QPixmap::fromImage(m_codeImage));
    m_code->setAccessibleName(tr("QR code of %1").arg(QString::fromLatin1(chatUrl().toEncoded())));
    m_saveCode->setEnabled(!m_codeImage.isNull());
}

void ContactPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_scanCode->isChecked())
        updateCode(); // the code follows the panel's width
}

void ContactPanel::setBadge(bool shown)
{
    m_badge = shown;
    m_toggle->setIcon(chatIcon(palette(), shown));
    m_toggle->setToolTip(shown ? tr("Contact panel: this publisher can be reached") : tr("Contact panel"));
}

bool ContactPanel::copyLink()
{
    if (m_articleUrl.isEmpty())
        return false;
    QApplication::clipboard()->setText(m_articleUrl.toString());
    Q_EMIT statusMessage(tr("Link copied"));
    return true;
}

void ContactPanel::editChannels()
{
    if (!m_feed)
        return;
    auto *dialog = new ContactChannelsDialog(m_store, *m_feed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &ContactPanel::reloadChannels);
    dialog->open();
}
