// The fake server's second factors (docs/api.md §7.3, §7.4), as scripted by its knobs.
#include "tests/unit/support/fake_web_app.h"
#include "tests/unit/support/http_doubles.h"

#include <QJsonArray>
#include <QThread>

namespace vaultlink::testing {

namespace {
QJsonObject entry(const QString &type) {
    QJsonObject m{{QStringLiteral("type"), type}};
    if (type == QLatin1String("totp"))
        m.insert(QStringLiteral("digits"), 6);
    else if (type == QLatin1String("pin"))
        m.insert(QStringLiteral("minLength"), 4);
    else if (type == QLatin1String("push"))
        m.insert(QStringLiteral("approver"), QStringLiteral("the test's Account page"));
    else if (type == QLatin1String("phone-call"))
        m.insert(QStringLiteral("phone"), QStringLiteral("••• 23"));
    else if (type == QLatin1String("fido"))
        m = QJsonObject{
            {QStringLiteral("type"), type},
            {QStringLiteral("challenge"), QStringLiteral("Y2hhbGxlbmdl")},
            {QStringLiteral("rpId"), QStringLiteral("localhost")},
            {QStringLiteral("allowCredentials"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")},
                                    {QStringLiteral("id"), QStringLiteral("a2V5LTE")}}}}};
    return m;
}

HttpResponse failed(const QString &reason, int left) {
    return problemAnswer(
        401, QStringLiteral("mfa-failed"),
        {{QStringLiteral("attemptsLeft"), left}, {QStringLiteral("reason"), reason}});
}

QJsonObject challengeOf(const QStringList &types) {
    QJsonArray methods;
    for (const QString &type : types)
        methods.append(entry(type));
    return {{QStringLiteral("transaction"), QStringLiteral("tx-1")},
            {QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z")},
            {QStringLiteral("methods"), methods}};
}
} // namespace

HttpResponse FakeWebApp::mfaRequired() const {
    return problemAnswer(
        401, QStringLiteral("mfa-required"),
        challengeOf(mfaMethods.isEmpty() ? QStringList{QStringLiteral("totp")} : mfaMethods));
}

HttpResponse FakeWebApp::answerMfa(const QJsonObject &in) {
    mfaAnswers.append(in);
    const QString method = in.value(QStringLiteral("method")).toString();
    const QJsonObject response = in.value(QStringLiteral("response")).toObject();
    const auto granted = [this] {
        const int session = static_cast<int>(m_sessions.size()) + 1;
        m_sessions.insert(session, {});
        return grant(session);
    };
    if (method == QLatin1String("totp") || method == QLatin1String("pin")) {
        const QString answer = response
                                   .value(method == QLatin1String("pin") ? QStringLiteral("pin")
                                                                         : QStringLiteral("code"))
                                   .toString();
        if (answer == QLatin1String(method == QLatin1String("pin") ? "2468" : "123456"))
            return granted();
        return failed(QStringLiteral("wrong-answer"), mfaAttemptsLeft);
    }
    if (method == QLatin1String("fido")) {
        if (response.value(QStringLiteral("credentialId")).toString() == QLatin1String("a2V5LTE"))
            return granted();
        return failed(QStringLiteral("unknown-credential"), mfaAttemptsLeft);
    }
    // push, phone-call
    if (response.value(QStringLiteral("cancel")).toBool())
        return failed(QStringLiteral("cancelled"), mfaAttemptsLeft);
    if (response.contains(QStringLiteral("approval"))) {
        if (approval == QLatin1String("approve"))
            return granted();
        if (approval == QLatin1String("deny"))
            return failed(QStringLiteral("denied"), mfaAttemptsLeft);
        if (approval == QLatin1String("expire"))
            return failed(QStringLiteral("expired"), mfaAttemptsLeft);
        QThread::msleep(20); // "wait": a long poll's end without news, shortened
    }
    QJsonObject pending =
        challengeOf(mfaMethods.isEmpty() ? QStringList{QStringLiteral("totp")} : mfaMethods);
    pending.insert(
        QStringLiteral("approval"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("state"), QStringLiteral("pending")},
                    {QStringLiteral("expiresAt"), QStringLiteral("2099-01-01T00:01:00.000Z")}});
    return problemAnswer(401, QStringLiteral("mfa-required"), pending);
}

} // namespace vaultlink::testing
