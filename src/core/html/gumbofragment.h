// Owns one gumbo parse of an HTML fragment (the content of a <body>) or page, freed on destruction.
// Shared by the sanitiser and the plain-text extractor so both read HTML exactly alike.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

#include <memory>

class GumboFragment final
{
public:
    explicit GumboFragment(const QString &html);
    class Arena; // the allocator of whole-page parses (defined in the .cpp)

    /** What the text is: the inside of a <body> (a feed entry), or a whole page. */
    enum class Scope { BodyContent, Document };

    /** Parses UTF-8 in place: `utf8` must outlive the fragment. */
    explicit GumboFragment(QByteArrayView utf8, Scope scope = Scope::BodyContent);
    ~GumboFragment();
    Q_DISABLE_COPY_MOVE(GumboFragment)

    /** The element whose children are the fragment's top-level nodes (<html> for a document);
     *  null when the parser gave up on the input (see GuardedParse). */
    const GumboNode *root() const;

private:
    void parse(QByteArrayView utf8, Scope scope);

    QByteArray m_utf8; // gumbo points into this buffer for original text, keep it alive
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
    std::unique_ptr<Arena> m_arena; // whole pages: every node in a few big blocks, freed at once
};
