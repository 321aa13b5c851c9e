#pragma once

#include <QString>

#include <exception>
#include <stdexcept>

namespace vaultlink {

// Every way an action can fail, sorted by what the user can do about it. Front ends branch on
// the kind (the command line turns it into its exit code) and show the message.
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
    };
    Failure(Kind kind, QString code, const QString &message);

    Kind kind() const { return m_kind; }
    // A stable name of the cause ("bad-credentials", "pin-mismatch", "wrong-password", …).
    const QString &code() const { return m_code; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
    QString m_code;
};

// What any exception the core throws means for the user.
Failure explain(const std::exception &error);

} // namespace vaultlink
