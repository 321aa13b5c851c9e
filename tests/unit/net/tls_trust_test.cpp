#include "src/net/tls_trust.h"
#include "tests/unit/support/test_certificate.h"

#include <QSslCertificate>

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {
QSslCertificate certificate() {
    return QSslCertificate(QByteArray(vaultlink::testing::kCertificate), QSsl::Pem);
}

QSslError error(QSslError::SslError kind) {
    return QSslError(kind, certificate());
}
} // namespace

TEST(TrustPolicy, AMatchingPinStandsInForTheChainOnly) {
    const TrustPolicy policy = TrustPolicy::pinned(QLatin1String(vaultlink::testing::kPin));
    const auto verdict = policy.judge({error(QSslError::SelfSignedCertificate)}, certificate());
    EXPECT_EQ(verdict.failure, TlsFailure::None);
    ASSERT_EQ(verdict.ignorable.size(), 1);
    EXPECT_EQ(verdict.ignorable.first().error(), QSslError::SelfSignedCertificate);
}

struct Case {
    const char *name;
    QSslError::SslError error;
    TlsFailure expected;
};

void PrintTo(const Case &c, std::ostream *os) {
    *os << c.name;
}

class PinnedButStillChecked : public ::testing::TestWithParam<Case> {};

TEST_P(PinnedButStillChecked, RefusesWhatAPinCannotExcuse) {
    const TrustPolicy policy = TrustPolicy::pinned(QLatin1String(vaultlink::testing::kPin));
    const auto verdict = policy.judge(
        {error(QSslError::SelfSignedCertificate), error(GetParam().error)}, certificate());
    EXPECT_EQ(verdict.failure, GetParam().expected);
    EXPECT_TRUE(verdict.ignorable.isEmpty());
    EXPECT_FALSE(verdict.message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, PinnedButStillChecked,
    ::testing::Values(Case{"host", QSslError::HostNameMismatch, TlsFailure::HostNameMismatch},
                      Case{"expired", QSslError::CertificateExpired, TlsFailure::Expired},
                      Case{"future", QSslError::CertificateNotYetValid, TlsFailure::NotYetValid},
                      Case{"revoked", QSslError::CertificateRevoked, TlsFailure::Other},
                      Case{"signature", QSslError::CertificateSignatureFailed, TlsFailure::Other}),
    [](const ::testing::TestParamInfo<Case> &param) { return std::string(param.param.name); });

TEST(TrustPolicy, AWrongPinRefusesEvenATrustedCertificate) {
    const TrustPolicy policy =
        TrustPolicy::pinned(QStringLiteral("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    EXPECT_EQ(policy.judge({}, certificate()).failure, TlsFailure::PinMismatch);
    EXPECT_EQ(policy.judge({error(QSslError::SelfSignedCertificate)}, certificate()).failure,
              TlsFailure::PinMismatch);
}

TEST(TrustPolicy, WithoutAPinAnUntrustedChainIsRefused) {
    const TrustPolicy policy = TrustPolicy::systemStore();
    EXPECT_EQ(policy.judge({}, certificate()).failure, TlsFailure::None);
    EXPECT_EQ(policy.judge({error(QSslError::SelfSignedCertificate)}, certificate()).failure,
              TlsFailure::Untrusted);
}

TEST(TrustPolicy, ConfigurationVerifiesAndNeedsTls12) {
    const QSslConfiguration config = TrustPolicy::systemStore().configuration();
    EXPECT_EQ(config.peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_EQ(config.protocol(), QSsl::TlsV1_2OrLater);
}
