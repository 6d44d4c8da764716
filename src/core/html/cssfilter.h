// Inline style="" filtering: a whitelist of presentational properties whose values cannot load
// anything but http(s) images and cannot run script (no expression(), behavior, -moz-binding,
// @import, escapes or comments that could hide them).
#pragma once

#include <QString>

namespace CssFilter {
/** The declarations of `style` that are safe to keep, re-serialised; empty when none are. */
QString filterInlineStyle(const QString &style);
}
