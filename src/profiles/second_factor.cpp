#include "src/profiles/second_factor.h"

#include "src/api/api_client.h"
#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"

#include <QJsonObject>

#include <algorithm>

namespace vaultlink {

namespace {
// The longest one poll asks the server to hold its answer: under the transport's 30 s limit
// and the server's 25 s (docs/api.md §7.4).
constexpr std::chrono::seconds kPollSeconds{20};

QString base64url(const QByteArray &bytes) {
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// What the user is told after the server refused an answer it may be given again.
Message retryMessage(const ApiError &error) {
    const QString reason = error.problem().value(QLatin1String("reason")).toString();
    if (reason == QLatin1String("denied"))
        return Message(msg::MfaDenied);
    if (reason == QLatin1String("expired"))
        return Message(msg::MfaApprovalExpired);
    if (reason == QLatin1String("cancelled"))
        return Message(msg::MfaCancelled);
    if (reason == QLatin1String("unknown-credential"))
        return Message(msg::MfaKeyUnknown);
    if (!reason.isEmpty() && reason != QLatin1String("wrong-answer"))
        return Message(msg::MfaKeyRefused, {reason.left(40)});
    return error.message(); // mfa-failed, with the tries left
}

const MfaMethod *methodNamed(const MfaChallenge &challenge, const QString &type) {
    const auto it = std::find_if(challenge.methods.begin(), challenge.methods.end(),
                                 [&](const MfaMethod &m) { return m.type == type; });
    return it == challenge.methods.end() ? nullptr : &*it;
}

// A push or call: start it, then wait for it in long polls until it is decided. The user's
// cancel ends the poll in flight, then withdraws the approval so that it can no longer be
// approved; the server's answer to that (mfa-failed, cancelled) is thrown like any other.
TokenGrant awaitApproval(ApiClient &api, const QString &transaction, const MfaMethod &method,
                         SecondFactorUi &ui) {
    MfaOutcome outcome = api.answerMfa(transaction, method.type, {});
    while (!outcome.grant) {
        const MfaApproval approval = *outcome.pending;
        ui.waiting(method, approval.expiresAt);
        const QJsonObject about{{QStringLiteral("approval"), approval.id}};
        if (!ui.cancelled().load()) {
            try {
                outcome =
                    api.answerMfa(transaction, method.type, about, kPollSeconds, &ui.cancelled());
                continue;
            } catch (const ApiError &error) {
                if (error.kind() != ApiError::Kind::Network || !ui.cancelled().load())
                    throw;
            }
        }
        QJsonObject cancel = about;
        cancel.insert(QStringLiteral("cancel"), true);
        outcome = api.answerMfa(transaction, method.type, cancel);
    }
    return *outcome.grant;
}

TokenGrant answerOnce(ApiClient &api, const MfaChallenge &challenge, const MfaMethod &method,
                      const MfaChoice &choice, SecondFactorUi &ui, Message &refusal) {
    if (method.takesCode()) {
        const QString member =
            method.type == QLatin1String("pin") ? QStringLiteral("pin") : QStringLiteral("code");
        return *api.answerMfa(challenge.transaction, method.type, {{member, choice.code}}).grant;
    }
    if (method.takesApproval())
        return awaitApproval(api, challenge.transaction, method, ui);
    const FidoAnswer key = ui.assertion(method);
    if (!key.refusal.isEmpty() || key.signature.isEmpty()) {
        refusal = key.refusal.isEmpty() ? Message(msg::SecurityKeyFailed) : key.refusal;
        return {};
    }
    QJsonObject response{{QStringLiteral("credentialId"), base64url(key.credentialId)},
                         {QStringLiteral("clientDataJSON"), base64url(key.clientDataJson)},
                         {QStringLiteral("authenticatorData"), base64url(key.authenticatorData)},
                         {QStringLiteral("signature"), base64url(key.signature)}};
    if (!key.userHandle.isEmpty())
        response.insert(QStringLiteral("userHandle"), base64url(key.userHandle));
    const MfaOutcome outcome = api.answerMfa(challenge.transaction, method.type, response);
    if (!outcome.grant)
        throw ApiError::badAnswer(QStringLiteral("a security key's answer came back pending"));
    return *outcome.grant;
}
} // namespace

TokenGrant answerSecondFactor(ApiClient &api, const MfaChallenge &challenge, SecondFactorUi &ui,
                              const QString &last, QString &used) {
    if (challenge.methods.isEmpty())
        throw Failure(Failure::Kind::Authentication, msg::MfaUnsupported);
    struct Finish {
        SecondFactorUi &ui;
        ~Finish() { ui.finished(); }
    } finish{ui};
    Message retry;
    for (;;) {
        const MfaChoice choice = ui.choose(challenge, last, retry);
        const MfaMethod *method = methodNamed(challenge, choice.method);
        if (!method) {
            const Message why = !choice.why.isEmpty() ? choice.why
                                : !retry.isEmpty()    ? retry
                                                      : Message(msg::MfaCodeMissing);
            throw Failure(Failure::Kind::Authentication,
                          why.key() == QLatin1String(msg::MfaCodeMissing)
                              ? QStringLiteral("mfa-required")
                              : why.key(),
                          why);
        }
        try {
            Message refusal;
            TokenGrant grant = answerOnce(api, challenge, *method, choice, ui, refusal);
            if (!refusal.isEmpty()) {
                retry = refusal; // the key said no: the user may try again or choose another way
                continue;
            }
            used = method->type;
            return grant;
        } catch (const ApiError &error) {
            if (error.code() != QLatin1String("mfa-failed") || error.attemptsLeft() == 0)
                throw;
            retry = retryMessage(error);
        }
    }
}

MfaChoice CodeOnlyUi::choose(const MfaChallenge &challenge, const QString &, const Message &) {
    // One code, one try: a second prompt would ask a script for what it has already given.
    if (m_asked)
        return {};
    m_asked = true;
    const auto code = std::find_if(challenge.methods.begin(), challenge.methods.end(),
                                   [](const MfaMethod &m) { return m.takesCode(); });
    if (code == challenge.methods.end())
        return {{}, {}, Message(msg::MfaUnsupported)};
    const QString answer = m_code ? m_code(challenge) : QString();
    if (answer.isEmpty())
        return {};
    return {code->type, answer, {}};
}

FidoAnswer CodeOnlyUi::assertion(const MfaMethod &) {
    FidoAnswer none;
    none.refusal = Message(msg::SecurityKeyNone);
    return none;
}

} // namespace vaultlink
