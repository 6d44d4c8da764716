#include "models/directionaltextdelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextOption>

namespace {
QString badgeText(const QModelIndex &index)
{
    const int unread = index.data(Roles::UnreadCountRole).toInt();
    return unread > 0 ? QLocale().toString(unread) : QString();
}
} // namespace

QTextOption DirectionalTextDelegate::textOption(const QModelIndex &index)
{
    const auto direction = Qt::LayoutDirection(index.data(Roles::TextDirectionRole).toInt());
    QTextOption option;
    option.setTextDirection(direction);
    option.setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                        | (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    option.setWrapMode(QTextOption::NoWrap);
    return option;
}

QRect DirectionalTextDelegate::badgeRect(const QStyleOptionViewItem &option, const QString &badge) const
{
    if (badge.isEmpty())
        return {};
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(badge) + metrics.height();
    const int height = metrics.height();
    const QRect &r = option.rect;
    const int x = option.direction == Qt::RightToLeft ? r.left() + 4 : r.right() - 4 - width;
    return QRect(x, r.center().y() - height / 2, width, height);
}

QRect DirectionalTextDelegate::textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    // A little air on both sides, so right-aligned text never touches the next column's left-aligned text.
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(3, 0, -3, 0);
    const QRect badge = badgeRect(opt, badgeText(index));
    if (!badge.isNull()) {
        if (opt.direction == Qt::RightToLeft)
            rect.setLeft(badge.right() + 6);
        else
            rect.setRight(badge.left() - 6);
    }
    return rect;
}

void DirectionalTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QRect rect = textRect(option, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, elided, textOption(index));

    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        const QRect badgeArea = badgeRect(opt, badge);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(badgeArea, badgeArea.height() / 2.0, badgeArea.height() / 2.0);
        painter->setPen(opt.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(badgeArea, Qt::AlignCenter, badge);
    }
    painter->restore();
}

QSize DirectionalTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * m_rowPadding);
}
