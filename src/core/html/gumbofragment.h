// Owns one gumbo parse of an HTML fragment (the content of a <body>), freed on destruction.
// Shared by the sanitiser and the plain-text extractor so both read HTML exactly alike.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

class GumboFragment final
{
public:
    explicit GumboFragment(const QString &html);
    /** Parses UTF-8 in place: `utf8` must outlive the fragment. */
    explicit GumboFragment(QByteArrayView utf8);
    ~GumboFragment();
    Q_DISABLE_COPY_MOVE(GumboFragment)

    /** The element whose children are the fragment's top-level nodes. */
    const GumboNode *root() const;

private:
    void parse(QByteArrayView utf8);

    QByteArray m_utf8; // gumbo points into this buffer for original text, keep it alive
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
};
