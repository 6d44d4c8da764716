#include "html/cssfilter.h"

#include <QStringList>

namespace CssFilter {
namespace {

bool allowedProperty(QStringView p)
{
    static const char16_t *const Allowed[] = {
        u"color", u"background-color", u"background", u"background-image", u"font-weight",
        u"font-style", u"font-size", u"font-family", u"text-align", u"text-decoration",
        u"text-indent", u"direction", u"line-height", u"letter-spacing", u"vertical-align",
        u"width", u"height", u"max-width", u"max-height", u"min-width", u"min-height",
        u"margin", u"margin-top", u"margin-bottom", u"margin-left", u"margin-right",
        u"padding", u"padding-top", u"padding-bottom", u"padding-left", u"padding-right",
        u"border", u"border-top", u"border-bottom", u"border-left", u"border-right",
        u"border-color", u"border-style", u"border-width", u"border-collapse", u"border-spacing",
        u"border-radius", u"float", u"clear", u"list-style-type", u"white-space",
        u"text-transform", u"font-variant", u"caption-side", u"empty-cells", u"table-layout"};
    for (const char16_t *a : Allowed) {
        if (p == QStringView(a))
            return true;
    }
    return false;
}

/** Values may load http(s) images through url(); anything that could script, import or hide
 *  a token behind escapes and comments is refused outright. */
bool safeValue(const QString &value)
{
    const QString v = value.toLower();
    static const char16_t *const Banned[] = {u"expression", u"behavior", u"behaviour", u"-moz-binding",
                                            u"@import", u"javascript:", u"vbscript:", u"\\", u"/*",
                                            u"<", u">", u"&", u"image-set", u"src("};
    for (const char16_t *b : Banned) {
        if (v.contains(QStringView(b)))
            return false;
    }
    qsizetype at = 0;
    while ((at = v.indexOf(u"url(", at)) >= 0) {
        at += 4;
        QStringView arg = QStringView(v).sliced(at).trimmed();
        if (arg.startsWith(u'"') || arg.startsWith(u'\''))
            arg = arg.sliced(1);
        if (!arg.startsWith(u"http://") && !arg.startsWith(u"https://"))
            return false;
    }
    return true;
}

} // namespace

QString filterInlineStyle(const QString &style)
{
    QStringList kept;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        QString value = declaration.mid(colon + 1).trimmed();
        if (value.endsWith(u"!important", Qt::CaseInsensitive))
            value = value.chopped(10).trimmed();
        if (value.isEmpty() || !allowedProperty(property) || !safeValue(value))
            continue;
        kept.append(property + u": " + value);
    }
    return kept.join(QStringLiteral("; "));
}

} // namespace CssFilter
