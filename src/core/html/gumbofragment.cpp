#include "html/gumbofragment.h"

#include <cstdlib>
#include <vector>

/** Bump allocation out of zeroed blocks. A page's parse makes hundreds of thousands of small
 *  allocations that all die together; one free per block instead of per node saves a sixth of the
 *  parse. Memory is never reused, so everything handed out is zero, as the parser needs (see below). */
class GumboFragment::Arena
{
public:
    ~Arena()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > BlockSize / 4)
            return keep(std::calloc(1, size)); // large: a block of its own
        if (m_left < size) {
            m_next = static_cast<char *>(keep(std::calloc(1, BlockSize)));
            m_left = m_next ? BlockSize : 0;
            if (!m_next)
                return nullptr;
        }
        void *p = m_next;
        m_next += size;
        m_left -= size;
        return p;
    }

private:
    static constexpr size_t BlockSize = 256 * 1024;

    void *keep(void *block)
    {
        if (block)
            m_blocks.push_back(block);
        return block;
    }

    std::vector<void *> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

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

void *arenaAllocate(void *arena, size_t size)
{
    return static_cast<GumboFragment::Arena *>(arena)->allocate(size);
}

void arenaRelease(void *, void *)
{
    // freed with the arena
}

} // namespace

void GumboFragment::parse(QByteArrayView utf8, Scope scope)
{
    if (scope == Scope::Document) {
        m_arena = std::make_unique<Arena>();
        m_options.allocator = arenaAllocate;
        m_options.deallocator = arenaRelease;
        m_options.userdata = m_arena.get();
    } else {
        m_options.allocator = zeroedAllocate;
        m_options.deallocator = release;
    }
    // A feed entry is parsed as the inside of <body>; a page as a whole document (head included).
    m_options.fragment_context = scope == Scope::BodyContent ? GUMBO_TAG_BODY : GUMBO_TAG_LAST;
    m_options.max_errors = 0;                    // errors are irrelevant to us and cost allocations
    // gumbo reads a null pointer as an empty C string; give it a real one.
    const char *data = utf8.data() ? utf8.data() : "";
    m_output = gumbo_parse_with_options(&m_options, data, size_t(utf8.size()));
}

GumboFragment::~GumboFragment()
{
    if (m_output && !m_arena) // an arena frees the whole tree at once
        gumbo_destroy_output(&m_options, m_output);
}

const GumboNode *GumboFragment::root() const
{
    return m_output ? m_output->root : nullptr;
}
