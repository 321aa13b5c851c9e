#pragma once

#include <QObject>
#include <QTimer>

namespace vaultlink::ui {

// Tells when the user has not touched the app for a while (key, mouse, touch, wheel), so that
// the vault locks itself. Watches the object it is installed on (the application).
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *watched, QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds); // 0: never
    void setArmed(bool armed);           // only while something is unlocked

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_seconds = 0;
    bool m_armed = false;
};

} // namespace vaultlink::ui
