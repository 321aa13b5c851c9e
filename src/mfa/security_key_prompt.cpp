#include "src/mfa/security_key_prompt.h"

#include "src/base/message_catalog.h"

#include <QEventLoop>
#include <QTimer>

namespace vaultlink {

platform::SecurityKeyRequest securityKeyRequest(const MfaMethod &method) {
    platform::SecurityKeyRequest request;
    request.rpId = method.rpId;
    request.challenge = method.fidoChallenge;
    request.allowCredentials = method.allowCredentials;
    request.userVerification = method.userVerification == QLatin1String("required");
    request.origin = QStringLiteral("https://") + method.rpId;
    request.timeoutMs = method.timeoutSeconds * 1000;
    return request;
}

Message securityKeyRefusal(platform::SecurityKeyError error) {
    using E = platform::SecurityKeyError;
    switch (error) {
    case E::Cancelled:
        return Message(msg::SecurityKeyCancelled);
    case E::NoDevice:
        return Message(msg::SecurityKeyNone);
    case E::NotRegistered:
        return Message(msg::SecurityKeyNotRegistered);
    case E::TimedOut:
        return Message(msg::SecurityKeyTimedOut);
    case E::NotAllowed:
    case E::Other:
        break;
    }
    return Message(msg::SecurityKeyFailed);
}

FidoAnswer askSecurityKey(platform::SecurityKey &key, const MfaMethod &method,
                          const std::atomic<bool> &cancel) {
    QEventLoop loop;
    std::optional<platform::SecurityKey::Reply> reply;
    const platform::SecurityKey::Token token =
        key.getAssertion(securityKeyRequest(method), [&](platform::SecurityKey::Reply answer) {
            reply = std::move(answer);
            loop.quit();
        });
    // The user's cancel comes from another thread; looked at ten times a second.
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (cancel.load())
            key.cancel(token);
    });
    watch.start(100);
    if (!reply)
        loop.exec();
    FidoAnswer answer;
    if (reply->error) {
        answer.refusal = securityKeyRefusal(*reply->error);
        return answer;
    }
    answer.credentialId = reply->assertion.credentialId;
    answer.clientDataJson = reply->assertion.clientDataJson;
    answer.authenticatorData = reply->assertion.authenticatorData;
    answer.signature = reply->assertion.signature;
    answer.userHandle = reply->assertion.userHandle;
    return answer;
}

} // namespace vaultlink
