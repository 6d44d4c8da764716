#include "saving/savedimagefiles.h"

#include "saving/imagesniffer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace SavedImageFiles {

QString rootIn(const QString &cacheDir)
{
    return QDir(cacheDir).filePath(QStringLiteral("saved"));
}

QString folderFor(const QString &root, qint64 articleId)
{
    return QDir(root).filePath(QString::number(articleId));
}

QString fileNameFor(const QString &url, const QString &mimeType)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return QString::fromLatin1(hash) + u'.' + ImageSniffer::extensionFor(mimeType);
}

Status write(const QString &root, qint64 articleId, const QString &fileName, const QByteArray &bytes)
{
    const QString folder = folderFor(root, articleId);
    auto failure = [&](const QString &why) {
        return Status::failure(QCoreApplication::translate("SavedImageFiles", "Cannot write %1: %2")
                                   .arg(QDir(folder).filePath(fileName), why));
    };
    if (!QDir().mkpath(folder))
        return failure(QCoreApplication::translate("SavedImageFiles", "the folder cannot be created"));
    QSaveFile file(QDir(folder).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(file.errorString());
    return {};
}

bool isPresent(const QString &root, qint64 articleId, const SavedImage &image)
{
    if (!image.kept())
        return false;
    const QFileInfo info(QDir(folderFor(root, articleId)).filePath(image.fileName));
    return info.isFile() && info.size() == image.size;
}

QHash<QString, QString> dataUris(const QString &root, qint64 articleId, const QList<SavedImage> &images, qint64 maxBytes)
{
    QHash<QString, QString> uris;
    qint64 read = 0;
    for (const SavedImage &image : images) {
        if (!isPresent(root, articleId, image) || read + image.size > maxBytes)
            continue;
        QFile file(QDir(folderFor(root, articleId)).filePath(image.fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        // The type is sniffed again: what is inlined must be the raster image that was kept.
        const QString type = ImageSniffer::rasterMimeType(bytes);
        if (type.isEmpty())
            continue;
        read += bytes.size();
        uris.insert(image.url, u"data:" + type + u";base64," + QString::fromLatin1(bytes.toBase64()));
    }
    return uris;
}

bool removeFolder(const QString &root, qint64 articleId)
{
    QDir folder(folderFor(root, articleId));
    return !folder.exists() || folder.removeRecursively();
}

int removeOrphans(const QString &root, const QSet<qint64> &keep)
{
    int removed = 0;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 id = name.toLongLong(&ok);
        if (ok && id > 0 && !keep.contains(id) && QDir(dir.filePath(name)).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace SavedImageFiles
