// Which URLs survive sanitising: http, https and mailto links; for images also data:image/*
// (raster types only). Resolves relative URLs against the entry's base.
#pragma once

#include <QString>
#include <QUrl>

namespace UrlPolicy {
enum class Use { Link, Image };

/** The URL to emit, made absolute against `base`, or a null string when it must be dropped. */
QString filter(const QString &value, const QUrl &base, Use use);

/** A srcset list with every candidate filtered; empty when none survives. */
QString filterSrcset(const QString &value, const QUrl &base);
}
