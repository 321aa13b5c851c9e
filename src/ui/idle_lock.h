#pragma once

#include "src/ui/timer.h"

#include <QObject>

namespace vaultlink::ui {

// Tells when the user has not touched the app for a while (key, mouse, touch, wheel), so that
// the vault locks itself. Watches the object it is installed on (the application); the
// countdown runs on an injected timer.
class IdleLock : public QObject {
    Q_OBJECT
public:
    IdleLock(QObject *watched, Timer &timer, QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeoutSeconds(int seconds); // 0: never
    void setArmed(bool armed);           // only while something is unlocked

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    Timer &m_timer;
    int m_seconds = 0;
    bool m_armed = false;
};

} // namespace vaultlink::ui
