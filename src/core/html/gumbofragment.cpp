#include "html/gumbofragment.h"

#include <cstdlib>

GumboFragment::GumboFragment(const QString &html) : m_utf8(html.toUtf8()), m_options(kGumboDefaultOptions)
{
    parse(m_utf8, Scope::BodyContent);
}

GumboFragment::GumboFragment(QByteArrayView utf8, Scope scope) : m_options(kGumboDefaultOptions)
{
    parse(utf8, scope);
}

namespace {

// gumbo 0.10.1 leaves some fields of the nodes it allocates unset; the document's quirks mode is
// one, and fragment parsing reads it (it decides whether <table> closes an open <p>), so the same
// HTML could come out differently from one call to the next. Zeroed memory makes every such field
// 0, which is "no quirks", the mode of any page a reader would show an entry in.
void *zeroedAllocate(void *, size_t size)
{
    return std::calloc(1, size);
}

void release(void *, void *pointer)
{
    std::free(pointer);
}

} // namespace

void GumboFragment::parse(QByteArrayView utf8, Scope scope)
{
    m_options.allocator = zeroedAllocate;
    m_options.deallocator = release;
    // A feed entry is parsed as the inside of <body>; a page as a whole document (head included).
    m_options.fragment_context = scope == Scope::BodyContent ? GUMBO_TAG_BODY : GUMBO_TAG_LAST;
    m_options.max_errors = 0;                    // errors are irrelevant to us and cost allocations
    // gumbo reads a null pointer as an empty C string; give it a real one.
    const char *data = utf8.data() ? utf8.data() : "";
    m_output = gumbo_parse_with_options(&m_options, data, size_t(utf8.size()));
}

GumboFragment::~GumboFragment()
{
    if (m_output)
        gumbo_destroy_output(&m_options, m_output);
}

const GumboNode *GumboFragment::root() const
{
    return m_output ? m_output->root : nullptr;
}
