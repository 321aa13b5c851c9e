// A request as the server's routes get it once the HTTP layer has framed it: the real route
// table (server/http/*_routes) behind the Router, on a store of its own for each input (copied
// from one made at start: a database with mobile sync, a unit, alice with every right and a
// session, carol with TOTP, two records, a link code), so that inputs do not depend on each
// other. Reaches the routing and path matching, record ids, the feed's limit and cursor and a
// deletion's base revision (integerParam, decodeCursor, requiredIntegerQuery), every JSON body
// and the account page's form.
//
// Input: byte 0 chooses the method, byte 1 holds flags (bit 0: alice's access token in an
// Authorization header; bit 1: Content-Type application/json, else form-encoded); then a line
// with the path and query; the rest is the body. In the path and the body, $ACCESS, $REFRESH,
// $MFA, $TOTP and $LINK stand for the live access token, refresh token, carol's MFA transaction,
// her current TOTP code and the link token, and $KEY, $CHALLENGE and $SIGNATURE for a new P-256
// public key (DER, base64), a device-login challenge for alice's device-1 (whose key is
// registered; device-login is "both") and that challenge signed, so that seeds reach what only
// those open.
//
// Any refusal is an answer (its problem document is checked); anything else thrown is the
// server's internal-error, which no request may cause.

#include "server/auth/device_login.h"
#include "server/auth/link_codes.h"
#include "server/auth/sessions.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/common/refusal.h"
#include "server/crypto/totp.h"
#include "server/directory/databases.h"
#include "server/directory/forms.h"
#include "server/directory/units.h"
#include "server/directory/users.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "tests/fuzz/server_checks.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <array>
#include <memory>

using namespace vaultlink::server;

namespace {

class FixedClock final : public Clock {
public:
    qint64 nowMs() const override { return 1'795'000'000'000; } // 2026-11-18
};

// SHA-256 of a counter: distinct bytes on every call, the same in every run.
class CountingRandom final : public RandomSource {
public:
    QByteArray bytes(int count) override {
        QByteArray out;
        while (out.size() < count)
            out += QCryptographicHash::hash(QByteArray::number(m_counter++),
                                            QCryptographicHash::Sha256);
        return out.left(count);
    }

private:
    quint64 m_counter = 0;
};

constexpr ScryptCost kFastCost{10, 8, 1}; // the stored cost: logins stay quick

// A phone's P-256 key, made anew in each run (the inputs name it by placeholder).
struct PhoneKey {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{
        EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free};

    QByteArray spki() const {
        unsigned char *der = nullptr;
        const int length = i2d_PUBKEY(key.get(), &der);
        VAULTLINK_FUZZ_CHECK(length > 0);
        QByteArray out(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        return out;
    }

    QByteArray sign(const QByteArray &message) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
        std::size_t length = 72;
        QByteArray signature(static_cast<qsizetype>(length), '\0');
        VAULTLINK_FUZZ_CHECK(
            EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
            EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                           &length, reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<std::size_t>(message.size())) == 1);
        signature.truncate(static_cast<qsizetype>(length));
        return signature;
    }
};
constexpr QLatin1StringView kPin{"sha256/bkGiDbqfFXrx0nimgPxgYbf6XRKnOvG+qcav1FQXu8c="};

struct Template {
    QByteArray store; // the file, checkpointed
    QList<QPair<QByteArray, QByteArray>> placeholders;
};

// The store every input starts from, and the secrets it holds.
const Template &storeTemplate() {
    static const Template made = [] {
        const QString path = vaultlink::fuzz::scratchFolder() + QStringLiteral("/template.db");
        FixedClock clock;
        CountingRandom random;
        Template result;
        {
            Store store(path);
            installForms(store);
            const qint64 now = clock.nowMs();
            const qint64 database = addDatabase(store, random, QStringLiteral("Demo"), true, now);
            addDatabase(store, random, QStringLiteral("Archive"), false, now);
            const qint64 alice = addUser(store, random,
                                         {QStringLiteral("alice"),
                                          QStringLiteral("Alice Admin"),
                                          QStringLiteral("alice-demo-2026"),
                                          {true, true, true},
                                          {}},
                                         now, kFastCost);
            const qint64 carol = addUser(store, random,
                                         {QStringLiteral("carol"),
                                          QStringLiteral("Carol"),
                                          QStringLiteral("carol-demo-2026"),
                                          {true, false, true},
                                          {}},
                                         now, kFastCost);
            const QByteArray secret = enableTotp(store, random, carol);
            const qint64 unit = addUnit(store, database, QStringLiteral("IT"));
            {
                Transaction tx(store);
                setUnitRights(store, unit, alice, {true, true, true, true});
                tx.commit();
            }
            ServerContext ctx(store, clock, random, QString(kPin));
            const Actor actor{alice, database, {true, true, true}};
            ctx.records.create(actor, {QStringLiteral("login"),
                                       unit,
                                       {{QStringLiteral("name"), QStringLiteral("Router")},
                                        {QStringLiteral("password"), QStringLiteral("pw1")}}});
            ctx.records.create(actor, {QStringLiteral("note"),
                                       std::nullopt,
                                       {{QStringLiteral("name"), QStringLiteral("Personal")}}});
            const QJsonObject grant = ctx.auth.login({database,
                                                      QStringLiteral("alice"),
                                                      QStringLiteral("alice-demo-2026"),
                                                      QStringLiteral("device-1"),
                                                      QStringLiteral("Phone"),
                                                      {},
                                                      {}});
            QString transaction;
            try {
                ctx.auth.login({database,
                                QStringLiteral("carol"),
                                QStringLiteral("carol-demo-2026"),
                                QStringLiteral("device-2"),
                                QStringLiteral("Phone"),
                                {},
                                {}});
            } catch (const Refusal &refusal) {
                transaction = refusal.extra().value(QLatin1String("transaction")).toString();
            }
            const LinkCode link = ctx.linkCodes.issue(alice, database, QString(kPin));
            saveSetting(store, QString::fromLatin1(setting::kDeviceLogin), QStringLiteral("both"));
            const PhoneKey phone;
            ctx.deviceLogin.registerKey(
                ctx.auth.authenticate(grant.value(QLatin1String("accessToken")).toString()),
                phone.spki());
            const QString challenge =
                ctx.deviceLogin
                    .challenge({database, QStringLiteral("alice"), QStringLiteral("device-1")})
                    .value(QLatin1String("challenge"))
                    .toString();
            const QByteArray signature = phone.sign(deviceLoginMessage(
                challenge, database, QStringLiteral("alice"), QStringLiteral("device-1")));
            const auto text = [](const QJsonObject &object, const char *key) {
                return object.value(QLatin1String(key)).toString().toUtf8();
            };
            result.placeholders = {
                {"$ACCESS", text(grant, "accessToken")},
                {"$REFRESH", text(grant, "refreshToken")},
                {"$MFA", transaction.toUtf8()},
                {"$TOTP", totpCode(secret, totpStep(now)).toUtf8()},
                {"$LINK", link.token.toUtf8()},
                {"$KEY", PhoneKey().spki().toBase64()},
                {"$CHALLENGE", challenge.toUtf8()},
                {"$SIGNATURE", signature.toBase64()},
            };
            for (const auto &[name, value] : std::as_const(result.placeholders))
                VAULTLINK_FUZZ_CHECK(!value.isEmpty());
            exec(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(path);
        VAULTLINK_FUZZ_CHECK(file.open(QIODevice::ReadOnly));
        result.store = file.readAll();
        return result;
    }();
    return made;
}

QByteArray withSecrets(QByteArray text) {
    for (const auto &[name, value] : storeTemplate().placeholders)
        text.replace(name, value);
    return text;
}

constexpr std::array<const char *, 6> kMethods{"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD"};

} // namespace

VAULTLINK_FUZZ_TARGET(server_request) {
    const Template &start = storeTemplate();
    vaultlink::fuzz::InputReader input(data, size);
    HttpRequest request;
    request.method = kMethods[input.byte() % kMethods.size()];
    const std::uint8_t flags = input.byte();
    // As the HTTP layer hands it on: the path decoded, the query split (QUrl, as Qt's server).
    const QUrl url(QStringLiteral("https://localhost") +
                   QString::fromUtf8(withSecrets(input.line())));
    request.path = url.path();
    request.query = QUrlQuery(url);
    if (flags & 1)
        request.headers.insert("authorization", "Bearer " + withSecrets("$ACCESS"));
    request.headers.insert("content-type",
                           flags & 2 ? "application/json" : "application/x-www-form-urlencoded");
    request.body = withSecrets(input.rest());

    const QString path = vaultlink::fuzz::scratchFolder() + QStringLiteral("/request.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        VAULTLINK_FUZZ_CHECK(file.open(QIODevice::WriteOnly) &&
                             file.write(start.store) == start.store.size());
    }
    Store store(path);
    FixedClock clock;
    CountingRandom random;
    ServerContext ctx(store, clock, random, QString(kPin));
    Router router;
    addDiscoveryRoutes(router, ctx);
    addAuthRoutes(router, ctx);
    addDeviceRoutes(router, ctx);
    addVaultRoutes(router, ctx);
    addLinkRoutes(router, ctx);
    addAccountRoutes(router, ctx);
    // What each input got: VAULTLINK_FUZZ_VERBOSE=1 shows it.
    try {
        const HttpResponse response = router.dispatch(request);
        qDebug("%s %s: %d", request.method.constData(), qPrintable(request.path), response.status);
        // The API refuses by throwing (a problem document); the account pages answer a failed
        // login with the form again and a 400, 401 or 429 (docs/api.md §9).
        if (request.path.startsWith(QLatin1String("/api/")))
            VAULTLINK_FUZZ_CHECK(response.status >= 200 && response.status < 400);
        else
            VAULTLINK_FUZZ_CHECK(response.status < 400 || response.status == 401 ||
                                 response.status == 400 || response.status == 429);
    } catch (const Refusal &refusal) {
        qDebug("%s %s: %s (%s)", request.method.constData(), qPrintable(request.path),
               errorInfo(refusal.error()).code, qPrintable(refusal.detail()));
        fuzz::checkProblem(refusal);
    }
}
