// FakeWebApp's device-key login (docs/api.md §7.16–7.19): one key for the one user and device,
// challenges that work once, signatures verified as the real server does, and what the key
// stands in for as `deviceLogin` says.
#include "src/api/api_client.h"
#include "src/crypto/ec_signing.h"
#include "tests/unit/support/fake_web_app.h"
#include "tests/unit/support/http_doubles.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink::testing {

namespace {
QJsonObject body(const HttpRequest &request) {
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

std::optional<HttpResponse> FakeWebApp::deviceLogins(const HttpRequest &request) {
    const QString path = request.url.path();
    const bool challenge = path == QLatin1String("/api/v1/auth/device-challenge");
    if (!challenge && path != QLatin1String("/api/v1/auth/device-login"))
        return std::nullopt;
    const QJsonObject in = body(request);
    if (deviceLogin == QLatin1String("none"))
        return problemAnswer(403, QStringLiteral("device-login-disabled"));
    if (challenge) {
        ++deviceChallenges;
        if (deviceKey.isEmpty())
            return problemAnswer(401, QStringLiteral("device-key-unknown"));
        const QString issued = QStringLiteral("challenge-%1").arg(deviceChallenges);
        m_challenges.insert(issued, {in.value(QStringLiteral("username")).toString(),
                                     in.value(QStringLiteral("deviceId")).toString(), false});
        return jsonAnswer(
            200, {{QStringLiteral("challenge"), issued},
                  {QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z")},
                  {QStringLiteral("replaces"), deviceLogin}});
    }
    ++deviceLoginAttempts;
    const QString issued = in.value(QStringLiteral("challenge")).toString();
    if (!m_challenges.contains(issued))
        return problemAnswer(401, QStringLiteral("device-challenge-unknown"));
    Challenge &asked = m_challenges[issued];
    if (asked.used)
        return problemAnswer(401, QStringLiteral("device-challenge-used"));
    asked.used = true;
    const QString device =
        in.value(QStringLiteral("device")).toObject().value(QStringLiteral("id")).toString();
    const QByteArray signature =
        QByteArray::fromBase64(in.value(QStringLiteral("signature")).toString().toLatin1());
    if (device != asked.deviceId ||
        !verifyP256(deviceKey, deviceLoginMessage(issued, 1, asked.user, device), signature))
        return problemAnswer(401, QStringLiteral("device-signature-invalid"));
    if (deviceLogin == QLatin1String("second-factor")) {
        const QJsonValue given = in.value(QStringLiteral("password"));
        if (!given.isString())
            return problemAnswer(400, QStringLiteral("invalid-request"),
                                 {{QStringLiteral("field"), QStringLiteral("password")}});
        if (given.toString() != password)
            return problemAnswer(401, QStringLiteral("bad-credentials"));
    }
    if (deviceLogin == QLatin1String("password") && (totp || !mfaMethods.isEmpty()))
        return mfaRequired();
    ++logins;
    const int session = static_cast<int>(m_sessions.size()) + 1;
    m_sessions.insert(session, {});
    return grant(session);
}

std::optional<HttpResponse> FakeWebApp::deviceKeyRoute(const HttpRequest &request) {
    if (request.url.path() != QLatin1String("/api/v1/device/key"))
        return std::nullopt;
    if (request.method == "PUT")
        deviceKey = QByteArray::fromBase64(
            body(request).value(QStringLiteral("publicKey")).toString().toLatin1());
    else
        deviceKey.clear();
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace vaultlink::testing
