#pragma once

#include "src/api/api_client.h"
#include "tests/unit/support/api_doubles.h"
#include "tests/unit/support/http_doubles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <ostream>
#include <vector>

namespace vaultlink::testing {

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

// A client on a fake transport whose back-off sleeps are recorded instead of slept.
struct ClientFixture {
    ClientFixture();

    FakeTransport transport;
    FixedRandom random;
    std::vector<std::chrono::milliseconds> slept;
    Backoff::Limits limits{std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 3};
    ApiClient client;
};

} // namespace vaultlink::testing
