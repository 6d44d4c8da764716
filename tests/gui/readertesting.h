// Shared helpers of the article pane tests: evaluate in the page's application world (content
// scripts stay off), wait with the event loop running, and fill a fixture with the canary's origin.
#pragma once

#include <QFile>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace ReaderTesting {
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("runJavaScript gave no answer within 10 s");
    return result;
}

#ifdef KHULASA_READER_FIXTURES // only the reader tests have fixtures
/** Reads a fixture beside the tests, with every CANARY replaced by `origin`, and writes it to `target`. */
inline bool writeFixture(const QString &fixture, const QString &target, const QByteArray &origin = {})
{
    QFile in(QStringLiteral(KHULASA_READER_FIXTURES "/") + fixture);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = in.readAll();
    if (!origin.isEmpty())
        data.replace("CANARY", origin);
    return out.write(data) == data.size();
}
#endif
} // namespace ReaderTesting
