#pragma once

#include "src/base/message.h"

#include <QString>

#include <exception>
#include <stdexcept>

namespace vaultlink {

// Every way an action can fail, sorted by what the user can do about it. Front ends branch on
// the kind (the command line turns it into its exit code) and on the code, and turn the message
// into words of their own (src/cli/messages, src/ui/messages): the core builds no sentence.
class Failure : public std::runtime_error {
public:
    enum class Kind {
        Usage,          // the request names nothing that exists, or contradicts itself
        Authentication, // a password, a second factor or a session was refused
        Network,        // no answer: DNS, refused, unreachable, timeout, TLS
        Policy,         // the administrator's limits: device revoked, sync switched off, …
        LocalData,      // this device's files: damaged, tampered, unwritable
        LinkCode,       // a QR code or link token that cannot be used
        Server,         // the server failed or answered outside the contract
        NotAllowed,     // the user's rights, as the server gave them, do not allow it
    };
    Failure(Kind kind, QString code, Message message, QString logDetail = {});
    // The common case: the code is the message's key.
    Failure(Kind kind, QLatin1StringView key, const QStringList &args = {});

    Kind kind() const { return m_kind; }
    // A stable name of the cause ("bad-credentials", "pin-mismatch", "address", …), for scripts
    // and branching; several messages may share one (every address problem is "address").
    const QString &code() const { return m_code; }
    const Message &message() const { return m_message; }
    // For a log, never for the user's eyes: what a library said about the cause in its own words
    // (OpenSSL's reason for a failed handshake); empty for most failures.
    const QString &logDetail() const { return m_logDetail; }

private:
    Kind m_kind;
    QString m_code;
    Message m_message;
    QString m_logDetail;
};

// What any exception the core throws means for the user.
Failure explain(const std::exception &error);

} // namespace vaultlink
