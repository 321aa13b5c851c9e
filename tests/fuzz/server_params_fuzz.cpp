// What the server reads from a request's path, query and headers besides the body: record ids
// and the feed's limit (integerParam, server/http/json_body), feed cursors (decodeCursor,
// server/vault/cursor), the bearer token and cookies (server/http/http_types). The whole input
// goes to each of them.

#include "server/directory/databases.h"
#include "server/http/json_body.h"
#include "server/vault/cursor.h"
#include "tests/fuzz/server_checks.h"

using namespace vaultlink::server;

VAULTLINK_FUZZ_TARGET(server_params) {
    const QByteArray raw = vaultlink::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(raw);

    // One spelling per number: "+1", "01", "1 " (from "/records/1%20") are not ids.
    try {
        const qint64 id = integerParam(text, "id");
        VAULTLINK_FUZZ_CHECK(QString::number(id) == text);
    } catch (const Refusal &refusal) {
        VAULTLINK_FUZZ_CHECK(refusal.error() == Error::InvalidRequest);
        fuzz::checkProblem(refusal);
    }

    // A cursor the server accepts points into the kept history, and the server's own cursor
    // for that point leads to the same place.
    DatabaseRow database;
    database.id = 1;
    database.seq = 1000;
    database.minSeq = 10;
    database.epoch = QStringLiteral("9e4d04b6ade4");
    try {
        const qint64 seq = decodeCursor(text, database);
        VAULTLINK_FUZZ_CHECK(seq >= 0 && seq <= database.seq);
        VAULTLINK_FUZZ_CHECK(decodeCursor(encodeCursor(database, seq), database) == seq);
    } catch (const Refusal &refusal) {
        VAULTLINK_FUZZ_CHECK(refusal.error() == Error::CursorUnknown);
        fuzz::checkProblem(refusal);
    }

    // The token of "Authorization: Bearer <token>", without blanks around it.
    const QByteArray token = bearerToken(raw).toLatin1();
    VAULTLINK_FUZZ_CHECK(token == token.trimmed());
    if (!token.isEmpty())
        VAULTLINK_FUZZ_CHECK(bearerToken("Bearer " + token).toLatin1() == token);

    HttpRequest request;
    request.headers.insert("cookie", raw);
    VAULTLINK_FUZZ_CHECK(!request.cookie(QStringLiteral("vaultlink_account")).contains(u';'));
}
