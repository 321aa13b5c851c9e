#include "biometric_replies.h"
#include "fake_android.h"
#include "platform/android/android_biometric_key_store.h"

#include <thread>

namespace vaultlink::testing {
namespace {

using platform::BiometricError;
using Kind = platform::BiometricAvailability::Kind;
using Token = platform::BiometricKeyStore::Token;

constexpr auto bridge = "org/vaultlink/app/BiometricBridge";
const QString onResult = QStringLiteral("org/vaultlink/app/BiometricBridge.onResult"
                                        "(JI[BLjava/lang/String;)V");

class AndroidBiometricKeyStore : public FakeAndroid {
protected:
    // Java's answer, as BiometricBridge.onResult gives it.
    void javaAnswers(Token token, jint code, const QByteArray &data = {},
                     const QString &detail = {}) {
        const QJniObject array = data.isNull() ? QJniObject() : java.byteArray(data);
        const QJniObject words = detail.isNull() ? QJniObject() : QJniObject::fromString(detail);
        ASSERT_TRUE(java.callStaticNative(bridge, "onResult", static_cast<jlong>(token), code,
                                          array.object<jbyteArray>(), words.object<jstring>()))
            << "onResult is not registered with the signature Java calls";
    }

    static QString number(Token token) { return QString::number(token); }

    const platform::BiometricPrompt prompt{"Unlock Vaultlink", "work", "Use password"};
    platform::AndroidBiometricKeyStore store;
    Replies replies;
};

TEST_F(AndroidBiometricKeyStore, OnResultIsRegisteredOnceForTheProcess) {
    platform::AndroidBiometricKeyStore another;
    EXPECT_EQ(platform::android::fake::JavaWorld::natives().count(onResult), 1);
}

struct AvailabilityRow {
    jint canAuthenticate;
    jint sensors;
    Kind kind;
    std::optional<BiometricError> problem;
};

TEST_F(AndroidBiometricKeyStore, AvailabilityAsksBiometricManagerAndThePackageManager) {
    const AvailabilityRow rows[] = {
        {0, 1, Kind::Fingerprint, std::nullopt},
        {0, 2, Kind::Face, std::nullopt},
        {0, 1 | 2, Kind::Several, std::nullopt},
        {11, 1, Kind::Fingerprint, BiometricError::NotEnrolled},
        {12, 2, Kind::None, BiometricError::NoHardware}, // a weak face only
    };
    for (const AvailabilityRow &row : rows) {
        java.answer(bridge, "availability", row.canAuthenticate);
        java.answer(bridge, "sensors", row.sensors);
        const qsizetype before = java.calls().size();
        const platform::BiometricAvailability availability = store.availability();
        EXPECT_EQ(availability.kind, row.kind) << row.canAuthenticate << " " << row.sensors;
        EXPECT_EQ(availability.problem, row.problem) << row.canAuthenticate << " " << row.sensors;
        EXPECT_EQ(
            java.calls().mid(before),
            (QStringList{
                "org/vaultlink/app/BiometricBridge.availability"
                "(Landroid/content/Context;)I activity",
                "org/vaultlink/app/BiometricBridge.sensors(Landroid/content/Context;)I activity",
            }));
    }
}

TEST_F(AndroidBiometricKeyStore, WithoutAContextNothingIsOffered) {
    java.setActivity(QJniObject());
    const platform::BiometricAvailability availability = store.availability();
    EXPECT_EQ(availability.problem, BiometricError::NoHardware);
    EXPECT_EQ(java.calls(), QStringList());
}

TEST_F(AndroidBiometricKeyStore, CreateKeysAsksJavaAtOnceAndAnswersThePublicKey) {
    const QByteArray spki = QByteArray::fromHex("3059301306072a8648ce3d0201");
    const Token token = store.createKeys("profile-1", replies.done());
    EXPECT_EQ(java.callsOffUiThread(),
              QStringList{"org/vaultlink/app/BiometricBridge.createKeys"
                          "(Landroid/content/Context;JLjava/lang/String;)V activity, " +
                          number(token) + R"(, "profile-1")"})
        << "Java makes the keys on its own thread: the call needs no hop";
    javaAnswers(token, 0, spki);
    EXPECT_TRUE(replies.received.empty()) << "answered inside Java's call";
    java.fill("byte[]#1", '\0'); // Java overwrites its array after the call
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, std::nullopt);
    EXPECT_EQ(replies.received[0].data.view(), spki) << "not copied during the call";
}

TEST_F(AndroidBiometricKeyStore, SealHandsJavaThePlainBytesOnItsUiThread) {
    const SecureBuffer plain = SecureBuffer::copyOf("data key");
    const Token token = store.seal("profile-1", plain, "aad", prompt, replies.done());
    EXPECT_EQ(java.calls(), QStringList()) << "the prompt's activity starts on the UI thread";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(),
              QStringList{"org/vaultlink/app/BiometricBridge.seal(Landroid/app/Activity;JLjava/"
                          "lang/String;[B[BLjava/lang/String;Ljava/lang/String;Ljava/lang/"
                          "String;)V activity, " +
                          number(token) +
                          R"(, "profile-1", byte[]#1, byte[]#2, "Unlock Vaultlink", "work", )"
                          R"("Use password")"});
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray("data key"));
    EXPECT_EQ(java.bytes("byte[]#2"), QByteArray("aad"));

    const QByteArray sealed(12 + 8 + 16, 's');
    javaAnswers(token, 0, sealed);
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, std::nullopt);
    EXPECT_EQ(replies.received[0].data.view(), sealed);
}

TEST_F(AndroidBiometricKeyStore, OpenAnswersThePlainBytesInWipedMemory) {
    const Token token = store.open("profile-1", "sealed", "aad", prompt, replies.done());
    java.runUiThread();
    EXPECT_EQ(java.calls(),
              QStringList{"org/vaultlink/app/BiometricBridge.open(Landroid/app/Activity;JLjava/"
                          "lang/String;[B[BLjava/lang/String;Ljava/lang/String;Ljava/lang/"
                          "String;)V activity, " +
                          number(token) +
                          R"(, "profile-1", byte[]#1, byte[]#2, "Unlock Vaultlink", "work", )"
                          R"("Use password")"});
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray("sealed"));
    javaAnswers(token, 0, "data key");
    java.fill("byte[]#3", '\0');
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].data.view(), QByteArray("data key"));
}

TEST_F(AndroidBiometricKeyStore, SignHandsJavaTheMessage) {
    const Token token = store.sign("profile-1", "challenge", prompt, replies.done());
    java.runUiThread();
    EXPECT_EQ(java.calls(),
              QStringList{"org/vaultlink/app/BiometricBridge.sign(Landroid/app/Activity;JLjava/"
                          "lang/String;[BLjava/lang/String;Ljava/lang/String;Ljava/lang/"
                          "String;)V activity, " +
                          number(token) +
                          R"(, "profile-1", byte[]#1, "Unlock Vaultlink", "work", )"
                          R"("Use password")"});
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray("challenge"));
}

TEST_F(AndroidBiometricKeyStore, RemoveAsksJavaAtOnce) {
    store.remove("profile-1");
    EXPECT_EQ(java.callsOffUiThread(),
              QStringList{
                  R"(org/vaultlink/app/BiometricBridge.remove(Ljava/lang/String;)V "profile-1")"});
}

TEST_F(AndroidBiometricKeyStore, CancelAnswersCancelledAndClosesJavasPromptAfterwards) {
    const Token token = store.sign("profile-1", "challenge", prompt, replies.done());
    java.runUiThread();
    store.cancel(token);
    EXPECT_TRUE(replies.received.empty()) << "answered inside cancel()";
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, BiometricError::Cancelled);
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls().last(), "org/vaultlink/app/BiometricBridge.cancel(J)V " + number(token));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());

    javaAnswers(token, 5, {}, "Canceled"); // the prompt's own ERROR_CANCELED, late
    replies.deliver();
    EXPECT_EQ(replies.received.size(), 1u) << "a late callback reached done";
}

TEST_F(AndroidBiometricKeyStore, ARequestCancelledBeforeItReachesJavaNeverShowsAPrompt) {
    const Token token =
        store.seal("profile-1", SecureBuffer::copyOf("data key"), "aad", prompt, replies.done());
    store.cancel(token);
    EXPECT_EQ(java.runUiThread(), 2);
    EXPECT_EQ(java.calls(),
              QStringList{"org/vaultlink/app/BiometricBridge.cancel(J)V " + number(token)});
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray(8, '\0')) << "the secret was left in Java";
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, BiometricError::Cancelled);
}

TEST_F(AndroidBiometricKeyStore, ARepeatedCallbackIsDropped) {
    const Token token = store.createKeys("profile-1", replies.done());
    javaAnswers(token, 0, "spki");
    javaAnswers(token, 7, {}, "Too many attempts");
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, std::nullopt);
    store.cancel(token); // too late as well: nothing more
    replies.deliver();
    EXPECT_EQ(replies.received.size(), 1u);
}

TEST_F(AndroidBiometricKeyStore, ACallbackForATokenNeverGivenOutIsDropped) {
    const Token token = store.createKeys("profile-1", replies.done());
    javaAnswers(token + 1000, 0, "spki");
    replies.deliver();
    EXPECT_TRUE(replies.received.empty());
}

struct CodeRow {
    jint code;
    std::optional<BiometricError> error;
    const char *detail;
};

TEST_F(AndroidBiometricKeyStore, JavasCodeAndWordsBecomeTheReplysErrorAndDetail) {
    const CodeRow rows[] = {
        {7, BiometricError::Lockout, "ERROR_LOCKOUT (7): Too many attempts"},
        {100, BiometricError::KeyInvalidated, "KEY_INVALIDATED (100): Too many attempts"},
        {13, BiometricError::Cancelled, "ERROR_NEGATIVE_BUTTON (13): Too many attempts"},
        {999, BiometricError::Other, "unknown (999): Too many attempts"},
    };
    for (const CodeRow &row : rows) {
        const Token token = store.open("profile-1", "sealed", "aad", prompt, replies.done());
        javaAnswers(token, row.code, {}, "Too many attempts");
        replies.deliver();
        ASSERT_FALSE(replies.received.empty());
        EXPECT_EQ(replies.received.back().token, token);
        EXPECT_EQ(replies.received.back().error, row.error) << row.code;
        EXPECT_EQ(replies.received.back().detail, QLatin1String(row.detail));
        EXPECT_TRUE(replies.received.back().data.isEmpty());
    }
}

TEST_F(AndroidBiometricKeyStore, WithoutAnActivityThePromptIsNotShown) {
    java.setActivity(QJniObject());
    java.setContext(java.object("service"));
    const Token token =
        store.seal("profile-1", SecureBuffer::copyOf("data key"), "aad", prompt, replies.done());
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray(8, '\0'));
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, BiometricError::NoHardware);
}

TEST_F(AndroidBiometricKeyStore, AnAnswerOnJavasThreadReachesTheRequestingThread) {
    const Token token = store.createKeys("profile-1", replies.done());
    std::thread([&] { javaAnswers(token, 0, "spki"); }).join();
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.threads, std::vector<QThread *>{QThread::currentThread()});
}

TEST_F(AndroidBiometricKeyStore, AStoreGoneWithARequestPendingAnswersNothingAndClosesThePrompt) {
    Token token = 0;
    {
        platform::AndroidBiometricKeyStore shortLived;
        token = shortLived.sign("profile-1", "challenge", prompt, replies.done());
        java.runUiThread();
    }
    javaAnswers(token, 0, "signature");
    replies.deliver();
    EXPECT_TRUE(replies.received.empty()) << "done may reach into what the store's owner freed";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls().last(), "org/vaultlink/app/BiometricBridge.cancel(J)V " + number(token));
}

} // namespace
} // namespace vaultlink::testing
