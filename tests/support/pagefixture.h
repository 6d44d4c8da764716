// The web pages of tests/data/pages (issue 7), shared by the extraction, loader and GUI flow tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray pageFixture(const char *name)
{
    QFile file(QStringLiteral(KHULASA_TEST_DATA "/pages/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
