// Sentence segmentation against hand-written fixtures (tests/data/summary/segmentation): each NAME.txt
// or NAME.html holds tricky Arabic and English punctuation, NAME.expected the sentences one per line.
#include "text/sentencesplitter.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString fixtureDir() { return QStringLiteral(KHULASA_TEST_DATA "/summary/segmentation"); }
} // namespace

class TstSentenceSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QString>("expected");
        const QDir dir(fixtureDir());
        const QStringList inputs = dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.html")}, QDir::Files);
        QVERIFY2(inputs.size() >= 5, "the segmentation fixtures are missing");
        for (const QString &name : inputs) {
            const QString base = name.section(u'.', 0, 0);
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << name.endsWith(u".html")
                                            << dir.filePath(base + u".expected");
        }
    }
    void fixtures()
    {
        QFETCH(QString, input);
        QFETCH(bool, html);
        QFETCH(QString, expected);
        const QString text = readUtf8(input);
        QVERIFY(!text.isEmpty());
        const QList<Sentence> sentences = html ? SentenceSplitter::splitHtml(text) : SentenceSplitter::split(text);
        const QStringList want = readUtf8(expected).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!want.isEmpty());
        const QStringList got = SentenceSplitter::texts(sentences);
        for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
        QCOMPARE(got.size(), want.size());
    }

    void paragraphsAreCounted()
    {
        const QList<Sentence> sentences = SentenceSplitter::split(u"First one. Second one.\n\nNew block here."_qs);
        QCOMPARE(sentences.size(), 3);
        QCOMPARE(sentences.at(0).paragraph, 0);
        QCOMPARE(sentences.at(1).paragraph, 0);
        QCOMPARE(sentences.at(1).indexInParagraph, 1);
        QCOMPARE(sentences.at(2).paragraph, 1);
        QCOMPARE(sentences.at(2).indexInParagraph, 0);
    }

    void degenerateInput()
    {
        QVERIFY(SentenceSplitter::split(u""_qs).isEmpty());
        QVERIFY(SentenceSplitter::split(u"   \n\n  "_qs).isEmpty());
        QCOMPARE(SentenceSplitter::texts(SentenceSplitter::split(u"...!?؟"_qs)), QStringList{u"...!?؟"_qs});
        QCOMPARE(SentenceSplitter::texts(SentenceSplitter::split(u"no terminator at all"_qs)),
                 QStringList{u"no terminator at all"_qs});
        // A long run without spaces stays one piece and costs linear time.
        const QString blob(200000, u'.');
        QCOMPARE(SentenceSplitter::split(blob).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSentenceSplitter)
#include "tst_sentencesplitter.moc"
