#include "languagesetup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString LanguageSetup::apply(QApplication &app, const QString &requested)
{
    const QString language = !requested.isEmpty() ? requested
                             : QLocale::system().language() == QLocale::Arabic ? QStringLiteral("ar")
                                                                               : QStringLiteral("en");
    // Dates, numbers and QLocale-based formatting follow the chosen language.
    QLocale::setDefault(language == u"ar" ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English, QLocale::UnitedStates));

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/khulasa_%1.qm").arg(language)))
        QCoreApplication::installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    QApplication::setLayoutDirection(language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight);
    return language;
}
