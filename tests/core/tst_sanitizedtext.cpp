// The fast plain-text scan of sanitiser output: hand-written cases, and agreement with the
// gumbo-based HtmlText on what the sanitiser makes of hostile and messy fragments.
#include "html/htmlsanitizer.h"
#include "html/htmltext.h"
#include "text/sanitizedtext.h"

#include <QTest>

class TestSanitizedText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWritten_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("blocks") << QStringLiteral("<p>أول</p><p>ثاني</p>") << QStringLiteral("أول\nثاني");
        QTest::newRow("inline") << QStringLiteral("<p>قمة <strong>COP29</strong> في باكو</p>") << QStringLiteral("قمة COP29 في باكو");
        QTest::newRow("entities") << QStringLiteral("<p>A &amp; B &lt;tag&gt; &#1575;&#x644;</p>") << QStringLiteral("A & B <tag> ال");
        QTest::newRow("spaces") << QStringLiteral("  <div>\n  one   two\t</div> ") << QStringLiteral("one two");
        QTest::newRow("attributes") << QStringLiteral("<a href=\"https://x.example/?a=1&amp;b=&gt;\" title=\"&lt;b&gt;\">link</a>")
                                    << QStringLiteral("link");
        QTest::newRow("list") << QStringLiteral("<ul><li>one</li><li>two</li></ul>") << QStringLiteral("one\ntwo");
        QTest::newRow("table cells stay apart") << QStringLiteral("<table><tr><td>1</td><td>2</td></tr></table>") << QStringLiteral("1\n2");
        QTest::newRow("empty") << QString() << QString();
    }

    void handWritten()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(SanitizedText::toPlainText(html), text);
    }

    void agreesWithFullParserOnSanitiserOutput_data()
    {
        QTest::addColumn<QString>("dirty");
        QTest::newRow("script") << QStringLiteral("<p>قبل<script>alert('x')</script> بعد</p>");
        QTest::newRow("unclosed") << QStringLiteral("<div><p>one<p>two<b>bold <i>both</div>three");
        QTest::newRow("attributes") << QStringLiteral("<img src=x onerror=alert(1)><a href='javascript:x'>a > b</a>");
        QTest::newRow("comment") << QStringLiteral("<p>a<!-- <p>hidden</p> -->b</p>");
        QTest::newRow("entities") << QStringLiteral("<p>&eacute;t&eacute; &nbsp; 5 &lt; 6 &amp;&amp; x</p>");
    }

    void agreesWithFullParserOnSanitiserOutput()
    {
        QFETCH(QString, dirty);
        const QString clean = HtmlSanitizer::sanitize(dirty, QUrl(QStringLiteral("https://example.org/")));
        QString viaParser = HtmlText::toPlainText(clean);
        QString viaScan = SanitizedText::toPlainText(clean);
        // Both fold white space; they may differ only in how they join blocks, not in the words.
        QCOMPARE(viaScan.simplified(), viaParser.simplified());
    }
};

QTEST_GUILESS_MAIN(TestSanitizedText)
#include "tst_sanitizedtext.moc"
