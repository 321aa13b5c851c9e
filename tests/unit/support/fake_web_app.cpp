#include "tests/unit/support/fake_web_app.h"

#include "tests/unit/support/http_doubles.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vaultlink::testing {

namespace {
QJsonObject field(const QString &key, const QString &type, const QString &value) {
    return {{QStringLiteral("key"), key},
            {QStringLiteral("type"), type},
            {QStringLiteral("label"), key},
            {QStringLiteral("value"), value},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("modifiedAt"), QStringLiteral("2026-11-22T10:00:00.000Z")}};
}

QJsonObject body(const HttpRequest &request) {
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

FakeWebApp::FakeWebApp() = default;

qint64 FakeWebApp::addRecord(const QString &name, const QString &secret) {
    const qint64 id = m_nextId++;
    Record record;
    record.object = {
        {QStringLiteral("id"), id},
        {QStringLiteral("form"), QStringLiteral("login")},
        {QStringLiteral("unit"), QJsonValue()},
        {QStringLiteral("personal"), true},
        {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T10:00:00.000Z")},
        {QStringLiteral("clientRef"), QJsonValue()},
        {QStringLiteral("fields"),
         QJsonArray{field(QStringLiteral("name"), QStringLiteral("title"), name),
                    field(QStringLiteral("username"), QStringLiteral("username"),
                          QStringLiteral("user") + QString::number(id)),
                    field(QStringLiteral("password"), QStringLiteral("password"), secret),
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("tags")},
                                {QStringLiteral("type"), QStringLiteral("tags")},
                                {QStringLiteral("label"), QStringLiteral("Tags")},
                                {QStringLiteral("value"), QJsonArray()},
                                {QStringLiteral("revision"), 1},
                                {QStringLiteral("modifiedAt"),
                                 QStringLiteral("2026-11-22T10:00:00.000Z")}}}}};
    record.sequence = ++m_sequence;
    m_records.insert(id, record);
    return id;
}

void FakeWebApp::addField(qint64 id, const QString &key, const QString &type,
                          const QString &value) {
    Record &record = m_records[id];
    QJsonArray fields = record.object.value(QStringLiteral("fields")).toArray();
    fields.append(field(key, type, value));
    record.object.insert(QStringLiteral("fields"), fields);
    record.sequence = ++m_sequence;
}

void FakeWebApp::moveToUnit(qint64 id, qint64 unit) {
    Record &record = m_records[id];
    record.object.insert(QStringLiteral("unit"), unit);
    record.object.insert(QStringLiteral("personal"), false);
    record.sequence = ++m_sequence;
}

void FakeWebApp::editRecord(qint64 id, const QString &name) {
    Record &record = m_records[id];
    QJsonArray fields = record.object.value(QStringLiteral("fields")).toArray();
    QJsonObject first = fields.at(0).toObject();
    first.insert(QStringLiteral("value"), name);
    first.insert(QStringLiteral("revision"), first.value(QStringLiteral("revision")).toInt() + 1);
    fields.replace(0, first);
    record.object.insert(QStringLiteral("fields"), fields);
    record.sequence = ++m_sequence;
}

void FakeWebApp::deleteRecord(qint64 id) {
    m_records[id].deleted = true;
    m_records[id].sequence = ++m_sequence;
}

qint64 FakeWebApp::visibleCount() const {
    qint64 count = 0;
    for (const Record &record : m_records)
        count += record.deleted ? 0 : 1;
    return count;
}

void FakeWebApp::expireAccessTokens() {
    for (auto it = m_access.cbegin(); it != m_access.cend(); ++it)
        m_expired.insert(it.key());
}

HttpResponse FakeWebApp::sessionEnded() const {
    if (sessionEndReason == QLatin1String("idle"))
        return problemAnswer(
            401, QStringLiteral("session-expired"),
            {{QStringLiteral("reason"), sessionEndReason}, {QStringLiteral("idleSeconds"), 86400}});
    if (sessionEndReason == QLatin1String("max-age"))
        return problemAnswer(401, QStringLiteral("session-expired"),
                             {{QStringLiteral("reason"), sessionEndReason},
                              {QStringLiteral("maxSessionSeconds"), 2592000}});
    return problemAnswer(401, QStringLiteral("token-invalid"));
}

void FakeWebApp::endSessions() {
    for (Session &session : m_sessions)
        session.ended = true;
}

QJsonObject FakeWebApp::policy() const {
    return {{QStringLiteral("accessTokenSeconds"), 300},
            {QStringLiteral("sessionTimeoutSeconds"), 86400},
            {QStringLiteral("refreshTokenSeconds"), 604800},
            {QStringLiteral("maxSessionSeconds"), 2592000},
            {QStringLiteral("maxOfflineSeconds"), 259200},
            {QStringLiteral("mobileSyncAllowed"), mobileSync},
            {QStringLiteral("deviceActive"), !deviceRevoked},
            {QStringLiteral("deviceLogin"), deviceLogin},
            {QStringLiteral("wipeOnLogout"), wipeOnLogout},
            {QStringLiteral("serverTime"), QStringLiteral("2026-11-22T10:00:00.000Z")}};
}

QString FakeWebApp::digest() const {
    QByteArray sum(32, '\0');
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->deleted)
            continue;
        const QByteArray hash = QCryptographicHash::hash(
            QStringLiteral("%1:%2").arg(it.key()).arg(it->sequence).toLatin1(),
            QCryptographicHash::Sha256);
        for (int i = 0; i < 32; ++i)
            sum[i] = static_cast<char>(sum[i] ^ hash[i]);
    }
    if (lieAboutDigest)
        sum[0] = static_cast<char>(sum[0] ^ 1);
    return QString::fromLatin1(sum.toHex());
}

HttpResponse FakeWebApp::send(const HttpRequest &request) {
    paths.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path());
    if (onRequest)
        onRequest(request);
    const bool matches = failPath.isEmpty() || request.url.path().contains(failPath);
    if (failRequests > 0 && matches && passFirst > 0)
        --passFirst;
    else if (failRequests > 0 && matches) {
        --failRequests;
        HttpResponse response;
        response.failure = failure;
        response.maybeDelivered =
            failure == NetFailure::ConnectionLost || failure == NetFailure::Timeout;
        response.message = Message(QStringLiteral("connection-lost"), {QStringLiteral("fake")});
        return response;
    }
    return route(request);
}

QList<HttpResponse> FakeWebApp::sendAll(const QList<HttpRequest> &requests) {
    batches.append(requests.size());
    return Transport::sendAll(requests);
}

QJsonObject FakeWebApp::sessionJson() const {
    return {
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("alice")},
                     {QStringLiteral("displayName"), QStringLiteral("Alice")},
                     {QStringLiteral("rights"),
                      QJsonObject{{QStringLiteral("canSyncMobile"), true},
                                  {QStringLiteral("canCreateGlobal"), true},
                                  {QStringLiteral("canCreatePersonal"), createPersonal}}}}},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Demo")}}},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("id"), QStringLiteral("dev")},
                                               {QStringLiteral("name"), QStringLiteral("dev")}}}};
}

HttpResponse FakeWebApp::grant(int session) {
    const QString access = QStringLiteral("access-%1").arg(++m_tokenCounter);
    const QString refresh = QStringLiteral("refresh-%1").arg(m_tokenCounter);
    m_access.insert(access, session);
    m_refresh.insert(refresh, session);
    return jsonAnswer(
        200, {{QStringLiteral("tokenType"), QStringLiteral("Bearer")},
              {QStringLiteral("accessToken"), access},
              {QStringLiteral("accessTokenExpiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z")},
              {QStringLiteral("refreshToken"), refresh},
              {QStringLiteral("refreshTokenExpiresAt"), QStringLiteral("2099-01-01T00:00:00.000Z")},
              {QStringLiteral("session"), sessionJson()},
              {QStringLiteral("policy"), policy()}});
}

std::optional<HttpResponse> FakeWebApp::checkBearer(const HttpRequest &request) {
    QString token;
    for (const auto &header : request.headers)
        if (header.first.toLower() == "authorization")
            token = QString::fromLatin1(header.second).section(QLatin1Char(' '), 1);
    if (token.isEmpty())
        return problemAnswer(401, QStringLiteral("auth-required"));
    if (!m_access.contains(token))
        return problemAnswer(401, QStringLiteral("token-invalid"));
    if (m_sessions[m_access[token]].ended)
        return sessionEnded();
    if (deviceRevoked)
        return problemAnswer(403, QStringLiteral("device-revoked"),
                             {{QStringLiteral("policy"), policy()}});
    if (!mobileSync)
        return problemAnswer(403, QStringLiteral("mobile-sync-disabled"),
                             {{QStringLiteral("policy"), policy()}});
    if (m_expired.contains(token))
        return problemAnswer(401, QStringLiteral("token-expired"));
    return std::nullopt;
}

HttpResponse FakeWebApp::route(const HttpRequest &request) {
    const QString path = request.url.path();
    if (path == QLatin1String("/api/v1/auth/login")) {
        ++logins;
        const QJsonObject in = body(request);
        if (in.value(QStringLiteral("password")).toString() != password)
            return problemAnswer(401, QStringLiteral("bad-credentials"));
        if (deviceRevoked)
            return problemAnswer(403, QStringLiteral("device-revoked"),
                                 {{QStringLiteral("policy"), policy()}});
        loginDomain = in.value(QStringLiteral("domain")).toString();
        if (totp || !mfaMethods.isEmpty())
            return mfaRequired();
        const int session = static_cast<int>(m_sessions.size()) + 1;
        m_sessions.insert(session, {});
        return grant(session);
    }
    if (path == QLatin1String("/api/v1/auth/mfa"))
        return answerMfa(body(request));
    if (path == QLatin1String("/api/v1/auth/refresh")) {
        ++refreshes;
        const QString token = body(request).value(QStringLiteral("refreshToken")).toString();
        if (!m_refresh.contains(token))
            return problemAnswer(401, QStringLiteral("token-invalid"));
        const int session = m_refresh.value(token);
        if (m_spent.contains(token) || m_sessions[session].reused) {
            m_sessions[session].reused = true;
            return problemAnswer(401, QStringLiteral("token-reused"));
        }
        if (m_sessions[session].ended)
            return sessionEnded();
        if (deviceRevoked)
            return problemAnswer(403, QStringLiteral("device-revoked"),
                                 {{QStringLiteral("policy"), policy()}});
        m_spent.insert(token);
        return grant(session);
    }
    if (path == QLatin1String("/api/v1/databases"))
        return jsonAnswer(200,
                          {{QStringLiteral("databases"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                   {QStringLiteral("name"), QStringLiteral("Demo")},
                                                   {QStringLiteral("mobileSync"), mobileSync}}}}});
    if (std::optional<HttpResponse> answer = deviceLogins(request))
        return *answer;
    if (const std::optional<HttpResponse> refused = checkBearer(request))
        return *refused;
    if (std::optional<HttpResponse> answer = deviceKeyRoute(request))
        return *answer;
    if (path == QLatin1String("/api/v1/auth/logout")) {
        ++logouts;
        for (auto it = m_access.cbegin(); it != m_access.cend(); ++it)
            m_sessions[it.value()].ended = true;
        HttpResponse response;
        response.status = 204;
        return response;
    }
    if (path == QLatin1String("/api/v1/session")) {
        QJsonObject session = sessionJson();
        session.insert(QStringLiteral("units"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                              {QStringLiteral("name"), QStringLiteral("IT")},
                                              {QStringLiteral("rights"),
                                               QJsonObject{{QStringLiteral("read"), true},
                                                           {QStringLiteral("add"), false},
                                                           {QStringLiteral("edit"), false}}}}});
        session.insert(QStringLiteral("policy"), policy());
        return jsonAnswer(200, session);
    }
    if (path == QLatin1String("/api/v1/changes"))
        return changes(request.url);
    if (std::optional<HttpResponse> answer = records(request))
        return *answer;
    return problemAnswer(404, QStringLiteral("not-found"));
}

HttpResponse FakeWebApp::changes(const QUrl &url) {
    const QUrlQuery query(url);
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    lastCursor = cursor;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt()
                          : std::min(500, pageMax);
    if (limit > pageMax)
        return problemAnswer(400, QStringLiteral("invalid-request"),
                             {{QStringLiteral("field"), QStringLiteral("limit")}});
    qint64 from = 0;
    if (!cursor.isEmpty()) {
        bool ok = false;
        from = cursor.mid(1).toLongLong(&ok);
        if (!ok || !cursor.startsWith(QLatin1Char('c')) || from > m_sequence || compactOnce) {
            compactOnce = false;
            return problemAnswer(410, QStringLiteral("cursor-unknown"));
        }
    }
    QList<std::pair<qint64, qint64>> entries; // (sequence, id)
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        if (it->sequence > from && !(cursor.isEmpty() && it->deleted))
            entries.append({it->sequence, it.key()});
    std::sort(entries.begin(), entries.end());
    const bool more = entries.size() > limit;
    entries = entries.mid(0, limit);
    QJsonArray records;
    QJsonArray removed;
    for (const auto &[sequence, id] : entries) {
        const Record &record = m_records[id];
        if (record.deleted) {
            removed.append(id);
            continue;
        }
        QJsonObject object = recordJson(id);
        if (id == namelessRecord)
            object.insert(QStringLiteral("fields"), QJsonArray());
        records.append(object);
    }
    const qint64 next = more ? entries.last().first : m_sequence;
    return jsonAnswer(
        200, {{QStringLiteral("records"), records},
              {QStringLiteral("removed"), removed},
              {QStringLiteral("cursor"), QStringLiteral("c%1").arg(next)},
              {QStringLiteral("more"), more},
              {QStringLiteral("sequence"), m_sequence},
              {QStringLiteral("total"), QJsonObject{{QStringLiteral("count"), visibleCount()},
                                                    {QStringLiteral("digest"), digest()}}},
              {QStringLiteral("policy"), policy()}});
}

} // namespace vaultlink::testing
