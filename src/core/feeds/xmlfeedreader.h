// Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from the forgiving tokenizer into a ParsedFeed.
// One pass, one state machine for every XML format: the formats borrow each other's elements
// (atom:link in RSS, dc:creator in Atom), so a per-format reader would duplicate most rules.
// Entries leave one at a time, as soon as each ends, with summary and content as unsanitised UTF-8
// HTML plus the base to resolve them against: the caller sanitises them, possibly on other threads,
// while this reader goes on (the feed's own fields may come after its entries, so they are returned
// only at the end).
#pragma once

#include "feeds/feednamespaces.h"
#include "feeds/parsedfeed.h"
#include "feeds/pendingentry.h"
#include "feeds/xmltokenizer.h"
#include "util/result.h"

#include <QList>
#include <QUrl>

#include <functional>

class XmlFeedReader final
{
public:
    struct Limits
    {
        int maxEntries = 50000;
        XmlTokenizer::Limits xml;
    };

    using EntryHandler = std::function<void(PendingEntry &&)>;

    XmlFeedReader(QByteArrayView utf8, const QUrl &documentUrl, Limits limits, EntryHandler onEntry);

    /** Fails when the document is not a feed (before any entry was handed out); ill-formedness only
     *  sets bozo. The result has the feed's own fields and no entries. */
    Result<ParsedFeed> read();

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
        QByteArray text; // decoded character data, UTF-8
        QUrl base;
        QByteArrayView xhtmlPrefix; // prefix of inline XHTML elements (xhtml:body), if any
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
    QByteArray captureHtml(QByteArrayView raw) const;
    QString capturePlain(QByteArrayView raw) const;
    void commit(Field field, QByteArrayView raw);
    void setEntryHtml(QByteArray &target, QUrl &base, QByteArray &&html);
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
    EntryHandler m_onEntry;
    ParsedFeed m_feed;
    PendingEntry m_entry;
    int m_entryCount = 0;
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
    // Person construct (Atom author) being read.
    QString m_personName, m_personEmail;
    // Feed-level fallbacks.
    QString m_feedIcon, m_feedPubDateText;
    QDateTime m_feedPubDate;
    int m_syPeriodMinutes = 0, m_syFrequency = 0;
    bool m_entryCapReported = false;
};
