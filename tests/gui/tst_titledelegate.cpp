// Mixed-direction titles in the lists (DirectionalTextDelegate): checked by where the text layout
// puts each character and by the ink the delegate actually paints, not by a direction flag alone.
// An Arabic title ending in "COP29؟" in an English UI is right-aligned, keeps COP29 in left-to-right
// order, and has its question mark at the visual left end; an English title in an Arabic UI mirrors that.
#include "models/directionaltextdelegate.h"
#include "models/roles.h"

#include <QApplication>
#include <QGlyphRun>
#include <QRawFont>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>

namespace {
class ListView final : public QListView
{
public:
    using QListView::QListView;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        option.state &= ~QStyle::State_Selected;
        return option;
    }
};

struct Layout
{
    QTextLayout layout;
    QTextLine line;
    Layout(const QString &text, const QFont &font, const QTextOption &option, int width) : layout(text, font)
    {
        layout.setTextOption(option);
        layout.beginLayout();
        line = layout.createLine();
        line.setLineWidth(width);
        line.setPosition({0, 0});
        layout.endLayout();
    }
    /** Left and right edge of the glyphs of the character at `position`, as laid out (alignment included). */
    std::pair<double, double> span(int position) const
    {
        QRectF box;
        for (const QGlyphRun &run : layout.glyphRuns(position, 1)) {
            const QList<QPointF> positions = run.positions();
            const QList<qreal> advances = [&] {
                QList<qreal> widths;
                const QList<QPointF> a = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes());
                for (const QPointF &p : a)
                    widths.append(p.x());
                return widths;
            }();
            for (qsizetype i = 0; i < positions.size(); ++i)
                box |= QRectF(positions.at(i).x(), 0, advances.at(i), 1);
        }
        return {box.left(), box.right()};
    }
};

/** Leftmost and rightmost columns with ink (dark pixels) inside `rect`. */
std::pair<int, int> inkColumns(const QImage &image, const QRect &rect)
{
    int left = -1, right = -1;
    for (int x = rect.left(); x <= rect.right(); ++x) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                if (left < 0)
                    left = x;
                right = x;
                break;
            }
        }
    }
    return {left, right};
}
} // namespace

class TestTitleDelegate final : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    ListView *m_view = nullptr;
    DirectionalTextDelegate *m_delegate = nullptr;
    const QString m_arabic = QStringLiteral("هل تنجح قمة المناخ COP29؟");
    const QString m_english = QStringLiteral("Will the Baku summit deliver?");

    QImage paint(const QModelIndex &index)
    {
        QImage image(m_view->viewport()->size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option = m_view->optionFor(index);
        option.palette.setColor(QPalette::Text, Qt::black);
        option.palette.setColor(QPalette::Base, Qt::white);
        m_delegate->paint(&painter, option, index);
        return image;
    }

private Q_SLOTS:
    void init()
    {
        m_model.clear();
        for (const auto &[text, direction] : {std::pair{m_arabic, Qt::RightToLeft}, std::pair{m_english, Qt::LeftToRight}}) {
            auto *item = new QStandardItem(text);
            item->setData(int(direction), Roles::TextDirectionRole);
            m_model.appendRow(item);
        }
        m_view = new ListView;
        m_delegate = new DirectionalTextDelegate(m_view);
        m_view->setModel(&m_model);
        m_view->setItemDelegate(m_delegate);
        m_view->resize(520, 200);
        QFont font = m_view->font();
        font.setPixelSize(16);
        m_view->setFont(font);
    }

    void cleanup() { delete m_view; }

    void arabicTitleInEnglishUi()
    {
        m_view->setLayoutDirection(Qt::LeftToRight);
        const QModelIndex index = m_model.index(0, 0);
        const QStyleOptionViewItem option = m_view->optionFor(index);
        const QRect rect = m_delegate->textRect(option, index);
        const Layout l(m_arabic, option.font, DirectionalTextDelegate::textOption(index), rect.width());
        const double natural = l.line.naturalTextWidth();
        QVERIFY(natural < rect.width() - 50); // room to see the alignment

        // Right-aligned: the first letter sits at the right edge.
        QVERIFY2(qAbs(l.span(0).second - rect.width()) <= 1.0, qPrintable(QString::number(l.span(0).second)));
        // The question mark (last in memory) is at the visual left end.
        const int question = int(m_arabic.size()) - 1;
        QVERIFY2(qAbs(l.span(question).first - (rect.width() - natural)) <= 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(l.span(question).first).arg(rect.width() - natural)));
        // COP29 reads left to right and sits left of the Arabic words that come before it.
        const int c = int(m_arabic.indexOf(u"COP29"));
        QVERIFY(l.span(c).first < l.span(c + 1).first);
        QVERIFY(l.span(c + 3).first < l.span(c + 4).first); // '2' left of '9'
        QVERIFY(l.span(c + 4).second <= l.span(int(m_arabic.indexOf(u"المناخ"))).first + 0.5);
        QVERIFY(l.span(question).second <= l.span(c).first + 0.5);

        // The painted ink matches: it ends at the right edge of the text rect and starts natural-width before it.
        const auto [left, right] = inkColumns(paint(index), rect);
        QVERIFY2(right >= rect.right() - 3, qPrintable(QStringLiteral("%1 vs %2").arg(right).arg(rect.right())));
        QVERIFY2(qAbs(left - (rect.right() + 1 - natural)) <= 3, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(rect.right() + 1 - natural)));
    }

    void englishTitleInArabicUi()
    {
        m_view->setLayoutDirection(Qt::RightToLeft);
        const QModelIndex index = m_model.index(1, 0);
        const QStyleOptionViewItem option = m_view->optionFor(index);
        QCOMPARE(option.direction, Qt::RightToLeft);
        const QRect rect = m_delegate->textRect(option, index);
        const Layout l(m_english, option.font, DirectionalTextDelegate::textOption(index), rect.width());
        const double natural = l.line.naturalTextWidth();
        QVERIFY(qAbs(l.span(0).first) <= 1.0); // "W" at the left edge
        const int question = int(m_english.size()) - 1;
        QVERIFY(qAbs(l.span(question).second - natural) <= 1.0); // "?" at the visual right end
        const auto [left, right] = inkColumns(paint(index), rect);
        QVERIFY2(left <= rect.left() + 3, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(rect.left())));
        QVERIFY(qAbs(right - (rect.left() + natural)) <= 3);
    }

    void arabicTitleInArabicUiStaysRightAligned()
    {
        m_view->setLayoutDirection(Qt::RightToLeft);
        const QModelIndex index = m_model.index(0, 0);
        const QStyleOptionViewItem option = m_view->optionFor(index);
        const QRect rect = m_delegate->textRect(option, index);
        const auto [left, right] = inkColumns(paint(index), rect);
        QVERIFY2(right >= rect.right() - 3, qPrintable(QStringLiteral("%1 vs %2").arg(right).arg(rect.right())));
    }
};

QTEST_MAIN(TestTitleDelegate)
#include "tst_titledelegate.moc"
