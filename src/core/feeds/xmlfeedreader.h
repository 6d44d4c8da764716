// Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from the forgiving tokenizer into a ParsedFeed.
// One pass, one state machine for every XML format: the formats borrow each other's elements
// (atom:link in RSS, dc:creator in Atom), so a per-format reader would duplicate most rules.
// Summary and content come out as unsanitised HTML plus the base to resolve them against; the
// caller sanitises them afterwards, possibly on several threads.
#pragma once

#include "feeds/entrysanitizer.h"
#include "feeds/feednamespaces.h"
#include "feeds/parsedfeed.h"
#include "feeds/xmltokenizer.h"
#include "util/result.h"

#include <QList>
#include <QUrl>

class XmlFeedReader final
{
public:
    struct Limits
    {
        int maxEntries = 50000;
        XmlTokenizer::Limits xml;
    };

    XmlFeedReader(QByteArrayView utf8, const QUrl &documentUrl, Limits limits);

    /** Fails when the document is not a feed; ill-formedness only sets bozo. */
    Result<ParsedFeed> read();
    /** One per entry of the result, same order. */
    const QList<EntryHtmlBases> &htmlBases() const { return m_bases; }

private:
    enum class Field : quint8 {
        None, Title, Link, Description, Summary, Subtitle, ItunesSummary, Content, Id, Guid, Author,
        Creator, PersonName, PersonEmail, Published, Updated, Created, Category, Comments, Language,
        Rights, Generator, ImageUrl, Logo, Icon, Ttl, SyPeriod, SyFrequency,
    };
    // How a captured element's text is to be read.
    enum class Kind : quint8 {
        Plain,  // text, never markup (Atom type="text", dates, ids)
        Html,   // escaped or CDATA HTML (RSS description, Atom type="html")
        Xhtml,  // inline markup (Atom type="xhtml", Atom 0.3 mode="xml" with an XML type)
        Base64, // Atom 0.3 mode="base64"
        Guess,  // RSS title: text unless it plainly holds markup
    };
    enum class Scope : quint8 { Feed, Image, Entry, Person, Skip };

    struct QName
    {
        FeedNs ns = FeedNs::None;
        QByteArrayView local;
    };
    struct Binding
    {
        int depth;
        QByteArrayView prefix;
        FeedNs ns;
    };
    struct Capture
    {
        Field field{};
        Kind kind{};
        int depth = 0;
        qsizetype contentBegin = 0;
        bool hasChildren = false;
        bool permaLink = true;
        QString text;
        QUrl base;
    };

    QName resolve(QByteArrayView qualifiedName, bool attribute);
    bool detectFormat(const QName &root);
    void handleStart();
    void handleEnd();
    void handleRssStart(QByteArrayView local);
    void handleAtomStart(QByteArrayView local);
    void handleOtherStart(const QName &name);
    void handleAtomLink();
    void addEnclosure(const QString &url, const QString &type, const QString &length);
    void beginCapture(Field field, Kind kind);
    void finishCapture(qsizetype contentEnd);
    void commit(Field field, const QString &plain, const QString &html, const QString &raw);
    Kind atomKind() const;
    void beginEntry();
    void endEntry();
    void endPerson();
    QString attr(QByteArrayView name);
    QUrl currentBase() const;
    Scope scope() const { return m_scopes.isEmpty() ? Scope::Feed : m_scopes.last().scope; }
    bool isRss(FeedNs ns) const;
    bool isAtom(FeedNs ns) const;

    XmlTokenizer m_xml;
    QUrl m_documentUrl;
    Limits m_limits;
    ParsedFeed m_feed;
    ParsedEntry m_entry;
    EntryHtmlBases m_entryBases;
    QList<EntryHtmlBases> m_bases;
    QList<Binding> m_bindings;
    QList<std::pair<int, QUrl>> m_baseStack;
    QList<std::pair<int, QString>> m_langStack;
    struct ScopeEntry { int depth; Scope scope; };
    QList<ScopeEntry> m_scopes;
    Capture m_capture;
    bool m_capturing = false;
    int m_depth = 0;
    bool m_isAtom = false;
    bool m_notFeed = false;
    QString m_notFeedMessage;
    QString m_rootLang;
    // Per-entry fallbacks, resolved when the entry ends.
    QString m_guidLink, m_thumbnail, m_mediaImage, m_itunesImage, m_enclosureImage;
    QDateTime m_created;
    // Person construct (Atom author) being read.
    QString m_personName, m_personEmail;
    // Feed-level fallbacks.
    QString m_feedIcon, m_feedPubDateText;
    QDateTime m_feedPubDate;
    int m_syPeriodMinutes = 0, m_syFrequency = 0;
    bool m_entryCapReported = false;
};
