#pragma once

// The Android shims reach Java only through this header. With VAULTLINK_FAKE_JNI the same
// sources build on desktop against a fake QJniObject that records every call (fake/), so the
// tests can check the exact Java calls without a device.
#ifdef VAULTLINK_FAKE_JNI
#include "platform/android/fake/fake_jni.h"
#else
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h> // QtAndroidPrivate's permissions (Qt 6.4)
#endif

#include <functional>

namespace vaultlink::platform::android {

// The app's activity; not valid while the app runs without one (a service).
QJniObject activity();

// Views, windows and the clipboard service belong to Android's UI thread, not Qt's: `work` runs
// there later, without waiting for it.
void runOnUiThread(std::function<void()> work);

} // namespace vaultlink::platform::android
