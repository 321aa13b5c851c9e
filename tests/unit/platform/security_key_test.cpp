#include "fake_android.h"
#include "platform/desktop/stand_in_security_key.h"
#include "platform/ios/security_key_errors.h"
#include "platform/security_key.h"
#include "security_key_replies.h"

#ifdef VAULTLINK_HAVE_LIBFIDO2
#include "platform/desktop/fido2_security_key.h"
#endif

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace vaultlink::testing {
namespace {

using platform::SecurityKey;
using platform::SecurityKeyError;
using platform::SecurityKeyRequest;
using platform::StandInSecurityKey;

// --- the client data -----------------------------------------------------------------------

TEST(AssertionClientData, IsWebAuthnsSerialisationByteForByte) {
    // 00 ff 10 fb ef: base64url "AP8Q--8", its padding left out.
    EXPECT_EQ(platform::assertionClientData(QByteArray::fromHex("00ff10fbef"),
                                            QStringLiteral("https://vault.example.com")),
              QByteArray(R"({"type":"webauthn.get","challenge":"AP8Q--8",)"
                         R"("origin":"https://vault.example.com","crossOrigin":false})"));
    EXPECT_EQ(platform::assertionClientData({}, QStringLiteral("https://a")),
              QByteArray(R"({"type":"webauthn.get","challenge":"","origin":"https://a",)"
                         R"("crossOrigin":false})"));
}

TEST(AssertionClientData, EscapesTheOriginAsCcdToStringDoes) {
    // " and \ with a backslash, control characters as \u and four lower-case hex digits, DEL and
    // everything from U+0020 up (but " and \) as UTF-8, a lone surrogate as \u too.
    const QString origin = QStringLiteral("https://a\"b\\c") + QChar(u'\n') + QChar(0x1f) +
                           QChar(0x7f) + QStringLiteral("é😀/") + QChar(0xd800);
    EXPECT_EQ(platform::assertionClientData("\x01", origin),
              QByteArray(R"({"type":"webauthn.get","challenge":"AQ","origin":"https://a\"b\\c)"
                         R"(\u000a\u001f)") +
                  QByteArray("\x7f") + QStringLiteral("é😀/").toUtf8() +
                  QByteArray(R"(\ud800","crossOrigin":false})"));
}

// --- the fallback --------------------------------------------------------------------------

TEST(NoSecurityKey, AnswersNoDeviceLaterOnTheRequestingThread) {
    const auto key = platform::makeNoSecurityKey();
    EXPECT_EQ(key->kind(), SecurityKey::Kind::None);
    KeyReplies replies;
    const SecurityKey::Token first = key->getAssertion({}, replies.done());
    const SecurityKey::Token second = key->getAssertion({}, replies.done());
    EXPECT_NE(first, 0u);
    EXPECT_NE(first, second);
    EXPECT_TRUE(replies.received.empty()) << "answered inside getAssertion()";
    replies.deliver();
    ASSERT_EQ(replies.received.size(), 2u);
    EXPECT_EQ(replies.received[0].token, first);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::NoDevice);
    EXPECT_EQ(replies.received[1].token, second);
    EXPECT_EQ(replies.threads[0], QThread::currentThread());
}

// --- the factory ---------------------------------------------------------------------------

// This binary also holds the Android shims (against the fake JNI): the desktop's factory must
// not pick them.
class SecurityKeyFactory : public FakeAndroid {
protected:
    ~SecurityKeyFactory() override { qunsetenv("VAULTLINK_SECURITY_KEY_STAND_IN"); }
};

TEST_F(SecurityKeyFactory, TheStandInOnlyWhenItsFileIsNamed) {
    qputenv("VAULTLINK_SECURITY_KEY_STAND_IN", "/nonexistent/key.json");
    const auto standIn = platform::makeSecurityKey();
    ASSERT_NE(dynamic_cast<StandInSecurityKey *>(standIn.get()), nullptr);
    EXPECT_EQ(standIn->kind(), SecurityKey::Kind::StandIn);

    qputenv("VAULTLINK_SECURITY_KEY_STAND_IN", "");
    const auto key = platform::makeSecurityKey();
    EXPECT_EQ(dynamic_cast<StandInSecurityKey *>(key.get()), nullptr);
#ifdef VAULTLINK_HAVE_LIBFIDO2
    EXPECT_NE(dynamic_cast<platform::Fido2SecurityKey *>(key.get()), nullptr);
    EXPECT_EQ(key->kind(), SecurityKey::Kind::Usb);
#else
    EXPECT_EQ(key->kind(), SecurityKey::Kind::None);
#endif
    EXPECT_EQ(java.calls(), QStringList());
}

// --- the stand-in --------------------------------------------------------------------------

struct Pkey {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtx {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

// OpenSSL's own check, with the public key createStandInKey gave: ES256 over SHA-256, EdDSA
// over the message itself.
bool verifies(const QByteArray &spki, const QString &algorithm, const QByteArray &message,
              const QByteArray &signature) {
    const auto *in = reinterpret_cast<const unsigned char *>(spki.constData());
    const std::unique_ptr<EVP_PKEY, Pkey> key(d2i_PUBKEY(nullptr, &in, spki.size()));
    const std::unique_ptr<EVP_MD_CTX, MdCtx> ctx(EVP_MD_CTX_new());
    return key && ctx &&
           EVP_DigestVerifyInit(ctx.get(), nullptr,
                                algorithm == QLatin1String("ES256") ? EVP_sha256() : nullptr,
                                nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                            static_cast<std::size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            static_cast<std::size_t>(message.size())) == 1;
}

QByteArray sha256(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The file's mode bits, as Qt reads them (without its "this user" flags).
QFile::Permissions modeOf(const QString &path) {
    const QFile::Permissions mode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFile::permissions(path) & mode;
}

quint32 counterOf(const QByteArray &authenticatorData) {
    quint32 count = 0;
    for (qsizetype i = 33; i < 37; ++i)
        count = (count << 8) | static_cast<unsigned char>(authenticatorData.at(i));
    return count;
}

class StandInKey : public ::testing::TestWithParam<const char *> {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        made = StandInSecurityKey::createStandInKey(path, algorithm);
        ASSERT_TRUE(made.has_value());
    }

    QJsonObject file() const {
        QFile in(path);
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(in.readAll()).object();
    }
    void rewrite(const QJsonObject &json) const {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(json).toJson());
    }
    SecurityKey::Reply ask(const SecurityKeyRequest &request) {
        KeyReplies replies;
        key.getAssertion(request, replies.done());
        EXPECT_TRUE(replies.waitFor(1));
        return replies.received.empty() ? SecurityKey::Reply{} : replies.received.front();
    }
    SecurityKeyRequest request() const {
        SecurityKeyRequest request;
        request.rpId = QStringLiteral("vault.example.com");
        request.challenge = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
        request.origin = QStringLiteral("https://vault.example.com");
        request.allowCredentials = {QByteArray("someone else's"), made->credentialId};
        return request;
    }

    const QString algorithm = QString::fromLatin1(GetParam());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.json"));
    std::optional<platform::StandInKeyMade> made;
    StandInSecurityKey key{path};
};

TEST_P(StandInKey, CreateWritesTheKeyFileForItsOwnerAlone) {
    EXPECT_EQ(made->credentialId.size(), 16);
    EXPECT_TRUE(made->publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    const auto *in = reinterpret_cast<const unsigned char *>(made->publicKeySpkiDer.constData());
    const std::unique_ptr<EVP_PKEY, Pkey> publicKey(
        d2i_PUBKEY(nullptr, &in, made->publicKeySpkiDer.size()));
    ASSERT_TRUE(publicKey);
    EXPECT_EQ(
        EVP_PKEY_is_a(publicKey.get(), algorithm == QLatin1String("ES256") ? "EC" : "ED25519"), 1);

    EXPECT_EQ(modeOf(path), QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject json = file();
    EXPECT_EQ(json.value("credentialId").toString().toLatin1(),
              made->credentialId.toBase64(QByteArray::Base64UrlEncoding |
                                          QByteArray::OmitTrailingEquals));
    EXPECT_EQ(json.value("algorithm").toString(), algorithm);
    EXPECT_TRUE(json.value("privateKey").toString().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    EXPECT_EQ(json.value("signCount").toInt(-1), 0);
    EXPECT_EQ(json.value("userVerifying").toBool(true), false);
    EXPECT_EQ(json.size(), 5);
}

TEST_P(StandInKey, AnAssertionVerifiesWithThePublicKeyAndCountsOn) {
    EXPECT_EQ(key.kind(), SecurityKey::Kind::StandIn);
    for (const quint32 expected : {1u, 2u}) {
        const SecurityKey::Reply reply = ask(request());
        ASSERT_EQ(reply.error, std::nullopt) << reply.detail.toStdString();
        const platform::SecurityKeyAssertion &assertion = reply.assertion;
        EXPECT_EQ(assertion.credentialId, made->credentialId);
        EXPECT_EQ(assertion.clientDataJson,
                  platform::assertionClientData(request().challenge, request().origin));
        ASSERT_EQ(assertion.authenticatorData.size(), 37);
        EXPECT_EQ(assertion.authenticatorData.first(32), sha256("vault.example.com"));
        EXPECT_EQ(assertion.authenticatorData.at(32), '\x01') << "UP, and no UV";
        EXPECT_EQ(counterOf(assertion.authenticatorData), expected);
        EXPECT_TRUE(assertion.userHandle.isEmpty());
        if (algorithm == QLatin1String("EdDSA"))
            EXPECT_EQ(assertion.signature.size(), 64);
        else
            EXPECT_EQ(assertion.signature.at(0), '\x30') << "a DER SEQUENCE";
        EXPECT_TRUE(verifies(made->publicKeySpkiDer, algorithm,
                             assertion.authenticatorData + sha256(assertion.clientDataJson),
                             assertion.signature));
        EXPECT_FALSE(verifies(made->publicKeySpkiDer, algorithm,
                              assertion.authenticatorData + sha256("other client data"),
                              assertion.signature));
        EXPECT_EQ(file().value("signCount").toInt(), static_cast<int>(expected))
            << "the counter is written back";
        EXPECT_EQ(modeOf(path), QFile::ReadOwner | QFile::WriteOwner);
    }
}

TEST_P(StandInKey, CountsOnFromTheFilesCounterAndSetsUvWhenItVerifies) {
    QJsonObject json = file();
    json["signCount"] = 41;
    json["userVerifying"] = true;
    rewrite(json);
    SecurityKeyRequest anyCredential = request();
    anyCredential.allowCredentials.clear(); // a discoverable credential's request
    const SecurityKey::Reply reply = ask(anyCredential);
    ASSERT_EQ(reply.error, std::nullopt) << reply.detail.toStdString();
    EXPECT_EQ(reply.assertion.authenticatorData.at(32), '\x05') << "UP and UV";
    EXPECT_EQ(counterOf(reply.assertion.authenticatorData), 42u);
    EXPECT_EQ(file().value("signCount").toInt(), 42);
    EXPECT_EQ(file().value("userVerifying").toBool(), true);
    EXPECT_TRUE(verifies(made->publicKeySpkiDer, algorithm,
                         reply.assertion.authenticatorData + sha256(reply.assertion.clientDataJson),
                         reply.assertion.signature));
}

TEST_P(StandInKey, AnotherUsersAllowListIsNotRegistered) {
    SecurityKeyRequest foreign = request();
    foreign.allowCredentials = {QByteArray(16, 'x')};
    const SecurityKey::Reply reply = ask(foreign);
    EXPECT_EQ(reply.error, SecurityKeyError::NotRegistered);
    EXPECT_TRUE(reply.assertion.signature.isEmpty());
    EXPECT_EQ(file().value("signCount").toInt(), 0) << "nothing signed, nothing counted";
}

TEST_P(StandInKey, AMissingOrDamagedFileIsNoDevice) {
    QJsonObject json = file();
    json["algorithm"] = algorithm == QLatin1String("ES256") ? "EdDSA" : "ES256"; // not its key
    rewrite(json);
    EXPECT_EQ(ask(request()).error, SecurityKeyError::NoDevice);

    for (const QByteArray &damaged :
         {QByteArray("not json"), QByteArray(R"({"credentialId": "AAAA"})"),
          QByteArray(R"({"credentialId": "!!", "algorithm": "ES256", "privateKey": "x",)"
                     R"( "signCount": 0})")}) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(damaged);
        out.close();
        const SecurityKey::Reply reply = ask(request());
        EXPECT_EQ(reply.error, SecurityKeyError::NoDevice) << damaged.toStdString();
        EXPECT_TRUE(reply.detail.contains(path)) << reply.detail.toStdString();
    }

    ASSERT_TRUE(QFile::remove(path));
    const SecurityKey::Reply missing = ask(request());
    EXPECT_EQ(missing.error, SecurityKeyError::NoDevice);
    EXPECT_TRUE(missing.detail.contains(path));
}

TEST_P(StandInKey, ACancelledRequestAnswersCancelledOnceAndSignsNothing) {
    KeyReplies replies;
    const SecurityKey::Token token = key.getAssertion(request(), replies.done());
    EXPECT_TRUE(replies.received.empty()) << "answered inside getAssertion()";
    key.cancel(token);
    EXPECT_TRUE(replies.received.empty()) << "answered inside cancel()";
    replies.waitFor(2, 200);
    ASSERT_EQ(replies.received.size(), 1u);
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.received[0].error, SecurityKeyError::Cancelled);
    EXPECT_EQ(file().value("signCount").toInt(), 0);
    key.cancel(token); // too late: nothing more
    replies.waitFor(2, 50);
    EXPECT_EQ(replies.received.size(), 1u);
}

TEST_P(StandInKey, AKeyGoneWithARequestPendingAnswersNothing) {
    KeyReplies replies;
    {
        StandInSecurityKey shortLived(path);
        shortLived.getAssertion(request(), replies.done());
    }
    replies.waitFor(1, 100);
    EXPECT_TRUE(replies.received.empty());
}

INSTANTIATE_TEST_SUITE_P(Algorithms, StandInKey, ::testing::Values("ES256", "EdDSA"));

TEST(StandInSecurityKey, MakesOnlyEs256AndEdDsaKeysWhereItCanWrite) {
    QTemporaryDir dir;
    EXPECT_FALSE(StandInSecurityKey::createStandInKey(dir.filePath("rsa.json"), "RS256"));
    EXPECT_FALSE(QFile::exists(dir.filePath("rsa.json")));
    EXPECT_FALSE(
        StandInSecurityKey::createStandInKey(dir.filePath("no/such/dir/key.json"), "ES256"));
}

// --- the iOS codes -------------------------------------------------------------------------

TEST(IosSecurityKeyErrors, AuthorizationErrorsMapToTheInterfacesErrors) {
    namespace e = platform::ios::authorizationError;
    const std::pair<long, SecurityKeyError> rows[] = {
        {e::unknown, SecurityKeyError::Other},
        {e::canceled, SecurityKeyError::Cancelled},
        {e::invalidResponse, SecurityKeyError::Other},
        {e::notHandled, SecurityKeyError::NoDevice},
        {e::failed, SecurityKeyError::NotAllowed},
        {e::notInteractive, SecurityKeyError::Other},
        {e::matchedExcludedCredential, SecurityKeyError::Other},
        {4242, SecurityKeyError::Other},
    };
    for (const auto &[code, error] : rows)
        EXPECT_EQ(platform::ios::errorFromAuthorizationError(code), error) << code;
    EXPECT_EQ(platform::ios::authorizationErrorName(1001),
              QStringLiteral("ASAuthorizationErrorCanceled (1001)"));
    EXPECT_EQ(platform::ios::authorizationErrorName(4242), QStringLiteral("unknown (4242)"));
}

// --- libfido2 ------------------------------------------------------------------------------

#ifdef VAULTLINK_HAVE_LIBFIDO2
using platform::Fido2SecurityKey;

TEST(Fido2SecurityKey, LibFido2sCodesMapToTheInterfacesErrors) {
    // FIDO_OK, FIDO_ERR_NO_CREDENTIALS, _ACTION_TIMEOUT, _USER_ACTION_TIMEOUT, _KEEPALIVE_CANCEL,
    // _TX, _RX, _PIN_REQUIRED, _UNSUPPORTED_OPTION, _OPERATION_DENIED, _INTERNAL, and unknown.
    const std::pair<int, std::optional<SecurityKeyError>> rows[] = {
        {0x00, std::nullopt},
        {0x2e, SecurityKeyError::NotRegistered},
        {0x3a, SecurityKeyError::TimedOut},
        {0x2f, SecurityKeyError::TimedOut},
        {0x2d, SecurityKeyError::Cancelled},
        {-1, SecurityKeyError::NoDevice},
        {-2, SecurityKeyError::NoDevice},
        {0x36, SecurityKeyError::Other},
        {0x2b, SecurityKeyError::Other},
        {0x27, SecurityKeyError::Other},
        {-9, SecurityKeyError::Other},
        {4242, SecurityKeyError::Other},
    };
    for (const auto &[code, error] : rows)
        EXPECT_EQ(Fido2SecurityKey::errorOf(code), error) << code;
    EXPECT_EQ(Fido2SecurityKey::describe(0x2e), QStringLiteral("FIDO_ERR_NO_CREDENTIALS (46)"));
}

TEST(Fido2SecurityKey, TheAuthenticatorDataIsTakenOutOfItsCborByteString) {
    const QByteArray data(37, 'd');
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x58\x25" + data), data); // 1-byte length
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf(QByteArray("\x59\x00\x25", 3) + data), data);
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x43"
                                                    "abc"),
              QByteArray("abc"));
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf(QByteArray("\x40", 1)), QByteArray());
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf({}), std::nullopt);
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x58\x26" + data), std::nullopt) << "short";
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x43"
                                                    "abcd"),
              std::nullopt)
        << "long";
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x63"
                                                    "abc"),
              std::nullopt)
        << "a text";
    EXPECT_EQ(Fido2SecurityKey::authenticatorDataOf("\x5f\x43"
                                                    "abc\xff"),
              std::nullopt)
        << "indefinite length";
}

// The real libfido2, on this machine's USB: no FIDO key is plugged into a build machine.
TEST(Fido2SecurityKey, WithoutAKeyTheAnswerIsNoDeviceFromItsThread) {
    Fido2SecurityKey key;
    KeyReplies replies;
    SecurityKeyRequest request;
    request.rpId = QStringLiteral("vault.example.com");
    request.challenge = "challenge";
    request.origin = QStringLiteral("https://vault.example.com");
    request.timeoutMs = 3000;
    const SecurityKey::Token token = key.getAssertion(request, replies.done());
    ASSERT_TRUE(replies.waitFor(1, 5000));
    if (replies.received[0].error != SecurityKeyError::NoDevice)
        GTEST_SKIP() << "a FIDO key answered: " << replies.received[0].detail.toStdString();
    EXPECT_EQ(replies.received[0].token, token);
    EXPECT_EQ(replies.threads[0], QThread::currentThread());
    replies.waitFor(2, 100);
    EXPECT_EQ(replies.received.size(), 1u);
}

TEST(Fido2SecurityKey, CancelAnswersCancelledAtOnceAndDropsTheLateAnswer) {
    KeyReplies replies;
    {
        Fido2SecurityKey key;
        const SecurityKey::Token token = key.getAssertion({}, replies.done());
        key.cancel(token);
        EXPECT_TRUE(replies.received.empty()) << "answered inside cancel()";
        ASSERT_TRUE(replies.waitFor(1));
        EXPECT_EQ(replies.received[0].token, token);
        EXPECT_EQ(replies.received[0].error, SecurityKeyError::Cancelled);
        replies.waitFor(2, 200);
        EXPECT_EQ(replies.received.size(), 1u);
        key.getAssertion({}, replies.done()); // still asked when the key goes
    }
    replies.waitFor(2, 200);
    EXPECT_EQ(replies.received.size(), 1u) << "a key gone answers nothing";
}
#endif

} // namespace
} // namespace vaultlink::testing
