#include "feeds/feedjsonwriter.h"

#include "feeds/dateparser.h"

#include <array>

namespace {

void appendString(QByteArray &out, const QString &s)
{
    FeedJsonWriter::appendString(out, s.toUtf8());
}

void appendDate(QByteArray &out, const QDateTime &dt)
{
    if (dt.isValid())
        appendString(out, DateParser::toIsoUtc(dt));
    else
        out.append("null");
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":");
}

} // namespace

void FeedJsonWriter::appendString(QByteArray &out, QByteArrayView s)
{
    // Bytes JSON wants escaped: '"', '\\' and the C0 controls. Everything else, UTF-8 included,
    // is copied in runs.
    static constexpr auto Escape = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 0x20; ++c)
            t[c] = true;
        t['"'] = t['\\'] = true;
        return t;
    }();
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (!Escape[c])
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xF]};
            out.append(u, 6);
        }
        }
    }
    out.append(s.data() + run, n - run);
    out.append('"');
}

void FeedJsonWriter::appendEntry(QByteArray &out, const ParsedEntry &e, QByteArrayView summaryHtml,
                                 QByteArrayView contentHtml)
{
    out.append('{');
    appendKey(out, "id");
    ::appendString(out, e.id);
    out.append(',');
    appendKey(out, "title");
    ::appendString(out, e.title);
    out.append(',');
    appendKey(out, "link");
    ::appendString(out, e.link);
    out.append(',');
    appendKey(out, "author");
    ::appendString(out, e.author);
    out.append(',');
    appendKey(out, "published");
    appendDate(out, e.published);
    out.append(',');
    appendKey(out, "updated");
    appendDate(out, e.updated);
    out.append(',');
    appendKey(out, "summary");
    appendString(out, summaryHtml);
    out.append(',');
    appendKey(out, "content");
    appendString(out, contentHtml);
    out.append(',');
    appendKey(out, "categories");
    out.append('[');
    for (qsizetype i = 0; i < e.categories.size(); ++i) {
        if (i > 0)
            out.append(',');
        ::appendString(out, e.categories[i]);
    }
    out.append("],");
    appendKey(out, "enclosures");
    out.append('[');
    for (qsizetype i = 0; i < e.enclosures.size(); ++i) {
        const ParsedEnclosure &enc = e.enclosures[i];
        if (i > 0)
            out.append(',');
        out.append('{');
        appendKey(out, "url");
        ::appendString(out, enc.url);
        out.append(',');
        appendKey(out, "type");
        ::appendString(out, enc.type);
        out.append(',');
        appendKey(out, "length");
        out.append(QByteArray::number(enc.length));
        out.append('}');
    }
    out.append("],");
    appendKey(out, "comments");
    ::appendString(out, e.comments);
    out.append('}');
}

void FeedJsonWriter::appendHead(QByteArray &out, const ParsedFeed &f)
{
    out.append('{');
    appendKey(out, "title");
    ::appendString(out, f.title);
    out.append(',');
    appendKey(out, "link");
    ::appendString(out, f.link);
    out.append(',');
    appendKey(out, "subtitle");
    ::appendString(out, f.subtitle);
    out.append(',');
    appendKey(out, "language");
    ::appendString(out, f.language);
    out.append(',');
    appendKey(out, "updated");
    appendDate(out, f.updated);
    out.append(',');
    appendKey(out, "author");
    ::appendString(out, f.author);
    out.append(',');
    appendKey(out, "image");
    ::appendString(out, f.image);
    out.append(',');
    appendKey(out, "generator");
    ::appendString(out, f.generator);
    out.append(',');
    appendKey(out, "rights");
    ::appendString(out, f.rights);
    out.append('}');
}

void FeedJsonWriter::prepare(QList<SanitizedEntry> &batch, QByteArray &rendered) const
{
    qsizetype size = 0;
    for (const SanitizedEntry &e : batch)
        size += e.summaryHtml.size() + e.contentHtml.size() + 512;
    rendered.reserve(size + size / 16);
    for (SanitizedEntry &e : batch) {
        rendered.append(',');
        appendEntry(rendered, e.entry, e.summaryHtml, e.contentHtml);
        e = SanitizedEntry(); // written: free it now rather than when the batch goes
    }
}

void FeedJsonWriter::consume(QList<SanitizedEntry> &&, QByteArray &&rendered)
{
    if (rendered.isEmpty())
        return;
    // Every rendered entry starts with ','; the very first one's becomes the array's '['.
    if (!m_started) {
        m_output("{\"entries\":");
        rendered[0] = '[';
        m_started = true;
    }
    m_output(rendered);
}

void FeedJsonWriter::finish(const ParsedFeed &head)
{
    QByteArray tail;
    if (!m_started)
        tail.append("{\"entries\":[");
    tail.append("],\"feed\":");
    appendHead(tail, head);
    tail.append(",\"format\":");
    ::appendString(tail, head.format);
    tail.append(",\"bozo\":");
    tail.append(head.bozo ? "true" : "false");
    tail.append("}\n");
    m_output(tail);
}
