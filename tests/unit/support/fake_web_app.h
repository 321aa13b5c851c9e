#pragma once

#include "src/net/transport.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace vaultlink::testing {

// An in-memory Web Application speaking the subset of docs/api.md the sync and session code
// use, with knobs to make it fail or lie. Unit tests put it behind the Transport seam; the
// integration tests use the real server instead.
class FakeWebApp final : public Transport {
public:
    FakeWebApp();
    HttpResponse send(const HttpRequest &request) override;
    // One after the other, as the default does; the batch's size is noted (`batches`).
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests) override;

    // Records
    qint64 addRecord(const QString &name, const QString &secret = QStringLiteral("pw"));
    void editRecord(qint64 id, const QString &name);
    void addField(qint64 id, const QString &key, const QString &type, const QString &value);
    void moveToUnit(qint64 id, qint64 unit); // unit 7, "IT", is the session's one unit
    void deleteRecord(qint64 id);
    // One field changed as another device would: a new value at the next revision, made by that
    // device (`modifiedBy`; null: by the administrator, not through a device).
    void setField(qint64 id, const QString &key, const QJsonValue &value,
                  const QJsonValue &modifiedBy = QStringLiteral("desk"));
    qint64 visibleCount() const;
    std::optional<QJsonObject> record(qint64 id) const; // as GET /records/{id} answers
    QList<qint64> visibleIds() const;

    // Knobs
    QString password = QStringLiteral("secret-pass");
    bool totp = false; // login answers mfa-required; code "123456" passes
    // Second factors (fake_web_app_mfa.cpp): the methods a login is challenged with (with totp
    // set and none named: totp). The TOTP code "123456" and the PIN "2468" pass; a push or call
    // is answered as `approval` says: approve, deny, expire, or wait (pending until cancelled);
    // a security key's answer passes when its credential is "key-1".
    QStringList mfaMethods;
    QString approval = QStringLiteral("approve");
    int mfaAttemptsLeft = 4;     // what a refused answer says is left
    bool deviceRevoked = false;  // every session check answers device-revoked
    bool mobileSync = true;      // false: mobile-sync-disabled
    bool createPersonal = true;  // the user's right to create personal records
    bool lieAboutDigest = false; // total.digest of every page is wrong
    int failRequests = 0;        // the next N requests fail with `failure` (no answer)
    NetFailure failure = NetFailure::ConnectionRefused;
    QString failPath;          // only requests whose path contains this fail
    int passFirst = 0;         // this many of those pass before the failures begin
    bool compactOnce = false;  // the next request with a cursor answers cursor-unknown
    int pageMax = 5000;        // larger limits answer invalid-request, like feed-page-max
    qint64 namelessRecord = 0; // this record goes out without its name: not a record object
    void expireAccessTokens(); // every access token issued so far answers token-expired
    void endSessions();        // every session so far is over (idle timeout, maximum age)
    // How an ended session is refused: empty, token-invalid; "idle" or "max-age",
    // session-expired with that reason and the policy's limit (docs/api.md).
    QString sessionEndReason;
    bool wipeOnLogout = false; // the policy's
    QString refuseWrites;      // a code (e.g. "forbidden"): every write is refused with it
    int loseAnswers = 0;       // the next N writes are applied, but their answers are lost
    qint64 namelessAnswer = 0; // edits of this record are applied, answered without its fields
    std::function<void(const HttpRequest &)> onRequest; // called as each request arrives
    // Device-key login (fake_web_app_device.cpp): the policy's mode, and the registered key
    QString deviceLogin = QStringLiteral("none"); // none, password, second-factor, both
    QByteArray deviceKey;                         // DER SPKI; empty: none (device-key-unknown)

    // What happened
    QStringList paths;        // every request's method and path, in order
    QList<qsizetype> batches; // the number of requests in each sendAll
    int logins = 0;           // sessions started, by password or by device key
    int deviceChallenges = 0;
    int deviceLoginAttempts = 0;
    int refreshes = 0;
    int logouts = 0;
    QString lastCursor;
    QList<QJsonObject> mfaAnswers; // every /auth/mfa body, in order
    QString loginDomain;           // the domain the last login sent

private:
    struct Record {
        QJsonObject object;
        qint64 sequence = 0;
        bool deleted = false;
    };
    struct Session {
        bool ended = false;
        bool reused = false;
    };
    struct Challenge {
        QString user;
        QString deviceId;
        bool used = false;
    };
    HttpResponse route(const HttpRequest &request);
    HttpResponse mfaRequired() const;
    HttpResponse sessionEnded() const;
    HttpResponse answerMfa(const QJsonObject &in);
    std::optional<HttpResponse> deviceLogins(const HttpRequest &request);   // no bearer
    std::optional<HttpResponse> deviceKeyRoute(const HttpRequest &request); // bearer checked
    HttpResponse grant(int session);
    HttpResponse changes(const QUrl &url);
    std::optional<HttpResponse> records(const HttpRequest &request); // fake_web_app_records.cpp
    HttpResponse createRecord(const QJsonObject &in);
    HttpResponse changeRecord(qint64 id, const QJsonObject &in);
    HttpResponse removeRecord(qint64 id, const QUrl &url);
    QJsonObject recordJson(qint64 id) const;
    std::optional<HttpResponse> checkBearer(const HttpRequest &request);
    QJsonObject policy() const;
    QJsonObject sessionJson() const;
    QString digest() const;

    QMap<qint64, Record> m_records;
    QMap<QString, qint64> m_clientRefs;
    qint64 m_sequence = 0;
    qint64 m_nextId = 1;
    QMap<int, Session> m_sessions;
    QMap<QString, int> m_access;  // token → session
    QSet<QString> m_expired;      // access tokens past their life
    QMap<QString, int> m_refresh; // token → session
    QSet<QString> m_spent;
    QMap<QString, Challenge> m_challenges;
    int m_tokenCounter = 0;
};

// Every transport a service makes reaches the same fake server (for Environment's factory).
class Forward final : public Transport {
public:
    explicit Forward(FakeWebApp &server)
        : m_server(server) {}
    HttpResponse send(const HttpRequest &request) override { return m_server.send(request); }
    QList<HttpResponse> sendAll(const QList<HttpRequest> &requests) override {
        return m_server.sendAll(requests);
    }

private:
    FakeWebApp &m_server;
};

} // namespace vaultlink::testing
