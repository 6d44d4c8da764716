#include "sharemenu.h"

#include "dialogs/qrcodedialog.h"
#include "share/sharelinks.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QUrl>

ShareMenu::ShareMenu(CurrentArticle current, QAction *copyLink, QWidget *parent)
    : QMenu(tr("S&hare"), parent), m_current(std::move(current))
{
    setObjectName(QStringLiteral("shareMenu"));
    setIcon(QIcon::fromTheme(QStringLiteral("emblem-shared"), QIcon::fromTheme(QStringLiteral("document-send"))));
    addAction(copyLink);
    m_needArticle.append(addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Title and Link"), this,
                                   &ShareMenu::copyTitleAndLink));
    m_needArticle.append(addAction(tr("&QR Code…"), this, &ShareMenu::showQrCode));
    addSeparator();
    const QList<std::pair<ShareLinks::Target, QString>> targets = {
        {ShareLinks::Target::Email, tr("By &E-mail…")},
        {ShareLinks::Target::WhatsApp, tr("On &WhatsApp…")},
        {ShareLinks::Target::Telegram, tr("On Tele&gram…")},
        {ShareLinks::Target::X, tr("On &X…")},
    };
    for (const auto &[target, text] : targets) {
        QAction *action = addAction(text, this, [this, target = target] { shareTo(int(target)); });
        action->setObjectName(u"shareTo_" + ShareLinks::targetName(target));
        m_needArticle.append(action);
    }
    connect(this, &QMenu::aboutToShow, this, &ShareMenu::updateEnabled);
}

void ShareMenu::attachTo(QAbstractItemView *view, const QList<QAction *> &actions)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, actions](const QPoint &pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        view->setCurrentIndex(index); // the menu acts on the row that was clicked
        QMenu menu(view);
        menu.addActions(actions);
        menu.addSeparator();
        menu.addMenu(this);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void ShareMenu::popUpAt(QWidget *anchor)
{
    const QPoint corner = anchor->isRightToLeft() ? anchor->rect().bottomRight() : anchor->rect().bottomLeft();
    popup(anchor->mapToGlobal(corner));
}

std::optional<Article> ShareMenu::shareable() const
{
    std::optional<Article> article = m_current ? m_current() : std::nullopt;
    const QUrl url(article ? article->url : QString());
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return std::nullopt;
    return article;
}

void ShareMenu::updateEnabled()
{
    const bool enabled = shareable().has_value();
    for (QAction *action : std::as_const(m_needArticle))
        action->setEnabled(enabled);
}

bool ShareMenu::copyTitleAndLink()
{
    const auto article = shareable();
    if (!article)
        return false;
    QApplication::clipboard()->setText(ShareLinks::chatMessage(article->title, article->url));
    Q_EMIT statusMessage(tr("Title and link copied"));
    return true;
}

void ShareMenu::showQrCode()
{
    const auto article = shareable();
    if (!article)
        return;
    auto *dialog = new QrCodeDialog(QUrl(article->url).toString(QUrl::FullyEncoded), article->title, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ShareMenu::shareTo(int target)
{
    const auto article = shareable();
    if (!article)
        return false;
    const QUrl link = ShareLinks::forArticle(ShareLinks::Target(target), article->title,
                                             QUrl(article->url).toString(QUrl::FullyEncoded));
    if (!QDesktopServices::openUrl(link)) {
        Q_EMIT statusMessage(tr("No application on this computer opens %1 links.").arg(link.scheme()));
        return false;
    }
    return true;
}
