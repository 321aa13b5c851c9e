#include "fake_android.h"
#include "platform/camera_permission.h"
#include "platform/clipboard_marker.h"
#include "platform/desktop/dbus_screen_lock_watch.h"
#include "platform/desktop/kde_clipboard_marker.h"
#include "platform/screen_guard.h"
#include "platform/screen_lock_watch.h"

#include <QMimeData>

namespace vaultlink::testing {
namespace {

// This binary also holds the Android shims (against the fake JNI); the desktop's factories must
// not pick them: a desktop shim reaches no Java.
class DesktopShims : public FakeAndroid {};

TEST_F(DesktopShims, TheClipboardMarkerIsKdesPasswordManagerHint) {
    const auto marker = platform::makeClipboardMarker();
    ASSERT_NE(dynamic_cast<platform::KdeClipboardMarker *>(marker.get()), nullptr);
    QMimeData data;
    data.setText("pw");
    marker->markSensitive(data);
    EXPECT_EQ(data.data("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    marker->afterCopy(std::chrono::seconds(30));
    EXPECT_EQ(java.runUiThread(), 0);
    EXPECT_EQ(java.calls(), QStringList());
}

TEST_F(DesktopShims, TheScreenGuardDoesNothingAndNeedsNoWindow) {
    const auto guard = platform::makeScreenGuard();
    guard->setProtected(true);
    guard->setProtected(false);
    EXPECT_EQ(java.runUiThread(), 0);
    EXPECT_EQ(java.calls(), QStringList());
}

// Started in tests/unit/platform/screen_lock_bus_test.cpp, in a D-Bus session of its own: here
// it would listen on the session of whoever runs the tests.
TEST_F(DesktopShims, TheScreenLockWatchListensOnTheSessionBus) {
    const auto watch = platform::makeScreenLockWatch();
    EXPECT_NE(dynamic_cast<platform::DbusScreenLockWatch *>(watch.get()), nullptr);
    EXPECT_EQ(java.calls(), QStringList());
}

TEST_F(DesktopShims, TheCameraIsGrantedAtOnce) {
    const QFuture<platform::CameraPermission::Answer> answer =
        platform::makeCameraPermission()->request();
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), platform::CameraPermission::Answer::Granted);
    EXPECT_EQ(java.calls(), QStringList());
}

} // namespace
} // namespace vaultlink::testing
