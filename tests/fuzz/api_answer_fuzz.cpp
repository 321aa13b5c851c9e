// The Web Application's answers as the client reads them (docs/api.md §4, §5, §7): a real
// ApiClient over a transport that answers every request with the input. The first byte chooses
// the endpoint, the second the HTTP status; the rest is the body. Parsers: answerOf/bodyOf
// (src/api/api_exchange), every parse… of src/api/api_parse with JsonReader under them, the
// change-feed page and each of its records, forms and record objects, the device-login challenge,
// and ApiError's reading of problem documents (policy, challenge, retry and attempt counts,
// conflicts and the current record).

#include "src/api/api_client.h"
#include "src/api/api_error.h"
#include "src/api/api_parse.h"
#include "src/crypto/random.h"
#include "src/crypto/secure_buffer.h"
#include "src/net/transport.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonArray>

#include <array>

using namespace vaultlink;

namespace {

class AnsweringTransport final : public Transport {
public:
    explicit AnsweringTransport(HttpResponse answer)
        : m_answer(std::move(answer)) {}
    HttpResponse send(const HttpRequest &) override { return m_answer; }

private:
    HttpResponse m_answer;
};

class CountingRandom final : public Random {
public:
    void fill(unsigned char *out, std::size_t size) override {
        for (std::size_t i = 0; i < size; ++i)
            out[i] = static_cast<unsigned char>(m_next++);
    }

private:
    unsigned m_next = 0;
};

constexpr std::array kStatuses{200, 201, 204, 400, 401, 403, 404, 409,
                               410, 413, 429, 500, 503, 302, 299, 600};

void checkPolicy(const Policy &policy) {
    VAULTLINK_FUZZ_CHECK(policy.serverTime.isValid());
    const std::optional<Policy> again = Policy::fromJson(policy.json);
    VAULTLINK_FUZZ_CHECK(again && again->maxOfflineSeconds == policy.maxOfflineSeconds);
    VAULTLINK_FUZZ_CHECK(again->deviceLogin == policy.deviceLogin &&
                         again->biometricUnlockAllowed == policy.biometricUnlockAllowed);
    // A mode is one the contract names, else none; the default holds only where none was sent.
    if (policy.deviceLogin != DeviceLoginMode::None)
        VAULTLINK_FUZZ_CHECK(policy.json.value(QLatin1String("deviceLogin")).toString() ==
                             deviceLoginModeName(policy.deviceLogin));
    if (!policy.biometricUnlockAllowed)
        VAULTLINK_FUZZ_CHECK(policy.json.value(QLatin1String("biometricUnlockAllowed")) ==
                             QJsonValue(false));
}

void checkChallenge(const MfaChallenge &challenge) {
    VAULTLINK_FUZZ_CHECK(!challenge.transaction.isEmpty() && challenge.expiresAt.isValid());
    // Only the methods this client knows, each within the bounds its reader enforces.
    for (const MfaMethod &method : challenge.methods) {
        VAULTLINK_FUZZ_CHECK(method.takesCode() || method.takesApproval() ||
                             method.type == QLatin1String("fido"));
        VAULTLINK_FUZZ_CHECK(method.digits >= 1 && method.digits <= 10);
        VAULTLINK_FUZZ_CHECK(method.periodSeconds >= 1 && method.periodSeconds <= 3600);
        VAULTLINK_FUZZ_CHECK(method.minLength >= 1 && method.minLength <= method.maxLength &&
                             method.maxLength <= 64);
        VAULTLINK_FUZZ_CHECK(method.approvalSeconds >= 1 && method.approvalSeconds <= 3600);
        VAULTLINK_FUZZ_CHECK(method.timeoutSeconds >= 1 && method.timeoutSeconds <= 600);
        VAULTLINK_FUZZ_CHECK(method.allowCredentials.size() <= 64);
        if (method.type == QLatin1String("fido"))
            VAULTLINK_FUZZ_CHECK(!method.fidoChallenge.isEmpty() && !method.rpId.isEmpty());
    }
}

void checkError(const ApiError &error) {
    fuzz::checkMessage(error.message());
    VAULTLINK_FUZZ_CHECK(error.kind() != ApiError::Kind::Network);
    VAULTLINK_FUZZ_CHECK(error.retryAfterSeconds() >= 0 && error.attemptsLeft() >= 0);
    if (error.kind() == ApiError::Kind::Refusal) {
        VAULTLINK_FUZZ_CHECK(!error.code().isEmpty());
        VAULTLINK_FUZZ_CHECK(error.status() < 200 || error.status() > 299);
        if (const std::optional<Policy> policy = error.policy())
            checkPolicy(*policy);
        if (const std::optional<MfaChallenge> challenge = error.challenge())
            checkChallenge(*challenge);
        // Only the array's objects, none made up.
        VAULTLINK_FUZZ_CHECK(error.conflicts().size() <=
                             error.problem().value(QLatin1String("conflicts")).toArray().size());
        if (const std::optional<QJsonObject> record = error.currentRecord())
            VAULTLINK_FUZZ_CHECK(error.problem().value(QLatin1String("record")).toObject() ==
                                 *record);
    }
}

void checkSession(const SessionInfo &session) {
    VAULTLINK_FUZZ_CHECK(!session.userName.isEmpty());
    checkPolicy(session.policy);
}

void checkGrant(const TokenGrant &grant) {
    VAULTLINK_FUZZ_CHECK(!grant.accessToken.isEmpty() && !grant.refreshToken.isEmpty());
    VAULTLINK_FUZZ_CHECK(grant.accessTokenExpiresAt.isValid());
    VAULTLINK_FUZZ_CHECK(grant.refreshTokenExpiresAt.isValid());
    checkSession(grant.session);
    checkPolicy(grant.policy);
}

// Forms and records as the editor and the push read them.
void checkForms(const QList<FormInfo> &forms) {
    for (const FormInfo &form : forms) {
        VAULTLINK_FUZZ_CHECK(!form.id.isEmpty() && !form.fields.isEmpty());
        VAULTLINK_FUZZ_CHECK(form.fields.first().key == QLatin1String("name") &&
                             form.fields.last().key == QLatin1String("tags"));
    }
}

void checkRecord(const QJsonObject &record) {
    VAULTLINK_FUZZ_CHECK(record.value(QLatin1String("id")).isDouble());
    VAULTLINK_FUZZ_CHECK(record.value(QLatin1String("fields")).isArray());
}

void checkDeviceChallenge(const DeviceChallenge &challenge) {
    VAULTLINK_FUZZ_CHECK(!challenge.challenge.isEmpty() && challenge.expiresAt.isValid());
    VAULTLINK_FUZZ_CHECK(challenge.replaces != DeviceLoginMode::None);
}

void checkOutcome(const LoginOutcome &outcome) {
    VAULTLINK_FUZZ_CHECK(outcome.grant.has_value() != outcome.challenge.has_value());
    if (outcome.grant)
        checkGrant(*outcome.grant);
    else
        checkChallenge(*outcome.challenge);
}

constexpr int kEndpoints = 18;

void call(ApiClient &client, std::uint8_t endpoint) {
    const SecureBuffer password = SecureBuffer::copyOf("alice-demo-2026");
    switch (endpoint % kEndpoints) {
    case 0:
        client.info();
        break;
    case 1:
        client.databases();
        break;
    case 2:
        checkOutcome(client.login(1, QStringLiteral("alice"), password,
                                  {QStringLiteral("device-1"), QString()}));
        break;
    case 3:
        checkGrant(client.answerTotp(QStringLiteral("transaction"), QStringLiteral("123456")));
        break;
    case 4:
        checkGrant(client.refresh(QStringLiteral("refresh-token")));
        break;
    case 5:
        client.logout(QStringLiteral("access-token"));
        break;
    case 6:
        checkSession(client.session(QStringLiteral("access-token")));
        break;
    case 7: {
        // As the sync reads a page: the page, then each record.
        const FeedPage page = client.changes(QStringLiteral("access-token"), QString());
        VAULTLINK_FUZZ_CHECK(!page.cursor.isEmpty() && page.totalDigest.size() == 64);
        checkPolicy(page.policy);
        for (qsizetype i = 0; i < page.records.size(); ++i) {
            const QJsonObject record = parseFeedRecord(page.records[i], i);
            VAULTLINK_FUZZ_CHECK(record.value(QLatin1String("fields")).isArray());
        }
        break;
    }
    case 8: {
        const Redemption redemption = client.redeem(QStringLiteral("link-token"));
        VAULTLINK_FUZZ_CHECK(!redemption.server.isEmpty() && !redemption.userName.isEmpty());
        break;
    }
    case 9:
        checkForms(client.forms(QStringLiteral("access-token")));
        break;
    case 10:
        checkRecord(client.record(QStringLiteral("access-token"), 7));
        break;
    case 11:
        checkRecord(client.createRecord(
            QStringLiteral("access-token"),
            {QStringLiteral("login"), std::nullopt, QStringLiteral("ref"), {{"name", "x"}}}));
        break;
    case 12:
        checkRecord(client.changeRecord(QStringLiteral("access-token"), 7,
                                        {{QStringLiteral("name"), QStringLiteral("y"), 1}}));
        break;
    case 13:
        client.deleteRecord(QStringLiteral("access-token"), 7, 9);
        break;
    case 14:
        checkDeviceChallenge(
            client.deviceChallenge(1, QStringLiteral("alice"), QStringLiteral("device-1")));
        break;
    case 15:
        checkOutcome(client.deviceLogin(QStringLiteral("challenge"), QByteArray("signature"),
                                        {QStringLiteral("device-1"), QString()},
                                        (endpoint / kEndpoints) % 2 ? &password : nullptr));
        break;
    case 16:
        client.putDeviceKey(QStringLiteral("access-token"), QByteArray("key"));
        break;
    case 17:
        client.deleteDeviceKey(QStringLiteral("access-token"));
        break;
    }
}

} // namespace

VAULTLINK_FUZZ_TARGET(api_answer) {
    fuzz::InputReader input(data, size);
    const std::uint8_t endpoint = input.byte();
    HttpResponse answer;
    answer.status = kStatuses[input.byte() % kStatuses.size()];
    answer.headers.insert("content-type", "application/json");
    answer.body = input.rest();

    AnsweringTransport transport(answer);
    CountingRandom random;
    ApiClient client(QUrl(QStringLiteral("https://vault.example.com")), transport, random,
                     [](std::chrono::milliseconds) {});
    // What each input got: VAULTLINK_FUZZ_VERBOSE=1 shows it.
    try {
        call(client, endpoint);
        qDebug("endpoint %d, HTTP %d: read", endpoint % kEndpoints, answer.status);
    } catch (const ApiError &error) {
        qDebug("endpoint %d, HTTP %d: %s", endpoint % kEndpoints, answer.status, error.what());
        checkError(error);
    }
}
