#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace vaultlink::ui {

// When to synchronize without being asked: as soon as a vault is unlocked, then every quarter
// of an hour while it stays open, and when the connection comes back, as the user's setting
// allows (any connection, Wi-Fi only, off).
class AutoSync : public QObject {
    Q_OBJECT
public:
    enum class Mode { AnyConnection, WifiOnly, Off };
    struct Connection {
        bool online = true;
        bool unmetered = true; // Wi-Fi or cable
    };
    using ConnectionFn = std::function<Connection()>;

    AutoSync(ConnectionFn connection, std::chrono::milliseconds period, QObject *parent = nullptr);

    void setMode(Mode mode) { m_mode = mode; }
    void setOpen(bool open);  // a vault was unlocked or locked
    void connectionChanged(); // the platform reports a change

signals:
    void syncDue();

private:
    void consider();

    ConnectionFn m_connection;
    QTimer m_timer;
    Mode m_mode = Mode::AnyConnection;
    bool m_open = false;
};

} // namespace vaultlink::ui
