#include "fake_android.h"
#include "platform/android/android_clipboard_marker.h"

namespace vaultlink::testing {
namespace {

constexpr QLatin1String getClipboard{
    R"(activity.getSystemService(Ljava/lang/String;)Ljava/lang/Object; "clipboard")"};
constexpr QLatin1String getClip{"clipboard.getPrimaryClip()Landroid/content/ClipData;"};
constexpr QLatin1String getItem{"clip.getItemAt(I)Landroid/content/ClipData$Item; 0"};
constexpr QLatin1String getText{"item.getText()Ljava/lang/CharSequence;"};
constexpr QLatin1String newLabelledClip{
    R"(android/content/ClipData.newPlainText(Ljava/lang/CharSequence;Ljava/lang/CharSequence;))"
    R"(Landroid/content/ClipData; "Vaultlink", text)"};
constexpr QLatin1String putSensitive{R"(PersistableBundle#1.putBoolean(Ljava/lang/String;Z)V )"
                                     R"("android.content.extra.IS_SENSITIVE", true)"};
constexpr QLatin1String scheduleClear{
    "org/vaultlink/app/ClipboardClearJob.schedule(Landroid/content/Context;J)V activity, 30000"};
constexpr QLatin1String cancelClear{
    "org/vaultlink/app/ClipboardClearJob.cancel(Landroid/content/Context;)V activity"};

// The clipboard holds the clip Qt has just put there.
class AndroidClipboardMarker : public FakeAndroid {
protected:
    AndroidClipboardMarker() {
        java.answer("activity", "getSystemService", java.object("clipboard"));
        java.answer("clipboard", "getPrimaryClip", java.object("clip"));
        java.answer("clip", "getItemAt", java.object("item"));
        java.answer("item", "getText", java.object("text"));
        java.answer("android/content/ClipData", "newPlainText", java.object("labelled"));
        java.answer("labelled", "getDescription", java.object("description"));
    }

    QStringList callsExceptTheJob() const {
        QStringList calls = java.calls();
        calls.removeAll(scheduleClear);
        return calls;
    }

    platform::AndroidClipboardMarker marker;
};

TEST_F(AndroidClipboardMarker, TheClipIsPutBackLabelledWithIsSensitiveInItsDescriptionsExtras) {
    marker.afterCopy(std::chrono::seconds(30));
    EXPECT_EQ(java.calls(), QStringList()) << "the clipboard was touched from Qt's thread";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(),
              (QStringList{
                  getClipboard,
                  getClip,
                  getItem,
                  getText,
                  newLabelledClip,
                  "labelled.getDescription()Landroid/content/ClipDescription;",
                  "PersistableBundle#1 = new android/os/PersistableBundle()V",
                  putSensitive,
                  "description.setExtras(Landroid/os/PersistableBundle;)V PersistableBundle#1",
                  "clipboard.setPrimaryClip(Landroid/content/ClipData;)V labelled",
                  scheduleClear,
              }));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

// Qt's event loop, and the guard's timer, pause in the background: the job clears after the
// guard's delay there.
TEST_F(AndroidClipboardMarker, EachSecretSchedulesTheClearJobWithTheGuardsDelay) {
    marker.afterCopy(std::chrono::seconds(45));
    marker.afterCopy(std::chrono::seconds(1));
    java.runUiThread();
    QStringList jobs = java.calls().filter(QStringLiteral("ClipboardClearJob"));
    EXPECT_EQ(jobs, (QStringList{
                        "org/vaultlink/app/ClipboardClearJob.schedule(Landroid/content/"
                        "Context;J)V activity, 45000",
                        "org/vaultlink/app/ClipboardClearJob.schedule(Landroid/content/"
                        "Context;J)V activity, 1000",
                    }));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

TEST_F(AndroidClipboardMarker, AfterClearCancelsTheJobOnTheUiThreadAfterItsScheduling) {
    marker.afterCopy(std::chrono::seconds(30));
    marker.afterClear();
    EXPECT_EQ(java.calls(), QStringList());
    EXPECT_EQ(java.runUiThread(), 2);
    const QStringList calls = java.calls();
    ASSERT_GE(calls.size(), 2);
    EXPECT_EQ(calls.mid(calls.size() - 2), (QStringList{scheduleClear, cancelClear}));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
}

TEST_F(AndroidClipboardMarker, AfterClearAloneOnlyCancels) {
    marker.afterClear();
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList{cancelClear});
}

TEST_F(AndroidClipboardMarker, WithoutAClipboardServiceNothingMoreIsCalledButTheJob) {
    java.answer("activity", "getSystemService", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(java.calls(), (QStringList{getClipboard, scheduleClear}));
}

// Android 10 and later hide the clip from an app that is not in front.
TEST_F(AndroidClipboardMarker, WithoutAPrimaryClipNothingIsPutBack) {
    java.answer("clipboard", "getPrimaryClip", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(java.calls(), (QStringList{getClipboard, getClip, scheduleClear}));
}

TEST_F(AndroidClipboardMarker, AClipWithoutTextIsNotPutBack) {
    java.answer("item", "getText", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(callsExceptTheJob(), (QStringList{getClipboard, getClip, getItem, getText}));
}

TEST_F(AndroidClipboardMarker, AClipWithoutItemsIsNotPutBack) {
    java.answer("clip", "getItemAt", QJniObject()); // IndexOutOfBoundsException, cleared
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_EQ(callsExceptTheJob(), (QStringList{getClipboard, getClip, getItem}));
}

TEST_F(AndroidClipboardMarker, ALabelledClipWithoutADescriptionIsNotPutBack) {
    java.answer("labelled", "getDescription", QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    EXPECT_FALSE(java.calls().join(u'\n').contains("setPrimaryClip"))
        << java.calls().join(u'\n').toStdString();
}

// A service's context (the app running without its activity) schedules and cancels as well.
TEST_F(AndroidClipboardMarker, WithoutAnActivityOnlyTheJobIsScheduledAndCancelled) {
    java.setActivity(QJniObject());
    java.setContext(java.object("service"));
    marker.afterCopy(std::chrono::seconds(30));
    marker.afterClear();
    java.runUiThread();
    EXPECT_EQ(java.calls(),
              (QStringList{"org/vaultlink/app/ClipboardClearJob.schedule(Landroid/content/"
                           "Context;J)V service, 30000",
                           "org/vaultlink/app/ClipboardClearJob.cancel(Landroid/content/"
                           "Context;)V service"}));
}

TEST_F(AndroidClipboardMarker, WithoutAnyContextJavaIsNotCalled) {
    java.setActivity(QJniObject());
    marker.afterCopy(std::chrono::seconds(30));
    marker.afterClear();
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
}

} // namespace
} // namespace vaultlink::testing
