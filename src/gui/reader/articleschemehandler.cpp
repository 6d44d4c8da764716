#include "reader/articleschemehandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

const QByteArray &ArticleSchemeHandler::schemeName()
{
    static const QByteArray name = QByteArrayLiteral("khulasa-article");
    return name;
}

void ArticleSchemeHandler::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(schemeName()).name() == schemeName())
        return;
    // Path syntax (khulasa-article:N) and no flags: not "secure", so http images in an article
    // are not upgraded or blocked as mixed content, and not "local", so the document can
    // reach no file: URL. The request interceptor and the template's CSP decide the rest.
    QWebEngineUrlScheme scheme(schemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    QWebEngineUrlScheme::registerScheme(scheme);
}

// Every binary that can show an article links this file, and all of them create their
// QApplication in main() (QTEST_MAIN too), so registering from a static constructor is both
// early enough and impossible to forget.
static void registerArticleSchemeAtStartup()
{
    ArticleSchemeHandler::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerArticleSchemeAtStartup)

QUrl ArticleSchemeHandler::publish(const QObject *page, const QString &html)
{
    Document &document = m_documents[page];
    document.path = QString::number(++m_serial);
    document.utf8 = html.toUtf8();
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setPath(document.path);
    return url;
}

void ArticleSchemeHandler::withdraw(const QObject *page)
{
    m_documents.remove(page);
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString path = job->requestUrl().path();
    for (const Document &document : std::as_const(m_documents)) {
        if (document.path != path)
            continue;
        auto *body = new QBuffer(job);
        body->setData(document.utf8);
        body->open(QIODevice::ReadOnly);
        job->reply(QByteArrayLiteral("text/html;charset=utf-8"), body);
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}
