#include "readingnavigator.h"

#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"
#include "models/articlelistmodel.h"
#include "models/roles.h"
#include "profile/settings.h"
#include "reader/articleview.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFontDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>

namespace {
QAction *addChoice(QMenu *menu, QActionGroup *group, const QString &text, const QVariant &value, bool checked)
{
    QAction *action = menu->addAction(text);
    action->setCheckable(true);
    action->setData(value);
    action->setChecked(checked);
    group->addAction(action);
    return action;
}
} // namespace

ReadingNavigator::ReadingNavigator(MainWindow &window, Settings &settings)
    : QObject(&window), m_window(window), m_settings(settings), m_markReadTimer(new QTimer(this))
{
    const MainWindowActions &a = window.actions();
    a.applyShortcuts(settings.shortcutOverrides());
    ArticleView *pane = window.articlePane();
    pane->setSettings(&settings);
    pane->setZoom(settings.readerZoom());
    m_markReadTimer->setSingleShot(true);

    connect(a.nextArticle, &QAction::triggered, this, [this] { selectRelative(1); });
    connect(a.previousArticle, &QAction::triggered, this, [this] { selectRelative(-1); });
    connect(a.nextUnread, &QAction::triggered, this, [this] { selectUnread(1); });
    connect(a.previousUnread, &QAction::triggered, this, [this] { selectUnread(-1); });
    connect(a.pageDown, &QAction::triggered, pane, &ArticleView::pageDownOrAdvance);
    connect(pane, &ArticleView::endReached, this, [this] { selectRelative(1); });
    connect(a.backToTop, &QAction::triggered, pane, &ArticleView::scrollToTop);
    connect(a.zoomIn, &QAction::triggered, pane, &ArticleView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, pane, &ArticleView::zoomOut);
    connect(a.zoomReset, &QAction::triggered, pane, &ArticleView::resetZoom);
    connect(pane, &ArticleView::zoomChanged, this, [this](double factor) { m_settings.setReaderZoom(factor); });
    connect(a.print, &QAction::triggered, this, &ReadingNavigator::printArticle);
    connect(a.exportPdf, &QAction::triggered, this, &ReadingNavigator::exportPdf);
    connect(a.keyboardShortcuts, &QAction::triggered, this, &ReadingNavigator::showShortcutsDialog);
    connect(&window, &MainWindow::articleShown, this, &ReadingNavigator::handleArticleShown);
    connect(m_markReadTimer, &QTimer::timeout, this, [this] { markRead(m_pendingRead); });
    connect(pane->page(), &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &path, bool ok) {
        m_window.statusBar()->showMessage(ok ? tr("Article exported to %1").arg(path) : tr("Cannot write %1").arg(path), 5000);
    });
    connect(pane, &QWebEngineView::printFinished, this, [this](bool ok) {
        delete m_printer;
        m_printer = nullptr;
        if (!ok)
            m_window.statusBar()->showMessage(tr("Printing failed"), 5000);
    });
    installMenus();
}

ReadingNavigator::~ReadingNavigator() { delete m_printer; }

void ReadingNavigator::installMenus()
{
    const MainWindowActions &a = m_window.actions();
    if (QMenu *article = MainWindowActions::menuHolding(a.toggleRead)) {
        article->addSeparator();
        for (QAction *action : {a.nextArticle, a.previousArticle, a.nextUnread, a.previousUnread, a.pageDown, a.backToTop})
            article->addAction(action);
        article->addSeparator();
        article->addAction(a.print);
        article->addAction(a.exportPdf);
    }
    QMenu *help = MainWindowActions::menuHolding(a.about);
    QMenu *view = buildViewMenu();
    if (help) {
        m_window.menuBar()->insertMenu(help->menuAction(), view);
        help->insertAction(a.about, a.keyboardShortcuts);
    } else {
        m_window.menuBar()->addMenu(view);
        m_window.menuBar()->addAction(a.keyboardShortcuts);
    }
}

QMenu *ReadingNavigator::buildViewMenu()
{
    const MainWindowActions &a = m_window.actions();
    auto *view = new QMenu(tr("&View"), &m_window);
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(a.zoomIn);
    view->addAction(a.zoomOut);
    view->addAction(a.zoomReset);
    view->addSeparator();

    QMenu *theme = view->addMenu(tr("Article &Theme"));
    m_themeGroup = new QActionGroup(this);
    const QString currentTheme = m_settings.readerTheme();
    addChoice(theme, m_themeGroup, tr("Follow the &System"), QStringLiteral("system"), currentTheme == u"system");
    addChoice(theme, m_themeGroup, tr("&Light"), QStringLiteral("light"), currentTheme == u"light");
    addChoice(theme, m_themeGroup, tr("&Dark"), QStringLiteral("dark"), currentTheme == u"dark");
    addChoice(theme, m_themeGroup, tr("S&epia"), QStringLiteral("sepia"), currentTheme == u"sepia");
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setReaderTheme(action->data().toString());
        m_window.articlePane()->rerender();
    });

    QAction *font = view->addAction(tr("Article &Font…"));
    connect(font, &QAction::triggered, this, &ReadingNavigator::chooseFont);
    m_justify = view->addAction(tr("&Justify Paragraphs"));
    m_justify->setCheckable(true);
    m_justify->setChecked(m_settings.readerJustify());
    connect(m_justify, &QAction::toggled, this, [this](bool on) {
        m_settings.setReaderJustify(on);
        m_window.articlePane()->rerender();
    });
    view->addSeparator();

    QMenu *images = view->addMenu(tr("&Images in Articles"));
    m_imagesGroup = new QActionGroup(this);
    const Settings::ImagesPolicy policy = m_settings.imagesPolicy();
    addChoice(images, m_imagesGroup, tr("&Always Load"), QStringLiteral("always"), policy == Settings::ImagesPolicy::Always);
    addChoice(images, m_imagesGroup, tr("&Never Load"), QStringLiteral("never"), policy == Settings::ImagesPolicy::Never);
    addChoice(images, m_imagesGroup, tr("Load for Chosen &Feeds Only"), QStringLiteral("per-feed"), policy == Settings::ImagesPolicy::PerFeed);
    images->addSeparator();
    m_feedImages = images->addAction(tr("Load Images for &This Feed"));
    m_feedImages->setCheckable(true);
    connect(m_imagesGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString name = action->data().toString();
        m_settings.setImagesPolicy(name == u"never"      ? Settings::ImagesPolicy::Never
                                   : name == u"per-feed" ? Settings::ImagesPolicy::PerFeed
                                                         : Settings::ImagesPolicy::Always);
        updateImagesActions();
        m_window.articlePane()->rerender();
    });
    connect(m_feedImages, &QAction::triggered, this, [this](bool on) {
        if (const auto article = m_window.currentArticle()) {
            m_settings.setImagesAllowedForFeed(article->feedId, on);
            m_window.articlePane()->rerender();
        }
    });
    connect(images, &QMenu::aboutToShow, this, &ReadingNavigator::updateImagesActions);

    QMenu *markRead = view->addMenu(tr("&Mark Articles as Read"));
    m_markReadGroup = new QActionGroup(this);
    const int delay = m_settings.markReadDelaySeconds();
    addChoice(markRead, m_markReadGroup, tr("When &Opened"), 0, delay == 0);
    for (int seconds : {3, 10, 30})
        addChoice(markRead, m_markReadGroup, tr("After %n Second(s)", nullptr, seconds), seconds, delay == seconds);
    if (!m_markReadGroup->checkedAction())
        addChoice(markRead, m_markReadGroup, tr("After %n Second(s)", nullptr, delay), delay, true);
    connect(m_markReadGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setMarkReadDelaySeconds(action->data().toInt());
    });
    return view;
}

QAction *ReadingNavigator::imagesPolicyAction(const QString &name) const
{
    for (QAction *action : m_imagesGroup->actions()) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void ReadingNavigator::updateImagesActions()
{
    const auto article = m_window.currentArticle();
    m_feedImages->setEnabled(article && m_settings.imagesPolicy() == Settings::ImagesPolicy::PerFeed);
    m_feedImages->setChecked(article && m_settings.imagesAllowedForFeed(article->feedId));
}

bool ReadingNavigator::selectRelative(int step)
{
    // Rows of the view, which shows one row per story (StoryFolding), not the model's rows.
    QTreeView *list = m_window.articleListView();
    const QAbstractItemModel *rowsShown = list->model();
    const int rows = rowsShown->rowCount();
    if (rows == 0)
        return false;
    const int current = list->currentIndex().isValid() ? list->currentIndex().row() : (step > 0 ? -1 : rows);
    const int target = current + step;
    if (target < 0 || target >= rows)
        return false;
    list->setCurrentIndex(rowsShown->index(target, ArticleListModel::TitleColumn));
    list->scrollTo(list->currentIndex());
    return true;
}

bool ReadingNavigator::selectUnread(int step)
{
    QTreeView *list = m_window.articleListView();
    const QAbstractItemModel *rowsShown = list->model();
    const int rows = rowsShown->rowCount();
    const int current = list->currentIndex().isValid() ? list->currentIndex().row() : (step > 0 ? -1 : rows);
    for (int row = current + step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = rowsShown->index(row, ArticleListModel::TitleColumn);
        if (!index.data(Roles::ReadRole).toBool()) {
            list->setCurrentIndex(index);
            list->scrollTo(list->currentIndex());
            return true;
        }
    }
    m_window.statusBar()->showMessage(tr("No more unread articles"), 3000);
    return false;
}

void ReadingNavigator::handleArticleShown(qint64 articleId)
{
    m_markReadTimer->stop();
    const int delay = m_settings.markReadDelaySeconds();
    if (delay == 0) {
        markRead(articleId);
        return;
    }
    m_pendingRead = articleId;
    m_markReadTimer->start(delay * 1000);
}

void ReadingNavigator::markRead(qint64 articleId)
{
    const auto current = m_window.currentArticle();
    if (!current || current->id != articleId)
        return; // the reader moved on before the delay ran out
    ArticleListModel *model = m_window.articleModel();
    const int row = model->rowOfArticle(articleId);
    const Article *article = model->articleAt(row);
    if (article && !article->read)
        model->setRead(row, true);
}

void ReadingNavigator::showShortcutsDialog()
{
    const MainWindowActions &a = m_window.actions();
    auto *dialog = new ShortcutsDialog(a.all(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QHash<QString, QString> overrides = dialog->overrides();
        m_settings.setShortcutOverrides(overrides);
        m_window.actions().applyShortcuts(overrides);
    });
    dialog->open();
}

void ReadingNavigator::printArticle()
{
    if (m_printer)
        return; // one print job at a time
    m_printer = new QPrinter(QPrinter::HighResolution);
    QPrintDialog dialog(m_printer, &m_window);
    if (dialog.exec() != QDialog::Accepted) {
        delete m_printer;
        m_printer = nullptr;
        return;
    }
    m_window.articlePane()->print(m_printer); // m_printer is freed on printFinished
}

void ReadingNavigator::exportPdf()
{
    const auto article = m_window.currentArticle();
    QString name = article ? article->title.left(60) : tr("article");
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Article to PDF"), name + u".pdf",
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        m_window.articlePane()->page()->printToPdf(path);
}

void ReadingNavigator::chooseFont()
{
    QFont initial(m_settings.readerFontFamily().isEmpty() ? QStringLiteral("Noto Naskh Arabic") : m_settings.readerFontFamily());
    initial.setPixelSize(m_settings.readerFontSize());
    bool ok = false;
    const QFont font = QFontDialog::getFont(&ok, initial, &m_window, tr("Article Font"));
    if (!ok)
        return;
    m_settings.setReaderFontFamily(font.family());
    const int pixels = font.pixelSize() > 0 ? font.pixelSize() : qRound(font.pointSizeF() * 96.0 / 72.0);
    m_settings.setReaderFontSize(pixels);
    m_window.articlePane()->rerender();
}
