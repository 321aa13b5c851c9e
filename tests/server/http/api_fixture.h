#pragma once

#include "tests/server/support/test_server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <gtest/gtest.h>

#include <ostream>

// Readable gtest messages for Qt strings (found by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *os) {
    *os << '"' << bytes.toStdString() << '"';
}

namespace vaultlink::server::test {

inline constexpr QLatin1String kAlicePassword{"alice-secret"};
inline constexpr QLatin1String kBobPassword{"bob-secret"};

struct Tokens {
    QString access;
    QString refresh;
    QJsonObject grant;
    bool ok() const { return !access.isEmpty() && !refresh.isEmpty(); }
};

// An application/problem+json answer with this status and code, and the documented fields
// type, title, status, code and detail (and, for 401, a WWW-Authenticate: Bearer header).
::testing::AssertionResult isProblem(const Reply &reply, int status, const char *code);

// The login request body a phone sends.
QJsonObject loginBody(qint64 database, const QString &user, const QString &password,
                      const QString &deviceId = QStringLiteral("phone-1"),
                      const QString &deviceName = QStringLiteral("Test phone"));

// The set digest, computed here independently of the server: XOR over the records of
// SHA-256("<id>:<sequence>"), as lower-case hex.
QString independentDigest(const QMap<qint64, qint64> &sequenceById);

// A phone's view of the feed: record id -> sequence, plus the cursor to continue from.
struct Mirror {
    QMap<qint64, qint64> sequenceById;
    QString cursor;
    // Applies one page (upserts and removals) and moves the cursor.
    void apply(const QJsonObject &page);
};

// The ids of a page's records (in order) and of its removals.
QList<qint64> recordIds(const QJsonObject &page);
QList<qint64> removedIds(const QJsonObject &page);

// The value of a field of a record in its wire form, or undefined.
QJsonObject fieldOf(const QJsonObject &record, const QString &key);

// A running server with one mobile database "Main" and the user "alice" who has every right.
class ApiTest : public ::testing::Test {
protected:
    ApiTest();

    TempStore &data() { return server.data; }
    Store &store() { return *server.data.store; }
    void setSetting(const char *key, const QString &value);
    qint64 databaseSequence(qint64 databaseId);

    Reply refresh(const QString &refreshToken) {
        return client.post(QStringLiteral("/api/v1/auth/refresh"),
                           {{QStringLiteral("refreshToken"), refreshToken}});
    }
    Reply login(qint64 database, const QString &user, const QString &password,
                const QString &deviceId = QStringLiteral("phone-1"));
    // Logs in and returns the tokens; records a test failure (and returns empty tokens) when
    // the login does not succeed.
    Tokens loginAs(const QString &user, const QString &password,
                   const QString &deviceId = QStringLiteral("phone-1"), qint64 database = 0);
    Tokens loginAlice(const QString &deviceId = QStringLiteral("phone-1")) {
        return loginAs(QStringLiteral("alice"), kAlicePassword, deviceId);
    }

    Reply createRecord(const QString &access, const QJsonObject &body);
    // Creates a "login" record (personal when unit is 0); returns its id, or 0 after
    // recording a failure.
    qint64 createLogin(const QString &access, const QString &name, qint64 unit = 0,
                       const QString &username = QStringLiteral("user"));

    Reply changes(const QString &access, const QString &cursor = {}, int limit = 0);
    // Follows the feed from the mirror's cursor until "more" is false; returns the pages read.
    QList<QJsonObject> syncAll(const QString &access, Mirror &mirror, int limit = 0);

    TestServer server;
    HttpClient client;
    qint64 db = 0;
    qint64 alice = 0;
};

} // namespace vaultlink::server::test
