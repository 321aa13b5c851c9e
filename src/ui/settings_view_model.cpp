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
constexpr char kLeaveGrace[] = "security/leaveGraceSeconds";
constexpr char kAutoSync[] = "sync/automatic";
constexpr char kLogging[] = "log/enabled";
constexpr char kTheme[] = "appearance/theme";

constexpr int kDefaultIdleLockSeconds = 300;
constexpr int kDefaultClipboardSeconds = 30;
} // namespace

SettingsViewModel::SettingsViewModel(QSettings &store, QObject *parent)
    : QObject(parent)
    , m_store(store) {}

int SettingsViewModel::storedInt(const char *key, int fallback, int lowest, int highest) const {
    bool ok = false;
    const int value = m_store.value(QLatin1String(key), fallback).toInt(&ok);
    // Text that is no number must not turn into 0, which for the idle lock means "never".
    return ok ? std::clamp(value, lowest, highest) : fallback;
}

void SettingsViewModel::store(const char *key, const QVariant &current, const QVariant &value) {
    if (current == value)
        return;
    m_store.setValue(QLatin1String(key), value);
    m_store.sync();
    emit changed();
}

bool SettingsViewModel::hidePersonal() const {
    return m_store.value(QLatin1String(kHidePersonal), false).toBool();
}
void SettingsViewModel::setHidePersonal(bool hide) {
    store(kHidePersonal, hidePersonal(), hide);
}

bool SettingsViewModel::searchAllTabs() const {
    return m_store.value(QLatin1String(kSearchAllTabs), true).toBool();
}
void SettingsViewModel::setSearchAllTabs(bool all) {
    store(kSearchAllTabs, searchAllTabs(), all);
}

int SettingsViewModel::idleLockSeconds() const {
    return storedInt(kIdleLock, kDefaultIdleLockSeconds, 0, kMaxIdleLockSeconds);
}
void SettingsViewModel::setIdleLockSeconds(int seconds) {
    store(kIdleLock, idleLockSeconds(), std::clamp(seconds, 0, kMaxIdleLockSeconds));
}

int SettingsViewModel::clipboardSeconds() const {
    return storedInt(kClipboard, kDefaultClipboardSeconds, kMinClipboardSeconds,
                     kMaxClipboardSeconds);
}
void SettingsViewModel::setClipboardSeconds(int seconds) {
    store(kClipboard, clipboardSeconds(),
          std::clamp(seconds, kMinClipboardSeconds, kMaxClipboardSeconds));
}

int SettingsViewModel::leaveGraceSeconds() const {
    // Only the choices the page offers; anything else (a hand-edited file) locks at once.
    bool ok = false;
    const int value = m_store.value(QLatin1String(kLeaveGrace), 0).toInt(&ok);
    return ok && std::ranges::find(kLeaveGraceChoices, value) != std::end(kLeaveGraceChoices)
               ? value
               : 0;
}
void SettingsViewModel::setLeaveGraceSeconds(int seconds) {
    if (std::ranges::find(kLeaveGraceChoices, seconds) == std::end(kLeaveGraceChoices))
        return;
    store(kLeaveGrace, leaveGraceSeconds(), seconds);
}

AutoSync::Mode SettingsViewModel::autoSync() const {
    // Unknown numbers, or text, fall back to the first choice.
    switch (m_store.value(QLatin1String(kAutoSync), 0).toInt()) {
    case qToUnderlying(AutoSync::Mode::WifiOnly):
        return AutoSync::Mode::WifiOnly;
    case qToUnderlying(AutoSync::Mode::Off):
        return AutoSync::Mode::Off;
    default:
        return AutoSync::Mode::AnyConnection;
    }
}
void SettingsViewModel::setAutoSync(AutoSync::Mode mode) {
    store(kAutoSync, qToUnderlying(autoSync()), qToUnderlying(mode));
}

bool SettingsViewModel::logging() const {
    return m_store.value(QLatin1String(kLogging), false).toBool();
}
void SettingsViewModel::setLogging(bool on) {
    store(kLogging, logging(), on);
}

SettingsViewModel::Theme SettingsViewModel::theme() const {
    switch (m_store.value(QLatin1String(kTheme), 0).toInt()) {
    case qToUnderlying(Theme::Light):
        return Theme::Light;
    case qToUnderlying(Theme::Dark):
        return Theme::Dark;
    default:
        return Theme::System;
    }
}
void SettingsViewModel::setTheme(Theme theme) {
    store(kTheme, qToUnderlying(this->theme()), qToUnderlying(theme));
}

QString SettingsViewModel::version() const {
    return QCoreApplication::applicationVersion();
}

} // namespace vaultlink::ui
