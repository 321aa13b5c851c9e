#include "platform/android/jni.h"

#include <QtCore/qcoreapplication_platform.h>

namespace vaultlink::platform::android {

QJniObject activity() {
    using QNativeInterface::QAndroidApplication;
    if (!QAndroidApplication::isActivityContext())
        return {};
    return QJniObject(QAndroidApplication::context());
}

void runOnUiThread(std::function<void()> work) {
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread(std::move(work));
}

} // namespace vaultlink::platform::android
