// A forgiving pull tokenizer for XML feeds, over UTF-8 bytes held in memory.
// Why not QXmlStreamReader: it stops at the first error, while real feeds have undefined entities,
// bare '&', mismatched or unclosed tags and junk around the root, and a reader must still show
// them. This tokenizer recovers like a browser would, records the first problem (the "bozo" bit)
// and always yields a balanced stream of start and end elements. It never expands DTD entities and
// never fetches anything. Names and raw values are views into the input: no per-node allocation.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

class XmlTokenizer final
{
public:
    enum class Token { StartElement, EndElement, Text, EndDocument };

    struct Attribute
    {
        QByteArrayView name;  // qualified, as written
        QByteArrayView value; // raw: entities not yet decoded
    };

    struct Limits
    {
        int maxDepth = 256;
        qsizetype maxAttributeLength = 1 << 20;
    };

    explicit XmlTokenizer(QByteArrayView utf8);
    XmlTokenizer(QByteArrayView utf8, Limits limits);

    Token next();

    /** Qualified name of the current start or end element. */
    QByteArrayView name() const { return m_name; }
    const QList<Attribute> &attributes() const { return m_attributes; }
    /** Raw value of the attribute with this qualified name, or a null view. */
    QByteArrayView attribute(QByteArrayView qualifiedName) const;
    /** Appends the decoded text (UTF-8) of the current Text token. */
    void appendText(QByteArray &out);
    /** Decodes an attribute value (entities, and white-space normalisation is left to callers). */
    QString decode(QByteArrayView raw);
    /** The same, to UTF-8. */
    void decodeUtf8(QByteArrayView raw, QByteArray &out);

    /** Byte offsets of the current token; for a start element, end() is just after its '>'. */
    qsizetype tokenBegin() const { return m_tokenBegin; }
    qsizetype tokenEnd() const { return m_tokenEnd; }
    QByteArrayView input() const { return m_data; }
    int depth() const { return int(m_stack.size()); }
    /** True once the first start element has been seen. */
    bool sawRoot() const { return m_sawRoot; }

    bool wellFormed() const { return m_problem.isEmpty(); }
    /** The first problem found, e.g. "line 12: undefined entity &nbsp;". */
    const QString &problem() const { return m_problem; }

private:
    void report(qsizetype offset, const QString &what);
    void decodeInto(QByteArrayView raw, bool cdata, QByteArray &out);
    bool readStartTag();
    void readEndTag();
    bool skipMarkupDeclaration();

    QByteArrayView m_data;
    Limits m_limits;
    qsizetype m_pos = 0;
    qsizetype m_tokenBegin = 0;
    qsizetype m_tokenEnd = 0;
    QByteArrayView m_name;
    QByteArrayView m_text;
    bool m_textIsCData = false;
    QList<Attribute> m_attributes;
    QList<QByteArrayView> m_stack;
    int m_pendingEnds = 0;      // end elements implied by a mismatched or missing end tag
    bool m_selfClosing = false; // the last start element was <x/>: its end comes next
    bool m_sawRoot = false;
    bool m_stopped = false;
    bool m_externalDtd = false; // a DOCTYPE naming an external DTD (RSS 0.91) declares HTML entities
    QString m_problem;
};
