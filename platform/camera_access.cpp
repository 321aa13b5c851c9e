#include "platform/camera_access.h"

namespace vaultlink::platform {

CameraAccess::CameraAccess(CameraPermission &permission, QObject *parent)
    : QObject(parent)
    , m_permission(permission) {
    // Also when the platform dropped the question (canceled): then there is no answer.
    connect(&m_answer, &QFutureWatcherBase::finished, this, [this] { settle(m_answer.future()); });
}

void CameraAccess::request() {
    if (m_status == Asking)
        return; // one system dialog at a time; its answer settles both requests
    const QFuture<CameraPermission::Answer> answer = m_permission.request();
    if (answer.isFinished()) {
        // Known without asking (desktop, or granted before): no "asking" flicker in the page.
        settle(answer);
        return;
    }
    m_status = Asking;
    emit statusChanged();
    // The answer may come on Android's or iOS's own thread. Not QFuture::then(this, ...): Qt 6.4
    // asserts in it when `this` is gone before the answer.
    m_answer.setFuture(answer);
}

void CameraAccess::settle(const QFuture<CameraPermission::Answer> &answer) {
    Status status = Unknown;
    if (answer.resultCount() > 0) {
        switch (answer.result()) {
        case CameraPermission::Answer::Granted:
            status = Granted;
            break;
        case CameraPermission::Answer::Denied:
            status = Denied;
            break;
        case CameraPermission::Answer::DeniedPermanently:
            status = DeniedPermanently;
            break;
        }
    }
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged();
}

} // namespace vaultlink::platform
