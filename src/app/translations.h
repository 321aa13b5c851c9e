#pragma once

#include <QTranslator>

namespace vaultlink::app {

// The app's translations for the system's language, and Qt's own (dialogs, edit menus) where the
// system has them; installed for as long as this object lives. Made before any view-model or
// page: they translate their text as they are made.
class Translations {
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

private:
    QTranslator m_app;
    QTranslator m_qtBase;
    QTranslator m_qtDeclarative;
};

} // namespace vaultlink::app
