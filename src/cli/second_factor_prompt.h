#pragma once

#include "src/profiles/second_factor.h"

#include <memory>

namespace vaultlink::platform {
class SecurityKey;
}

namespace vaultlink::cli {

struct Context;

// The command line's second-factor step: --mfa chooses the method (else the one used last, else
// the server's first), --otp gives the code or PIN (else the terminal asks), a push or call is
// waited for with a line saying until when (Ctrl-C cancels it), and a security key is asked
// through the platform (on this computer libfido2, or the stand-in VAULTLINK_SECURITY_KEY_STAND_IN
// names). One try: a refused answer ends the command with the reason.
class CliSecondFactor final : public SecondFactorUi {
public:
    explicit CliSecondFactor(Context &context);
    ~CliSecondFactor() override;

    MfaChoice choose(const MfaChallenge &challenge, const QString &last,
                     const Message &retry) override;
    void waiting(const MfaMethod &method, const QDateTime &until) override;
    const std::atomic<bool> &cancelled() const override;
    FidoAnswer assertion(const MfaMethod &method) override;
    // Ctrl-C ends the command again (the first sync may follow).
    void finished() override;

private:
    Context &m_context;
    bool m_asked = false;
    bool m_told = false;
    bool m_catching = false; // Ctrl-C is ours while a push or call waits
    std::unique_ptr<platform::SecurityKey> m_key;
};

} // namespace vaultlink::cli
