#include "panels/summarysidebar.h"

#include "displayformat.h"

#include "text/readingstats.h"
#include "text/textdirection.h"

#include <QAction>
#include <QCalendar>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setWordWrap(true);
    return heading;
}

/** Text in the direction of its own script, whatever the UI's direction. */
QString isolated(const QString &text)
{
    return (TextDirection::isRightToLeft(text) ? u"<span dir=\"rtl\">"_qs : u"<span dir=\"ltr\">"_qs)
         + text.toHtmlEscaped() + u"</span>";
}

/** A name shown as it is (no markup), laid out in the direction of its own script. */
void setPlainText(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setLayoutDirection(TextDirection::isRightToLeft(text) ? Qt::RightToLeft : Qt::LeftToRight);
}

const QString kDash = QStringLiteral("—");
} // namespace

SummarySidebar::SummarySidebar(QWidget *parent)
    : QWidget(parent), m_loader(new SidebarLoader(this)), m_keyPoints(makeValueLabel(this)),
      m_sourceIcon(new QLabel(this)), m_source(makeValueLabel(this)), m_author(makeValueLabel(this)),
      m_link(makeValueLabel(this)), m_published(makeValueLabel(this)), m_hijri(makeValueLabel(this)),
      m_readingTime(makeValueLabel(this)), m_sameStory(makeValueLabel(this)), m_related(makeValueLabel(this)),
      m_hijriAction(new QAction(tr("Show &Hijri Date"), this))
{
    setObjectName(QStringLiteral("summarySidebar"));
    setAccessibleName(tr("Summary"));
    m_keyPoints->setObjectName(QStringLiteral("keyPoints"));
    m_sameStory->setObjectName(QStringLiteral("sameStory"));
    m_related->setObjectName(QStringLiteral("relatedArticles"));
    m_hijri->setObjectName(QStringLiteral("hijriDate"));

    // Everything scrolls together: key points of a long article and two story lists outgrow a sidebar.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(tr("Key points"), content));
    layout->addWidget(m_keyPoints);

    auto *sourceRow = new QHBoxLayout;
    sourceRow->setContentsMargins(0, 0, 0, 0);
    sourceRow->addWidget(m_sourceIcon);
    sourceRow->addWidget(m_source, 1);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_form->addRow(tr("Source:"), sourceRow);
    m_form->addRow(tr("Author:"), m_author);
    m_form->addRow(tr("Published:"), m_published);
    m_form->addRow(tr("Hijri date:"), m_hijri);
    m_form->addRow(tr("Reading time:"), m_readingTime);
    m_form->addRow(tr("Originally published at:"), m_link);
    layout->addLayout(m_form);

    layout->addWidget(makeHeading(tr("Same story elsewhere"), content));
    layout->addWidget(m_sameStory);
    layout->addWidget(makeHeading(tr("Related articles"), content));
    layout->addWidget(m_related);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_link->setOpenExternalLinks(true);
    for (QLabel *stories : {m_sameStory, m_related}) {
        connect(stories, &QLabel::linkActivated, this, [this](const QString &link) {
            bool ok = false;
            const qint64 id = QStringView(link).mid(QStringLiteral("article:").size()).toLongLong(&ok);
            if (link.startsWith(u"article:") && ok)
                Q_EMIT articleRequested(id);
        });
    }
    m_hijriAction->setCheckable(true);
    m_hijriAction->setChecked(m_showHijri);
    connect(m_hijriAction, &QAction::toggled, this, [this](bool on) {
        setShowHijri(on);
        Q_EMIT showHijriChanged(on);
    });
    addAction(m_hijriAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_loader, &SidebarLoader::loaded, this, &SummarySidebar::handleFacts);
    clear();
}

void SummarySidebar::setDatabasePath(const QString &path) { m_loader->setDatabasePath(path); }

void SummarySidebar::setShowHijri(bool show)
{
    m_showHijri = show;
    m_hijriAction->setChecked(show);
    updateHijriRow();
}

void SummarySidebar::updateHijriRow() { m_form->setRowVisible(m_hijri, m_showHijri && m_hasDate); }

void SummarySidebar::clear()
{
    m_loader->cancel();
    m_articleId = 0;
    for (QLabel *label : {m_keyPoints, m_source, m_author, m_link, m_published, m_hijri, m_readingTime, m_sameStory, m_related})
        label->setText(kDash);
    m_sourceIcon->clear();
    m_sourceIcon->setVisible(false);
    m_hasDate = false;
    updateHijriRow();
}

QString SummarySidebar::hijriDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"), QCalendar(QCalendar::System::IslamicCivil));
}

void SummarySidebar::showArticle(const Article &article, const Feed &feed)
{
    clear();
    m_articleId = article.id;
    m_textDirection = article.direction == u"rtl" ? Qt::RightToLeft : Qt::LeftToRight;
    m_keyPoints->setText(tr("Finding the key points…"));
    m_sameStory->setText(tr("Looking for other reports…"));
    m_related->clear();

    const QString source = feed.title.isEmpty() ? feed.url : feed.title;
    setPlainText(m_source, source);
    const QIcon icon = feed.iconFile.isEmpty() || m_iconFolder.isEmpty() ? QIcon() : QIcon(m_iconFolder + u'/' + feed.iconFile);
    if (!icon.availableSizes().isEmpty()) {
        const int side = fontMetrics().height();
        m_sourceIcon->setPixmap(icon.pixmap(side, side));
        m_sourceIcon->setVisible(true);
    }
    setPlainText(m_author, article.author.trimmed().isEmpty() ? kDash : article.author.trimmed());

    const QUrl url(article.url);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                                    url.host().toHtmlEscaped()));
        m_link->setToolTip(url.toString());
    } else {
        m_link->setText(kDash);
        m_link->setToolTip(QString());
    }
    const QLocale locale;
    const QDateTime when = article.displayTime().toLocalTime();
    m_hasDate = when.isValid();
    m_published->setText(m_hasDate ? DisplayFormat::dateTime(when, locale) : kDash);
    m_hijri->setText(m_hasDate ? hijriDate(when.date(), locale) : kDash);
    updateHijriRow();
    const ReadingStats stats = ReadingStats::of(article.text);
    m_readingTime->setText(stats.words == 0 ? kDash
                                            : tr("%n min", nullptr, stats.minutes) + u" · " + tr("%n words", nullptr, stats.words));
    m_loader->load(article);
}

void SummarySidebar::handleFacts(const SidebarFacts &facts)
{
    if (facts.articleId != m_articleId)
        return;
    if (facts.keyPoints.isEmpty()) {
        m_keyPoints->setText(tr("This article is too short for key points."));
    } else {
        // Each point keeps the article's direction, whatever the direction of the interface.
        const QString dir = m_textDirection == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
        QString html = u"<ul dir=\"" + dir + u"\" style=\"margin-left: 12px; margin-right: 12px; -qt-list-indent: 0;\">";
        for (const QString &point : facts.keyPoints)
            html += u"<li style=\"margin-bottom: 6px;\">" + point.toHtmlEscaped() + u"</li>";
        m_keyPoints->setText(html + u"</ul>");
    }
    showStories(m_sameStory, facts.sameStory, tr("No other report of this story yet."));
    showStories(m_related, facts.related, tr("No related articles yet."));
}

void SummarySidebar::showStories(QLabel *label, const QList<SidebarStory> &stories, const QString &none)
{
    if (stories.isEmpty()) {
        label->setText(none);
        return;
    }
    QString html;
    for (const SidebarStory &story : stories) {
        const QString title = story.title.isEmpty() ? tr("(untitled)") : story.title;
        html += QStringLiteral("<p><a href=\"article:%1\">%2</a><br/><small>%3</small></p>")
                    .arg(story.id)
                    .arg(isolated(title), isolated(story.source));
    }
    label->setText(html);
}
