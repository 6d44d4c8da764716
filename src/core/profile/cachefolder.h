// The profile's cache folder: what it weighs and emptying it. Only re-downloadable files live at its top
// level (feed icons); folders listed as kept (for example the images of saved articles, which are the
// reader's own data) survive a clear.
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace CacheFolder {
/** Bytes used by every file under `folder` (0 for a missing folder). Walks the disk: call off the UI thread. */
qint64 sizeInBytes(const QString &folder);
/** Removes everything under `folder` except the sub-folders named in `keep`. */
Status clear(const QString &folder, const QStringList &keep = {});
}
