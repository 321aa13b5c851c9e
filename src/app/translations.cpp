#include "src/app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace vaultlink::app {

Translations::Translations() {
    // A locale without a translation (C, POSIX, French) gets the English one: its plurals read
    // "1 record", not the source's "1 record(s)".
    if (m_app.load(QLocale(), QStringLiteral("vaultlink"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        m_app.load(QStringLiteral(":/i18n/vaultlink_en")))
        QCoreApplication::installTranslator(&m_app);
    // Without Qt's own translations for the language, Qt's text stays in English.
    const QString qt = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtBase.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), qt))
        QCoreApplication::installTranslator(&m_qtBase);
    if (m_qtDeclarative.load(QLocale(), QStringLiteral("qtdeclarative"), QStringLiteral("_"), qt))
        QCoreApplication::installTranslator(&m_qtDeclarative);
}

Translations::~Translations() {
    for (QTranslator *translator : {&m_app, &m_qtBase, &m_qtDeclarative})
        QCoreApplication::removeTranslator(translator);
}

} // namespace vaultlink::app
