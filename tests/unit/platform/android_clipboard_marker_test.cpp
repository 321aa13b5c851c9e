#include "fake_android.h"
#include "platform/android/android_clipboard_marker.h"

namespace vaultlink::testing {
namespace {

constexpr QLatin1String getClipboard{
    R"(activity.getSystemService(Ljava/lang/String;)Ljava/lang/Object; "clipboard")"};
constexpr QLatin1String getClip{"clipboard.getPrimaryClip()Landroid/content/ClipData;"};
constexpr QLatin1String putSensitive{R"(PersistableBundle#1.putBoolean(Ljava/lang/String;Z)V )"
                                     R"("android.content.extra.IS_SENSITIVE", true)"};

// The clipboard holds the clip Qt has just put there.
class AndroidClipboardMarker : public FakeAndroid {
protected:
    AndroidClipboardMarker() {
        java.answer("activity", "getSystemService", java.object("clipboard"));
        java.answer("clipboard", "getPrimaryClip", java.object("clip"));
        java.answer("clip", "getDescription", java.object("description"));
    }

    platform::AndroidClipboardMarker marker;
};

TEST_F(AndroidClipboardMarker, TheClipIsPutBackWithIsSensitiveInItsDescriptionsExtras) {
    marker.afterCopy(std::chrono::seconds(30));
    EXPECT_EQ(java.calls(), QStringList()) << "the clipboard was touched from Qt's thread";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(),
              (QStringList{
                  getClipboard,
                  getClip,
                  "clip.getDescription()Landroid/content/ClipDescription;",
                  "PersistableBundle#1 = new android/os/PersistableBundle()V",
                  putSensitive,
                  "description.setExtras(Landroid/os/PersistableBundle;)V PersistableBundle#1",
                  "clipboard.setPrimaryClip(Landroid/content/ClipData;)V clip",
              }));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

TEST_F(AndroidClipboardMarker, WithoutAClipboardServiceNothingMoreIsCalled) {
    java.answer("activity", "getSystemService", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList{getClipboard});
}

// Android 10 and later hide the clip from an app that is not in front.
TEST_F(AndroidClipboardMarker, WithoutAPrimaryClipNothingIsPutBack) {
    java.answer("clipboard", "getPrimaryClip", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(java.calls(), (QStringList{getClipboard, getClip}));
}

TEST_F(AndroidClipboardMarker, AClipWithoutADescriptionIsNotPutBack) {
    java.answer("clip", "getDescription", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_FALSE(java.calls().join(u'\n').contains("setPrimaryClip"))
        << java.calls().join(u'\n').toStdString();
}

TEST_F(AndroidClipboardMarker, WithoutAnActivityJavaIsNotCalled) {
    java.setActivity(QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
}

} // namespace
} // namespace vaultlink::testing
