// What the app would publish to iOS's credential identity store, and the addresses the
// credential provider extension looks up for iOS's service identifiers (plain C++ of the
// extension, compiled here; the Objective-C around it is not).
#include "platform/ios/credential_identities.h"

#include <gtest/gtest.h>

namespace vaultlink::platform::ios {
namespace {

TEST(IosCredentialIdentities, OnePerRecordWithAWebAddressAndAUserName) {
    const QList<IdentitySource> records = {
        {1, QStringLiteral("ada"), QStringLiteral("https://login.bank.example/signin"), false},
        {2, QStringLiteral("bob"), QStringLiteral("shop.example"), false}, // no scheme: https
        {3, QStringLiteral("cy"), QStringLiteral("androidapp://com.bank.app"), false},
        {4, QString(), QStringLiteral("https://nouser.example/"), false},
        {5, QStringLiteral("dee"), QStringLiteral("https://never.example/"), true},
        {6, QStringLiteral("eve"), QStringLiteral("javascript:alert(1)"), false},
        {1, QStringLiteral("ada"), QStringLiteral("https://login.bank.example/"), false},
        {7, QStringLiteral("fay"), QStringLiteral("http://192.168.1.1:8080/"), false},
    };
    const QList<CredentialIdentity> expected = {
        {QStringLiteral("login.bank.example"), QStringLiteral("ada"), QStringLiteral("1")},
        {QStringLiteral("shop.example"), QStringLiteral("bob"), QStringLiteral("2")},
        {QStringLiteral("192.168.1.1"), QStringLiteral("fay"), QStringLiteral("7")},
    };
    EXPECT_EQ(credentialIdentities(records), expected);
}

TEST(IosCredentialIdentities, ServiceIdentifiersBecomeTheAddressesLookedUp) {
    EXPECT_EQ(serviceAddress(QStringLiteral("bank.example"), false),
              QStringLiteral("https://bank.example"));
    EXPECT_EQ(serviceAddress(QStringLiteral("http://shop.example/login"), true),
              QStringLiteral("http://shop.example/login"));
    EXPECT_EQ(serviceAddress(QStringLiteral("javascript:alert(1)"), true), QString());
    EXPECT_EQ(serviceAddress(QString(), false), QString());
}

} // namespace
} // namespace vaultlink::platform::ios
