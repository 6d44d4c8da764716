// The output half of the HTML sanitiser: given elements, attributes and text already parsed (by
// gumbo, or by the fast path for simple markup), writes the whitelisted HTML. Both parsers feed this
// one writer, so the fast path cannot drift from the gumbo path in what it lets through.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

#include <gumbo.h>

class SanitizerWriter final
{
public:
    enum class Action { Keep, Unwrap, Drop };

    struct Attribute
    {
        QByteArrayView name;  // lower case, as the HTML parser reports it
        QByteArrayView value; // character references already decoded, UTF-8
    };

    SanitizerWriter(const QUrl &base, QByteArray &out) : m_base(base), m_out(out) {}

    /** What happens to an HTML element with this tag: kept, replaced by its content, or removed. */
    static Action actionFor(GumboTag tag);
    static bool isVoid(GumboTag tag);

    void open(GumboTag tag, const Attribute *attributes, qsizetype count);
    /** The same for an element as gumbo parsed it, with all its attributes. */
    void open(const GumboElement &element);
    void close(GumboTag tag);
    /** Decoded text; `inLink` strips the bidi overrides that disguise where a link goes. */
    void text(QByteArrayView utf8, bool inLink);
    QByteArray &out() { return m_out; }

private:
    void attribute(const char *name, QByteArrayView value);
    void attribute(const char *name, const QString &value);
    void escape(QByteArrayView s, bool attribute, bool inLink);

    const QUrl &m_base;
    QByteArray &m_out;
};
