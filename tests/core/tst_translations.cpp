// The UI translations (translations/khulasa_ar.ts, khulasa_en.ts) are complete, well formed and
// current: no unfinished, vanished or obsolete entries; every plural message has all its forms
// (six in Arabic, two in English); placeholders, HTML tags and keyboard accelerators survive
// translation (an Arabic accelerator sits where its underline keeps the letters joined); the Arabic
// text is Arabic; and running lupdate on the sources finds exactly the
// messages that the committed files hold (so a new tr() string without a translation fails here).
// GUI-free: the .ts files are read with QXmlStreamReader.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifndef KHULASA_TRANSLATIONS_DIR
#error "KHULASA_TRANSLATIONS_DIR must name the folder of the .ts files"
#endif
#ifndef KHULASA_SOURCE_DIR
#define KHULASA_SOURCE_DIR KHULASA_TRANSLATIONS_DIR "/.."
#endif
#ifndef KHULASA_LUPDATE
#define KHULASA_LUPDATE ""
#endif
#ifndef KHULASA_LUPDATE_REQUIRED
#define KHULASA_LUPDATE_REQUIRED 0
#endif

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type: empty when finished, else unfinished / vanished / obsolete
    QString translation;
    QStringList forms;
    qint64 line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const
    {
        return QStringLiteral("line %1, %2: \"%3\"").arg(line).arg(context, source.left(70).replace(u'\n', u' '));
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                message.line = xml.lineNumber();
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(KHULASA_TRANSLATIONS_DIR "/khulasa_%1.ts").arg(language);
}

/** %1…%99 (also %L1), %n (also %Ln) and QProgressBar's %v %m %p, normalised without the L. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)|%([vmp])(?![A-Za-z])"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found.append(u'%' + (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)));
    }
    found.sort();
    return found;
}

/** Opening and closing HTML tags by name, e.g. "h3", "/h3" (a placeholder such as <%1> is no tag). */
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("<(/?[A-Za-z][A-Za-z0-9]*)\\b[^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    found.sort();
    return found;
}

/** Keyboard accelerators: an '&' before a character other than '&' or a space ("&&" is a literal &). */
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

/** True when `c` joins the letter after it (Arabic dual- or left-joining letters, tatweel, ZWJ). */
bool joinsForward(QChar c)
{
    const QChar::JoiningType type = c.joiningType();
    return type == QChar::Joining_Dual || type == QChar::Joining_Left || type == QChar::Joining_Causing;
}

/** True when an underline on text[at] keeps the Arabic letters joined. Qt (6.4) shapes the underlined
 *  mnemonic letter as a run of its own, so it may neither join the letter before it nor the one after
 *  it: "&ملف" shows an isolated م, "ال&خبر" splits the word; "&الخبر", "مساعد&ة", "خرو&ج" are fine. */
bool acceleratorKeepsJoining(const QString &text, qsizetype at)
{
    const QChar letter = text.at(at);
    if (letter.script() != QChar::Script_Arabic)
        return true;
    qsizetype after = at + 1;
    while (after < text.size() && text.at(after).joiningType() == QChar::Joining_Transparent)
        ++after; // harakat
    if (joinsForward(letter) && after < text.size()) {
        const QChar::JoiningType next = text.at(after).joiningType();
        if (next == QChar::Joining_Dual || next == QChar::Joining_Right || next == QChar::Joining_Causing)
            return false;
    }
    qsizetype before = at - 2; // skip the '&'
    while (before >= 0 && text.at(before).joiningType() == QChar::Joining_Transparent)
        --before; // harakat
    return before < 0 || !joinsForward(text.at(before));
}

/** Positions of the letters that carry an accelerator ('&' before them). */
QList<qsizetype> acceleratorPositions(const QString &text)
{
    QList<qsizetype> positions;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            positions.append(i + 1);
    }
    return positions;
}

/** Whether any letter of `text` could carry an accelerator without breaking the joining. */
bool hasAcceleratorSpot(const QString &text)
{
    QString withMark;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLetter())
            continue;
        withMark = text.left(i) + u'&' + text.mid(i);
        if (acceleratorKeepsJoining(withMark, i + 1))
            return true;
    }
    return false;
}

bool hasArabicLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic && c.isLetter(); });
}

/** All forms of a message: the translation, or each plural form. */
QStringList translatedTexts(const TsMessage &m)
{
    return m.numerus ? m.forms : QStringList{m.translation};
}

int expectedPluralForms(const QString &language)
{
    // Qt's plural rules: Arabic has zero, one, two, few (3–10), many (11–99) and other (100–102…);
    // English has one and other.
    if (language.startsWith(u"ar"))
        return 6;
    if (language.startsWith(u"en"))
        return 2;
    return -1;
}

QString describe(const QStringList &problems)
{
    const int shown = 40;
    QString text = QStringLiteral("%1 problem(s):\n  ").arg(problems.size()) + problems.mid(0, shown).join(QStringLiteral("\n  "));
    if (problems.size() > shown)
        text += QStringLiteral("\n  … and %1 more").arg(problems.size() - shown);
    return text;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, TsFile> m_files;

    const TsFile &file(const QString &language) const { return *m_files.constFind(language); }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
            const TsFile ts = parseTs(tsPath(language));
            QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
            QVERIFY2(ts.language.startsWith(language), qPrintable(tsPath(language) + u": language=" + ts.language));
            QVERIFY2(!ts.messages.isEmpty(), qPrintable(tsPath(language) + u" holds no messages"));
            m_files.insert(language, ts);
        }
    }

    void everyMessageIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ar") << QStringLiteral("ar");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyMessageIsFinished()
    {
        QFETCH(QString, language);
        const TsFile &ts = file(language);
        const int forms = expectedPluralForms(ts.language);
        QVERIFY2(forms > 0, qPrintable(u"no plural rule known for " + ts.language));
        QStringList problems;
        QSet<QString> seen;
        for (const TsMessage &m : ts.messages) {
            if (!m.type.isEmpty())
                problems.append(m.where() + u" is " + m.type);
            if (seen.contains(m.key()))
                problems.append(m.where() + u" appears twice");
            seen.insert(m.key());
            if (!m.numerus) {
                if (m.translation.isEmpty())
                    problems.append(m.where() + u" has an empty translation");
                if (!m.forms.isEmpty())
                    problems.append(m.where() + u" has plural forms but is not numerus");
                continue;
            }
            if (m.forms.size() != forms)
                problems.append(m.where() + QStringLiteral(" has %1 plural forms, %2 needs %3").arg(m.forms.size()).arg(ts.language).arg(forms));
            for (qsizetype i = 0; i < m.forms.size(); ++i)
                if (m.forms.at(i).trimmed().isEmpty())
                    problems.append(m.where() + QStringLiteral(" has an empty plural form %1").arg(i));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void placeholdersTagsAndAcceleratorsSurvive_data() { everyMessageIsFinished_data(); }

    void placeholdersTagsAndAcceleratorsSurvive()
    {
        QFETCH(QString, language);
        const TsFile &ts = file(language);
        const bool arabic = ts.language.startsWith(u"ar");
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QStringList sourcePlaceholders = placeholders(m.source);
            const QStringList texts = translatedTexts(m);
            for (qsizetype form = 0; form < texts.size(); ++form) {
                const QString &text = texts.at(form);
                if (text.isEmpty())
                    continue; // reported by everyMessageIsFinished
                const QString label = m.numerus ? QStringLiteral(" (plural form %1)").arg(form) : QString();
                QStringList expected = sourcePlaceholders;
                QStringList actual = placeholders(text);
                // Arabic says the count in words for zero, one and two ("دقيقة واحدة", "دقيقتان"),
                // so those forms may leave %n out; every other form must carry it.
                if (m.numerus && arabic && form <= 2 && !actual.contains(QStringLiteral("%n")))
                    expected.removeAll(QStringLiteral("%n"));
                if (QSet<QString>(expected.cbegin(), expected.cend()) != QSet<QString>(actual.cbegin(), actual.cend()))
                    problems.append(m.where() + label + QStringLiteral(": placeholders %1 in the source, %2 in \"%3\"")
                                                            .arg(expected.join(u' '), actual.join(u' '), text));
                if (htmlTags(m.source) != htmlTags(text))
                    problems.append(m.where() + label + QStringLiteral(": HTML tags differ in \"%1\"").arg(text));
                // The accelerator stays, except where an Arabic text has no letter that can carry one
                // without breaking the joining (e.g. "ملف"): then it is left out rather than misdrawn.
                const int wanted = accelerators(m.source), got = accelerators(text);
                if (got != wanted && !(got == 0 && wanted == 1 && !hasAcceleratorSpot(QString(text).replace(QStringLiteral("&&"), QString()))))
                    problems.append(m.where() + label + QStringLiteral(": %1 accelerator(s) in the source, %2 in \"%3\"")
                                                            .arg(wanted).arg(got).arg(text));
                for (const qsizetype at : acceleratorPositions(text))
                    if (!acceleratorKeepsJoining(text, at))
                        problems.append(m.where() + label + QStringLiteral(": the accelerator in \"%1\" breaks the joining of "
                                                                           "the Arabic letters; put it on a letter that joins "
                                                                           "neither side: ا أ إ آ د ذ ر ز و ة or a word-final "
                                                                           "letter, at a word's start or after ا د ذ ر ز و").arg(text));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void arabicTranslationIsArabic()
    {
        // Only a bare address may stay as it is (the add-feed placeholder URL).
        static const QRegularExpression untranslatable(QStringLiteral("^https?://\\S+$"));
        QStringList problems;
        for (const TsMessage &m : file(QStringLiteral("ar")).messages) {
            if (untranslatable.match(m.source).hasMatch())
                continue;
            for (const QString &text : translatedTexts(m))
                if (!text.isEmpty() && !hasArabicLetter(text))
                    problems.append(m.where() + QStringLiteral(": \"%1\" is not Arabic").arg(text));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void englishTranslationIsTheSource()
    {
        QStringList problems;
        for (const TsMessage &m : file(QStringLiteral("en")).messages) {
            if (!m.numerus && m.translation != m.source)
                problems.append(m.where() + QStringLiteral(": translated as \"%1\"").arg(m.translation));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void bothLanguagesHoldTheSameMessages()
    {
        QSet<QString> ar, en;
        for (const TsMessage &m : file(QStringLiteral("ar")).messages)
            ar.insert(m.key());
        for (const TsMessage &m : file(QStringLiteral("en")).messages)
            en.insert(m.key());
        QStringList problems;
        for (const QString &k : ar - en)
            problems.append(u"only in khulasa_ar.ts: " + QString(k).replace(u'\x1f', QStringLiteral(" | ")));
        for (const QString &k : en - ar)
            problems.append(u"only in khulasa_en.ts: " + QString(k).replace(u'\x1f', QStringLiteral(" | ")));
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void filesMatchTheSources()
    {
        const QString lupdate = QStringLiteral(KHULASA_LUPDATE);
        if (lupdate.isEmpty() || !QFileInfo(lupdate).isExecutable()) {
            if (KHULASA_LUPDATE_REQUIRED)
                QFAIL("lupdate was not found at configure time, but this build makes translations");
            QSKIP("lupdate is not installed (qt6-l10n-tools); the stale-translation check needs it");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_ar.ts"));
        const QString root = QDir::cleanPath(QStringLiteral(KHULASA_SOURCE_DIR));
        // The same inputs as translations/CMakeLists.txt: every .cpp/.h under src and the .ui forms.
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                                u"-I" + root + u"/src", u"-I" + root + u"/src/core", u"-I" + root + u"/src/gui",
                                root + u"/src", root + u"/ui", QStringLiteral("-target-language"), QStringLiteral("ar"),
                                QStringLiteral("-ts"), fresh});
        QVERIFY2(process.waitForFinished(120000), "lupdate did not finish within two minutes");
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(u"lupdate failed:\n" + output));

        const TsFile current = parseTs(fresh);
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        QVERIFY2(!current.messages.isEmpty(), qPrintable(u"lupdate found no messages:\n" + output));
        QHash<QString, TsMessage> inSources, committed;
        for (const TsMessage &m : current.messages)
            inSources.insert(m.key(), m);
        for (const TsMessage &m : file(QStringLiteral("ar")).messages)
            committed.insert(m.key(), m);

        QStringList problems;
        for (auto it = inSources.cbegin(); it != inSources.cend(); ++it) {
            if (!committed.contains(it.key()))
                problems.append(u"new in the sources, missing from the .ts files: " + it->context + u": \"" + it->source + u'"');
            else if (committed.value(it.key()).numerus != it->numerus)
                problems.append(u"plural use changed in the sources: " + it->context + u": \"" + it->source + u'"');
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it)
            if (!inSources.contains(it.key()))
                problems.append(u"no longer in the sources (obsolete): " + it->context + u": \"" + it->source + u'"');
        problems.sort();
        if (!problems.isEmpty())
            problems.prepend(QStringLiteral("the .ts files are stale: run `cmake --build BUILD --target update_translations` and translate"));
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void checksCanFail()
    {
        // The checks above must be able to fail: feed them broken messages.
        QCOMPARE(placeholders(QStringLiteral("Refreshed %1 feeds: %2 new, %L3 failed, %n min, %v/%m")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%m"), QStringLiteral("%n"), QStringLiteral("%v")}));
        QVERIFY(placeholders(QStringLiteral("حُدِّثت المصادر: %1")) != placeholders(QStringLiteral("Refreshed %1 feeds: %2")));
        QCOMPARE(htmlTags(QStringLiteral("<h3>Khulasa %1</h3><p>x</p> <%1>")),
                 (QStringList{QStringLiteral("/h3"), QStringLiteral("/p"), QStringLiteral("h3"), QStringLiteral("p")}));
        QCOMPARE(accelerators(QStringLiteral("&Save && Close")), 1);
        QCOMPARE(accelerators(QStringLiteral("Tom & Jerry")), 0);
        const auto keepsJoining = [](const QString &t) { return acceleratorKeepsJoining(t, acceleratorPositions(t).constFirst()); };
        QVERIFY(!keepsJoining(QStringLiteral("&ملف")));
        QVERIFY(!keepsJoining(QStringLiteral("ال&خبر")));
        QVERIFY(!keepsJoining(QStringLiteral("م&ساعدة")));
        QVERIFY(!keepsJoining(QStringLiteral("تعليم كـ&مقروء")));
        QVERIFY(keepsJoining(QStringLiteral("&الخبر")));
        QVERIFY(keepsJoining(QStringLiteral("مساعد&ة")));
        QVERIFY(keepsJoining(QStringLiteral("تحديث &الكل")));
        QVERIFY(keepsJoining(QStringLiteral("استيرا&د")));
        QVERIFY(keepsJoining(QStringLiteral("&Refresh All")));
        QVERIFY(keepsJoining(QStringLiteral("خرو&ج")));      // word-final after و
        QVERIFY(keepsJoining(QStringLiteral("خر&وج")));      // ر does not join forward, و not at all
        QVERIFY(!keepsJoining(QStringLiteral("حو&لي")));     // ل would join the ي after it

        QVERIFY(!hasAcceleratorSpot(QStringLiteral("ملف")));
        QVERIFY(hasAcceleratorSpot(QStringLiteral("الملف")));
        QVERIFY(hasArabicLetter(QStringLiteral("تحديث الكل")));
        QVERIFY(!hasArabicLetter(QStringLiteral("Refresh All 123")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.ts"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>X</name>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">ذهب</translation></message>
    <message numerus="yes"><source>%n min</source><translation><numerusform>%n دقيقة</numerusform><numerusform>دقيقة</numerusform></translation></message>
</context>
</TS>
)");
        out.close();
        const TsFile broken = parseTs(path);
        QVERIFY(broken.error.isEmpty());
        QCOMPARE(broken.language, QStringLiteral("ar"));
        QCOMPARE(broken.messages.size(), 3);
        QCOMPARE(broken.messages.at(0).type, QStringLiteral("unfinished"));
        QCOMPARE(broken.messages.at(1).type, QStringLiteral("vanished"));
        QVERIFY(broken.messages.at(2).numerus);
        QCOMPARE(broken.messages.at(2).forms.size(), 2);
        QVERIFY(broken.messages.at(2).forms.size() != expectedPluralForms(broken.language));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
