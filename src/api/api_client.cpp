#include "src/api/api_client.h"

#include "src/api/api_exchange.h"
#include "src/api/api_parse.h"
#include "src/crypto/secure_buffer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink {

namespace {

QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const HttpRequest &request) {
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.url.path());
}

// The login body with the password spliced in as a JSON string straight from the secure
// buffer, so that it never passes through a QString or a QJsonObject. The array is sized once
// up front: growing it would leave copies of the password in freed memory.
QByteArray loginBody(const QJsonObject &rest, const SecureBuffer &password) {
    QByteArray head = compact(rest);
    head.chop(1); // the closing brace
    QByteArray body;
    body.reserve(head.size() + 16 + static_cast<qsizetype>(password.size()) * 6);
    body.append(QByteArrayView(head));
    body.append(",\"password\":\"");
    static constexpr char kHex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < password.size(); ++i) {
        const unsigned char c = password.data()[i];
        if (c == '"' || c == '\\') {
            body.append('\\');
            body.append(static_cast<char>(c));
        } else if (c < 0x20) {
            body.append("\\u00");
            body.append(kHex[c >> 4]);
            body.append(kHex[c & 0xf]);
        } else {
            body.append(static_cast<char>(c));
        }
    }
    body.append("\"}");
    return body;
}

} // namespace

ApiClient::ApiClient(QUrl base, Transport &transport, Random &random, Sleeper sleeper,
                     Backoff::Limits limits)
    : m_base(std::move(base))
    , m_transport(transport)
    , m_random(random)
    , m_sleeper(std::move(sleeper))
    , m_limits(limits) {}

namespace {

// One call: send (repeating as the rule allows) and read the answer.
struct Exchange {
    Transport &transport;
    Random &random;
    const Sleeper &sleeper;
    Backoff::Limits limits;

    QJsonObject operator()(const HttpRequest &request, Repeat rule, int expected = 200) const {
        Backoff backoff(random, limits);
        return answerOf(sendRepeating(transport, request, rule, backoff, sleeper),
                        describe(request), expected);
    }
};

// Wipes a request body that holds a secret when the call ends, however it ends. Declared before
// the request so that the request's copy is gone first and the wipe reaches the only one.
struct WipeOnExit {
    QByteArray &bytes;
    ~WipeOnExit() { wipeBytes(bytes); }
};

} // namespace

ServerInfo ApiClient::info() {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseServerInfo(
        exchange(apiRequest(m_base, "GET", QStringLiteral("/info")), Repeat::Safe));
}

QList<DatabaseInfo> ApiClient::databases() {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseDatabases(
        exchange(apiRequest(m_base, "GET", QStringLiteral("/databases")), Repeat::Safe));
}

namespace {

QJsonObject deviceJson(const DeviceIdentity &device) {
    QJsonObject json{{QStringLiteral("id"), device.id}};
    if (!device.name.isEmpty())
        json.insert(QStringLiteral("name"), device.name);
    return json;
}

// A login's answer (a password's or a device key's): the grant, or the second-factor challenge
// an mfa-required refusal carries. Sent again only when it certainly never arrived.
LoginOutcome loginOutcome(const Exchange &exchange, const HttpRequest &request) {
    QJsonObject answer;
    try {
        answer = exchange(request, Repeat::IfUndelivered);
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("mfa-required"))
            throw;
        QString why;
        std::optional<MfaChallenge> challenge = parseChallenge(error.problem(), &why);
        if (!challenge)
            throw ApiError::badAnswer(why);
        return {std::nullopt, std::move(challenge)};
    }
    return {parseTokenGrant(answer), std::nullopt};
}

} // namespace

LoginOutcome ApiClient::login(qint64 database, const QString &user, const SecureBuffer &password,
                              const DeviceIdentity &device, const QString &domain) {
    QJsonObject fields{{QStringLiteral("database"), database},
                       {QStringLiteral("username"), user},
                       {QStringLiteral("device"), deviceJson(device)}};
    if (!domain.isEmpty())
        fields.insert(QStringLiteral("domain"), domain);
    QByteArray body = loginBody(fields, password);
    const WipeOnExit wipe{body};
    HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/auth/login"));
    request.body = body;
    return loginOutcome({m_transport, m_random, m_sleeper, m_limits}, request);
}

MfaOutcome ApiClient::answerMfa(const QString &transaction, const QString &method,
                                const QJsonObject &response, std::chrono::seconds wait,
                                const std::atomic<bool> *abandon) {
    QJsonObject answer = response;
    // The server's wait must end before this call's budget does, with time for the answer.
    if (const auto budget = std::chrono::duration_cast<std::chrono::seconds>(m_limits.callBudget);
        budget.count() > 0)
        wait = std::min(wait, std::max(budget - std::chrono::seconds(5), std::chrono::seconds(1)));
    if (wait.count() > 0)
        answer.insert(QStringLiteral("waitSeconds"), static_cast<qint64>(wait.count()));
    QByteArray body = compact({{QStringLiteral("transaction"), transaction},
                               {QStringLiteral("method"), method},
                               {QStringLiteral("response"), answer}});
    const WipeOnExit wipe{body}; // a PIN or a code
    HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/auth/mfa"));
    request.body = body;
    request.abandon = abandon;
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    try {
        return {parseTokenGrant(exchange(request, Repeat::IfUndelivered)), std::nullopt};
    } catch (const ApiError &error) {
        if (error.code() != QLatin1String("mfa-required") ||
            !error.problem().contains(QLatin1String("approval")))
            throw;
        QString why;
        std::optional<MfaApproval> pending = parseApproval(error.problem(), &why);
        if (!pending)
            throw ApiError::badAnswer(why);
        return {std::nullopt, std::move(pending)};
    }
}

TokenGrant ApiClient::answerTotp(const QString &transaction, const QString &code) {
    MfaOutcome outcome =
        answerMfa(transaction, QStringLiteral("totp"), QJsonObject{{QStringLiteral("code"), code}});
    if (!outcome.grant)
        throw ApiError::badAnswer(QStringLiteral("a TOTP answer came back pending"));
    return *outcome.grant;
}

TokenGrant ApiClient::refresh(const QString &refreshToken) {
    // Never repeated once it may have arrived: a refresh token presented twice revokes the
    // whole session (docs/api.md §3).
    QByteArray body = compact({{QStringLiteral("refreshToken"), refreshToken}});
    const WipeOnExit wipe{body};
    QJsonObject answer;
    {
        HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/auth/refresh"));
        request.body = body;
        const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
        answer = exchange(request, Repeat::IfUndelivered);
    }
    return parseTokenGrant(answer);
}

void ApiClient::logout(const QString &accessToken) {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    exchange(apiRequest(m_base, "POST", QStringLiteral("/auth/logout"), accessToken),
             Repeat::IfUndelivered, 204);
}

SessionInfo ApiClient::session(const QString &accessToken) {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseSession(
        exchange(apiRequest(m_base, "GET", QStringLiteral("/session"), accessToken), Repeat::Safe));
}

FeedPage ApiClient::changes(const QString &accessToken, const QString &cursor, int limit,
                            int format) {
    QStringList query;
    // The cursor is opaque: every byte but the unreserved ones is escaped, so it comes back
    // to the server exactly as it was given.
    if (!cursor.isEmpty())
        query.append(QStringLiteral("cursor=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        query.append(QStringLiteral("limit=%1").arg(limit));
    if (format > 1)
        query.append(QStringLiteral("format=%1").arg(format));
    const HttpRequest request = apiRequest(m_base, "GET", QStringLiteral("/changes"), accessToken,
                                           query.join(QLatin1Char('&')));
    Backoff backoff(m_random, m_limits);
    return parseFeedPage(bodyOf(
        sendRepeating(m_transport, request, Repeat::Safe, backoff, m_sleeper), describe(request)));
}

Redemption ApiClient::redeem(const QString &linkToken) {
    HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/link-codes/redeem"));
    request.body = compact({{QStringLiteral("token"), linkToken}});
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseRedemption(exchange(request, Repeat::IfUndelivered));
}

QByteArray deviceLoginMessage(const QString &challenge, qint64 database, const QString &user,
                              const QString &deviceId) {
    return QByteArrayLiteral("vaultlink-device-login-v1\n") + challenge.toUtf8() + '\n' +
           QByteArray::number(database) + '\n' + user.toUtf8() + '\n' + deviceId.toUtf8();
}

void ApiClient::putDeviceKey(const QString &accessToken, const QByteArray &spkiDer) {
    HttpRequest request = apiRequest(m_base, "PUT", QStringLiteral("/device/key"), accessToken);
    request.body =
        compact({{QStringLiteral("algorithm"), QStringLiteral("ES256")},
                 {QStringLiteral("publicKey"), QString::fromLatin1(spkiDer.toBase64())}});
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    exchange(request, Repeat::Safe, 204);
}

void ApiClient::deleteDeviceKey(const QString &accessToken) {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    exchange(apiRequest(m_base, "DELETE", QStringLiteral("/device/key"), accessToken), Repeat::Safe,
             204);
}

DeviceChallenge ApiClient::deviceChallenge(qint64 database, const QString &user,
                                           const QString &deviceId) {
    HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/auth/device-challenge"));
    request.body = compact({{QStringLiteral("database"), database},
                            {QStringLiteral("username"), user},
                            {QStringLiteral("deviceId"), deviceId}});
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseDeviceChallenge(exchange(request, Repeat::IfUndelivered));
}

LoginOutcome ApiClient::deviceLogin(const QString &challenge, const QByteArray &signatureDer,
                                    const DeviceIdentity &device, const SecureBuffer *password) {
    const QJsonObject rest{
        {QStringLiteral("challenge"), challenge},
        {QStringLiteral("signature"), QString::fromLatin1(signatureDer.toBase64())},
        {QStringLiteral("device"), deviceJson(device)}};
    QByteArray body = password ? loginBody(rest, *password) : compact(rest);
    const WipeOnExit wipe{body};
    HttpRequest request = apiRequest(m_base, "POST", QStringLiteral("/auth/device-login"));
    request.body = body;
    return loginOutcome({m_transport, m_random, m_sleeper, m_limits}, request);
}

QList<FormInfo> ApiClient::forms(const QString &accessToken) {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseForms(
        exchange(apiRequest(m_base, "GET", QStringLiteral("/forms"), accessToken), Repeat::Safe));
}

QJsonObject ApiClient::record(const QString &accessToken, qint64 id) {
    const Exchange exchange{m_transport, m_random, m_sleeper, m_limits};
    return parseRecord(
        exchange(apiRequest(m_base, "GET", QStringLiteral("/records/%1").arg(id), accessToken),
                 Repeat::Safe));
}

namespace {
HttpRequest writeRequest(const QUrl &base, const QString &token, const RecordWrite &write) {
    switch (write.kind) {
    case RecordWrite::Kind::Create: {
        HttpRequest request = apiRequest(base, "POST", QStringLiteral("/records"), token);
        const NewRecordRequest &record = write.create;
        request.body = compact(
            {{QStringLiteral("form"), record.form},
             {QStringLiteral("unit"), record.unit ? QJsonValue(*record.unit) : QJsonValue()},
             {QStringLiteral("clientRef"), record.clientRef},
             {QStringLiteral("fields"), record.fields}});
        return request;
    }
    case RecordWrite::Kind::Change: {
        QJsonArray list;
        for (const FieldChange &change : write.changes)
            list.append(QJsonObject{{QStringLiteral("key"), change.key},
                                    {QStringLiteral("value"), change.value},
                                    {QStringLiteral("baseRevision"), change.baseRevision}});
        HttpRequest request =
            apiRequest(base, "PATCH", QStringLiteral("/records/%1").arg(write.id), token);
        request.body = compact({{QStringLiteral("changes"), list}});
        return request;
    }
    case RecordWrite::Kind::Delete:
        return apiRequest(base, "DELETE", QStringLiteral("/records/%1").arg(write.id), token,
                          QStringLiteral("baseRevision=%1").arg(write.baseRevision));
    }
    return {};
}

// The answer to a write as its call returns it; throws as the call does.
QJsonObject writeAnswer(const RecordWrite &write, const HttpRequest &request,
                        const HttpResponse &answer) {
    switch (write.kind) {
    case RecordWrite::Kind::Create: // 201 for a new record, 200 when the clientRef named one
        return parseRecord(answerOf(answer, describe(request), answer.status == 201 ? 201 : 200));
    case RecordWrite::Kind::Change:
        return parseRecord(answerOf(answer, describe(request)));
    case RecordWrite::Kind::Delete:
        answerOf(answer, describe(request), 204);
        return {};
    }
    return {};
}
} // namespace

QJsonObject ApiClient::createRecord(const QString &accessToken, const NewRecordRequest &record) {
    return write(accessToken, {RecordWrite::Kind::Create, record, 0, {}, 0});
}

QJsonObject ApiClient::changeRecord(const QString &accessToken, qint64 id,
                                    const QList<FieldChange> &changes) {
    return write(accessToken, {RecordWrite::Kind::Change, {}, id, changes, 0});
}

void ApiClient::deleteRecord(const QString &accessToken, qint64 id, qint64 baseRevision) {
    write(accessToken, {RecordWrite::Kind::Delete, {}, id, {}, baseRevision});
}

QJsonObject ApiClient::write(const QString &accessToken, const RecordWrite &write) {
    const HttpRequest request = writeRequest(m_base, accessToken, write);
    Backoff backoff(m_random, m_limits);
    return writeAnswer(write, request,
                       sendRepeating(m_transport, request, Repeat::Safe, backoff, m_sleeper));
}

QList<std::optional<ApiClient::WriteOutcome>>
ApiClient::tryWrites(const QString &accessToken, const QList<RecordWrite> &writes) {
    QList<HttpRequest> requests;
    requests.reserve(writes.size());
    for (const RecordWrite &write : writes) {
        requests.append(writeRequest(m_base, accessToken, write));
        requests.back().timeout = m_limits.callBudget;
    }
    const QList<HttpResponse> answers = m_transport.sendAll(requests);
    if (answers.size() != writes.size())
        throw std::logic_error("Transport::sendAll answered a different number of requests");
    QList<std::optional<WriteOutcome>> outcomes;
    outcomes.reserve(writes.size());
    for (qsizetype i = 0; i < writes.size(); ++i) {
        if (shouldRepeat(answers[i], Repeat::Safe)) {
            outcomes.append(std::nullopt);
            continue;
        }
        try {
            outcomes.append(writeAnswer(writes[i], requests[i], answers[i]));
        } catch (const ApiError &error) {
            outcomes.append(error);
        }
    }
    return outcomes;
}

} // namespace vaultlink
