#pragma once

#include "src/ui/timer.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace vaultlink::ui {

// When to synchronize without being asked: as soon as a vault is unlocked, then every period
// (a quarter of an hour in the app) while it stays open, and when the connection comes back,
// as the user's setting allows (any connection, Wi-Fi only, off). The period runs on an
// injected timer, the connection is read through a function: both are the platform's.
class AutoSync : public QObject {
    Q_OBJECT
public:
    // The user's setting; SettingsViewModel stores it and shows it to QML by this type.
    enum class Mode { AnyConnection, WifiOnly, Off };
    Q_ENUM(Mode)
    struct Connection {
        bool online = true;
        bool unmetered = true; // Wi-Fi or cable
    };
    using ConnectionFn = std::function<Connection()>;

    AutoSync(Timer &timer, ConnectionFn connection, std::chrono::milliseconds period,
             QObject *parent = nullptr);
    ~AutoSync() override;

    void setMode(Mode mode) { m_mode = mode; }
    void setOpen(bool open);  // a vault was unlocked or locked
    void connectionChanged(); // the platform reports a change
    // The setting allows a sync on the connection there is now (open or not).
    bool allowsNow() const;

signals:
    void syncDue();

private:
    void consider();

    Timer &m_timer;
    ConnectionFn m_connection;
    std::chrono::milliseconds m_period;
    Mode m_mode = Mode::AnyConnection;
    bool m_open = false;
};

} // namespace vaultlink::ui
