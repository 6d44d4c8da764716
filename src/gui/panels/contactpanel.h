// The chat/contact panel: a chat-like view of the current article's publisher — header with name
// and icon, the publisher's greeting as an incoming bubble, a message prefilled with the article's
// title and link, "Open chat" on the main channel, buttons for the others, "Scan the code" (the
// chat link as a QR code, with Save image), the local history of chats, and the user's own edits
// of the channels. Its toggle action shows a badge when the publisher can be reached.
#pragma once

#include "model/article.h"
#include "model/contactchannel.h"
#include "model/feed.h"

#include <QImage>
#include <QUrl>
#include <QWidget>
#include <optional>

class ContactFinder;
class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QHBoxLayout;
class Refresher;
class Store;

class ContactPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPanel)

public:
    explicit ContactPanel(Store &store, QWidget *parent = nullptr);

    /** Searches publishers' sites for channels after their feeds refresh (once, then weekly). */
    void watchRefreshes(Refresher &refresher);
    /** Where feed icons are cached (for the header). */
    void setIconFolder(const QString &folder) { m_iconFolder = folder; }

    void showArticle(const Article &article, const Feed &feed);
    void clear();
    /** Copies the current article's link to the clipboard; false when there is none. */
    bool copyLink();
    /** Opens the main channel's chat with the message, and records it in the history. */
    bool openChat();
    /** Opens `channel` (one of the current publisher's) and records it in the history. */
    bool openChannel(const ContactChannel &channel);
    /** Shows or hides the QR code of the chat link. */
    void setCodeShown(bool shown);
    /** Opens the dialog that adds, edits and removes the publisher's channels. */
    void editChannels();

    /** Shows and hides the panel; its icon carries a badge while the publisher has a channel. */
    QAction *toggleAction() const { return m_toggle; }
    bool badgeShown() const { return m_badge; }
    /** The link "Open chat" opens (empty when the publisher has no channel). */
    QUrl chatUrl() const;
    QImage codeImage() const { return m_codeImage; }
    QList<ContactChannel> channels() const { return m_channels; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    void reloadChannels();
    void reloadHistory();
    void updateCode();
    void setBadge(bool shown);
    QString kindText(ContactChannel::Kind kind) const;
    void handleSearched(qint64 feedId, int added, const QString &error);

    Store &m_store;
    ContactFinder *m_finder = nullptr;
    QString m_iconFolder;
    std::optional<Article> m_article;
    std::optional<Feed> m_feed;
    QList<ContactChannel> m_channels;
    QUrl m_siteUrl;
    QUrl m_articleUrl;
    QImage m_codeImage;
    bool m_badge = false;

    QAction *m_toggle;
    QLabel *m_icon = nullptr;
    QLabel *m_publisher = nullptr;
    QLabel *m_site = nullptr;
    QPushButton *m_openSite = nullptr;
    QPushButton *m_copyLink = nullptr;
    QWidget *m_chat = nullptr;
    QLabel *m_noChannels = nullptr;
    QLabel *m_greeting = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QPushButton *m_openChat = nullptr;
    QHBoxLayout *m_otherChannels = nullptr;
    QToolButton *m_scanCode = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_saveCode = nullptr;
    QPushButton *m_edit = nullptr;
    QListWidget *m_history = nullptr;
};
