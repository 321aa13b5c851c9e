#include "fake_android.h"
#include "platform/android/android_security_key.h"
#include "security_key_replies.h"

#include <thread>

namespace vaultlink::testing {
namespace {

using platform::SecurityKeyError;
using Token = platform::SecurityKey::Token;

constexpr auto bridge = "org/vaultlink/app/SecurityKeyBridge";
constexpr auto onResult = "org/vaultlink/app/SecurityKeyBridge.onResult"
                          "(JI[B[B[B[B[BLjava/lang/String;)V";
constexpr auto getAssertion = "org/vaultlink/app/SecurityKeyBridge.getAssertion"
                              "(Landroid/app/Activity;JLjava/lang/String;[B[BI)V activity, ";

class AndroidSecurityKey : public FakeAndroid {
protected:
    // Java's answer, as SecurityKeyBridge.onResult gives it; null arrays unless the code is OK.
    void javaAnswers(Token token, jint code, const platform::SecurityKeyAssertion &assertion = {},
                     const QString &detail = {}) {
        const auto array = [this](const QByteArray &bytes) {
            return bytes.isNull() ? QJniObject() : java.byteArray(bytes);
        };
        const QJniObject id = array(assertion.credentialId);
        const QJniObject clientData = array(assertion.clientDataJson);
        const QJniObject authenticatorData = array(assertion.authenticatorData);
        const QJniObject signature = array(assertion.signature);
        const QJniObject userHandle = array(assertion.userHandle);
        const QJniObject words = detail.isNull() ? QJniObject() : QJniObject::fromString(detail);
        ASSERT_TRUE(java.callStaticNative(bridge, "onResult", static_cast<jlong>(token), code,
                                          id.object<jbyteArray>(), clientData.object<jbyteArray>(),
                                          authenticatorData.object<jbyteArray>(),
                                          signature.object<jbyteArray>(),
                                          userHandle.object<jbyteArray>(), words.object<jstring>()))
            << "onResult is not registered with the signature Java calls";
    }

    static QString number(Token token) { return QString::number(token); }

    static platform::SecurityKeyRequest request() {
        platform::SecurityKeyRequest request;
        request.rpId = QStringLiteral("vault.example.com");
        request.challenge = "challenge";
        request.allowCredentials = {"id-1", "credential-22"};
        request.userVerification = true;
        request.origin = QStringLiteral("https://ignored.example.com");
        request.timeoutMs = 30000;
        return request;
    }

    static platform::SecurityKeyAssertion assertion() {
        return {"credential-22", R"({"type":"webauthn.get"})", QByteArray(37, 'a'), "signature",
                "user-7"};
    }

    platform::AndroidSecurityKey key;
    KeyReplies replies;
};

TEST_F(AndroidSecurityKey, OnResultIsRegisteredOnceForTheProcess) {
    platform::AndroidSecurityKey another;
    EXPECT_EQ(platform::android::fake::JavaWorld::natives().count(QLatin1String(onResult)), 1);
    EXPECT_EQ(key.kind(), platform::SecurityKey::Kind::Nfc);
}

TEST_F(AndroidSecurityKey, TheRequestReachesJavaOnItsUiThreadWithItsArguments) {
    const Token token = key.getAssertion(request(), replies.done());
    EXPECT_EQ(java.calls(), QStringList()) << "Play services' sheet starts on the UI thread";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls(), QStringList{QLatin1String(getAssertion) + number(token) +
                                        R"(, "vault.example.com", byte[]#1, byte[]#2, 30000)"});
    EXPECT_EQ(java.callsOffUiThread(), QStringList());
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray("challenge"));
    EXPECT_EQ(java.bytes("byte[]#2"), QByteArray("\x00\x04id-1\x00\x0d"
                                                 "credential-22",
                                                 2 + 4 + 2 + 13))
        << "each id as its length (two bytes, big-endian) and its bytes";
    EXPECT_TRUE(replies.received.empty());
}

TEST_F(AndroidSecurityKey, AnEmptyAllowListIsAnEmptyArray) {
    platform::SecurityKeyRequest discoverable = request();
    discoverable.allowCredentials.clear();
    key.getAssertion(discoverable, replies.done());
    java.runUiThread();
    EXPECT_EQ(java.bytes("byte[]#2"), QByteArray());
}

TEST_F(AndroidSecurityKey, JavasAssertionIsTheReply) {
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    javaAnswers(token, 0, assertion());
    EXPECT_TRUE(replies.received.empty()) << "answered inside Java's call";
    for (int array = 3; array <= 7; ++array) // Java's arrays may change after its call
        java.fill(QStringLiteral("byte[]#%1").arg(array), '\0');
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    const platform::SecurityKey::Reply &reply = replies.received[0];
    EXPECT_EQ(reply.token, token);
    EXPECT_EQ(reply.error, std::nullopt);
    EXPECT_EQ(reply.detail, QStringLiteral("OK (0)"));
    EXPECT_EQ(reply.assertion.credentialId, assertion().credentialId) << "not copied in the call";
    EXPECT_EQ(reply.assertion.clientDataJson, assertion().clientDataJson);
    EXPECT_EQ(reply.assertion.authenticatorData, assertion().authenticatorData);
    EXPECT_EQ(reply.assertion.signature, assertion().signature);
    EXPECT_EQ(reply.assertion.userHandle, assertion().userHandle);
}

TEST_F(AndroidSecurityKey, ANullUserHandleIsEmpty) {
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    platform::SecurityKeyAssertion withoutUser = assertion();
    withoutUser.userHandle = QByteArray();
    javaAnswers(token, 0, withoutUser);
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, std::nullopt);
    EXPECT_TRUE(replies.received[0].assertion.userHandle.isEmpty());
}

struct CodeRow {
    jint code;
    SecurityKeyError error;
    const char *detail;
};

TEST_F(AndroidSecurityKey, EveryResultCodeBecomesTheReplysErrorAndDetail) {
    const CodeRow rows[] = {
        {9, SecurityKeyError::NoDevice, "NOT_SUPPORTED_ERR (9): words"},
        {11, SecurityKeyError::Other, "INVALID_STATE_ERR (11): words"},
        {18, SecurityKeyError::NotAllowed, "SECURITY_ERR (18): words"},
        {19, SecurityKeyError::Other, "NETWORK_ERR (19): words"},
        {20, SecurityKeyError::Cancelled, "ABORT_ERR (20): words"},
        {23, SecurityKeyError::TimedOut, "TIMEOUT_ERR (23): words"},
        {27, SecurityKeyError::Other, "ENCODING_ERR (27): words"},
        {28, SecurityKeyError::Other, "UNKNOWN_ERR (28): words"},
        {29, SecurityKeyError::Other, "CONSTRAINT_ERR (29): words"},
        {30, SecurityKeyError::Other, "DATA_ERR (30): words"},
        {35, SecurityKeyError::NotAllowed, "NOT_ALLOWED_ERR (35): words"},
        {36, SecurityKeyError::Other, "ATTESTATION_NOT_PRIVATE_ERR (36): words"},
        {100, SecurityKeyError::Cancelled, "CANCELLED (100): words"},
        {101, SecurityKeyError::NoDevice, "UNAVAILABLE (101): words"},
        {102, SecurityKeyError::Other, "BUSY (102): words"},
        {103, SecurityKeyError::Other, "FAILED (103): words"},
        {999, SecurityKeyError::Other, "unknown (999): words"},
    };
    for (const CodeRow &row : rows) {
        const Token token = key.getAssertion(request(), replies.done());
        java.runUiThread();
        javaAnswers(token, row.code, assertion(), "words"); // arrays on an error: not taken
        replies.deliver();
        ASSERT_FALSE(replies.received.empty());
        const platform::SecurityKey::Reply &reply = replies.received.back();
        EXPECT_EQ(reply.token, token);
        EXPECT_EQ(reply.error, row.error) << row.code;
        EXPECT_EQ(reply.detail, QLatin1String(row.detail));
        EXPECT_TRUE(reply.assertion.signature.isEmpty()) << row.code;
        EXPECT_TRUE(reply.assertion.credentialId.isEmpty()) << row.code;
    }
    EXPECT_EQ(replies.received.size(), std::size(rows));
}

TEST_F(AndroidSecurityKey, CancelAnswersCancelledAndTellsJavaAfterwards) {
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    key.cancel(token);
    EXPECT_TRUE(replies.received.empty()) << "answered inside cancel()";
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::Cancelled);
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls().last(),
              "org/vaultlink/app/SecurityKeyBridge.cancel(J)V " + number(token));
    EXPECT_EQ(java.callsOffUiThread(), QStringList());

    javaAnswers(token, 0, assertion()); // the sheet's own answer, late
    javaAnswers(token, 35, {}, "closed");
    replies.deliver();
    EXPECT_EQ(replies.received.size(), 1u) << "a late answer reached done";
    key.cancel(token); // too late as well: nothing more, and Java is not asked again
    replies.deliver();
    EXPECT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(java.runUiThread(), 0);
}

TEST_F(AndroidSecurityKey, ARequestCancelledBeforeItReachesJavaShowsNoSheet) {
    const Token token = key.getAssertion(request(), replies.done());
    key.cancel(token);
    EXPECT_EQ(java.runUiThread(), 2);
    EXPECT_EQ(java.calls(),
              QStringList{"org/vaultlink/app/SecurityKeyBridge.cancel(J)V " + number(token)});
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::Cancelled);
}

TEST_F(AndroidSecurityKey, ARepeatedOrUnknownAnswerIsDropped) {
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    javaAnswers(token + 1000, 0, assertion());
    javaAnswers(token, 23, {}, "timed out");
    javaAnswers(token, 0, assertion());
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::TimedOut);
}

TEST_F(AndroidSecurityKey, WithoutAnActivityNoSheetIsShown) {
    java.setActivity(QJniObject());
    java.setContext(java.object("service"));
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    EXPECT_EQ(java.calls(), QStringList());
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::NoDevice);
}

TEST_F(AndroidSecurityKey, ACredentialIdTooLongToPassIsRefusedWithoutJava) {
    platform::SecurityKeyRequest tooLong = request();
    tooLong.allowCredentials.append(QByteArray(0x10000, 'x'));
    key.getAssertion(tooLong, replies.done());
    EXPECT_EQ(java.runUiThread(), 0);
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::Other);
    EXPECT_EQ(java.calls(), QStringList());
}

TEST_F(AndroidSecurityKey, AnAnswerOnJavasThreadReachesTheRequestingThread) {
    const Token token = key.getAssertion(request(), replies.done());
    java.runUiThread();
    std::thread([&] { javaAnswers(token, 0, assertion()); }).join();
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.threads, std::vector<QThread *>{QThread::currentThread()});
}

TEST_F(AndroidSecurityKey, AKeyGoneWithARequestPendingAnswersNothingAndTellsJava) {
    Token token = 0;
    {
        platform::AndroidSecurityKey shortLived;
        token = shortLived.getAssertion(request(), replies.done());
        java.runUiThread();
    }
    javaAnswers(token, 0, assertion());
    replies.deliver();
    EXPECT_TRUE(replies.received.empty()) << "done may reach into what the key's owner freed";
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_EQ(java.calls().last(),
              "org/vaultlink/app/SecurityKeyBridge.cancel(J)V " + number(token));
}

TEST(AndroidSecurityKeyCodes, TheAllowListIsPackedWithBigEndianLengths) {
    EXPECT_EQ(platform::android::packCredentialIds({}), QByteArray());
    EXPECT_EQ(platform::android::packCredentialIds({QByteArray(0x102, 'a')}),
              QByteArray("\x01\x02") + QByteArray(0x102, 'a'));
    EXPECT_EQ(platform::android::packCredentialIds({QByteArray(0xffff, 'a')})->size(), 0x10001);
    EXPECT_EQ(platform::android::packCredentialIds({QByteArray(0x10000, 'a')}), std::nullopt);
}

} // namespace
} // namespace vaultlink::testing
