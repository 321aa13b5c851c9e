#include "server/auth/link_codes.h"

#include "server/common/clock.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/crypto/token.h"
#include "server/directory/databases.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "server/store/sql.h"
#include "server/store/store.h"

#include <QUrl>
#include <QUrlQuery>

namespace vaultlink::server {

LinkCodes::LinkCodes(Store &store, const Clock &clock, RandomSource &random)
    : m_store(store)
    , m_clock(clock)
    , m_random(random) {}

LinkCode LinkCodes::issue(qint64 userId, qint64 databaseId, const QString &spkiPin) {
    const qint64 now = m_clock.nowMs();
    const Settings settings = Settings::load(m_store);
    const DatabaseRow database = requireDatabase(m_store, databaseId);
    const auto user = findUser(m_store, userId);
    if (!user)
        throw Refusal(Error::InvalidRequest, QStringLiteral("there is no user %1").arg(userId));
    // Expired codes are kept a day, so that late scans hear "expired" rather than "unknown".
    run(m_store, QStringLiteral("DELETE FROM link_codes WHERE expires_at <= ?"),
        {now - qint64{24} * 3600 * 1000});
    LinkCode code;
    code.token = newToken(m_random);
    code.expiresAt = now + settings.number(setting::kLinkCodeSeconds) * 1000;
    run(m_store,
        QStringLiteral("INSERT INTO link_codes(digest, user_id, database_id, created_at, "
                       "expires_at) VALUES(?, ?, ?, ?, ?)"),
        {tokenDigest(code.token), userId, databaseId, now, code.expiresAt});

    QUrlQuery query;
    const auto add = [&](const char *key, const QString &value) {
        query.addQueryItem(QString::fromLatin1(key),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("v", QStringLiteral("1"));
    add("server", settings.text(setting::kPublicUrl));
    add("db", QString::number(database.id));
    add("dbname", database.name);
    add("user", user->name);
    add("token", code.token);
    add("pin", spkiPin);
    code.uri = QStringLiteral("vaultlink://link?") + query.query(QUrl::FullyEncoded);
    return code;
}

LinkTarget LinkCodes::redeem(const QString &token) {
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_store);
    QSqlQuery q =
        run(m_store,
            QStringLiteral("SELECT c.expires_at, c.used_at, c.database_id, d.name, u.name, "
                           "COALESCE(u.directory_domain, '') "
                           "FROM link_codes c JOIN databases d ON d.id = c.database_id "
                           "JOIN users u ON u.id = c.user_id WHERE c.digest = ?"),
            {tokenDigest(token)});
    if (!q.next())
        throw Refusal(Error::LinkCodeUnknown,
                      QStringLiteral("this link code is not known to the server"));
    if (!q.value(1).isNull())
        throw Refusal(Error::LinkCodeUsed,
                      QStringLiteral("this link code was already used; show a new one on the "
                                     "Account page"));
    if (q.value(0).toLongLong() <= now)
        throw Refusal(
            Error::LinkCodeExpired,
            QStringLiteral("this link code has expired; show a new one on the Account page"));
    LinkTarget target{q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                      q.value(5).toString()};
    q.finish();
    run(m_store, QStringLiteral("UPDATE link_codes SET used_at = ? WHERE digest = ?"),
        {now, tokenDigest(token)});
    tx.commit();
    return target;
}

QJsonObject linkCodeJson(const LinkCode &code, const QString &pin) {
    return {{QStringLiteral("uri"), code.uri},
            {QStringLiteral("token"), code.token},
            {QStringLiteral("expiresAt"), isoTime(code.expiresAt)},
            {QStringLiteral("pin"), pin}};
}

} // namespace vaultlink::server
