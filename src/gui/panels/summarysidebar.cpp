#include "panels/summarysidebar.h"

#include "displayformat.h"

#include "text/readingstats.h"
#include "text/textdirection.h"

#include <QCalendar>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
} // namespace

SummarySidebar::SummarySidebar(QWidget *parent)
    : QWidget(parent), m_source(makeValueLabel(this)), m_link(makeValueLabel(this)),
      m_published(makeValueLabel(this)), m_hijri(makeValueLabel(this)), m_readingTime(makeValueLabel(this))
{
    setObjectName(QStringLiteral("summarySidebar"));
    setAccessibleName(tr("Summary"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Key points"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Originally published at:"), m_link);
    form->addRow(tr("Published:"), m_published);
    form->addRow(tr("Hijri date:"), m_hijri);
    form->addRow(tr("Reading time:"), m_readingTime);
    layout->addLayout(form);
    layout->addStretch(1);
    m_link->setOpenExternalLinks(true);
    clear();
}

void SummarySidebar::clear()
{
    for (QLabel *label : {m_source, m_link, m_published, m_hijri, m_readingTime})
        label->setText(QStringLiteral("—"));
}

QString SummarySidebar::hijriDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"), QCalendar(QCalendar::System::IslamicCivil));
}

void SummarySidebar::showArticle(const Article &article, const Feed &feed)
{
    const QString source = feed.title.isEmpty() ? feed.url : feed.title;
    m_source->setText(source.toHtmlEscaped());
    m_source->setLayoutDirection(TextDirection::isRightToLeft(source) ? Qt::RightToLeft : Qt::LeftToRight);
    const QUrl url(article.url);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                                    url.host().toHtmlEscaped()));
        m_link->setToolTip(url.toString());
    } else {
        m_link->setText(QStringLiteral("—"));
        m_link->setToolTip(QString());
    }
    const QLocale locale;
    const QDateTime when = article.displayTime().toLocalTime();
    m_published->setText(when.isValid() ? DisplayFormat::dateTime(when, locale) : QStringLiteral("—"));
    m_hijri->setText(when.isValid() ? hijriDate(when.date(), locale) : QStringLiteral("—"));
    const ReadingStats stats = ReadingStats::of(article.text);
    m_readingTime->setText(stats.words == 0 ? QStringLiteral("—")
                                            : tr("%n min", nullptr, stats.minutes) + u" · " + tr("%n words", nullptr, stats.words));
}
