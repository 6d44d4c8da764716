#include "html/inertcontent.h"

#include "html/htmlscan.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

#include <gumbo.h>

namespace InertContent {
namespace {

using HtmlScan::Tag;

GumboTag tagOf(const Tag &tag)
{
    return gumbo_tagn_enum(tag.name.data(), unsigned(tag.name.size())); // case-insensitive
}

/** Elements that never hold others open: void elements and those whose end tag may be left out. */
bool leavesNothingOpen(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_RB: case GUMBO_TAG_RT:
    case GUMBO_TAG_RP: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_IMAGE:
        return true;
    default:
        return false;
    }
}

/** Start tags that end SVG content and put what follows back into HTML ("breakout" in the spec). */
bool leavesForeignContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_EM: case GUMBO_TAG_EMBED: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
    case GUMBO_TAG_FONT: // only with color, face or size; any will do here
        return true;
    default:
        return false;
    }
}

/** Elements whose tags change nothing but the tree: no raw text, no foreign content, no special
 *  parsing mode. Only their tags may be dropped to flatten a page. */
bool isPlain(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_TEMPLATE:
        return false;
    default:
        return true;
    }
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/** Where the content of the <svg> whose start tag ends at `from` ends (the '<' of its "</svg"), or -1
 *  when the content is anything but SVG elements, text and comments. Only then is the end certain
 *  without the tree: HTML tags inside end the SVG early, and HTML inside <title>, <desc> or
 *  <foreignObject> follows HTML's rules again. */
qsizetype simpleSvgEnd(QByteArrayView html, qsizetype from)
{
    QVarLengthArray<QByteArrayView, 16> open{"svg"};
    bool inIntegrationPoint = false; // inside <title>, <desc>, <foreignObject>: text only
    qsizetype i = from;
    while (true) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= html.size())
            return html.size(); // runs to the end of the page: all of it is SVG
        const char next = html[lt + 1];
        if (next == '!' && html.sliced(lt).startsWith("<!--")) {
            i = HtmlScan::commentEnd(html, lt);
            continue;
        }
        if (next == '/' && lt + 2 < html.size() && HtmlScan::isAsciiLetter(html[lt + 2])) {
            const Tag tag = HtmlScan::readTag(html, lt);
            qsizetype match = open.size() - 1;
            while (match >= 0 && !sameName(open[match], tag.name))
                --match;
            if (match < 0 || tag.end < 0)
                return -1; // an end tag of something outside: it would close HTML elements
            if (match == 0)
                return lt;
            open.resize(match);
            inIntegrationPoint = false;
            i = tag.end;
            continue;
        }
        if (HtmlScan::isAsciiLetter(next)) {
            const Tag tag = HtmlScan::readTag(html, lt);
            const GumboTag known = tagOf(tag);
            if (inIntegrationPoint || tag.end < 0 || leavesForeignContent(known) || open.size() > 64)
                return -1;
            if (!tag.selfClosing) {
                open.append(tag.name);
                inIntegrationPoint = known == GUMBO_TAG_TITLE || known == GUMBO_TAG_DESC
                    || known == GUMBO_TAG_FOREIGNOBJECT;
            }
            i = tag.end;
            continue;
        }
        if (next == '!' || next == '?' || next == '/')
            return -1; // CDATA, bogus comments: rare in icons, and CDATA may hide "</svg>"
        i = lt + 1; // a '<' in text
    }
}

bool containsCaseInsensitive(QByteArrayView text, QByteArrayView word)
{
    for (qsizetype at = 0; at + word.size() <= text.size(); ++at) {
        if (sameName(text.sliced(at, word.size()), word))
            return true;
    }
    return false;
}

bool containsStartTag(QByteArrayView html, QByteArrayView name)
{
    for (qsizetype lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
        if (lt + 1 + name.size() <= html.size() && sameName(html.sliced(lt + 1, name.size()), name))
            return true;
    }
    return false;
}

class Stripper
{
public:
    Stripper(QByteArrayView html, const Options &options)
        : m_html(html), m_keepJsonLd(options.jsonLd == JsonLd::Keep), m_stopAbove(options.stopAboveDepth),
          m_flattenBeyond(options.flattenBeyondDepth)
    {
    }

    /** Runs the pass; false when it must be run again without removing anything (see frameset). */
    bool run(bool removing)
    {
        m_removing = removing;
        m_out.clear();
        m_out.reserve(m_html.size());
        m_copied = 0;
        m_depth = m_deepest = 0;
        m_open.fill(0);
        m_inSelect = false;
        m_firstSvg = -1;
        qsizetype i = 0;
        while (i >= 0 && i < m_html.size() && m_deepest <= m_stopAbove)
            i = step(i);
        if (m_deepest <= m_stopAbove)
            m_out.append(m_html.sliced(m_copied));
        // Text removed with an SVG no longer tells a later <frameset> that the page has content
        // (the parser's "frameset-ok" flag); such pages are read as they are.
        return !(m_firstSvg >= 0 && containsStartTag(m_html.sliced(m_firstSvg), "frameset"));
    }

    Stripped result() { return {std::move(m_out), m_deepest}; }

private:
    /** Reads the markup at or after `i`; returns where to go on, or -1 at the end of the input. */
    qsizetype step(qsizetype i)
    {
        const qsizetype lt = m_html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= m_html.size())
            return -1;
        const char next = m_html[lt + 1];
        if (next == '!') {
            if (!m_html.sliced(lt).startsWith("<!--"))
                return HtmlScan::declarationEnd(m_html, lt);
            const qsizetype end = HtmlScan::commentEnd(m_html, lt);
            if (end - lt > 7) // longer than "<!---->": leave the comment, without its text
                removeBetween(lt + 4, end, end == m_html.size() ? QByteArrayView() : QByteArrayView("-->"));
            return end;
        }
        if (next == '?')
            return HtmlScan::declarationEnd(m_html, lt);
        if (next == '/') {
            if (lt + 2 < m_html.size() && HtmlScan::isAsciiLetter(m_html[lt + 2]))
                return endTag(lt, HtmlScan::readTag(m_html, lt));
            if (lt + 2 < m_html.size() && m_html[lt + 2] == '>')
                return lt + 3; // "</>" is ignored
            return HtmlScan::declarationEnd(m_html, lt);
        }
        if (HtmlScan::isAsciiLetter(next))
            return startTag(lt, HtmlScan::readTag(m_html, lt));
        return lt + 1; // a '<' in text
    }

    qsizetype endTag(qsizetype lt, const Tag &tag)
    {
        if (tag.end < 0)
            return -1;
        const GumboTag known = tagOf(tag);
        if (m_inSelect) {
            if (known == GUMBO_TAG_SELECT)
                m_inSelect = false;
            else if (known != GUMBO_TAG_OPTION && known != GUMBO_TAG_OPTGROUP)
                stopRemoving();
        }
        if (leavesNothingOpen(known) || m_open[known] == 0)
            return tag.end; // closes nothing (or nothing counted): the parser ignores it too
        if (isBeyondFlattening(m_depth) && isPlain(known))
            dropTag(lt, tag.end);
        --m_open[known];
        --m_depth;
        return tag.end;
    }

    qsizetype startTag(qsizetype lt, const Tag &tag)
    {
        if (tag.end < 0)
            return -1; // the input ends inside the tag: the parser drops it
        const GumboTag known = tagOf(tag);
        if (m_inSelect && known != GUMBO_TAG_OPTION && known != GUMBO_TAG_OPTGROUP && known != GUMBO_TAG_SCRIPT)
            stopRemoving(); // inside <select> most tags are ignored, and raw text elements are not raw
        const bool foreignSelfClosed =
            tag.selfClosing && (known == GUMBO_TAG_UNKNOWN || known == GUMBO_TAG_SVG || known == GUMBO_TAG_MATH);
        if (!foreignSelfClosed && !leavesNothingOpen(known)) {
            if (isBeyondFlattening(m_depth + 1) && isPlain(known))
                dropTag(lt, tag.end);
            ++m_open[known];
            m_deepest = std::max(m_deepest, ++m_depth);
            if (m_deepest > m_stopAbove)
                return -1;
        }
        switch (known) {
        case GUMBO_TAG_SCRIPT: {
            const qsizetype end = HtmlScan::scriptDataEnd(m_html, tag.end);
            const QByteArrayView startTag = m_html.sliced(lt, tag.end - lt);
            if (!(m_keepJsonLd && containsCaseInsensitive(startTag, "ld+json")))
                removeBetween(tag.end, end);
            return end;
        }
        case GUMBO_TAG_STYLE:
            return removeBetween(tag.end, HtmlScan::rawTextEnd(m_html, tag.end, "style"));
        case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
            // Kept, but what looks like markup inside them is text.
            return HtmlScan::rawTextEnd(m_html, tag.end, gumbo_normalized_tagname(known));
        case GUMBO_TAG_PLAINTEXT:
            return -1; // the rest of the page is text
        case GUMBO_TAG_SVG: {
            if (tag.selfClosing)
                return tag.end;
            const qsizetype end = m_removing ? simpleSvgEnd(m_html, tag.end) : -1;
            if (end < 0) {
                stopRemoving();
                return tag.end;
            }
            if (m_firstSvg < 0)
                m_firstSvg = lt;
            return removeBetween(tag.end, end);
        }
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_FRAMESET:
            stopRemoving(); // MathML mixes HTML in; framesets ignore most of what follows
            return tag.end;
        case GUMBO_TAG_SELECT:
            m_inSelect = true;
            return tag.end;
        default:
            return tag.end;
        }
    }

    /** Drops [from, to) from the output (when still removing), writing `replacement` instead; returns `to`. */
    qsizetype removeBetween(qsizetype from, qsizetype to, QByteArrayView replacement = {})
    {
        if (!m_removing || to <= from)
            return to;
        m_out.append(m_html.sliced(m_copied, from - m_copied)).append(replacement);
        m_copied = to;
        return to;
    }

    void stopRemoving() { m_removing = false; }

    bool isBeyondFlattening(int depth) const { return m_flattenBeyond >= 0 && depth > m_flattenBeyond; }

    /** Drops a tag for flattening: whatever else the pass still removes or not, deep nesting must go. */
    void dropTag(qsizetype lt, qsizetype end)
    {
        m_out.append(m_html.sliced(m_copied, lt - m_copied));
        m_copied = end;
    }

    const QByteArrayView m_html;
    const bool m_keepJsonLd;
    const int m_stopAbove;
    const int m_flattenBeyond;
    std::array<int, GUMBO_TAG_LAST + 1> m_open; // per tag, start tags not yet matched by an end tag
    bool m_removing = true;
    bool m_inSelect = false;
    QByteArray m_out;
    qsizetype m_copied = 0; // m_html before this is in m_out (or removed)
    qsizetype m_firstSvg = -1;
    int m_depth = 0;
    int m_deepest = 0;
};

} // namespace

Stripped strip(QByteArrayView html, const Options &options)
{
    Stripper stripper(html, options);
    if (!stripper.run(true))
        stripper.run(false);
    return stripper.result();
}

int estimatedDepth(QByteArrayView html, int stopAboveDepth)
{
    Stripper stripper(html, {JsonLd::Keep, stopAboveDepth, -1});
    stripper.run(false);
    return stripper.result().depth;
}

} // namespace InertContent
