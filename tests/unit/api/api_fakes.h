#pragma once

#include "src/api/api_client.h"
#include "src/crypto/random.h"
#include "src/net/transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <ostream>
#include <vector>

inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *os) {
    *os << '"' << bytes.toStdString() << '"';
}

namespace vaultlink::test {

// A transport that answers from a script, in order, and keeps every request it was given.
class FakeTransport final : public Transport {
public:
    HttpResponse send(const HttpRequest &request) override;

    FakeTransport &then(HttpResponse response) {
        script.append(std::move(response));
        return *this;
    }

    QList<HttpResponse> script;
    QList<HttpRequest> requests;
};

// The same bytes every time: the delays it gives are repeatable.
class FixedRandom final : public Random {
public:
    void fill(unsigned char *out, std::size_t size) override;
};

// Answers and failures as a server or the network would give them.
HttpResponse jsonAnswer(int status, const QJsonObject &body);
HttpResponse rawAnswer(int status, const QByteArray &body, const QByteArray &type);
HttpResponse problemAnswer(int status, const QString &code, const QJsonObject &extra = {});
HttpResponse noAnswer(NetFailure failure, bool maybeDelivered, TlsFailure tls = TlsFailure::None);

// Well-formed sample documents from docs/api.md.
QJsonObject policyJson();
QJsonObject infoJson();
QJsonObject databasesJson();
QJsonObject grantJson();
QJsonObject sessionJson();
QJsonObject recordJson(qint64 id, qint64 sequence);
QJsonObject feedJson();
QJsonObject redemptionJson();
QJsonObject challengeProblem();

// The ApiError a call throws; records a test failure when it throws none.
ApiError thrownBy(const std::function<void()> &call);

// The body of a recorded request as JSON.
QJsonObject bodyOf(const HttpRequest &request);
QByteArray headerOf(const HttpRequest &request, const QByteArray &name);

// A client on a fake transport whose back-off sleeps are recorded instead of slept.
struct ClientFixture {
    ClientFixture();

    FakeTransport transport;
    FixedRandom random;
    std::vector<std::chrono::milliseconds> slept;
    Backoff::Limits limits{std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 3};
    ApiClient client;
};

} // namespace vaultlink::test
