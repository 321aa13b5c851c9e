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
    ASSERT_TRUE(address.url.has_value()) << address.error.toStdString();
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
    const char *reason; // a part of the message
};

void PrintTo(const Refused &c, std::ostream *os) {
    *os << '"' << c.input << '"';
}

class RefusedAddress : public ::testing::TestWithParam<Refused> {};

TEST_P(RefusedAddress, IsRefusedSayingWhy) {
    const ServerAddress address = ServerAddress::parse(QString::fromUtf8(GetParam().input));
    EXPECT_FALSE(address.url.has_value()) << address.url->toString().toStdString();
    EXPECT_TRUE(address.error.contains(QString::fromUtf8(GetParam().reason), Qt::CaseInsensitive))
        << "message: " << address.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusedAddress,
    ::testing::Values(
        Refused{"", "enter the server's address"}, Refused{"   ", "enter the server's address"},
        Refused{"http://vault.example.com", "plain HTTP is refused"},
        Refused{"HTTP://vault.example.com:8080/x", "plain HTTP is refused"},
        Refused{"http:vault.example.com", "plain HTTP is refused"},
        Refused{"ftp://vault.example.com", "https://"},
        Refused{"wss://vault.example.com", "https://"},
        Refused{"https:vault.example.com", "malformed"},
        Refused{"https://alice@vault.example.com", "user name"},
        Refused{"https://alice:pw@vault.example.com", "user name"},
        Refused{"vault.example.com?x=1", "query"},
        Refused{"https://vault.example.com/?x=1", "query"},
        Refused{"https://vault.example.com#top", "fragment"}, Refused{"https://", "no server name"},
        Refused{"https:///path", "no server name"}, Refused{":8443", "no server name"},
        Refused{"vault.example.com:", "port"}, Refused{"vault.example.com:0", "port"},
        Refused{"vault.example.com:65536", "port"}, Refused{"vault.example.com:84a3", "port"},
        Refused{"vault.example.com:-1", "port"}, Refused{"[::1]:99999", "port"},
        Refused{"vault example.com", "not a valid server name"},
        Refused{"vault..example.com", "not a valid server name"},
        Refused{".example.com", "not a valid server name"},
        Refused{"-vault.example.com", "not a valid server name"},
        Refused{"vault_1.example.com", "not a valid server name"},
        Refused{"vault<x>.example.com", "not a valid server name"}, Refused{"::1", "brackets"},
        Refused{"2001:db8::1:8443", "brackets"}, Refused{"[::1", "closing bracket"},
        Refused{"[not-ipv6]", "not a valid IPv6 address"},
        Refused{"[::1]x", "after the IPv6 address"}));

} // namespace
