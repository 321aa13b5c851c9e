#include "tests/unit/api/api_fakes.h"

namespace vaultlink::testing {

QJsonObject policyJson() {
    return {{QStringLiteral("accessTokenSeconds"), 300},
            {QStringLiteral("sessionTimeoutSeconds"), 86400},
            {QStringLiteral("refreshTokenSeconds"), 604800},
            {QStringLiteral("maxSessionSeconds"), 2592000},
            {QStringLiteral("maxOfflineSeconds"), 259200},
            {QStringLiteral("mobileSyncAllowed"), true},
            {QStringLiteral("deviceActive"), true},
            {QStringLiteral("biometricUnlockAllowed"), false},
            {QStringLiteral("deviceLogin"), QStringLiteral("second-factor")},
            {QStringLiteral("serverTime"), QStringLiteral("2026-11-22T15:45:49.779Z")}};
}

QJsonObject infoJson() {
    return {{QStringLiteral("name"), QStringLiteral("Vaultlink reference server")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("serverVersion"), QStringLiteral("0.1.0")},
            {QStringLiteral("features"),
             QJsonArray{QStringLiteral("mfa-totp"), QStringLiteral("change-feed")}},
            {QStringLiteral("mfaMethods"), QJsonArray{QStringLiteral("totp")}},
            {QStringLiteral("serverTime"), QStringLiteral("2026-11-22T15:45:49.750Z")}};
}

QJsonObject databasesJson() {
    return {{QStringLiteral("databases"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 2},
                                    {QStringLiteral("name"), QStringLiteral("Archive")},
                                    {QStringLiteral("mobileSync"), false}},
                        QJsonObject{{QStringLiteral("id"), 1},
                                    {QStringLiteral("name"), QStringLiteral("Demo")},
                                    {QStringLiteral("mobileSync"), true}}}}};
}

namespace {
QJsonObject userJson() {
    return {{QStringLiteral("name"), QStringLiteral("alice")},
            {QStringLiteral("displayName"), QStringLiteral("Alice Admin")},
            {QStringLiteral("rights"), QJsonObject{{QStringLiteral("canSyncMobile"), true},
                                                   {QStringLiteral("canCreateGlobal"), true},
                                                   {QStringLiteral("canCreatePersonal"), true}}}};
}
QJsonObject databaseJson() {
    return {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Demo")}};
}
QJsonObject deviceJson() {
    return {{QStringLiteral("id"), QStringLiteral("phone-1")},
            {QStringLiteral("name"), QStringLiteral("Alice's Pixel 8")}};
}
} // namespace

QJsonObject grantJson() {
    return {{QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("accessToken"), QStringLiteral("access-1")},
            {QStringLiteral("accessTokenExpiresAt"), QStringLiteral("2026-11-22T15:50:49.779Z")},
            {QStringLiteral("refreshToken"), QStringLiteral("refresh-1")},
            {QStringLiteral("refreshTokenExpiresAt"), QStringLiteral("2026-11-29T15:45:49.779Z")},
            {QStringLiteral("session"), QJsonObject{{QStringLiteral("user"), userJson()},
                                                    {QStringLiteral("database"), databaseJson()},
                                                    {QStringLiteral("device"), deviceJson()}}},
            {QStringLiteral("policy"), policyJson()}};
}

QJsonObject sessionJson() {
    const auto unit = [](int id, const char *name, bool read, bool add, bool edit) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("rights"), QJsonObject{{QStringLiteral("read"), read},
                                                                  {QStringLiteral("add"), add},
                                                                  {QStringLiteral("edit"), edit}}}};
    };
    return {{QStringLiteral("user"), userJson()},
            {QStringLiteral("database"), databaseJson()},
            {QStringLiteral("device"), deviceJson()},
            {QStringLiteral("units"),
             QJsonArray{unit(1, "IT", true, true, true), unit(2, "Marketing", true, true, false)}},
            {QStringLiteral("policy"), policyJson()}};
}

QJsonObject recordJson(qint64 id, qint64 sequence) {
    const auto field = [](const char *key, const QJsonValue &value) {
        return QJsonObject{
            {QStringLiteral("key"), QString::fromLatin1(key)},
            {QStringLiteral("type"), QString::fromLatin1(key)},
            {QStringLiteral("label"), QString::fromLatin1(key)},
            {QStringLiteral("value"), value},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("modifiedAt"), QStringLiteral("2026-11-22T15:45:42.398Z")}};
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("form"), QStringLiteral("note")},
            {QStringLiteral("unit"), 1},
            {QStringLiteral("personal"), false},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T15:45:42.398Z")},
            {QStringLiteral("clientRef"), QJsonValue()},
            {QStringLiteral("fields"),
             QJsonArray{field("name", QStringLiteral("Shopify")), field("notes", QString()),
                        field("tags", QJsonArray{QStringLiteral("legal")})}}};
}

QJsonObject feedJson() {
    return {{QStringLiteral("records"), QJsonArray{recordJson(2, 84), recordJson(7, 85)}},
            {QStringLiteral("removed"), QJsonArray{5}},
            {QStringLiteral("cursor"), QStringLiteral("djE6OWU0ZDA0YjZhZGU0Ojg1")},
            {QStringLiteral("more"), false},
            {QStringLiteral("sequence"), 85},
            {QStringLiteral("total"),
             QJsonObject{{QStringLiteral("count"), 60},
                         {QStringLiteral("digest"),
                          QStringLiteral("6fbd85dae8442a24cb14cf7eba4c4fb0116dd8d54533f49d443562219"
                                         "a02881e")}}},
            {QStringLiteral("policy"), policyJson()}};
}

QJsonObject redemptionJson() {
    return {{QStringLiteral("server"), QStringLiteral("https://localhost:8443")},
            {QStringLiteral("database"), databaseJson()},
            {QStringLiteral("username"), QStringLiteral("alice")}};
}

QJsonObject challengeProblem() {
    return {{QStringLiteral("transaction"), QStringLiteral("tx-1")},
            {QStringLiteral("expiresAt"), QStringLiteral("2026-11-22T15:51:18.959Z")},
            {QStringLiteral("methods"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("sms")},
                                    {QStringLiteral("pollSeconds"), QStringLiteral("soon")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("totp")},
                                    {QStringLiteral("digits"), 8},
                                    {QStringLiteral("periodSeconds"), 60}}}}};
}

ClientFixture::ClientFixture()
    : client(
          QUrl(QStringLiteral("https://vault.example.com:8443")), transport, random,
          [this](std::chrono::milliseconds delay) { slept.push_back(delay); }, limits) {}

} // namespace vaultlink::testing
