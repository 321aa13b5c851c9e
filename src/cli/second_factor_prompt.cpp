#include "src/cli/second_factor_prompt.h"

#include "platform/security_key.h"
#include "src/base/message_catalog.h"
#include "src/cli/commands.h"
#include "src/cli/messages.h"
#include "src/mfa/security_key_prompt.h"
#include "src/profiles/failure.h"

#include <algorithm>
#include <csignal>

namespace vaultlink::cli {

namespace {
std::atomic<bool> interrupted{false};

extern "C" void onWaitInterrupted(int) {
    interrupted = true;
}

QString offered(const MfaChallenge &challenge) {
    QStringList types;
    for (const MfaMethod &m : challenge.methods)
        types << (m.type == QLatin1String("phone-call") ? QStringLiteral("phone") : m.type);
    return types.join(QStringLiteral(", "));
}

bool offers(const MfaChallenge &challenge, const QString &type) {
    return std::any_of(challenge.methods.begin(), challenge.methods.end(),
                       [&](const MfaMethod &m) { return m.type == type; });
}
} // namespace

CliSecondFactor::CliSecondFactor(Context &context)
    : m_context(context) {}

CliSecondFactor::~CliSecondFactor() {
    finished();
}

void CliSecondFactor::finished() {
    if (!std::exchange(m_catching, false))
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

MfaChoice CliSecondFactor::choose(const MfaChallenge &challenge, const QString &last,
                                  const Message &) {
    // One try: a command in a script must not loop on a code it cannot change.
    if (std::exchange(m_asked, true))
        return {};
    const CliArgs &args = m_context.args;
    QString method = args.mfa;
    if (method.isEmpty()) {
        // A code given on the command line is for the first method that takes one.
        const auto code = std::find_if(challenge.methods.begin(), challenge.methods.end(),
                                       [](const MfaMethod &m) { return m.takesCode(); });
        if (!args.otp.isEmpty() && code != challenge.methods.end())
            method = code->type;
        else if (offers(challenge, last))
            method = last;
        else
            method = challenge.methods.first().type;
    }
    if (!offers(challenge, method))
        throw Failure(
            Failure::Kind::Usage, QStringLiteral("mfa-method-not-offered"),
            Message(msg::MfaMethodNotOffered,
                    {method == QLatin1String("phone-call") ? QStringLiteral("phone") : method,
                     offered(challenge)}));
    const MfaMethod &chosen = *std::find_if(challenge.methods.begin(), challenge.methods.end(),
                                            [&](const MfaMethod &m) { return m.type == method; });
    if (!chosen.takesCode())
        return {method, {}, {}};
    QString code = args.otp;
    if (code.isEmpty())
        code = m_context.input.code(method == QLatin1String("pin")
                                        ? QStringLiteral("PIN")
                                        : QStringLiteral("Authenticator code"));
    if (code.isEmpty())
        return {};
    return {method, code, {}};
}

void CliSecondFactor::waiting(const MfaMethod &method, const QDateTime &until) {
    if (!m_catching) {
        // A signal handler may only set a flag; the core looks at it ten times a second.
        interrupted = false;
        std::signal(SIGINT, onWaitInterrupted);
        std::signal(SIGTERM, onWaitInterrupted);
        m_catching = true;
    }
    if (std::exchange(m_told, true))
        return;
    const QString deadline = until.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (method.type == QLatin1String("phone-call"))
        m_context.out.note(QStringLiteral("Your phone %1 rings: answer it and press 1 to approve "
                                          "the sign-in. Waiting until %2 (Ctrl-C cancels)…")
                               .arg(method.phone, deadline));
    else
        m_context.out.note(QStringLiteral("Approve the sign-in on %1. Waiting until %2 (Ctrl-C "
                                          "cancels)…")
                               .arg(method.approver.isEmpty() ? QStringLiteral("your other device")
                                                              : method.approver,
                                    deadline));
}

const std::atomic<bool> &CliSecondFactor::cancelled() const {
    return interrupted;
}

FidoAnswer CliSecondFactor::assertion(const MfaMethod &method) {
    if (!m_key)
        m_key = platform::makeSecurityKey();
    if (m_key->kind() == platform::SecurityKey::Kind::StandIn)
        m_context.out.note(QStringLiteral("Asking the STAND-IN security key (a key file, not a "
                                          "device) for %1…")
                               .arg(method.rpId));
    else
        m_context.out.note(
            QStringLiteral("Touch your security key to sign in to %1…").arg(method.rpId));
    return askSecurityKey(*m_key, method, interrupted);
}

} // namespace vaultlink::cli
