// The Arabic/English normaliser and the light stemmer that search, summaries and similarity share:
// the spellings a reader types or a newsroom publishes must meet in one term.
#include "text/stemmer.h"
#include "text/textnormalizer.h"

#include <QTest>
#include <QThread>

class TstTextNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tashkeel") << u"وَالاتِّفاقِيَّةُ"_qs << u"والاتفاقيه"_qs;
        QTest::newRow("tanween and sukun") << u"كِتَابٌ مُسْتَقْبَلاً"_qs << u"كتاب مستقبلا"_qs;
        QTest::newRow("tatweel") << u"الســـلام"_qs << u"السلام"_qs;
        QTest::newRow("hamza on alef") << u"أحمد إبراهيم آمال ٱلله"_qs << u"احمد ابراهيم امال الله"_qs;
        QTest::newRow("ta marbuta") << u"مدرسة"_qs << u"مدرسه"_qs;
        QTest::newRow("alef maqsura") << u"مصطفى على"_qs << u"مصطفي علي"_qs;
        QTest::newRow("arabic-indic digits") << u"عام ٢٠٢٦"_qs << u"عام 2026"_qs;
        QTest::newRow("persian digits and letters") << u"۱۴۰۵ کتاب ی"_qs << u"1405 كتاب ي"_qs;
        QTest::newRow("presentation forms") << u"\uFEDF\uFEE0\uFE8E\uFEE3"_qs << u"للام"_qs;
        QTest::newRow("latin case and accents") << u"Café RÉSUMÉ Naïve"_qs << u"cafe resume naive"_qs;
        QTest::newRow("full-width latin") << u"ＡＢＣ１２"_qs << u"abc12"_qs;
        QTest::newRow("invisible joiners") << u"ال\u200Cسلام \u202Bنص\u202C"_qs << u"السلام نص"_qs;
        QTest::newRow("punctuation kept") << u"قال: «نعم»، لا؟"_qs << u"قال: «نعم»، لا؟"_qs;
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input), expected);
    }

    void words()
    {
        const QString text = u"Reuters: قال الوزيرُ، إنّ ٣ اتفاقيات (2026) don't"_qs;
        QStringList found;
        for (const QStringView word : TextNormalizer::words(text))
            found.append(word.toString());
        QCOMPARE(found, (QStringList{u"Reuters"_qs, u"قال"_qs, u"الوزيرُ"_qs, u"إنّ"_qs, u"٣"_qs,
                                     u"اتفاقيات"_qs, u"2026"_qs, u"don"_qs, u"t"_qs}));
    }

    void arabicFormsShareOneStem()
    {
        // The issue's own example: four spellings of "the agreement" must find one another.
        Stemmer &stemmer = Stemmer::forThisThread();
        const QStringList forms{u"الاتفاقية"_qs, u"اتفاقية"_qs, u"الإتفاقيه"_qs, u"وَالاتِّفاقِيَّةُ"_qs,
                                u"بالاتفاقية"_qs, u"للاتفاقية"_qs, u"فالاتفاقية"_qs};
        const QStringList first = stemmer.terms(forms.first());
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first(), u"اتفاق"_qs);
        for (const QString &form : forms)
            QCOMPARE(stemmer.terms(form), first);
    }

    void arabicPluralsAndArticle()
    {
        Stemmer &stemmer = Stemmer::forThisThread();
        QCOMPARE(stemmer.terms(u"الاتفاقيات"_qs), QStringList{u"اتفاق"_qs});
        QCOMPARE(stemmer.terms(u"القاهرة"_qs), stemmer.terms(u"بالقاهرة"_qs));
        QCOMPARE(stemmer.terms(u"الكتاب والكتاب"_qs), (QStringList{u"كتاب"_qs, u"كتاب"_qs}));
        QCOMPARE(stemmer.terms(u"المدرسة"_qs), stemmer.terms(u"مدرسه"_qs));
    }

    void englishStems()
    {
        Stemmer &stemmer = Stemmer::forThisThread();
        QCOMPARE(stemmer.terms(u"Agreements agreement AGREED"_qs),
                 (QStringList{u"agreement"_qs, u"agreement"_qs, u"agre"_qs}));
        QCOMPARE(stemmer.terms(u"running runs"_qs), (QStringList{u"run"_qs, u"run"_qs}));
        QCOMPARE(stemmer.terms(u"ministries ministry"_qs), (QStringList{u"ministri"_qs, u"ministri"_qs}));
    }

    void digitsAndShortWordsStayAsTheyAre()
    {
        Stemmer &stemmer = Stemmer::forThisThread();
        QCOMPARE(stemmer.terms(u"٢٠٢٦ G20 في un"_qs), (QStringList{u"2026"_qs, u"g20"_qs, u"في"_qs, u"un"_qs}));
    }

    void stemmersArePerThread()
    {
        Stemmer *mine = &Stemmer::forThisThread();
        Stemmer *other = nullptr;
        QStringList otherTerms;
        QThread *thread = QThread::create([&] {
            other = &Stemmer::forThisThread();
            otherTerms = other->terms(u"الاتفاقية agreements"_qs);
        });
        thread->start();
        QVERIFY(thread->wait(5000));
        delete thread;
        QVERIFY(other != mine);
        QCOMPARE(otherTerms, (QStringList{u"اتفاق"_qs, u"agreement"_qs}));
    }
};

QTEST_GUILESS_MAIN(TstTextNormalizer)
#include "tst_textnormalizer.moc"
