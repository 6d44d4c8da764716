#include "profile/cachefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

qint64 CacheFolder::sizeInBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Status CacheFolder::clear(const QString &folder, const QStringList &keep)
{
    const QDir dir(folder);
    QStringList failed;
    for (const QFileInfo &entry : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)) {
        if (entry.isDir() && !entry.isSymLink() && keep.contains(entry.fileName()))
            continue;
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                : QFile::remove(entry.filePath());
        if (!removed)
            failed.append(entry.fileName());
    }
    if (failed.isEmpty())
        return {};
    return Status::failure(QCoreApplication::translate("CacheFolder", "Some cached files could not be removed: %1")
                               .arg(failed.join(QStringLiteral(", "))));
}
