#include "src/net/tls_trust.h"

#include "src/base/message_catalog.h"
#include "src/crypto/spki_pin.h"

#include <QNetworkReply>

#include <memory>

namespace vaultlink {

namespace {
// Errors that only say "no trusted chain": the one thing a matching pin may stand in for.
bool isChainTrustError(QSslError::SslError error) {
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

TrustPolicy::Verdict refuse(TlsFailure failure, QLatin1StringView key,
                            const QStringList &args = {}) {
    return {failure, {}, Message(key, args)};
}
} // namespace

TrustPolicy TrustPolicy::systemStore() {
    return {};
}

TrustPolicy TrustPolicy::pinned(const QString &pin) {
    TrustPolicy policy;
    policy.m_pin = pin;
    return policy;
}

QSslConfiguration TrustPolicy::configuration() const {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

TrustPolicy::Verdict TrustPolicy::judge(const QList<QSslError> &errors,
                                        const QSslCertificate &leaf) const {
    const bool pinMatches = hasPin() && !leaf.isNull() && spkiPin(leaf) == m_pin;
    if (hasPin() && !pinMatches)
        return refuse(TlsFailure::PinMismatch, msg::TlsPinMismatch);
    Verdict verdict;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return refuse(TlsFailure::HostNameMismatch, msg::TlsHostName, {error.errorString()});
        case QSslError::CertificateExpired:
            return refuse(TlsFailure::Expired, msg::TlsExpired);
        case QSslError::CertificateNotYetValid:
            return refuse(TlsFailure::NotYetValid, msg::TlsNotYetValid);
        default:
            if (isChainTrustError(error.error()) && pinMatches) {
                verdict.ignorable.append(error);
                break;
            }
            if (isChainTrustError(error.error()))
                return refuse(TlsFailure::Untrusted, msg::TlsUntrusted, {error.errorString()});
            return refuse(TlsFailure::Other, msg::TlsRefused, {error.errorString()});
        }
    }
    return verdict;
}

void TrustPolicy::attach(QNetworkReply *reply,
                         const std::function<void(const Verdict &)> &onRefused) const {
    const TrustPolicy policy = *this;
    // sslErrors comes only when the chain check failed; encrypted comes in every case, so the
    // pin is also checked for certificates the system trusts.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, policy, onRefused](const QList<QSslError> &errors) {
                         const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
                         const Verdict verdict = policy.judge(errors, leaf);
                         if (verdict.failure == TlsFailure::None) {
                             reply->ignoreSslErrors(verdict.ignorable);
                             return;
                         }
                         // Not ignoring the errors makes Qt fail the handshake itself, which
                         // also releases the connection's TLS state.
                         if (onRefused)
                             onRefused(verdict);
                     });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, policy, onRefused] {
        const Verdict verdict = policy.judge({}, reply->sslConfiguration().peerCertificate());
        if (verdict.failure == TlsFailure::None)
            return;
        if (onRefused)
            onRefused(verdict);
        reply->abort();
    });
}

} // namespace vaultlink
