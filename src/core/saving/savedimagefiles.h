// Where the images of saved articles live on disk: <profile>/cache/saved/<article id>/<file>, one
// folder per article so that unsaving removes exactly its files. The cache's "clear" keeps saved/.
#pragma once

#include "store/savedcopyrows.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace SavedImageFiles {
/** The folder of every saved article's images, inside the profile's cache folder. */
QString rootIn(const QString &cacheDir);
QString folderFor(const QString &root, qint64 articleId);
/** A stable name for an image's file: a hash of its URL and the sniffed type's extension. */
QString fileNameFor(const QString &url, const QString &mimeType);
/** Writes the file whole or not at all. */
Status write(const QString &root, qint64 articleId, const QString &fileName, const QByteArray &bytes);
/** True when the kept image's file is on disk with its recorded size. */
bool isPresent(const QString &root, qint64 articleId, const SavedImage &image);
/** URL → data: URI of every kept image whose file is on disk with its recorded size; reads at most
 *  `maxBytes` of files. Images not kept, or gone from disk, are left out (they keep their URL). */
QHash<QString, QString> dataUris(const QString &root, qint64 articleId, const QList<SavedImage> &images,
                                 qint64 maxBytes);
/** Removes the article's folder; true when nothing of it is left. */
bool removeFolder(const QString &root, qint64 articleId);
/** Removes folders of articles not in `keep` (left by a removed feed or a crash); returns how many. */
int removeOrphans(const QString &root, const QSet<qint64> &keep);
}
