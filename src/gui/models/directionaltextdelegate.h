// Draws an item's text in its own direction (Roles::TextDirectionRole), aligned to its own start,
// whatever the UI's direction, so an Arabic title with Latin words, digits or a trailing "?" keeps
// its order in an English UI and vice versa. Draws Roles::BadgeTextRole, or else Roles::UnreadCountRole,
// as a badge at the trailing edge, and the search hits of Roles::HighlightRangesRole in bold on a soft highlight.
#pragma once

#include <QStyledItemDelegate>

class DirectionalTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /** Space added above and below each row's text (the settings' list density). */
    void setRowPadding(int pixels) { m_rowPadding = pixels; }
    int rowPadding() const { return m_rowPadding; }

    /** Where the text of `index` is drawn inside `option.rect` (exposed for layout tests). */
    QRect textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** Where the badge of `index` is drawn inside `option.rect` (null when it has none): for clicks on it. */
    QRect badgeArea(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /** The text option used to lay out `index`'s text (direction and absolute alignment). */
    static QTextOption textOption(const QModelIndex &index);

private:
    static void drawWithHits(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                             const QString &text, const QList<int> &hits, const QTextOption &textOption);
    QRect badgeRect(const QStyleOptionViewItem &option, const QString &badge) const;
    int m_rowPadding = 3;
};
