#include "models/directionaltextdelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

namespace {
QString badgeText(const QModelIndex &index)
{
    if (QString text = index.data(Roles::BadgeTextRole).toString(); !text.isEmpty())
        return text;
    const int unread = index.data(Roles::UnreadCountRole).toInt();
    return unread > 0 ? QLocale().toString(unread) : QString();
}
} // namespace

void DirectionalTextDelegate::drawWithHits(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                                          const QString &text, const QList<int> &hits, const QTextOption &textOption)
{
    // Search hits: bold on a soft highlight. A text layout keeps the bidi order of mixed titles.
    QTextCharFormat hit;
    hit.setFontWeight(QFont::Bold);
    QColor background = option.palette.color(QPalette::Highlight);
    background.setAlpha(option.state & QStyle::State_Selected ? 0 : 70);
    hit.setBackground(background);
    QList<QTextLayout::FormatRange> formats;
    for (qsizetype i = 0; i + 1 < hits.size(); i += 2) {
        const int start = hits.at(i), length = hits.at(i + 1);
        if (start >= 0 && start + length <= text.size()) // hits cut off by the elision are not drawn
            formats.append({start, length, hit});
    }
    QTextLayout layout(text, option.font);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(rect.width());
    layout.endLayout();
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
}

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

QRect DirectionalTextDelegate::badgeArea(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return badgeRect(opt, badgeText(index));
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
    const QList<int> hits = index.data(Roles::HighlightRangesRole).value<QList<int>>();
    if (hits.isEmpty())
        painter->drawText(rect, elided, textOption(index));
    else
        drawWithHits(painter, opt, rect, elided, hits, textOption(index));

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
