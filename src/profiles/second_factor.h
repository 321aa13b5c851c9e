#pragma once

#include "src/api/api_types.h"
#include "src/base/message.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace vaultlink {

class ApiClient;

// What the user chose for a second-factor challenge. An empty method gives up: `why` says
// why (nothing: the code was not given).
struct MfaChoice {
    QString method; // one of the challenge's types
    QString code;   // totp, pin
    Message why;
};

// A security key's answer (WebAuthn's assertion), or why none came.
struct FidoAnswer {
    QByteArray credentialId;
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature;
    QByteArray userHandle;
    Message refusal; // set when there is no assertion: cancelled, no key, not registered
};

// The front end's part in the second-factor step (the app's page, the command line's options).
// Every call is made on the login's thread and may wait there for the user.
class SecondFactorUi {
public:
    virtual ~SecondFactorUi() = default;
    // Which method, and the code for a code method. `last` is the method this profile used last
    // (empty: none yet); `retry` why the previous answer was refused (empty the first time).
    virtual MfaChoice choose(const MfaChallenge &challenge, const QString &last,
                             const Message &retry) = 0;
    // A push or call is under way until `until`: show that it waits, with a way to cancel.
    virtual void waiting(const MfaMethod &method, const QDateTime &until) = 0;
    // Raised by the user's cancel while a push or call waits (read from another thread).
    virtual const std::atomic<bool> &cancelled() const = 0;
    // The security key's assertion for the method's request (fido).
    virtual FidoAnswer assertion(const MfaMethod &method) = 0;
    // The step is over, however it ended (what waiting() set up may go).
    virtual void finished() {}
};

// The second-factor step for the front ends that only take a code (a TOTP code or a PIN):
// the first code method of the challenge, answered with what `code` gives for it.
using OtpPrompt = std::function<QString(const MfaChallenge &)>;

// Answers the challenge as the user chooses (docs/api.md §7.4), asking again after a wrong code,
// a denial, an approval that expired or was cancelled, or a security key that was refused, while
// the server allows; a push or call is waited for with long polls of the server, which the user's
// cancel ends within a tenth of a second. `used` is set to the method that succeeded.
// Throws Failure (mfa-unsupported: no method this client knows; mfa-code-missing; mfa-denied,
// mfa-approval-expired, mfa-cancelled when the user gives up after one) or ApiError.
TokenGrant answerSecondFactor(ApiClient &api, const MfaChallenge &challenge, SecondFactorUi &ui,
                              const QString &last, QString &used);

// The code-only front end as a SecondFactorUi: it never waits and has no security key.
class CodeOnlyUi final : public SecondFactorUi {
public:
    explicit CodeOnlyUi(OtpPrompt code)
        : m_code(std::move(code)) {}
    MfaChoice choose(const MfaChallenge &challenge, const QString &last,
                     const Message &retry) override;
    void waiting(const MfaMethod &, const QDateTime &) override {}
    const std::atomic<bool> &cancelled() const override { return m_never; }
    FidoAnswer assertion(const MfaMethod &method) override;

private:
    OtpPrompt m_code;
    std::atomic<bool> m_never{false};
    bool m_asked = false;
};

} // namespace vaultlink
