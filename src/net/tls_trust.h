#pragma once

#include "src/base/message.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <functional>

class QNetworkReply;

namespace vaultlink {

// Why a TLS connection was refused, told apart so each gets its own message.
enum class TlsFailure {
    None,
    Untrusted,
    PinMismatch,
    HostNameMismatch,
    Expired,
    NotYetValid,
    ProtocolTooOld, // the server offers only a TLS older than 1.2, which this client refuses
    NotTls,         // something answered, but not in TLS (a plain HTTP port, say)
    Other
};

// Whom a profile trusts: the system's certificate store, or the server key pinned when the
// profile was linked. A pin replaces only the chain-of-trust check (for private or self-signed
// certificates); host name and validity dates are checked either way, and a pin that does not
// match refuses even a certificate the system trusts.
class TrustPolicy {
public:
    static TrustPolicy systemStore();
    static TrustPolicy pinned(const QString &pin); // "sha256/<base64>"

    bool hasPin() const { return !m_pin.isEmpty(); }
    QSslConfiguration configuration() const; // TLS 1.2 or later, peer verification on

    struct Verdict {
        TlsFailure failure = TlsFailure::None;
        QList<QSslError> ignorable; // only when failure is None
        Message message;            // why it was refused (keys pin-mismatch, tls-…)
    };
    // Judges the errors a handshake reported (possibly none) for the presented leaf certificate.
    Verdict judge(const QList<QSslError> &errors, const QSslCertificate &leaf) const;

    // Applies the policy to a request in flight: ignores exactly the allowed errors and aborts
    // the reply otherwise; `onRefused` hears why.
    void attach(QNetworkReply *reply,
                const std::function<void(const Verdict &)> &onRefused = {}) const;

private:
    QString m_pin;
};

} // namespace vaultlink
