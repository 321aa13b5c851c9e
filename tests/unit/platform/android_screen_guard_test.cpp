#include "fake_android.h"
#include "platform/android/android_screen_guard.h"

namespace vaultlink::testing {
namespace {

class AndroidScreenGuard : public FakeAndroid {
protected:
    platform::AndroidScreenGuard guard;
};

TEST_F(AndroidScreenGuard, ProtectingSetsFlagSecureOnTheWindowOnAndroidsUiThread) {
    java.answer("activity", "getWindow", java.object("window"));
    guard.setProtected(true);
    EXPECT_EQ(java.calls(), QStringList()) << "the window was touched from Qt's thread";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(), (QStringList{"activity.getWindow()Landroid/view/Window;",
                                         "window.setFlags(II)V 8192, 8192"}));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

TEST_F(AndroidScreenGuard, UnprotectingClearsOnlyFlagSecure) {
    java.answer("activity", "getWindow", java.object("window"));
    guard.setProtected(false);
    java.runUiThread();
    EXPECT_EQ(java.calls(), (QStringList{"activity.getWindow()Landroid/view/Window;",
                                         "window.clearFlags(I)V 8192"}));
}

TEST_F(AndroidScreenGuard, AnActivityWithoutAWindowIsLeftAlone) {
    guard.setProtected(true);
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList{"activity.getWindow()Landroid/view/Window;"});
}

TEST_F(AndroidScreenGuard, WithoutAnActivityJavaIsNotCalled) {
    java.setActivity(QJniObject());
    guard.setProtected(true);
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
}

} // namespace
} // namespace vaultlink::testing
