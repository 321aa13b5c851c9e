#include "src/api/api_error.h"
#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/profiles/refusal_kinds.h"
#include "src/storage/encrypted_db.h"
#include "src/storage/profile_registry.h"
#include "src/sync/syncer.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace vaultlink {
namespace {

Failure refused(const QString &code, const QJsonObject &extra = {}) {
    QJsonObject problem = extra;
    problem.insert(QStringLiteral("code"), code);
    problem.insert(QStringLiteral("title"), QStringLiteral("English title"));
    return explain(ApiError::refusal(400, problem));
}

struct RefusalCase {
    const char *code;
    Failure::Kind kind;
};

class RefusalKinds : public ::testing::TestWithParam<RefusalCase> {};

// Each refusal of docs/api.md §4 lands in the kind that tells the user what to do, and says its
// own message (the code is the key); the server's English title is for logs only.
TEST_P(RefusalKinds, EachServerRefusalMapsToItsKindAndOwnMessage) {
    const RefusalCase c = GetParam();
    const Failure failure = refused(QString::fromLatin1(c.code));
    EXPECT_EQ(failure.kind(), c.kind);
    EXPECT_EQ(failure.code(), QString::fromLatin1(c.code));
    EXPECT_EQ(failure.message().key(), QString::fromLatin1(c.code));
    EXPECT_FALSE(failure.message().debugText().contains(QStringLiteral("English title")));
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusalKinds,
    ::testing::Values(RefusalCase{"bad-credentials", Failure::Kind::Authentication},
                      RefusalCase{"mfa-transaction-unknown", Failure::Kind::Authentication},
                      RefusalCase{"token-invalid", Failure::Kind::Authentication},
                      RefusalCase{"token-reused", Failure::Kind::Authentication},
                      RefusalCase{"session-expired", Failure::Kind::Authentication},
                      RefusalCase{"device-revoked", Failure::Kind::Policy},
                      RefusalCase{"mobile-sync-disabled", Failure::Kind::Policy},
                      RefusalCase{"mobile-right-missing", Failure::Kind::Policy},
                      RefusalCase{"web-services-disabled", Failure::Kind::Policy},
                      RefusalCase{"forbidden", Failure::Kind::Policy},
                      RefusalCase{"database-unknown", Failure::Kind::Usage},
                      RefusalCase{"request-too-large", Failure::Kind::Usage},
                      RefusalCase{"link-code-unknown", Failure::Kind::LinkCode},
                      RefusalCase{"link-code-expired", Failure::Kind::LinkCode},
                      RefusalCase{"link-code-used", Failure::Kind::LinkCode},
                      RefusalCase{"malformed-json", Failure::Kind::Server},
                      RefusalCase{"internal-error", Failure::Kind::Server}));

TEST(FailureMessages, EveryRefusalOfTheClientTableIsAMessageWithoutArgumentsOrWithItsOwn) {
    for (const RefusalKind &entry : refusalKinds()) {
        const Failure failure = refused(entry.code, {{QStringLiteral("retryAfterSeconds"), 8},
                                                     {QStringLiteral("attemptsLeft"), 2}});
        const CatalogEntry *catalog = findInCatalog(entry.code);
        ASSERT_NE(catalog, nullptr) << entry.code.data();
        EXPECT_EQ(failure.kind(), entry.kind) << entry.code.data();
        EXPECT_EQ(failure.message().args().size(), catalog->arguments) << entry.code.data();
    }
}

TEST(FailureMessages, ThrottlingAndFailedCodesCarryHowLongAndHowMany) {
    EXPECT_EQ(
        refused(QStringLiteral("login-throttled"), {{QStringLiteral("retryAfterSeconds"), 16}})
            .message(),
        Message(msg::LoginThrottled, {QStringLiteral("16")}));
    EXPECT_EQ(
        refused(QStringLiteral("mfa-failed"), {{QStringLiteral("attemptsLeft"), 3}}).message(),
        Message(msg::MfaFailed, {QStringLiteral("3")}));
}

TEST(FailureMessages, ACodeOfANewerServerIsTheServersAndNamesTheCode) {
    const Failure failure = refused(QStringLiteral("from-a-newer-server"));
    EXPECT_EQ(failure.kind(), Failure::Kind::Server);
    EXPECT_EQ(failure.code(), QStringLiteral("from-a-newer-server"));
    EXPECT_EQ(failure.message(),
              Message(msg::RefusedUnknownCode, {QStringLiteral("from-a-newer-server")}));
}

TEST(FailureMessages, LocalDamageIsLocalDataWithItsOwnCode) {
    const Failure undecryptable =
        explain(StorageError(StorageError::Kind::Undecryptable, QStringLiteral("x.db")));
    EXPECT_EQ(undecryptable.kind(), Failure::Kind::LocalData);
    EXPECT_EQ(undecryptable.code(), QStringLiteral("mirror-undecryptable"));
    EXPECT_EQ(undecryptable.message().args(), QStringList{QStringLiteral("x.db")});
    EXPECT_EQ(explain(StorageError(StorageError::Kind::Corrupt, QStringLiteral("x"))).code(),
              QStringLiteral("mirror-corrupt"));
    EXPECT_EQ(explain(StorageError(StorageError::Kind::Busy, QStringLiteral("x"))).code(),
              QStringLiteral("mirror-busy"));
    const Failure registry = explain(RegistryError(RegistryError::Kind::EntryDamaged));
    EXPECT_EQ(registry.code(), QStringLiteral("registry-damaged"));
    EXPECT_EQ(registry.message(), Message(msg::RegistryEntryDamaged));
}

// A server that speaks only an old TLS and a port that is not HTTPS at all are network failures
// with codes of their own (both were tls-failed, with OpenSSL's text for the user).
TEST(FailureMessages, TlsFailuresKeepTheirOwnCodes) {
    const auto codeOf = [](TlsFailure tls) {
        HttpResponse response;
        response.failure = NetFailure::Tls;
        response.tls = tls;
        response.message = Message(msg::NetworkError);
        const Failure failure = explain(ApiError::network(response));
        EXPECT_EQ(failure.kind(), Failure::Kind::Network);
        return failure.code();
    };
    EXPECT_EQ(codeOf(TlsFailure::ProtocolTooOld), QStringLiteral("tls-protocol-too-old"));
    EXPECT_EQ(codeOf(TlsFailure::NotTls), QStringLiteral("tls-not-https"));
    EXPECT_EQ(codeOf(TlsFailure::Expired), QStringLiteral("tls-expired"));
    EXPECT_EQ(codeOf(TlsFailure::Other), QStringLiteral("tls-failed"));

    // OpenSSL's words reach a log (the Failure's logDetail), never the message.
    HttpResponse tooOld;
    tooOld.failure = NetFailure::Tls;
    tooOld.tls = TlsFailure::ProtocolTooOld;
    tooOld.message = Message(msg::TlsProtocolTooOld, {QStringLiteral("vault.example")});
    tooOld.detail = QStringLiteral("error:0A00042E:SSL routines::tlsv1 alert protocol version");
    const Failure failure = explain(ApiError::network(tooOld));
    EXPECT_EQ(failure.logDetail(), tooOld.detail);
    EXPECT_EQ(failure.message(), tooOld.message);
}

TEST(FailureMessages, AnythingElseIsUnexpectedWithItsText) {
    const Failure failure = explain(std::runtime_error("boom"));
    EXPECT_EQ(failure.code(), QStringLiteral("unexpected"));
    EXPECT_EQ(failure.message(), Message(msg::Unexpected, {QStringLiteral("boom")}));
    EXPECT_EQ(explain(SyncError("x")).code(), QStringLiteral("sync-mismatch"));
}

} // namespace
} // namespace vaultlink
