#include "html/gumbofragment.h"

GumboFragment::GumboFragment(const QString &html)
    : m_utf8(html.toUtf8()), m_options(kGumboDefaultOptions)
{
    m_options.fragment_context = GUMBO_TAG_BODY; // parse as the inside of <body>, like a feed entry
    m_options.max_errors = 0;                    // errors are irrelevant to us and cost allocations
    m_output = gumbo_parse_with_options(&m_options, m_utf8.constData(), size_t(m_utf8.size()));
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
