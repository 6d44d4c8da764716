#include "languagesetup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

QString LanguageSetup::apply(QApplication &app, const QString &requested, bool arabicIndicDigits)
{
    const QString language = !requested.isEmpty() ? requested
                             : QLocale::system().language() == QLocale::Arabic ? QStringLiteral("ar")
                                                                               : QStringLiteral("en");
    // Dates, numbers and QLocale-based formatting follow the chosen language.
    // Egyptian Arabic writes Arabic-Indic digits; the Emirates' Arabic has the same month names with 0-9.
    const QLocale arabic(QLocale::Arabic, arabicIndicDigits ? QLocale::Egypt : QLocale::UnitedArabEmirates);
    QLocale::setDefault(language == u"ar" ? arabic : QLocale(QLocale::English, QLocale::UnitedStates));

    // A language chosen while running replaces the translators of the previous one.
    static QPointer<QTranslator> appTranslator, qtTranslator;
    for (QTranslator *previous : {appTranslator.data(), qtTranslator.data()}) {
        if (previous) {
            QCoreApplication::removeTranslator(previous);
            delete previous;
        }
    }
    appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/khulasa_%1.qm").arg(language)))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    QApplication::setLayoutDirection(language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
    return language;
}
