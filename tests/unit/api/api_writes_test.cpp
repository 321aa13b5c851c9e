#include "tests/unit/api/api_fakes.h"

#include <QUrlQuery>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

RecordWrite change(qint64 id) {
    return {
        RecordWrite::Kind::Change, {}, id, {{QStringLiteral("name"), QStringLiteral("New"), 3}}, 0};
}

RecordWrite creation(const QString &ref) {
    return {RecordWrite::Kind::Create,
            {QStringLiteral("login"), std::nullopt, ref, {{QStringLiteral("name"), ref}}},
            0,
            {},
            0};
}

RecordWrite deletion(qint64 id, qint64 revision) {
    return {RecordWrite::Kind::Delete, {}, id, {}, revision};
}

class Writes : public ::testing::Test, protected ClientFixture {};

// tryWrites: one outcome per write, in order, each as write() would give it, or nothing where
// write() would send the request again. Nothing is repeated and nothing waited for.
TEST_F(Writes, EachFirstAttemptComesBackAsWhatTheCallWouldGiveOrAsNothingToRepeat) {
    struct Row {
        const char *what;
        RecordWrite write;
        HttpResponse answer;
        enum { Record, Empty, Error, Repeat } outcome;
        QString code; // an Error's code; empty: a bad answer
    };
    const std::vector<Row> rows = {
        {"an accepted change", change(2), jsonAnswer(200, recordJson(2, 90)), Row::Record, {}},
        {"a new record", creation("ref-1"), jsonAnswer(201, recordJson(8, 91)), Row::Record, {}},
        {"a creation made before",
         creation("ref-2"),
         jsonAnswer(200, recordJson(9, 92)),
         Row::Record,
         {}},
        {"a deletion", deletion(4, 6), rawAnswer(204, {}, {}), Row::Empty, {}},
        {"a conflict", change(3),
         problemAnswer(409, QStringLiteral("revision-conflict"),
                       {{QStringLiteral("conflicts"), QJsonArray()}}),
         Row::Error, QStringLiteral("revision-conflict")},
        {"a refusal", change(5), problemAnswer(403, QStringLiteral("forbidden")), Row::Error,
         QStringLiteral("forbidden")},
        {"a passing server failure",
         change(6),
         problemAnswer(503, QStringLiteral("unavailable")),
         Row::Repeat,
         {}},
        {"an expired access token", change(7), problemAnswer(401, QStringLiteral("token-expired")),
         Row::Error, QStringLiteral("token-expired")},
        {"a cut connection",
         change(10),
         noAnswer(NetFailure::ConnectionLost, true),
         Row::Repeat,
         {}},
        {"a record that is not one",
         change(11),
         rawAnswer(200, "[]", "application/json"),
         Row::Error,
         {}},
        {"a deletion answered 200", deletion(12, 1), jsonAnswer(200, {}), Row::Error, {}},
    };
    QList<RecordWrite> writes;
    for (const Row &row : rows) {
        writes.append(row.write);
        transport.then(row.answer);
    }
    const auto outcomes = client.tryWrites(QStringLiteral("tok"), writes);
    ASSERT_EQ(outcomes.size(), static_cast<qsizetype>(rows.size()));
    EXPECT_EQ(transport.requests.size(), static_cast<qsizetype>(rows.size()));
    EXPECT_TRUE(slept.empty());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i].what);
        const auto &outcome = outcomes[static_cast<qsizetype>(i)];
        switch (rows[i].outcome) {
        case Row::Repeat:
            EXPECT_FALSE(outcome);
            break;
        case Row::Record:
            ASSERT_TRUE(outcome && std::holds_alternative<QJsonObject>(*outcome));
            EXPECT_EQ(std::get<QJsonObject>(*outcome).value("id"),
                      QJsonDocument::fromJson(rows[i].answer.body)["id"]);
            break;
        case Row::Empty:
            ASSERT_TRUE(outcome && std::holds_alternative<QJsonObject>(*outcome));
            EXPECT_TRUE(std::get<QJsonObject>(*outcome).isEmpty());
            break;
        case Row::Error: {
            ASSERT_TRUE(outcome && std::holds_alternative<ApiError>(*outcome));
            const ApiError &error = std::get<ApiError>(*outcome);
            if (rows[i].code.isEmpty())
                EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer);
            else
                EXPECT_EQ(error.code(), rows[i].code);
            break;
        }
        }
    }
}

TEST_F(Writes, TheRequestsAreTheSameAsTheSingleCallsSend) {
    transport.then(jsonAnswer(200, recordJson(2, 90)))
        .then(jsonAnswer(201, recordJson(8, 91)))
        .then(rawAnswer(204, {}, {}));
    client.tryWrites(QStringLiteral("tok"), {change(2), creation("ref-1"), deletion(4, 6)});
    transport.then(jsonAnswer(200, recordJson(2, 90)))
        .then(jsonAnswer(201, recordJson(8, 91)))
        .then(rawAnswer(204, {}, {}));
    client.changeRecord(QStringLiteral("tok"), 2, change(2).changes);
    client.createRecord(QStringLiteral("tok"), creation("ref-1").create);
    client.deleteRecord(QStringLiteral("tok"), 4, 6);
    ASSERT_EQ(transport.requests.size(), 6);
    for (qsizetype i = 0; i < 3; ++i) {
        const HttpRequest &together = transport.requests[i];
        const HttpRequest &alone = transport.requests[i + 3];
        EXPECT_EQ(together.method, alone.method);
        EXPECT_EQ(together.url, alone.url);
        EXPECT_EQ(together.body, alone.body);
        EXPECT_EQ(headerOf(together, "Authorization"), "Bearer tok");
    }
    EXPECT_EQ(transport.requests[0].method, "PATCH");
    EXPECT_EQ(transport.requests[0].url.path(), QStringLiteral("/api/v1/records/2"));
    EXPECT_EQ(bodyOf(transport.requests[0]).value("changes").toArray().at(0)["baseRevision"], 3);
    EXPECT_EQ(bodyOf(transport.requests[1]).value("clientRef"), QStringLiteral("ref-1"));
    EXPECT_EQ(QUrlQuery(transport.requests[2].url).queryItemValue(QStringLiteral("baseRevision")),
              QStringLiteral("6"));
}

} // namespace
