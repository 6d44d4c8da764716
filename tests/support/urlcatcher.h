// Stands in for the desktop in GUI tests: register it with QDesktopServices::setUrlHandler(scheme,
// &catcher, "open") and it records what the application would have handed to a browser.
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};
