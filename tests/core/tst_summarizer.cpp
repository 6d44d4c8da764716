// The summariser against key sentences marked by hand (tests/data/summary/articles: NAME.txt holds the
// headline on its first line and the body below, one paragraph a line; NAME.key the key sentences), compared
// with the two baselines it must beat: lead-N and plain TextRank (Mihalcea & Tarau 2004, built here).
// Then the properties every summary must have.
#include "text/sentencesplitter.h"
#include "text/summarizer.h"
#include "text/textnormalizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>
#include <cmath>

namespace {
QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Fixture
{
    QString name;
    QString title;
    QString body;
    QStringList key;
};

QList<Fixture> fixtures()
{
    const QDir dir(QStringLiteral(KHULASA_TEST_DATA "/summary/articles"));
    QList<Fixture> result;
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString text = readUtf8(dir.filePath(file));
        Fixture fixture;
        fixture.name = file;
        fixture.title = text.section(u'\n', 0, 0);
        fixture.body = text.section(u'\n', 1);
        fixture.key = readUtf8(dir.filePath(file.section(u'.', 0, 0) + u".key")).split(u'\n', Qt::SkipEmptyParts);
        result.append(fixture);
    }
    return result;
}

QStringList normalizedWords(const QString &text)
{
    QStringList words;
    const QString normalized = TextNormalizer::normalize(text);
    for (QStringView word : TextNormalizer::words(normalized))
        words.append(word.toString());
    return words;
}

QStringList leadBaseline(const QList<Sentence> &sentences, int n)
{
    return SentenceSplitter::texts(sentences.mid(0, n));
}

/** Plain TextRank as published: word-overlap similarity |Si ∩ Sj| / (log|Si| + log|Sj|), PageRank, top N. */
QStringList textRankBaseline(const QList<Sentence> &sentences, int n)
{
    const qsizetype count = sentences.size();
    QList<QSet<QString>> words;
    for (const Sentence &s : sentences) {
        const QStringList w = normalizedWords(s.text);
        words.append(QSet<QString>(w.cbegin(), w.cend()));
    }
    QList<QList<double>> weight(count, QList<double>(count, 0.0));
    for (qsizetype i = 0; i < count; ++i) {
        for (qsizetype j = 0; j < count; ++j) {
            if (i == j || words[i].size() < 2 || words[j].size() < 2)
                continue;
            const double common = double(QSet<QString>(words[i]).intersect(words[j]).size());
            weight[i][j] = common / (std::log(double(words[i].size())) + std::log(double(words[j].size())));
        }
    }
    QList<double> rank(count, 1.0);
    for (int iteration = 0; iteration < 50; ++iteration) {
        QList<double> next(count, 0.15);
        for (qsizetype j = 0; j < count; ++j) {
            double out = 0;
            for (qsizetype k = 0; k < count; ++k)
                out += weight[j][k];
            if (out <= 0)
                continue;
            for (qsizetype i = 0; i < count; ++i)
                next[i] += 0.85 * rank[j] * weight[j][i] / out;
        }
        rank = next;
    }
    QList<qsizetype> order(count);
    for (qsizetype i = 0; i < count; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return rank[a] > rank[b]; });
    order.resize(qMin<qsizetype>(n, count));
    std::sort(order.begin(), order.end());
    QStringList chosen;
    for (qsizetype i : order)
        chosen.append(sentences[i].text);
    return chosen;
}

double keyOverlap(const QStringList &chosen, const QStringList &key)
{
    int hits = 0;
    for (const QString &sentence : chosen)
        hits += key.contains(sentence) ? 1 : 0;
    return double(hits) / key.size();
}

/** ROUGE-1 recall: the key sentences' words (with their counts) that the chosen sentences cover. */
double rouge1(const QStringList &chosen, const QStringList &key)
{
    QHash<QString, int> reference, candidate;
    for (const QString &w : normalizedWords(key.join(u' ')))
        ++reference[w];
    for (const QString &w : normalizedWords(chosen.join(u' ')))
        ++candidate[w];
    int total = 0, matched = 0;
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        total += it.value();
        matched += qMin(it.value(), candidate.value(it.key()));
    }
    return total ? double(matched) / total : 0;
}

QStringList texts(const QList<KeyPoint> &points)
{
    QStringList result;
    for (const KeyPoint &p : points)
        result.append(p.text);
    return result;
}

double wordJaccard(const QString &a, const QString &b)
{
    const QStringList wa = normalizedWords(a), wb = normalizedWords(b);
    const QSet<QString> sa(wa.cbegin(), wa.cend()), sb(wb.cbegin(), wb.cend());
    return double(QSet<QString>(sa).intersect(sb).size()) / double(QSet<QString>(sa).unite(sb).size());
}
} // namespace

class TstSummarizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keySentencesAreInTheirArticles()
    {
        const QList<Fixture> all = fixtures();
        QVERIFY(all.size() >= 6);
        for (const Fixture &f : all) {
            const QStringList sentences = SentenceSplitter::texts(SentenceSplitter::split(f.body));
            QVERIFY2(f.key.size() >= 3, qPrintable(f.name));
            for (const QString &key : f.key)
                QVERIFY2(sentences.contains(key), qPrintable(f.name + u": " + key));
        }
    }

    void beatsLeadAndTextRank()
    {
        double mineOverlap = 0, leadOverlap = 0, rankOverlap = 0, mineRouge = 0, leadRouge = 0, rankRouge = 0;
        for (const Fixture &f : fixtures()) {
            const QList<Sentence> sentences = SentenceSplitter::split(f.body);
            const int n = int(f.key.size());
            const QStringList mine = texts(Summarizer::summarize(sentences, f.title, n));
            const QStringList lead = leadBaseline(sentences, n);
            const QStringList rank = textRankBaseline(sentences, n);
            qInfo("%-14s key overlap mine %.2f lead %.2f textrank %.2f | ROUGE-1 mine %.2f lead %.2f textrank %.2f",
                  qPrintable(f.name), keyOverlap(mine, f.key), keyOverlap(lead, f.key), keyOverlap(rank, f.key),
                  rouge1(mine, f.key), rouge1(lead, f.key), rouge1(rank, f.key));
            if (qEnvironmentVariableIsSet("KHULASA_TEST_VERBOSE")) {
                for (const QString &line : mine)
                    qInfo("  %s %s", f.key.contains(line) ? "+" : "-", qPrintable(line));
            }
            mineOverlap += keyOverlap(mine, f.key);
            leadOverlap += keyOverlap(lead, f.key);
            rankOverlap += keyOverlap(rank, f.key);
            mineRouge += rouge1(mine, f.key);
            leadRouge += rouge1(lead, f.key);
            rankRouge += rouge1(rank, f.key);
        }
        qInfo("total         key overlap mine %.2f lead %.2f textrank %.2f | ROUGE-1 mine %.2f lead %.2f textrank %.2f",
              mineOverlap, leadOverlap, rankOverlap, mineRouge, leadRouge, rankRouge);
        QVERIFY(mineOverlap > leadOverlap);
        QVERIFY(mineOverlap > rankOverlap);
        QVERIFY(mineRouge > leadRouge);
        QVERIFY(mineRouge > rankRouge);
    }

    void propertiesHold()
    {
        for (const Fixture &f : fixtures()) {
            const QList<Sentence> sentences = SentenceSplitter::split(f.body);
            const QStringList all = SentenceSplitter::texts(sentences);
            for (int n = 0; n <= 8; ++n) {
                const QList<KeyPoint> points = Summarizer::summarize(sentences, f.title, n);
                // Count: an explicit N is met (these texts have no duplicates), 0 picks 3 to 5.
                if (n == 0)
                    QVERIFY(points.size() >= 3 && points.size() <= 5);
                else
                    QCOMPARE(points.size(), qMin<qsizetype>(n, all.size()));
                int previous = -1;
                for (const KeyPoint &p : points) {
                    QVERIFY2(all.contains(p.text), qPrintable(p.text)); // taken from the text, verbatim
                    QCOMPARE(all.indexOf(p.text), p.sentenceIndex);
                    QVERIFY(p.sentenceIndex > previous); // in document order
                    previous = p.sentenceIndex;
                }
                // Stable across runs.
                QCOMPARE(texts(Summarizer::summarize(sentences, f.title, n)), texts(points));
            }
        }
    }

    void noNearDuplicates()
    {
        // Wire copy often repeats its lead, lightly edited, as a closing paragraph.
        const QString body = QStringLiteral(
            "The central bank raised its main interest rate by half a point to 5.5% on Thursday.\n"
            "The central bank raised its main interest rate by half a point to 5.5% on Thursday, its highest level in a decade.\n"
            "Inflation reached 7% in October, driven by food and energy prices.\n"
            "The governor said further rises could follow if prices keep climbing.\n"
            "Mortgage lenders are expected to pass the increase on to borrowers within weeks.\n"
            "The central bank raised its main interest rate by half a point to 5.5%.\n"
            "Economists had expected a smaller rise of a quarter point.\n");
        const QList<KeyPoint> points = Summarizer::summarizeText(body, u"Central bank raises rate to 5.5%"_qs, 4);
        QCOMPARE(points.size(), 4);
        for (qsizetype i = 0; i < points.size(); ++i) {
            for (qsizetype j = i + 1; j < points.size(); ++j)
                QVERIFY2(wordJaccard(points[i].text, points[j].text) < 0.6,
                         qPrintable(points[i].text + u" ≈ " + points[j].text));
        }
    }

    void corpusFrequenciesChangeTheWeights()
    {
        // Two sentences alike but for one subject; the corpus says which subject is the day's common word.
        const QString body = QStringLiteral("Ministers met in Geneva to discuss the election.\n"
                                            "Ministers met in Geneva to discuss cobalt mining.\n"
                                            "Cobalt mining grew fast this year in the north.\n");
        DocumentFrequencies corpus;
        corpus.documents = 1000;
        for (const QString &term : Summarizer::contentTerms(body))
            corpus.counts.insert(term, 10);
        for (const QString &term : Summarizer::contentTerms(u"cobalt mining"_qs))
            corpus.counts.insert(term, 990); // everyone writes about cobalt today
        const QList<KeyPoint> common = Summarizer::summarizeText(body, QString(), 1, corpus);
        for (const QString &term : Summarizer::contentTerms(u"cobalt mining"_qs))
            corpus.counts.insert(term, 1);
        const QList<KeyPoint> rare = Summarizer::summarizeText(body, QString(), 1, corpus);
        QCOMPARE(common.size(), 1);
        QCOMPARE(rare.size(), 1);
        QVERIFY(common.first().text.contains(u"election"));
        QVERIFY(rare.first().text.contains(u"cobalt"));
    }

    void degenerateInput()
    {
        QVERIFY(Summarizer::summarizeText(QString(), QString(), 0).isEmpty());
        QVERIFY(Summarizer::summarizeText(u"... !!! ؟؟"_qs, QString(), 3).size() <= 1);
        QCOMPARE(Summarizer::summarizeText(u"Only one sentence here."_qs, QString(), 5).size(), 1);
        QCOMPARE(Summarizer::adaptiveCount(2), 2);
        QCOMPARE(Summarizer::adaptiveCount(8), 3);
        QCOMPARE(Summarizer::adaptiveCount(20), 4);
        QCOMPARE(Summarizer::adaptiveCount(80), 5);
        // A huge text is bounded (only its first sentences are considered) and stays quick.
        QString huge;
        for (int i = 0; i < 5000; ++i)
            huge += QStringLiteral("Sentence number %1 talks about topic %2 in some detail. ").arg(i).arg(i % 17);
        QCOMPARE(Summarizer::summarizeText(huge, QString(), 0).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TstSummarizer)
#include "tst_summarizer.moc"
