#include "server/auth/fido_credentials.h"

#include "server/common/refusal.h"
#include "server/directory/users.h"
#include "server/store/sql.h"

namespace vaultlink::server {

namespace {
QString selectFrom() {
    return QStringLiteral("SELECT id, user_id, credential_id, name, algorithm, public_key, "
                          "sign_count FROM fido_credentials");
}

FidoCredentialRow readRow(const QSqlQuery &q) {
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toByteArray(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toByteArray(),
            static_cast<quint32>(q.value(6).toLongLong())};
}
} // namespace

qint64 addFidoCredential(Store &store, const FidoCredentialRow &credential, qint64 nowMs) {
    if (credential.name.trimmed().isEmpty())
        throw Refusal(Error::InvalidRequest, QStringLiteral("a security key needs a name"));
    if (credential.credentialId.isEmpty() || credential.credentialId.size() > 1023)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("a credential id is 1 to 1023 bytes (WebAuthn §5.8.3)"));
    if (queryValue(store, QStringLiteral("SELECT 1 FROM fido_credentials WHERE credential_id = ?"),
                   {credential.credentialId})
            .isValid())
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("this security key's credential is already registered"));
    for (const FidoCredentialRow &other : fidoCredentials(store, credential.userId))
        if (other.name.compare(credential.name.trimmed(), Qt::CaseInsensitive) == 0)
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("a security key named '%1' is already registered")
                              .arg(credential.name.trimmed()));
    QSqlQuery q = run(store,
                      QStringLiteral("INSERT INTO fido_credentials(user_id, credential_id, name, "
                                     "algorithm, public_key, sign_count, created_at) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                      {credential.userId, credential.credentialId, credential.name.trimmed(),
                       credential.algorithm, credential.publicKey,
                       static_cast<qint64>(credential.signCount), nowMs});
    addMfaMethod(store, credential.userId, QStringLiteral("fido"));
    return q.lastInsertId().toLongLong();
}

void removeFidoCredential(Store &store, qint64 userId, const QString &name) {
    const QSqlQuery q =
        run(store,
            QStringLiteral("DELETE FROM fido_credentials WHERE user_id = ? AND name = ? COLLATE "
                           "NOCASE"),
            {userId, name.trimmed()});
    if (q.numRowsAffected() < 1)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("there is no security key named '%1'").arg(name));
    if (fidoCredentials(store, userId).isEmpty())
        removeMfaMethod(store, userId, QStringLiteral("fido"));
}

QList<FidoCredentialRow> fidoCredentials(Store &store, qint64 userId) {
    QSqlQuery q =
        run(store, QStringLiteral("%1 WHERE user_id = ? ORDER BY id").arg(selectFrom()), {userId});
    QList<FidoCredentialRow> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<FidoCredentialRow> findFidoCredential(Store &store, qint64 userId,
                                                    const QByteArray &credentialId) {
    QSqlQuery q =
        run(store, QStringLiteral("%1 WHERE user_id = ? AND credential_id = ?").arg(selectFrom()),
            {userId, credentialId});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void recordFidoUse(Store &store, qint64 id, quint32 signCount, qint64 nowMs) {
    run(store,
        QStringLiteral("UPDATE fido_credentials SET sign_count = ?, last_used_at = ? WHERE id = ?"),
        {static_cast<qint64>(signCount), nowMs, id});
}

} // namespace vaultlink::server
