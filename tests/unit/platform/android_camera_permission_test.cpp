#include "fake_android.h"
#include "platform/android/android_camera_permission.h"

namespace vaultlink::testing {
namespace {

using Answer = platform::CameraPermission::Answer;

constexpr QLatin1String check{R"(QtAndroidPrivate::checkPermission "android.permission.CAMERA")"};
constexpr QLatin1String request{
    R"(QtAndroidPrivate::requestPermission "android.permission.CAMERA")"};
constexpr QLatin1String rationale{
    R"(activity.shouldShowRequestPermissionRationale(Ljava/lang/String;)Z )"
    R"("android.permission.CAMERA")"};

class AndroidCameraPermission : public FakeAndroid {
protected:
    platform::AndroidCameraPermission permission;
};

TEST_F(AndroidCameraPermission, AGrantedCameraIsNotAskedForAgain) {
    java.setPermission("android.permission.CAMERA", QtAndroidPrivate::Authorized);
    const QFuture<Answer> answer = permission.request();
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), Answer::Granted);
    EXPECT_EQ(java.calls(), QStringList{check});
    EXPECT_FALSE(java.permissionRequestPending());
}

TEST_F(AndroidCameraPermission, TheAnswerComesWhenTheUserHasAnsweredTheDialog) {
    const QFuture<Answer> answer = permission.request();
    EXPECT_EQ(java.calls(), (QStringList{check, request}));
    EXPECT_FALSE(answer.isFinished()) << "answered before the user did";
    java.answerPermissionRequest(QtAndroidPrivate::Authorized);
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), Answer::Granted);
    EXPECT_EQ(java.calls(), (QStringList{check, request})) << "a grant needs no rationale";
}

TEST_F(AndroidCameraPermission, ARefusalAndroidWouldExplainMayBeAskedAgain) {
    java.answer("activity", "shouldShowRequestPermissionRationale", 1);
    const QFuture<Answer> answer = permission.request();
    java.answerPermissionRequest(QtAndroidPrivate::Denied);
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), Answer::Denied);
    EXPECT_EQ(java.calls(), (QStringList{check, request, rationale}));
    EXPECT_EQ(java.callsOffUiThread(), (QStringList{check, request}))
        << "the rationale is asked where Android's answer arrives, on its UI thread";
}

TEST_F(AndroidCameraPermission, ARefusalWithoutRationaleSendsTheUserToTheSettings) {
    const QFuture<Answer> answer = permission.request();
    java.answerPermissionRequest(QtAndroidPrivate::Denied);
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), Answer::DeniedPermanently);
    EXPECT_EQ(java.calls().last(), rationale);
}

TEST_F(AndroidCameraPermission, ARefusalWithoutAnActivityMayBeAskedAgainLater) {
    java.setActivity(QJniObject());
    const QFuture<Answer> answer = permission.request();
    java.answerPermissionRequest(QtAndroidPrivate::Denied);
    ASSERT_TRUE(answer.isFinished());
    EXPECT_EQ(answer.result(), Answer::Denied);
}

} // namespace
} // namespace vaultlink::testing
