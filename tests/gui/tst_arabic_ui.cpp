// The Arabic UI: with LanguageSetup::apply(app, "ar") the main window is mirrored (layout direction,
// panes, menu bar and toolbar laid out right to left) and speaks Arabic everywhere — menus, actions,
// labels, buttons, list headers, accessible names — with no English left; a screenshot of it is
// written to <build>/screenshots/mainwindow-arabic-ui.png. With "en" the UI is English, left to right.
// QApplication's layout direction and translators are global, so each language has its own window and
// the translators are removed between them.
#include "mainwindowtestbase.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/feedtreemodel.h"
#include "panels/contactpanel.h"
#include "panels/summarysidebar.h"
#include "profile/profile.h"
#include "profile/settings.h"
#include "reader/articleview.h"
#include "refresh/refresher.h"
#include "store/store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

namespace {
const QString kFeedTitle = QStringLiteral("الجريدة التجريبية");
const QString kArticleTitle = QStringLiteral("افتتاح معرض الكتاب الدولي بمشاركة 120 دار نشر من 30 دولة");
const QString kArticleHtml = QStringLiteral(
    "<p>افتتح صباح اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة مئة وعشرين دار نشر عربية وأجنبية، "
    "ويستمر المعرض حتى يوم الجمعة المقبل.</p>"
    "<p>وقال رئيس اللجنة المنظمة إن دورة هذا العام تخصص جناحًا لكتب الأطفال وآخر للترجمة، "
    "إلى جانب ندوات يومية يشارك فيها كتّاب ونقاد من أنحاء الوطن العربي.</p>"
    "<p>ويتوقع المنظمون أن يتجاوز عدد الزوار نصف مليون زائر، مع تمديد ساعات العمل في عطلة نهاية الأسبوع.</p>");

QRect globalRect(const QWidget *widget)
{
    return QRect(widget->mapToGlobal(QPoint(0, 0)), widget->size());
}

QString describe(const QRect &r)
{
    return QStringLiteral("x %1…%2").arg(r.left()).arg(r.right());
}

/** Text that a user sees as English: Latin words left after removing markup, addresses and shortcuts. */
QString englishIn(QString text, const QString &shortcut = {})
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression urls(QStringLiteral("\\b[a-z][a-z0-9+.-]*://\\S*"));
    static const QRegularExpression hosts(QStringLiteral("\\b[\\w-]+(\\.[\\w-]+)+\\b"));
    // Names that stay Latin in an Arabic UI: file formats, and the time zone that QLocale's long
    // date format appends (an abbreviation from the system's zone data, not a UI string).
    static const QRegularExpression allowed(QStringLiteral("\\b(OPML|XML|JSON|PDF|UTC|GMT)\\b"));
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    if (!shortcut.isEmpty())
        text.remove(shortcut);
    text.remove(tags).remove(urls).remove(hosts).remove(allowed);
    const QRegularExpressionMatch m = latinWord.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

/** Accelerator marks: '&' before a character other than '&' or a space. */
int accelerators(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral("&[^&\\s]"));
    return int(QString(text).replace(QStringLiteral("&&"), QString()).count(mark));
}

void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QApplication &application()
{
    return *static_cast<QApplication *>(QCoreApplication::instance());
}
} // namespace

class TestArabicUi final : public MainWindowTestBase
{
    Q_OBJECT

private:
    qint64 m_articleId = 0;


    QList<QMenu *> menus() const
    {
        QList<QMenu *> result;
        for (QAction *action : m_window->menuBar()->actions())
            if (action->menu())
                result.append(action->menu());
        return result;
    }

    /** Every visible text of the window, each with where it was found. */
    QList<std::pair<QString, QString>> visibleTexts() const
    {
        QList<std::pair<QString, QString>> texts;
        auto add = [&texts](const QString &where, const QString &text, const QString &shortcut = {}) {
            const QString english = englishIn(text, shortcut);
            if (!english.isEmpty())
                texts.append({where, text});
        };
        add(QStringLiteral("window title"), m_window->windowTitle());
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
            add(u"action " + action->objectName(), action->text(), shortcut);
            add(u"action tooltip " + action->objectName(), action->toolTip(), shortcut);
        }
        QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        widgets.prepend(m_window.get());
        for (QWidget *w : widgets) {
            const QString where = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
            add(where + u" accessible name", w->accessibleName());
            auto *toolButton = qobject_cast<QToolButton *>(w);
            const QString shortcut = toolButton && toolButton->defaultAction()
                                         ? toolButton->defaultAction()->shortcut().toString(QKeySequence::NativeText)
                                         : QString();
            add(where + u" tooltip", w->toolTip(), shortcut);
            if (auto *label = qobject_cast<QLabel *>(w); label && label->isVisibleTo(m_window.get()))
                add(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w); button && button->isVisibleTo(m_window.get()))
                add(where, button->text());
            if (auto *menu = qobject_cast<QMenu *>(w))
                add(where + u" title", menu->title());
            if (auto *toolbar = qobject_cast<QToolBar *>(w))
                add(where + u" title", toolbar->windowTitle());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                add(where + u" title", box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(where + u" placeholder", edit->placeholderText());
            if (auto *progress = qobject_cast<QProgressBar *>(w))
                add(where + u" format", progress->format());
        }
        // The lists: column headers and every cell the models show.
        for (QTreeView *view : {m_window->feedView(), m_window->articleListView()}) {
            const QAbstractItemModel *model = view->model();
            for (int c = 0; c < model->columnCount(); ++c)
                add(view->objectName() + u" header", model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            QList<QModelIndex> parents{QModelIndex()};
            while (!parents.isEmpty()) {
                const QModelIndex parent = parents.takeFirst();
                for (int r = 0; r < model->rowCount(parent); ++r)
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex index = model->index(r, c, parent);
                        add(view->objectName() + u" cell", index.data(Qt::DisplayRole).toString());
                        add(view->objectName() + u" cell tooltip", index.data(Qt::ToolTipRole).toString());
                        if (c == 0 && model->hasChildren(index))
                            parents.append(index);
                    }
            }
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openProfile());

        // One Arabic feed with one article, stored directly (no network).
        const auto feedId = m_store->addFeed(QStringLiteral("https://jarida.example/feed.xml"), kFeedTitle);
        QVERIFY2(feedId, qPrintable(feedId.error()));
        m_store->updateFeedMetadata(*feedId, kFeedTitle, QStringLiteral("https://jarida.example/"));
        Article article;
        article.guid = QStringLiteral("jarida-1");
        article.url = QStringLiteral("https://jarida.example/n/1");
        article.title = kArticleTitle;
        article.author = QStringLiteral("قسم الثقافة");
        article.published = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        article.summaryHtml = kArticleHtml;
        article.text = QString(kArticleHtml).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        article.language = QStringLiteral("ar");
        article.direction = QStringLiteral("rtl");
        const auto stored = m_store->storeArticles(*feedId, {article});
        QVERIFY2(stored, qPrintable(stored.error()));
        for (const Article &a : m_store->articles({}))
            if (a.guid == u"jarida-1")
                m_articleId = a.id;
        QVERIFY(m_articleId > 0);
    }

    void arabicDigitsAreASetting()
    {
        // Same month names either way; only the digits change (١٢٣ or 123).
        LanguageSetup::apply(application(), QStringLiteral("ar"), false);
        QCOMPARE(QLocale().toString(2026), QStringLiteral("2,026"));
        const QString latinMonth = QLocale().monthName(11);
        LanguageSetup::apply(application(), QStringLiteral("ar"), true);
        QCOMPARE(QLocale().toString(2026), QStringLiteral("٢٬٠٢٦"));
        QCOMPARE(QLocale().monthName(11), latinMonth);
        QCOMPARE(latinMonth, QStringLiteral("نوفمبر"));
    }

    void arabicWindowIsMirrored()
    {
        QCOMPARE(LanguageSetup::apply(application(), QStringLiteral("ar")), QStringLiteral("ar"));
        // The embedded Arabic catalogue is loaded (not only the direction switched).
        QCOMPARE(QCoreApplication::translate("MainWindowActions", "&Refresh All"), QStringLiteral("تحديث &الكل"));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(openWindow());
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QVERIFY(m_window->isRightToLeft());

        // Panes: feed list | article list + article pane | summary + contact — mirrored, so the feed
        // list is the rightmost column and the sidebar the leftmost.
        const QRect feeds = globalRect(m_window->feedView());
        const QRect list = globalRect(m_window->articleListView());
        const QRect pane = globalRect(m_window->articlePane());
        const QRect summary = globalRect(m_window->summarySidebar());
        const QRect contact = globalRect(m_window->contactPanel());
        for (const QRect &r : {feeds, list, pane, summary, contact})
            QVERIFY2(r.width() > 50 && r.height() > 50, qPrintable(describe(r)));
        QVERIFY2(feeds.left() >= list.right(), qPrintable(u"feeds " + describe(feeds) + u", articles " + describe(list)));
        QVERIFY2(feeds.left() >= pane.right(), qPrintable(u"feeds " + describe(feeds) + u", pane " + describe(pane)));
        QVERIFY2(summary.right() <= pane.left(), qPrintable(u"summary " + describe(summary) + u", pane " + describe(pane)));
        QVERIFY2(contact.right() <= list.left(), qPrintable(u"contact " + describe(contact) + u", articles " + describe(list)));

        // The menu bar reads from the right: File is the rightmost title, Help the leftmost.
        const QList<QMenu *> titles = menus();
        QVERIFY(titles.size() >= 3);
        QMenuBar *bar = m_window->menuBar();
        QVERIFY2(bar->actionGeometry(titles.first()->menuAction()).x() > bar->actionGeometry(titles.last()->menuAction()).x(),
                 "the menu bar is not mirrored");

        // The toolbar too: Add Feed comes first, at the right.
        auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar);
        QWidget *first = toolbar->widgetForAction(m_window->actions().addFeed);
        QWidget *second = toolbar->widgetForAction(m_window->actions().refreshAll);
        QVERIFY(first && second);
        QVERIFY2(globalRect(first).left() > globalRect(second).left(), "the toolbar is not mirrored");
    }

    void arabicTextsAreTranslated()
    {
        QVERIFY(m_window);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("خلاصة"));
        const QList<QMenu *> titles = menus();
        QVERIFY(titles.size() >= 3);
        QCOMPARE(titles.at(0)->title(), QStringLiteral("ملف")); // no letter of ملف can carry an underline unbroken
        QCOMPARE(titles.at(1)->title(), QStringLiteral("&الخبر"));
        QCOMPARE(titles.last()->title(), QStringLiteral("مساعد&ة"));

        const MainWindowActions &a = m_window->actions();
        QCOMPARE(a.addFeed->text(), QStringLiteral("&إضافة مصدر…"));
        QCOMPARE(a.refreshAll->text(), QStringLiteral("تحديث &الكل"));
        QCOMPARE(a.cancelRefresh->text(), QStringLiteral("&وقف التحديث"));
        QCOMPARE(a.toggleRead->text(), QStringLiteral("&وسم كمقروء/غير مقروء"));
        QCOMPARE(a.toggleSaved->text(), QStringLiteral("حفظ/&إلغاء الحفظ"));
        QCOMPARE(a.copyLink->text(), QStringLiteral("نسخ &رابط الخبر"));
        QCOMPARE(a.openOriginal->text(), QStringLiteral("فتح &الأصل"));
        QCOMPARE(a.quit->text(), QStringLiteral("خرو&ج"));
        QCOMPARE(a.about->text(), QStringLiteral("حو&ل خلاصة"));

        const ArticleListModel *articles = m_window->articleModel();
        QCOMPARE(articles->headerData(ArticleListModel::TitleColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("العنوان"));
        QCOMPARE(articles->headerData(ArticleListModel::SourceColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("المصدر"));
        QCOMPARE(articles->headerData(ArticleListModel::DateColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("التاريخ"));
        const FeedTreeModel *feeds = m_window->feedModel();
        QCOMPARE(feeds->indexOfKind(FeedTreeModel::NodeKind::AllView).data().toString(), QStringLiteral("كل الأخبار"));

        QStringList labels;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            labels.append(label->text());
        for (const QString &expected : {QStringLiteral("أهم ما ورد في الخبر"), QStringLiteral("المصدر:"), QStringLiteral("التاريخ الهجري:"),
                                        QStringLiteral("مدة القراءة:"), QStringLiteral("التواصل مع الناشر")})
            QVERIFY2(labels.contains(expected), qPrintable(expected + u" is not among the labels: " + labels.join(u" | ")));
        QStringList buttons;
        for (QAbstractButton *button : m_window->contactPanel()->findChildren<QAbstractButton *>())
            buttons.append(button->text());
        QVERIFY2(buttons.contains(QStringLiteral("نسخ الرابط")), qPrintable(buttons.join(u" | ")));
        QVERIFY2(buttons.contains(QStringLiteral("فتح موقع الناشر")), qPrintable(buttons.join(u" | ")));
        QCOMPARE(m_window->summarySidebar()->accessibleName(), QStringLiteral("الملخص"));
        QCOMPARE(m_window->feedView()->accessibleName(), QStringLiteral("المصادر"));
    }

    void arabicArticleFillsTheSidebar()
    {
        QVERIFY(m_window);
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        QVERIFY(m_window->selectArticle(m_articleId));
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        // The reading time is an Arabic plural ("دقيقة واحدة · 74 كلمة"), not "1 min · 74 words".
        static const QRegularExpression arabicLetters(QStringLiteral("\\p{Arabic}"));
        bool readingTimeShown = false;
        for (QLabel *label : m_window->summarySidebar()->findChildren<QLabel *>()) {
            if (label->text().contains(u'·')) {
                readingTimeShown = true;
                QVERIFY2(label->text().contains(arabicLetters), qPrintable(label->text()));
                QVERIFY2(englishIn(label->text()).isEmpty(), qPrintable(label->text()));
            }
        }
        QVERIFY(readingTimeShown);
    }

    void noEnglishLeftInTheArabicWindow()
    {
        QVERIFY(m_window);
        QStringList english;
        for (const auto &[where, text] : visibleTexts())
            english.append(where + u": \"" + text + u'"');
        QVERIFY2(english.isEmpty(), qPrintable(u"English text in the Arabic UI:\n  " + english.join(u"\n  ")));
    }

    void tooltipsShowNoAccelerator()
    {
        QVERIFY(m_window);
        QStringList withAmpersand;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (!action->isSeparator() && accelerators(action->toolTip()) > 0)
                withAmpersand.append(action->toolTip());
        QVERIFY2(withAmpersand.isEmpty(), qPrintable(withAmpersand.join(u" | ")));
    }

    void savesArabicScreenshot()
    {
        QVERIFY(m_window);
        QTest::qWait(300); // let the article pane paint
        QVERIFY(QDir().mkpath(QStringLiteral(KHULASA_BUILD_DIR "/screenshots")));
        const QString path = QStringLiteral(KHULASA_BUILD_DIR "/screenshots/mainwindow-arabic-ui.png");
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void englishWindowIsLeftToRight()
    {
        closeWindow();
        removeTranslators();
        QApplication::setLayoutDirection(Qt::LeftToRight);

        QCOMPARE(LanguageSetup::apply(application(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(openWindow());
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Khulasa"));
        QCOMPARE(m_window->actions().refreshAll->text(), QStringLiteral("&Refresh All"));
        QCOMPARE(menus().first()->title(), QStringLiteral("&File"));
        const QRect feeds = globalRect(m_window->feedView());
        const QRect list = globalRect(m_window->articleListView());
        const QRect pane = globalRect(m_window->articlePane());
        const QRect summary = globalRect(m_window->summarySidebar());
        QVERIFY2(feeds.right() <= list.left(), qPrintable(u"feeds " + describe(feeds) + u", articles " + describe(list)));
        QVERIFY2(summary.left() >= pane.right(), qPrintable(u"summary " + describe(summary) + u", pane " + describe(pane)));
        closeWindow();
    }

    void cleanupTestCase()
    {
        closeWindow();
        removeTranslators();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

int main(int argc, char **argv)
{
    // WebEngine needs contexts shared before the application object exists (as in the app).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestArabicUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_arabic_ui.moc"
