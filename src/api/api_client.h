#pragma once

#include "src/api/api_error.h"
#include "src/api/api_types.h"
#include "src/net/backoff.h"

#include <QUrl>

#include <optional>
#include <variant>

namespace vaultlink {

class Random;
class SecureBuffer;
class Transport;

// The Web Application's API v1 (docs/api.md), one method per endpoint. Every failure is thrown
// as ApiError. Requests that cannot do harm when repeated (GETs, and any request that never
// reached the server) are retried with back-off on network failures, 500 and 503 answers other
// than web-services-disabled; a refresh is never repeated once it may have been delivered,
// since a repeated refresh token revokes the session.
// The bytes a device signs to log in with its key (docs/api.md §7.19): `user` exactly as it
// was sent for the challenge.
QByteArray deviceLoginMessage(const QString &challenge, qint64 database, const QString &user,
                              const QString &deviceId);

class ApiClient {
public:
    ApiClient(QUrl base, Transport &transport, Random &random, Sleeper sleeper = threadSleeper(),
              Backoff::Limits limits = {});

    const QUrl &base() const { return m_base; }

    ServerInfo info();
    QList<DatabaseInfo> databases();
    // `domain`: a directory account's domain (docs/api.md §7.3), empty for a local account.
    LoginOutcome login(qint64 database, const QString &user, const SecureBuffer &password,
                       const DeviceIdentity &device, const QString &domain = {});
    // POST /auth/mfa (docs/api.md §7.4): `response` as the method takes it. A push or call still
    // waiting comes back as `pending`; `wait` lets the server hold the answer back that long
    // for the approval (a long poll), and `abandon` lets another thread end that wait early (an
    // ApiError of the network then). Everything else the server says is thrown as ApiError
    // (mfa-failed with its reason, mfa-transaction-unknown, …). Sent again only when it
    // certainly never arrived.
    MfaOutcome answerMfa(const QString &transaction, const QString &method,
                         const QJsonObject &response, std::chrono::seconds wait = {},
                         const std::atomic<bool> *abandon = nullptr);
    TokenGrant answerTotp(const QString &transaction, const QString &code);
    TokenGrant refresh(const QString &refreshToken);
    void logout(const QString &accessToken);
    SessionInfo session(const QString &accessToken);
    // `format` 2 asks for the compact record objects (docs/api.md §7.9); a server that does not
    // know them answers format 1, which FeedPage::format tells. A limit or format of 0 is not sent.
    FeedPage changes(const QString &accessToken, const QString &cursor, int limit = 5000,
                     int format = 2);
    Redemption redeem(const QString &linkToken);

    // Device-key login (docs/api.md §3, §7.16–7.19). The key's registration and deletion are
    // safe to repeat; a challenge and a login are sent again only when they certainly never
    // arrived, as a password login: a repeated login would find its challenge spent.
    // `spkiDer`: the DER SubjectPublicKeyInfo of the device's P-256 public key.
    void putDeviceKey(const QString &accessToken, const QByteArray &spkiDer);
    void deleteDeviceKey(const QString &accessToken);
    DeviceChallenge deviceChallenge(qint64 database, const QString &user, const QString &deviceId);
    // `signatureDer`: the DER ECDSA-SHA256 signature of deviceLoginMessage(); `password` only
    // where the challenge's `replaces` is SecondFactor (null otherwise). Answers as login does.
    LoginOutcome deviceLogin(const QString &challenge, const QByteArray &signatureDer,
                             const DeviceIdentity &device, const SecureBuffer *password = nullptr);

    // Writing (docs/api.md §7.8, §7.10–7.12 and DELETE). Each is safe to repeat: a creation
    // carries its clientRef, a field change its base revision, a deletion the record's revision,
    // so a repeat after a lost answer changes nothing twice. Records come back as the server's
    // record objects.
    QList<FormInfo> forms(const QString &accessToken);
    QJsonObject record(const QString &accessToken, qint64 id);
    QJsonObject createRecord(const QString &accessToken, const NewRecordRequest &record);
    QJsonObject changeRecord(const QString &accessToken, qint64 id,
                             const QList<FieldChange> &changes);
    void deleteRecord(const QString &accessToken, qint64 id, qint64 baseRevision);
    // Any of the three: the record as the server now holds it (empty after a deletion).
    QJsonObject write(const QString &accessToken, const RecordWrite &write);

    // What one write came to: the record as write() returns it, or the error it throws.
    using WriteOutcome = std::variant<QJsonObject, ApiError>;
    // The first attempt at each write, all sent together (Transport::sendAll: a push of many
    // changes waits for one round trip per few, not per change). Each outcome is what write()
    // would return or throw, or nothing where write() would have sent the request again (a
    // failure that passes): the caller then calls write() for it. In the order given.
    QList<std::optional<WriteOutcome>> tryWrites(const QString &accessToken,
                                                 const QList<RecordWrite> &writes);

private:
    QUrl m_base;
    Transport &m_transport;
    Random &m_random;
    Sleeper m_sleeper;
    Backoff::Limits m_limits;
};

} // namespace vaultlink
