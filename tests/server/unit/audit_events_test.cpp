// The administrators' audit trail (auth/audit_events), written by the login, token and device
// code itself: each event once, with its user, device and database, and never a secret.
#include "server/auth/audit_events.h"
#include "server/auth/devices.h"
#include "server/auth/sessions.h"
#include "server/common/refusal.h"
#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "tests/server/support/refusal_of.h"
#include "tests/server/support/temp_store.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace vaultlink::server;
using vaultlink::server::test::refusalOf;

namespace {

class AuditTrail : public ::testing::Test {
protected:
    test::TempStore data;
    qint64 db = data.addDatabase(QStringLiteral("Main"));
    qint64 alice = data.addUser(QStringLiteral("alice"), QStringLiteral("alice-pw"));
    Auth auth{*data.store, data.clock, data.random};

    LoginRequest request(const QString &password = QStringLiteral("alice-pw"),
                         const QString &user = QStringLiteral("alice"),
                         const QString &device = QStringLiteral("phone-1")) const {
        return {
            db, user, password, device, QStringLiteral("Pixel"), {}, QStringLiteral("10.0.0.7")};
    }
    // The login's refusal; Error::Internal when it succeeds.
    Refusal refusedLogin(const LoginRequest &login) {
        try {
            auth.login(login);
        } catch (const Refusal &refusal) {
            return refusal;
        }
        return Refusal(Error::Internal, QStringLiteral("logged in"));
    }
    // The mfa-required challenge's transaction.
    QString challenge() {
        const Refusal refusal = refusedLogin(request());
        EXPECT_EQ(refusal.error(), Error::MfaRequired);
        return refusal.extra().value(QStringLiteral("transaction")).toString();
    }
    void set(const char *key, const char *value) {
        saveSetting(*data.store, QString::fromLatin1(key), QString::fromLatin1(value));
    }
    void revoke(bool active = false) {
        Transaction tx(*data.store);
        setDeviceActive(*data.store, QStringLiteral("phone-1"), QStringLiteral("alice"), active,
                        data.clock.nowMs());
        tx.commit();
    }

    QList<EventRow> events(const EventFilter &filter = {}) {
        return listEvents(*data.store, filter);
    }
    QStringList kinds(const EventFilter &filter = {}) {
        QStringList all;
        for (const EventRow &e : events(filter))
            all << e.kind;
        return all;
    }
    EventRow lastOf(const char *kind) {
        EventRow found;
        for (const EventRow &e : events())
            if (e.kind == QLatin1String(kind))
                found = e;
        EXPECT_FALSE(found.kind.isEmpty()) << "no " << kind << " event";
        return found;
    }
    static QString text(const QJsonObject &detail) {
        return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    }
};

TEST_F(AuditTrail, AFirstLoginLinksTheDeviceAndEachLoginIsRecorded) {
    auth.login(request());
    auth.login(request());
    EXPECT_EQ(kinds(), (QStringList{QStringLiteral("device-linked"), QStringLiteral("login"),
                                    QStringLiteral("login")}));
    const EventRow linked = lastOf(event::kDeviceLinked);
    EXPECT_EQ(linked.userName, QStringLiteral("alice"));
    EXPECT_EQ(linked.deviceId, QStringLiteral("phone-1"));
    EXPECT_EQ(linked.deviceName, QStringLiteral("Pixel"));
    EXPECT_EQ(linked.databaseName, QStringLiteral("Main"));
    EXPECT_EQ(linked.at, data.clock.nowMs());
    const EventRow login = lastOf(event::kLogin);
    EXPECT_EQ(login.detail.value(QStringLiteral("method")).toString(), QStringLiteral("password"));
    EXPECT_EQ(login.detail.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.0.7"));
    EXPECT_EQ(login.deviceId, QStringLiteral("phone-1"));
}

TEST_F(AuditTrail, ALoginRefusedByPolicyLeavesNoEvent) {
    // Rolled back with its transaction, as the device row it would have made.
    setMobileSync(*data.store, db, false);
    EXPECT_EQ(refusedLogin(request()).error(), Error::MobileSyncDisabled);
    EXPECT_TRUE(events().isEmpty()) << text(events().value(0).detail).toStdString();
}

TEST_F(AuditTrail, FailedLoginsKeepTheirReasonButNoSecret) {
    EXPECT_EQ(refusedLogin(request(QStringLiteral("guess-one"))).error(), Error::BadCredentials);
    EXPECT_EQ(refusedLogin(request(QStringLiteral("guess-two"), QStringLiteral("mallory"))).error(),
              Error::BadCredentials);
    EXPECT_EQ(refusedLogin(request(QStringLiteral("guess-three"))).error(), Error::BadCredentials);
    EXPECT_EQ(refusedLogin(request(QStringLiteral("guess-four"))).error(), Error::BadCredentials);
    EXPECT_EQ(refusedLogin(request()).error(), Error::LoginThrottled); // the right one, too soon

    const QList<EventRow> failed = events();
    ASSERT_EQ(failed.size(), 5);
    for (const EventRow &e : failed) {
        EXPECT_EQ(e.kind, QStringLiteral("login-failed"));
        EXPECT_EQ(e.databaseName, QStringLiteral("Main"));
        EXPECT_EQ(e.detail.value(QStringLiteral("method")).toString(), QStringLiteral("password"));
        // The device never logged in: its id is told, not a row.
        EXPECT_TRUE(e.deviceId.isEmpty());
        EXPECT_EQ(e.detail.value(QStringLiteral("deviceId")).toString(), QStringLiteral("phone-1"));
        for (const char *secret : {"guess", "alice-pw"})
            EXPECT_FALSE(text(e.detail).contains(QLatin1String(secret)))
                << text(e.detail).toStdString();
    }
    EXPECT_EQ(failed[0].userName, QStringLiteral("alice"));
    EXPECT_EQ(failed[0].detail.value(QStringLiteral("reason")).toString(),
              QStringLiteral("bad-credentials"));
    // A name nobody has: no user, the name as given.
    EXPECT_TRUE(failed[1].userName.isEmpty());
    EXPECT_EQ(failed[1].detail.value(QStringLiteral("name")).toString(), QStringLiteral("mallory"));
    EXPECT_EQ(failed[4].userName, QStringLiteral("alice"));
    EXPECT_EQ(failed[4].detail.value(QStringLiteral("reason")).toString(),
              QStringLiteral("login-throttled"));
}

TEST_F(AuditTrail, SecondFactorLoginsNameTheMethodAnswered) {
    const QByteArray secret = enableTotp(*data.store, data.random, alice);
    data.clock.advanceSeconds(60);
    auth.answerMfa({challenge(),
                    QStringLiteral("totp"),
                    {{QStringLiteral("code"), totpCode(secret, totpStep(data.clock.nowMs()))}}});
    EXPECT_EQ(lastOf(event::kLogin).detail.value(QStringLiteral("method")).toString(),
              QStringLiteral("totp"));

    disableTotp(*data.store, alice);
    setPin(*data.store, data.random, alice, QStringLiteral("2468"), test::TempStore::kFastCost);
    const QString transaction = challenge();
    EXPECT_EQ(refusalOf([&] {
                  auth.answerMfa({transaction,
                                  QStringLiteral("pin"),
                                  {{QStringLiteral("pin"), QStringLiteral("1357")}}});
              }),
              Error::MfaFailed);
    const EventRow failed = lastOf(event::kLoginFailed);
    EXPECT_EQ(failed.userName, QStringLiteral("alice"));
    EXPECT_EQ(failed.deviceId, QStringLiteral("phone-1"));
    EXPECT_EQ(failed.detail.value(QStringLiteral("reason")).toString(),
              QStringLiteral("mfa-failed"));
    EXPECT_EQ(failed.detail.value(QStringLiteral("method")).toString(), QStringLiteral("pin"));
    EXPECT_EQ(failed.detail.value(QStringLiteral("mfaReason")).toString(),
              QStringLiteral("wrong-answer"));
    EXPECT_FALSE(text(failed.detail).contains(QStringLiteral("1357")));

    auth.answerMfa(
        {transaction, QStringLiteral("pin"), {{QStringLiteral("pin"), QStringLiteral("2468")}}});
    EXPECT_EQ(lastOf(event::kLogin).detail.value(QStringLiteral("method")).toString(),
              QStringLiteral("pin"));
    // Linked once, by the first login; two whole logins; the challenges themselves are none.
    EXPECT_EQ(kinds(), (QStringList{QStringLiteral("device-linked"), QStringLiteral("login"),
                                    QStringLiteral("login-failed"), QStringLiteral("login")}));
}

TEST_F(AuditTrail, AThrottledPinIsRecordedToo) {
    setPin(*data.store, data.random, alice, QStringLiteral("2468"), test::TempStore::kFastCost);
    const QString transaction = challenge();
    const auto answer = [&](const char *pin) {
        return refusalOf([&] {
            auth.answerMfa({transaction,
                            QStringLiteral("pin"),
                            {{QStringLiteral("pin"), QString::fromLatin1(pin)}}});
        });
    };
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(answer("0000"), Error::MfaFailed);
    EXPECT_EQ(answer("2468"), Error::LoginThrottled);
    const EventRow throttled = lastOf(event::kLoginFailed);
    EXPECT_EQ(throttled.detail.value(QStringLiteral("reason")).toString(),
              QStringLiteral("login-throttled"));
    EXPECT_EQ(throttled.detail.value(QStringLiteral("method")).toString(), QStringLiteral("pin"));
    EXPECT_EQ(kinds().count(QStringLiteral("login-failed")), 4);
}

TEST_F(AuditTrail, LogoutSaysWhetherTheDeviceWipesItsCopy) {
    QJsonObject grant = auth.login(request());
    EXPECT_EQ(grant[QStringLiteral("policy")][QStringLiteral("wipeOnLogout")], QJsonValue(false));
    auth.logout(grant.value(QStringLiteral("accessToken")).toString());
    EXPECT_EQ(lastOf(event::kLogout).detail, (QJsonObject{{QStringLiteral("wipe"), false}}));

    set(setting::kWipeOnLogout, "on");
    grant = auth.login(request());
    EXPECT_EQ(grant[QStringLiteral("policy")][QStringLiteral("wipeOnLogout")], QJsonValue(true));
    auth.logout(grant.value(QStringLiteral("accessToken")).toString());
    const EventRow logout = lastOf(event::kLogout);
    EXPECT_EQ(logout.detail, (QJsonObject{{QStringLiteral("wipe"), true}}));
    EXPECT_EQ(logout.userName, QStringLiteral("alice"));
    EXPECT_EQ(logout.deviceId, QStringLiteral("phone-1"));
    EXPECT_EQ(logout.databaseName, QStringLiteral("Main"));
    EXPECT_EQ(kinds().count(QStringLiteral("logout")), 2);
}

TEST_F(AuditTrail, AReusedRefreshTokenIsRecordedOnce) {
    const QJsonObject first = auth.login(request());
    const QString spent = first.value(QStringLiteral("refreshToken")).toString();
    auth.refresh(spent);
    EXPECT_EQ(refusalOf([&] { auth.refresh(spent); }), Error::TokenReused);
    EXPECT_EQ(refusalOf([&] { auth.refresh(spent); }), Error::TokenReused);
    EXPECT_EQ(kinds().count(QStringLiteral("token-reused")), 1);
    EXPECT_EQ(lastOf(event::kTokenReused).deviceId, QStringLiteral("phone-1"));
}

TEST_F(AuditTrail, ARevokedDeviceIsToldToWipeOncePerSession) {
    const QJsonObject grant = auth.login(request());
    revoke();
    const EventRow revoked = lastOf(event::kDeviceRevoked);
    EXPECT_EQ(revoked.detail, (QJsonObject{{QStringLiteral("by"), QStringLiteral("admin")}}));
    EXPECT_EQ(revoked.deviceId, QStringLiteral("phone-1"));
    EXPECT_EQ(revoked.userName, QStringLiteral("alice"));

    const QString access = grant.value(QStringLiteral("accessToken")).toString();
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access); }), Error::DeviceRevoked);
    EXPECT_EQ(refusalOf([&] { auth.authenticate(access); }), Error::DeviceRevoked);
    EXPECT_EQ(
        refusalOf([&] { auth.refresh(grant.value(QStringLiteral("refreshToken")).toString()); }),
        Error::DeviceRevoked);
    EXPECT_EQ(kinds().count(QStringLiteral("wipe-ordered")), 1);
    EXPECT_EQ(lastOf(event::kWipeOrdered).databaseName, QStringLiteral("Main"));

    revoke(true);
    EXPECT_EQ(lastOf(event::kDeviceActivated).detail,
              (QJsonObject{{QStringLiteral("by"), QStringLiteral("admin")}}));
}

TEST_F(AuditTrail, ATokenOfARevokedDeviceRefreshedFirstIsToldOnceToo) {
    // The refresh's own transaction rolls back; the wipe order must stay written.
    const QJsonObject grant = auth.login(request());
    revoke();
    const QString refresh = grant.value(QStringLiteral("refreshToken")).toString();
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh); }), Error::DeviceRevoked);
    EXPECT_EQ(refusalOf([&] { auth.refresh(refresh); }), Error::DeviceRevoked);
    EXPECT_EQ(kinds().count(QStringLiteral("wipe-ordered")), 1);
}

TEST_F(AuditTrail, AnExpiredSessionIsRecordedOnceWithWhichLimitEndedIt) {
    set(setting::kSessionTimeoutSeconds, "3600");
    set(setting::kMaxSessionSeconds, "5000");
    set(setting::kAccessTokenSeconds, "100000");
    const QJsonObject idle = auth.login(
        request(QStringLiteral("alice-pw"), QStringLiteral("alice"), QStringLiteral("phone-1")));
    data.clock.advanceSeconds(3601);
    const QJsonObject busy = auth.login(
        request(QStringLiteral("alice-pw"), QStringLiteral("alice"), QStringLiteral("phone-2")));
    const QString idleAccess = idle.value(QStringLiteral("accessToken")).toString();
    for (int i = 0; i < 2; ++i) {
        try {
            auth.authenticate(idleAccess);
            FAIL() << "an idle session was let in";
        } catch (const Refusal &refusal) {
            EXPECT_EQ(refusal.error(), Error::SessionExpired);
            EXPECT_EQ(refusal.extra(),
                      (QJsonObject{{QStringLiteral("reason"), QStringLiteral("idle")},
                                   {QStringLiteral("idleSeconds"), 3600}}));
        }
    }
    // Kept busy, the other one reaches its maximum age instead (refreshed: in a transaction).
    data.clock.advanceSeconds(3000);
    auth.authenticate(busy.value(QStringLiteral("accessToken")).toString());
    data.clock.advanceSeconds(2001);
    try {
        auth.refresh(busy.value(QStringLiteral("refreshToken")).toString());
        FAIL() << "a session past its maximum age was refreshed";
    } catch (const Refusal &refusal) {
        EXPECT_EQ(refusal.error(), Error::SessionExpired);
        EXPECT_EQ(refusal.extra(),
                  (QJsonObject{{QStringLiteral("reason"), QStringLiteral("max-age")},
                               {QStringLiteral("maxSessionSeconds"), 5000}}));
    }
    EXPECT_EQ(
        refusalOf([&] { auth.authenticate(busy.value(QStringLiteral("accessToken")).toString()); }),
        Error::SessionExpired);

    QStringList reasons;
    for (const EventRow &e : events())
        if (e.kind == QLatin1String(event::kSessionExpired))
            reasons << e.deviceId + QLatin1Char(':') +
                           e.detail.value(QStringLiteral("reason")).toString();
    EXPECT_EQ(reasons,
              (QStringList{QStringLiteral("phone-1:idle"), QStringLiteral("phone-2:max-age")}));
}

TEST_F(AuditTrail, TheListFiltersByUserDeviceAndTimeAndKeepsTheNewest) {
    data.addUser(QStringLiteral("bob"), QStringLiteral("bob-pw"));
    auth.login(request()); // alice phone-1: device-linked, login
    data.clock.advanceSeconds(60);
    const qint64 later = data.clock.nowMs();
    auth.login(request(QStringLiteral("bob-pw"), QStringLiteral("bob"), QStringLiteral("phone-1")));
    auth.login(request(QStringLiteral("alice-pw"), QStringLiteral("alice"), QStringLiteral("tab")));

    EXPECT_EQ(events().size(), 6);
    EventFilter byUser;
    byUser.userName = QStringLiteral("BOB"); // names are case-insensitive
    for (const EventRow &e : events(byUser))
        EXPECT_EQ(e.userName, QStringLiteral("bob"));
    EXPECT_EQ(events(byUser).size(), 2);
    EventFilter byDevice;
    byDevice.deviceId = QStringLiteral("phone-1");
    EXPECT_EQ(events(byDevice).size(), 4); // alice's and bob's phone of that id
    byDevice.userName = QStringLiteral("alice");
    EXPECT_EQ(events(byDevice).size(), 2);
    EventFilter since;
    since.sinceMs = later;
    EXPECT_EQ(events(since).size(), 4);
    EventFilter newest;
    newest.limit = 3;
    const QList<EventRow> last = events(newest);
    ASSERT_EQ(last.size(), 3);
    EXPECT_EQ(last.first().userName, QStringLiteral("bob")); // his login, then alice's tablet
    EXPECT_EQ(last.last().deviceId, QStringLiteral("tab"));
    EXPECT_LT(last[0].id, last[1].id);
}

TEST_F(AuditTrail, EventsOlderThanTheRetentionAreForgotten) {
    EXPECT_EQ(Settings::load(*data.store).number(setting::kEventRetentionDays), 180);
    set(setting::kEventRetentionDays, "2");
    auth.login(request());
    data.clock.advanceSeconds(qint64{2} * 86400);
    EXPECT_EQ(deleteOldEvents(*data.store, data.clock.nowMs()), 0); // exactly two days: kept
    auth.login(request());
    data.clock.advanceMs(1);
    EXPECT_EQ(deleteOldEvents(*data.store, data.clock.nowMs()), 2);
    EXPECT_EQ(kinds(), QStringList{QStringLiteral("login")});
}

} // namespace
