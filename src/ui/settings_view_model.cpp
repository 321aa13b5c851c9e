#include "src/ui/settings_view_model.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace vaultlink::ui {

namespace {
constexpr char kHidePersonal[] = "vault/hidePersonal";
constexpr char kSearchAllTabs[] = "vault/searchAllTabs";
constexpr char kIdleLock[] = "security/idleLockSeconds";
constexpr char kClipboard[] = "security/clipboardSeconds";
constexpr char kAutoSync[] = "sync/automatic";
constexpr char kLogging[] = "log/enabled";
constexpr char kTheme[] = "appearance/theme";
} // namespace

SettingsViewModel::SettingsViewModel(QSettings &store, QObject *parent)
    : QObject(parent)
    , m_store(store) {}

void SettingsViewModel::store(const char *key, const QVariant &value) {
    if (m_store.value(QLatin1String(key)) == value)
        return;
    m_store.setValue(QLatin1String(key), value);
    m_store.sync();
    emit changed();
}

bool SettingsViewModel::hidePersonal() const {
    return m_store.value(QLatin1String(kHidePersonal), false).toBool();
}
void SettingsViewModel::setHidePersonal(bool hide) {
    store(kHidePersonal, hide);
}

bool SettingsViewModel::searchAllTabs() const {
    return m_store.value(QLatin1String(kSearchAllTabs), true).toBool();
}
void SettingsViewModel::setSearchAllTabs(bool all) {
    store(kSearchAllTabs, all);
}

int SettingsViewModel::idleLockSeconds() const {
    return m_store.value(QLatin1String(kIdleLock), 300).toInt();
}
void SettingsViewModel::setIdleLockSeconds(int seconds) {
    store(kIdleLock, std::clamp(seconds, 0, 24 * 3600));
}

int SettingsViewModel::clipboardSeconds() const {
    return m_store.value(QLatin1String(kClipboard), 30).toInt();
}
void SettingsViewModel::setClipboardSeconds(int seconds) {
    store(kClipboard, std::clamp(seconds, 1, 600));
}

AutoSync::Mode SettingsViewModel::autoSync() const {
    const int mode = m_store.value(QLatin1String(kAutoSync), 0).toInt();
    return mode == 1   ? AutoSync::Mode::WifiOnly
           : mode == 2 ? AutoSync::Mode::Off
                       : AutoSync::Mode::AnyConnection;
}
void SettingsViewModel::setAutoSync(AutoSync::Mode mode) {
    store(kAutoSync, static_cast<int>(mode));
}

bool SettingsViewModel::logging() const {
    return m_store.value(QLatin1String(kLogging), false).toBool();
}
void SettingsViewModel::setLogging(bool on) {
    store(kLogging, on);
}

SettingsViewModel::Theme SettingsViewModel::theme() const {
    const int theme = m_store.value(QLatin1String(kTheme), 0).toInt();
    return theme == 1 ? Theme::Light : theme == 2 ? Theme::Dark : Theme::System;
}
void SettingsViewModel::setTheme(Theme theme) {
    store(kTheme, static_cast<int>(theme));
}

QString SettingsViewModel::version() const {
    return QCoreApplication::applicationVersion();
}

} // namespace vaultlink::ui
