#include "src/net/server_address.h"

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {

struct Accepted {
    const char *input;
    const char *url;
};

void PrintTo(const Accepted &c, std::ostream *os) {
    *os << '"' << c.input << '"';
}

class AcceptedAddress : public ::testing::TestWithParam<Accepted> {};

TEST_P(AcceptedAddress, BecomesTheHttpsBaseUrl) {
    const ServerAddress address = ServerAddress::parse(QString::fromUtf8(GetParam().input));
    ASSERT_TRUE(address.url.has_value()) << address.error.debugText().toStdString();
    EXPECT_TRUE(address.error.isEmpty());
    EXPECT_EQ(address.url->toString(QUrl::FullyEncoded).toStdString(), GetParam().url);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AcceptedAddress,
    ::testing::Values(
        Accepted{"vault.example.com", "https://vault.example.com"},
        Accepted{"vault.example.com:8443", "https://vault.example.com:8443"},
        Accepted{"https://vault.example.com", "https://vault.example.com"},
        Accepted{"https://vault.example.com/", "https://vault.example.com"},
        Accepted{"https://vault.example.com:8443/", "https://vault.example.com:8443"},
        Accepted{"HTTPS://Vault.Example.COM", "https://vault.example.com"},
        Accepted{"https://vault.example.com/team/vault//", "https://vault.example.com/team/vault"},
        Accepted{"vault.example.com/team", "https://vault.example.com/team"},
        Accepted{"  vault.example.com:8443 \n", "https://vault.example.com:8443"},
        Accepted{"https://vault.example.com:443", "https://vault.example.com"},
        Accepted{"localhost", "https://localhost"},
        Accepted{"127.0.0.1:8443", "https://127.0.0.1:8443"}, Accepted{"[::1]", "https://[::1]"},
        Accepted{"[2001:db8::1]:8443", "https://[2001:db8::1]:8443"},
        Accepted{"https://[2001:db8::1]:8443/v", "https://[2001:db8::1]:8443/v"},
        Accepted{"bücher.example", "https://xn--bcher-kva.example"},
        Accepted{"my-vault.example.com:1", "https://my-vault.example.com:1"},
        Accepted{"my-vault.example.com:65535", "https://my-vault.example.com:65535"}));

struct Refused {
    const char *input;
    const char *reason; // a part of the message's key and arguments
};

void PrintTo(const Refused &c, std::ostream *os) {
    *os << '"' << c.input << '"';
}

class RefusedAddress : public ::testing::TestWithParam<Refused> {};

TEST_P(RefusedAddress, IsRefusedSayingWhy) {
    const ServerAddress address = ServerAddress::parse(QString::fromUtf8(GetParam().input));
    EXPECT_FALSE(address.url.has_value()) << address.url->toString().toStdString();
    const QString said = address.error.debugText();
    EXPECT_TRUE(said.contains(QString::fromUtf8(GetParam().reason))) << said.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusedAddress,
    ::testing::Values(
        Refused{"", "address-empty"}, Refused{"   ", "address-empty"},
        Refused{"http://vault.example.com", "address-plain-http"},
        Refused{"HTTP://vault.example.com:8080/x", "address-plain-http"},
        Refused{"http:vault.example.com", "address-plain-http"},
        Refused{"ftp://vault.example.com", "address-scheme(ftp)"},
        Refused{"wss://vault.example.com", "address-scheme(wss)"},
        Refused{"https:vault.example.com", "address-no-slashes"},
        Refused{"https://alice@vault.example.com", "address-user-info"},
        Refused{"https://alice:pw@vault.example.com", "address-user-info"},
        Refused{"vault.example.com?x=1", "address-query"},
        Refused{"https://vault.example.com/?x=1", "address-query"},
        Refused{"https://vault.example.com#top", "address-fragment"},
        Refused{"https://", "address-no-host"}, Refused{"https:///path", "address-no-host"},
        Refused{":8443", "address-no-host"}, Refused{"vault.example.com:", "address-port-invalid"},
        Refused{"vault.example.com:0", "address-port-invalid"},
        Refused{"vault.example.com:65536", "address-port-invalid"},
        Refused{"vault.example.com:84a3", "address-port-invalid"},
        Refused{"vault.example.com:-1", "address-port-invalid"},
        Refused{"[::1]:99999", "address-port-invalid"},
        Refused{"vault example.com", "address-host-invalid"},
        Refused{"vault..example.com", "address-host-invalid"},
        Refused{".example.com", "address-host-invalid"},
        Refused{"-vault.example.com", "address-host-invalid"},
        Refused{"vault_1.example.com", "address-host-invalid"},
        Refused{"vault<x>.example.com", "address-host-invalid"},
        Refused{"::1", "address-ipv6-brackets"},
        Refused{"2001:db8::1:8443", "address-ipv6-brackets"},
        Refused{"[::1", "address-ipv6-unclosed"}, Refused{"[not-ipv6]", "address-ipv6-invalid"},
        // A zone names an interface of this device; written out as a URL ("%25eth0") and read
        // again it named another one (found by tests/fuzz).
        Refused{"[fe80::1%eth0]", "address-ipv6-invalid"},
        Refused{"https://[fe80::1%25eth0]:8443", "address-ipv6-invalid"},
        Refused{"[::1]x", "address-after-ipv6"}));

// Qt reads "::1" out of "::1" followed by NULs, and the URL made of it had no host (found by
// tests/fuzz).
TEST(ServerAddress, AnIpv6AddressWithAnythingElseInTheBracketsIsRefused) {
    const QString text =
        QStringLiteral("https://[::1") + QString(3, QChar(0)) + QStringLiteral("]:8443");
    const ServerAddress address = ServerAddress::parse(text);
    EXPECT_FALSE(address.url.has_value()) << address.url->toString().toStdString();
    EXPECT_EQ(address.error.key(), QStringLiteral("address-ipv6-invalid"));
}

} // namespace
