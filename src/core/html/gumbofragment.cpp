#include "html/gumbofragment.h"

#include "html/guardedparse.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

constexpr size_t ArenaBlockSize = 256 * 1024;

/** Zeroed blocks kept by each thread between parses. A block freed to the C library goes back to
 *  the kernel (or is zeroed again by calloc), and a page parse takes about twenty: reusing them spares
 *  the page faults and zeroes only the bytes a parse really used. Bounded, so that a thread that
 *  once parsed a huge page does not hold its memory for ever. */
class BlockCache
{
public:
    ~BlockCache()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    void *take()
    {
        if (m_blocks.empty())
            return std::calloc(1, ArenaBlockSize);
        void *block = m_blocks.back();
        m_blocks.pop_back();
        return block;
    }

    void give(void *block, size_t used)
    {
        if (m_blocks.size() >= MaxBlocks) {
            std::free(block);
            return;
        }
        std::memset(block, 0, used);
        m_blocks.push_back(block);
    }

    static BlockCache &local()
    {
        thread_local BlockCache cache;
        return cache;
    }

private:
    static constexpr size_t MaxBlocks = 24; // 6 MB: what a 500 KB page needs
    std::vector<void *> m_blocks;
};

} // namespace

/** Bump allocation out of zeroed blocks. A page's parse makes hundreds of thousands of small
 *  allocations that all die together; one free per block instead of per node saves a sixth of the
 *  parse. Nothing is reused within a parse, so everything handed out is zero, as the parser needs
 *  (see below). */
class GumboFragment::Arena
{
public:
    ~Arena()
    {
        for (void *block : m_large)
            std::free(block);
        if (!m_blocks.empty())
            m_blocks.back().used = ArenaBlockSize - m_left;
        for (const Block &block : m_blocks)
            BlockCache::local().give(block.memory, block.used);
    }

    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > ArenaBlockSize / 4) {
            void *large = std::calloc(1, size); // a block of its own
            if (large)
                m_large.push_back(large);
            return large;
        }
        if (m_left < size) {
            if (!m_blocks.empty())
                m_blocks.back().used = ArenaBlockSize - m_left;
            m_next = static_cast<char *>(BlockCache::local().take());
            if (!m_next) {
                m_left = 0;
                return nullptr;
            }
            m_blocks.push_back({m_next, 0});
            m_left = ArenaBlockSize;
        }
        void *p = m_next;
        m_next += size;
        m_left -= size;
        return p;
    }

private:
    struct Block
    {
        void *memory;
        size_t used; // bytes handed out, to be zeroed again
    };
    std::vector<Block> m_blocks;
    std::vector<void *> m_large;
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
    m_output = GuardedParse::parse(m_options, data, size_t(utf8.size()));
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
