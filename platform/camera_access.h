#pragma once

#include "platform/camera_permission.h"

#include <QFutureWatcher>
#include <QObject>

namespace vaultlink::platform {

// The camera permission for the QML: the viewfinder calls request() and starts the camera once
// status is Granted. A plain QObject without QML macros; qml/bindings.h registers it.
class CameraAccess : public QObject {
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
public:
    enum Status {
        Unknown, // not asked yet, or the question went unanswered
        Asking,  // the system's dialog may be on screen
        Granted,
        Denied,            // may be asked again
        DeniedPermanently, // the user has to allow it in the system settings
    };
    Q_ENUM(Status)

    explicit CameraAccess(CameraPermission &permission, QObject *parent = nullptr);

    Status status() const { return m_status; }
    Q_INVOKABLE void request();

signals:
    void statusChanged();

private:
    void settle(const QFuture<CameraPermission::Answer> &answer);

    CameraPermission &m_permission;
    // Brings the answer to our thread, and is gone with us if the answer comes later.
    QFutureWatcher<CameraPermission::Answer> m_answer;
    Status m_status = Unknown;
};

} // namespace vaultlink::platform
