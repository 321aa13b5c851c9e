// The device-key calls of ApiClient (docs/api.md §7.16-7.19) over a scripted transport: what each
// sends, what it reads, and when it is sent again. Keys and signatures are made with OpenSSL.
#include "src/api/api_parse.h"
#include "src/crypto/secure_buffer.h"
#include "tests/unit/api/api_fakes.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

// A P-256 key as a phone's key store holds one.
class PhoneKey {
public:
    PhoneKey()
        : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free) {}

    QByteArray spki() const {
        unsigned char *der = nullptr;
        const int length = i2d_PUBKEY(m_key.get(), &der);
        QByteArray out(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        return out;
    }

    QByteArray sign(const QByteArray &message) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
        std::size_t length = 72;
        QByteArray signature(static_cast<qsizetype>(length), '\0');
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get());
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<std::size_t>(message.size()));
        signature.truncate(static_cast<qsizetype>(length));
        return signature;
    }

    // Whether the signature verifies as the server checks it.
    bool verifies(const QByteArray &message, const QByteArray &signature) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
        return EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) ==
                   1 &&
               EVP_DigestVerify(context.get(),
                                reinterpret_cast<const unsigned char *>(signature.constData()),
                                static_cast<std::size_t>(signature.size()),
                                reinterpret_cast<const unsigned char *>(message.constData()),
                                static_cast<std::size_t>(message.size())) == 1;
    }

private:
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};

QJsonObject deviceChallengeJson(const char *replaces = "both") {
    return {{QStringLiteral("challenge"),
             QStringLiteral("E128Y47Q8Cgxp5dM1ur3nxunCuEBDRJw7T3BNKh2L3Y")},
            {QStringLiteral("expiresAt"), QStringLiteral("2026-11-22T15:46:49.779Z")},
            {QStringLiteral("replaces"), QString::fromLatin1(replaces)}};
}

const DeviceIdentity &phone() {
    static const DeviceIdentity identity{QStringLiteral("6f1c2a9e-3b7d-4e0f-9a51-2c8d7e4b1f03"),
                                         QStringLiteral("Alice's Pixel 8")};
    return identity;
}

class DeviceKeyCalls : public ::testing::Test, protected ClientFixture {
protected:
    const HttpRequest &only() {
        EXPECT_EQ(transport.requests.size(), 1);
        return transport.requests.first();
    }
    template <typename Call> bool fails(Call call) {
        try {
            call();
        } catch (const ApiError &) {
            return true;
        }
        return false;
    }
};

TEST(DeviceLoginMessage, IsTheFiveDocumentedLinesAsUtf8) {
    EXPECT_EQ(deviceLoginMessage(QStringLiteral("E128Y47Q8Cgxp5dM1ur3nxunCuEBDRJw7T3BNKh2L3Y"), 1,
                                 QStringLiteral("alice"), phone().id),
              QByteArray("vaultlink-device-login-v1\nE128Y47Q8Cgxp5dM1ur3nxunCuEBDRJw7T3BNKh2L3Y\n1"
                         "\nalice\n6f1c2a9e-3b7d-4e0f-9a51-2c8d7e4b1f03"));
    // The user name as it was typed, blanks and case included.
    EXPECT_EQ(
        deviceLoginMessage(QStringLiteral("c"), 12, QStringLiteral(" Jörg"), QStringLiteral("d")),
        QByteArray("vaultlink-device-login-v1\nc\n12\n J\xc3\xb6rg\nd"));
}

TEST_F(DeviceKeyCalls, PutDeviceKeySendsTheKeyAsStandardBase64WithTheToken) {
    const PhoneKey key;
    transport.then(rawAnswer(204, {}, {}));
    client.putDeviceKey(QStringLiteral("access-1"), key.spki());
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "PUT");
    EXPECT_EQ(request.url.toString(),
              QStringLiteral("https://vault.example.com:8443/api/v1/device/key"));
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer access-1");
    const QJsonObject body = bodyOf(request);
    EXPECT_EQ(body.value(QStringLiteral("algorithm")).toString(), QStringLiteral("ES256"));
    const QByteArray publicKey = body.value(QStringLiteral("publicKey")).toString().toLatin1();
    EXPECT_EQ(QByteArray::fromBase64(publicKey), key.spki());
    EXPECT_EQ(key.spki().toBase64(), publicKey) << "standard base64 with padding";
}

TEST_F(DeviceKeyCalls, DeleteDeviceKeyIsABearerDeleteWithoutBody) {
    transport.then(rawAnswer(204, {}, {}));
    client.deleteDeviceKey(QStringLiteral("access-1"));
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "DELETE");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/device/key"));
    EXPECT_EQ(headerOf(request, "Authorization"), "Bearer access-1");
    EXPECT_TRUE(request.body.isEmpty());
}

TEST_F(DeviceKeyCalls, TheKeyCallsWant204) {
    transport.then(jsonAnswer(200, {})).then(jsonAnswer(200, {}));
    const ApiError put = thrownBy([this] { client.putDeviceKey(QStringLiteral("a"), "k"); });
    EXPECT_EQ(put.kind(), ApiError::Kind::BadAnswer);
    const ApiError removed = thrownBy([this] { client.deleteDeviceKey(QStringLiteral("a")); });
    EXPECT_EQ(removed.kind(), ApiError::Kind::BadAnswer);
}

TEST_F(DeviceKeyCalls, DeviceChallengeAsksAnonymouslyAndReadsTheAnswer) {
    transport.then(jsonAnswer(200, deviceChallengeJson("second-factor")));
    const DeviceChallenge challenge =
        client.deviceChallenge(1, QStringLiteral(" Alice"), phone().id);
    const HttpRequest &request = only();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/device-challenge"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    EXPECT_EQ(bodyOf(request), (QJsonObject{{QStringLiteral("database"), 1},
                                            {QStringLiteral("username"), QStringLiteral(" Alice")},
                                            {QStringLiteral("deviceId"), phone().id}}));
    EXPECT_EQ(challenge.challenge, QStringLiteral("E128Y47Q8Cgxp5dM1ur3nxunCuEBDRJw7T3BNKh2L3Y"));
    EXPECT_EQ(challenge.expiresAt,
              QDateTime::fromString(QStringLiteral("2026-11-22T15:46:49.779Z"), Qt::ISODateWithMs));
    EXPECT_EQ(challenge.replaces, DeviceLoginMode::SecondFactor);
}

TEST_F(DeviceKeyCalls, AChallengeOutsideTheContractIsABadAnswer) {
    QJsonObject noChallenge = deviceChallengeJson();
    noChallenge.remove(QStringLiteral("challenge"));
    QJsonObject emptyChallenge = deviceChallengeJson();
    emptyChallenge.insert(QStringLiteral("challenge"), QString());
    QJsonObject badTime = deviceChallengeJson();
    badTime.insert(QStringLiteral("expiresAt"), QStringLiteral("soon"));
    QJsonObject noReplaces = deviceChallengeJson();
    noReplaces.remove(QStringLiteral("replaces"));
    const QJsonObject answers[] = {noChallenge,
                                   emptyChallenge,
                                   badTime,
                                   noReplaces,
                                   deviceChallengeJson("none"),
                                   deviceChallengeJson("retina"),
                                   deviceChallengeJson("Both")};
    for (const QJsonObject &answer : answers) {
        transport.then(jsonAnswer(200, answer));
        const ApiError error =
            thrownBy([this] { client.deviceChallenge(1, QStringLiteral("alice"), phone().id); });
        EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer)
            << QJsonDocument(answer).toJson().toStdString();
        EXPECT_EQ(error.message().key(), QStringLiteral("bad-answer"));
    }
}

TEST_F(DeviceKeyCalls, DeviceLoginSendsASignatureThatVerifiesOverTheDocumentedMessage) {
    const PhoneKey key;
    transport.then(jsonAnswer(200, deviceChallengeJson())).then(jsonAnswer(200, grantJson()));
    const DeviceChallenge challenge =
        client.deviceChallenge(1, QStringLiteral("alice"), phone().id);
    const QByteArray message =
        deviceLoginMessage(challenge.challenge, 1, QStringLiteral("alice"), phone().id);
    const LoginOutcome outcome =
        client.deviceLogin(challenge.challenge, key.sign(message), phone());

    ASSERT_TRUE(outcome.grant.has_value());
    EXPECT_FALSE(outcome.challenge.has_value());
    EXPECT_EQ(outcome.grant->accessToken, QStringLiteral("access-1"));
    EXPECT_EQ(outcome.grant->policy.deviceLogin, DeviceLoginMode::SecondFactor);
    ASSERT_EQ(transport.requests.size(), 2);
    const HttpRequest &request = transport.requests[1];
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url.path(), QStringLiteral("/api/v1/auth/device-login"));
    EXPECT_TRUE(headerOf(request, "Authorization").isEmpty());
    const QJsonObject body = bodyOf(request);
    EXPECT_EQ(body.value(QStringLiteral("challenge")).toString(), challenge.challenge);
    const QByteArray signature = body.value(QStringLiteral("signature")).toString().toLatin1();
    EXPECT_EQ(QByteArray::fromBase64(signature).toBase64(), signature);
    EXPECT_TRUE(key.verifies(message, QByteArray::fromBase64(signature)));
    EXPECT_EQ(
        body.value(QStringLiteral("device")).toObject(),
        (QJsonObject{{QStringLiteral("id"), phone().id}, {QStringLiteral("name"), phone().name}}));
    EXPECT_FALSE(body.contains(QStringLiteral("password")));
}

TEST_F(DeviceKeyCalls, DeviceLoginCarriesThePasswordOnlyWhenGiven) {
    const QString tricky = QStringLiteral("q\"uo\\te\n\t\x01 é€😀");
    const SecureBuffer password = SecureBuffer::fromUtf8(tricky);
    transport.then(jsonAnswer(200, grantJson()));
    client.deviceLogin(QStringLiteral("c"), "sig", {phone().id, {}}, &password);
    const QJsonObject body = bodyOf(only());
    EXPECT_EQ(body.value(QStringLiteral("password")).toString(), tricky);
    EXPECT_EQ(body.value(QStringLiteral("challenge")).toString(), QStringLiteral("c"));
    // A device without a name sends none, as at login.
    EXPECT_FALSE(body.value(QStringLiteral("device")).toObject().contains(QStringLiteral("name")));
}

TEST_F(DeviceKeyCalls, DeviceLoginMayAskForTheSecondFactorAsLoginDoes) {
    transport.then(problemAnswer(401, QStringLiteral("mfa-required"), challengeProblem()));
    const LoginOutcome outcome = client.deviceLogin(QStringLiteral("c"), "sig", phone());
    EXPECT_FALSE(outcome.grant.has_value());
    ASSERT_TRUE(outcome.challenge.has_value());
    EXPECT_EQ(outcome.challenge->transaction, QStringLiteral("tx-1"));
    ASSERT_EQ(outcome.challenge->methods.size(), 1);
    EXPECT_EQ(outcome.challenge->methods[0].type, QStringLiteral("totp"));
}

TEST_F(DeviceKeyCalls, DeviceLoginRefusalsAreApiErrorsWithTheirCode) {
    for (const char *code : {"device-signature-invalid", "device-challenge-used",
                             "device-key-unknown", "device-login-disabled"}) {
        transport.then(problemAnswer(401, QString::fromLatin1(code)));
        const ApiError error =
            thrownBy([this] { client.deviceLogin(QStringLiteral("c"), "sig", phone()); });
        EXPECT_EQ(error.kind(), ApiError::Kind::Refusal) << code;
        EXPECT_EQ(error.code(), QLatin1String(code));
        EXPECT_EQ(error.message().key(), QLatin1String(code)) << "the catalog knows it";
    }
}

TEST_F(DeviceKeyCalls, KeyCallsAreRepeatedButAChallengeAndALoginOnlyWhenTheyNeverArrived) {
    // Registration and deletion may be repeated: a key put twice is one key.
    transport.then(noAnswer(NetFailure::ConnectionLost, true))
        .then(problemAnswer(500, QStringLiteral("internal-error")))
        .then(rawAnswer(204, {}, {}));
    client.putDeviceKey(QStringLiteral("a"), PhoneKey().spki());
    EXPECT_EQ(transport.requests.size(), 3);
    transport.then(noAnswer(NetFailure::Timeout, true)).then(rawAnswer(204, {}, {}));
    client.deleteDeviceKey(QStringLiteral("a"));
    EXPECT_EQ(transport.requests.size(), 5);

    // A challenge or a login that may have arrived is not sent again.
    transport.then(noAnswer(NetFailure::ConnectionLost, true))
        .then(noAnswer(NetFailure::ConnectionLost, true));
    EXPECT_TRUE(fails([this] { client.deviceChallenge(1, QStringLiteral("alice"), phone().id); }));
    EXPECT_TRUE(fails([this] { client.deviceLogin(QStringLiteral("c"), "sig", phone()); }));
    EXPECT_EQ(transport.requests.size(), 7);

    // One that certainly never did is.
    transport.then(noAnswer(NetFailure::ConnectionRefused, false))
        .then(jsonAnswer(200, deviceChallengeJson()))
        .then(noAnswer(NetFailure::Unreachable, false))
        .then(jsonAnswer(200, grantJson()));
    client.deviceChallenge(1, QStringLiteral("alice"), phone().id);
    EXPECT_TRUE(client.deviceLogin(QStringLiteral("c"), "sig", phone()).grant.has_value());
    EXPECT_EQ(transport.requests.size(), 11);
}

} // namespace
