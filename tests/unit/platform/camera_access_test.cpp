#include "fake_android.h"
#include "platform/android/android_camera_permission.h"
#include "platform/camera_access.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QThread>

#include <optional>
#include <thread>

namespace vaultlink::testing {
namespace {

using Answer = platform::CameraPermission::Answer;
using Status = platform::CameraAccess::Status;

// A permission whose answer the test gives, when and where it likes.
class AnsweredByTheTest final : public platform::CameraPermission {
public:
    QFuture<Answer> request() override {
        ++asked;
        promise.emplace();
        promise->start();
        return promise->future();
    }
    void answer(Answer answer) {
        promise->addResult(answer);
        promise->finish();
    }

    int asked = 0;
    std::optional<QPromise<Answer>> promise;
};

bool waitForStatus(const platform::CameraAccess &access, Status status) {
    QElapsedTimer timer;
    timer.start();
    while (access.status() != status && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return access.status() == status;
}

TEST(CameraAccess, AnAnswerFromAnotherThreadReachesThePageOnItsOwnThread) {
    AnsweredByTheTest permission;
    platform::CameraAccess access(permission);
    QList<QThread *> notifiedOn;
    QObject::connect(
        &access, &platform::CameraAccess::statusChanged, &access,
        [&] { notifiedOn.append(QThread::currentThread()); }, Qt::DirectConnection);
    access.request();
    EXPECT_EQ(access.status(), Status::Asking);
    std::thread([&] { permission.answer(Answer::Granted); }).join();
    ASSERT_TRUE(waitForStatus(access, Status::Granted));
    EXPECT_EQ(notifiedOn, (QList<QThread *>{QThread::currentThread(), QThread::currentThread()}));
}

TEST(CameraAccess, ASecondTapWhileTheDialogIsOpenAsksNothingMore) {
    AnsweredByTheTest permission;
    platform::CameraAccess access(permission);
    access.request();
    access.request();
    EXPECT_EQ(permission.asked, 1);
    permission.answer(Answer::Denied);
    ASSERT_TRUE(waitForStatus(access, Status::Denied));
    access.request(); // after a plain refusal the page may ask again
    EXPECT_EQ(permission.asked, 2);
    EXPECT_EQ(access.status(), Status::Asking);
}

TEST(CameraAccess, AQuestionLeftUnansweredGoesBackToUnknown) {
    AnsweredByTheTest permission;
    platform::CameraAccess access(permission);
    access.request();
    permission.promise.reset(); // the platform dropped it
    EXPECT_TRUE(waitForStatus(access, Status::Unknown));
}

TEST(CameraAccess, AnAnswerAfterThePageIsGoneIsDropped) {
    AnsweredByTheTest permission;
    auto access = std::make_unique<platform::CameraAccess>(permission);
    access->request();
    access.reset();
    permission.answer(Answer::Granted);
    QCoreApplication::processEvents(); // would reach the destroyed object, if anything did
}

TEST(CameraAccess, AnAnswerKnownAtOnceIsShownWithoutAsking) {
    const auto permission = platform::makeCameraPermission(); // the desktop's: granted
    platform::CameraAccess access(*permission);
    int changes = 0;
    QObject::connect(&access, &platform::CameraAccess::statusChanged, &access, [&] { ++changes; });
    access.request();
    EXPECT_EQ(access.status(), Status::Granted);
    EXPECT_EQ(changes, 1) << "an Asking in between would flicker in the page";
}

class AndroidCameraAccess : public FakeAndroid {};

TEST_F(AndroidCameraAccess, APermanentRefusalTellsThePageToSendTheUserToTheSettings) {
    platform::AndroidCameraPermission permission;
    platform::CameraAccess access(permission);
    access.request();
    EXPECT_EQ(access.status(), Status::Asking);
    java.answerPermissionRequest(QtAndroidPrivate::Denied);
    EXPECT_TRUE(waitForStatus(access, Status::DeniedPermanently));
}

} // namespace
} // namespace vaultlink::testing
