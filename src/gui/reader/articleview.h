// The article pane: a QWebEngineView showing one rendered article with JavaScript off.
// Links open in the system browser after their target was shown on hover (status tip).
#pragma once

#include "reader/articlerenderer.h"

#include <QWebEngineView>

class ArticlePage;
class QWebEngineProfile;

class ArticleView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article, const QString &sourceName, const ArticleRenderer::Options &options);
    void showMessage(const QString &title, const QString &text);
    ArticlePage *articlePage() const { return m_page; }

Q_SIGNALS:
    void linkHovered(const QString &url);

private:
    void handleExternalLink(const QUrl &url);
    QWebEngineProfile *m_profile;
    ArticlePage *m_page;
    ArticleRenderer m_renderer;
};
